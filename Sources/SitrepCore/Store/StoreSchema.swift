/// The tables of a store file, and the marks that tell a Sitrep store from any other file.
///
/// - `sources`: one row per input file: its path as walked, size and modification time (an
///   unchanged file is not read again), the key of the ingest settings it was read with, how
///   many documents it gave, and the problems reading it gave (repeated on every open).
/// - `documents`: one row per document, id = source id × 2^20 + the document's ordinal in its
///   file (a file's documents are one id range). Each model stage's output is a blob in
///   `ExtractionCodec`'s format beside the key of the stage version that made it.
/// - `quote_search`, `event_search`: FTS5 indexes over quotes (text; speaker, aliases and
///   mention) and event summaries; rowid = document id × 2^12 + the item's ordinal. They keep
///   which column a word is in but not where (`detail = column`): searches are for words, and
///   a word query needs no positions; nothing ranks by length (`columnsize = 0`).
/// - `merge_memo`: one row, the decisions of the timeline and people merges for the corpus
///   last opened through the store (`MergeMemo`), replayed by the next open while its
///   documents match.
enum StoreSchema {
    /// `PRAGMA application_id`: "SITR".
    static let applicationID: Int64 = 0x5349_5452
    /// `PRAGMA user_version`: bump on any change to the tables or to `ExtractionCodec`.
    static let version: Int64 = 2

    static let documentBits: Int64 = 20
    static let itemBits: Int64 = 12
    /// Documents of one file beyond this are extracted on every open, not stored.
    static let maxDocumentsPerSource = Int(1 << documentBits)
    /// Quotes or events of one document beyond this are stored but not searchable.
    static let maxSearchItems = Int(1 << itemBits)

    static func documentRow(source: Int64, ordinal: Int) -> Int64 { source << documentBits | Int64(ordinal) }
    static func documentRows(source: Int64) -> ClosedRange<Int64> {
        documentRow(source: source, ordinal: 0)...documentRow(source: source, ordinal: maxDocumentsPerSource - 1)
    }
    static func searchRows(documents: ClosedRange<Int64>) -> ClosedRange<Int64> {
        (documents.lowerBound << itemBits)...(documents.upperBound << itemBits | Int64(maxSearchItems - 1))
    }

    /// Run once on a new, empty file, before `tables`.
    static let setup = """
        PRAGMA page_size = 8192;
        PRAGMA journal_mode = WAL;
        """

    /// The tables; `user_version` is set last, in the same transaction, so that a store whose
    /// creation was cut short is recognised and made again.
    static let tables = """
        CREATE TABLE sources(
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            mtime INTEGER NOT NULL,
            ingest INTEGER NOT NULL,
            documents INTEGER NOT NULL,
            problems BLOB
        );
        CREATE TABLE documents(
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL,
            date TEXT,
            hash INTEGER NOT NULL,
            time_key INTEGER, quotes_key INTEGER, places_key INTEGER, events_key INTEGER,
            time BLOB, quotes BLOB, places BLOB, events BLOB,
            info BLOB NOT NULL,
            text BLOB NOT NULL
        );
        CREATE TABLE merge_memo(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            data BLOB NOT NULL
        );
        CREATE VIRTUAL TABLE quote_search USING fts5(
            text, speaker, name UNINDEXED, start UNINDEXED, end UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2', detail = column, columnsize = 0
        );
        CREATE VIRTUAL TABLE event_search USING fts5(
            summary, actor UNINDEXED, start UNINDEXED, end UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2', detail = column, columnsize = 0
        );
        PRAGMA application_id = \(applicationID);
        PRAGMA user_version = \(version);
        """

    /// Every connection: WAL keeps readers and the writer apart, NORMAL sync is crash-safe there.
    static let connectionSettings = """
        PRAGMA synchronous = NORMAL;
        PRAGMA temp_store = MEMORY;
        """

    /// Readers go through each file's rows once: a small page cache is enough.
    static let readerSettings = "PRAGMA cache_size = -1024;"
}
