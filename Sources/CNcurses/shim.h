#ifndef SITREP_CNCURSES_SHIM_H
#define SITREP_CNCURSES_SHIM_H
/* ncursesw with the wide-character API (cchar_t, setcchar, add_wch, get_wch). */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Mutable C globals are refused by Swift 6 ("not concurrency-safe"): read them here. */
static inline WINDOW *sitrep_stdscr(void)   { return stdscr; }
static inline int  sitrep_lines(void)       { return LINES; }
static inline int  sitrep_cols(void)        { return COLS; }
static inline int  sitrep_colors(void)      { return COLORS; }
static inline int  sitrep_color_pairs(void) { return COLOR_PAIRS; }
static inline SCREEN *sitrep_newterm(const char *term) { return newterm(term, stdout, stdin); }
/* Keys from the controlling terminal when standard input carries data (`sitrep -`). */
static inline SCREEN *sitrep_newterm_tty(const char *term) {
    FILE *tty = fopen("/dev/tty", "r");
    if (tty == NULL) return NULL;
    return newterm(term, stdout, tty);
}
static inline void sitrep_eprint(const char *msg) { fputs(msg, stderr); fflush(stderr); }
static inline void sitrep_flush_stdout(void) { fflush(stdout); }
static inline void sitrep_write_stdout(const char *s) { fputs(s, stdout); fflush(stdout); }

/* Attribute macros (NCURSES_BITS with casts) do not import. */
static inline attr_t sitrep_a_normal(void)    { return A_NORMAL; }
static inline attr_t sitrep_a_bold(void)      { return A_BOLD; }
static inline attr_t sitrep_a_dim(void)       { return A_DIM; }
static inline attr_t sitrep_a_reverse(void)   { return A_REVERSE; }
static inline attr_t sitrep_a_underline(void) { return A_UNDERLINE; }
static inline attr_t sitrep_a_italic(void)    { return A_ITALIC; }

/* Mouse: the BUTTON* masks are macros. */
static inline mmask_t sitrep_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED
         | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int sitrep_mouse_is_click(mmask_t b) {
    return (b & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED)) != 0;
}
static inline int sitrep_mouse_is_wheel_up(mmask_t b)   { return (b & BUTTON4_PRESSED) != 0; }
static inline int sitrep_mouse_is_wheel_down(mmask_t b) { return (b & BUTTON5_PRESSED) != 0; }

static inline int sitrep_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}
#endif
