#ifndef SITREP_CSQLITE_SHIM_H
#define SITREP_CSQLITE_SHIM_H
/* The system SQLite 3 (Debian: libsqlite3-dev, built with FTS5) behind SitrepCore's store. */
#include <sqlite3.h>
#endif
