import Foundation

/// One input of a corpus, in the order given on the command line.
public enum CorpusInput: Sendable, Hashable {
    /// A file or a folder (read recursively); `-` is JSON Lines on standard input.
    case path(String)
    /// A JSON Lines file whatever its extension (`--input-jsonl FILE`).
    case jsonLines(String)
}

/// Where a `CorpusLoader` keeps extractions between runs.
public enum StoreChoice: Sendable {
    /// None: every document is read and extracted (`--no-store`).
    case none
    /// The default file for the corpus paths (`StoreLocation.defaultURL`).
    case automatic
    /// This file (`--store PATH`).
    case file(URL)
    /// A store already open (tests, the bench, or `ExtractionStore.inMemory()` for searches).
    case open(ExtractionStore)
}

/// How far a load has come, for a progress bar. `done` and `total` count input files (a
/// JSON Lines file is one); `total` is 0 while the folders are being walked.
public struct LoadProgress: Sendable, Equatable {
    /// What the loader is doing.
    public enum Phase: String, Sendable {
        /// Walking the folders.
        case scanning
        /// Taking documents from the store (and reading files).
        case reading
        /// Extracting new or changed documents.
        case extracting
        /// Writing the last results and forgetting files that are gone.
        case saving
        /// Taking documents already extracted into the corpus (timeline, people, places).
        case merging
        case done
    }

    public var phase: Phase
    public var done: Int
    public var total: Int

    public init(phase: Phase, done: Int, total: Int) {
        self.phase = phase; self.done = done; self.total = total
    }

    /// 0...1; 0 while the total is unknown.
    public var fraction: Double { total > 0 ? min(1, Double(done) / Double(total)) : 0 }
}

/// What a load did, document by document.
public struct LoadStatistics: Sendable, Equatable {
    /// Input files (and standard input) read or taken from the store.
    public var files = 0
    public var documents = 0
    /// Documents taken whole from the store.
    public var reused = 0
    /// Documents extracted from scratch (new, changed, or no store).
    public var extracted = 0
    /// Documents of which only some stages ran again (a stage version changed).
    public var partlyExtracted = 0
    /// Files read from disk (new, changed, or not stored).
    public var filesRead = 0
    /// Stored files dropped because they are no longer part of the corpus.
    public var removedFiles = 0
    /// Documents written to the store.
    public var written = 0

    public init() {}
}

/// The documents of a corpus with their extractions, in input order, and what went wrong.
public struct CorpusLoad: Sendable {
    public var extractions: [DocumentExtraction] = []
    /// The files read or taken from the store, as they were: a watcher started after the
    /// load takes them as read while they keep their size and time (`IngestWatcher`).
    public var files = LoadedFiles()
    /// Input problems in input order, then the store's own (one line each, as warnings).
    public var problems: [IngestProblem] = []
    /// Files in folders passed over for their extension.
    public var skippedFiles: [String] = []
    public var statistics = LoadStatistics()
    /// The merges' decisions the store kept from the last open (`MergeMemo`): give it to
    /// `Corpus(extractions:replaying:)`.
    public var memo: MergeMemo?
    /// The store used, still open (for `searchQuotes`); nil without one.
    public var store: ExtractionStore?
    /// True when the load was cancelled before the end.
    public var cancelled = false
    /// True when `store` holds every document loaded, so that its searches cover the
    /// corpus (false after standard input, a failed write, or a cancelled load).
    public var storeHoldsCorpus = false

    /// True when at least one input failed (recovered warnings do not count).
    public var hasFailures: Bool { problems.contains { !$0.recovered } }

    public var documents: [Document] { extractions.map(\.document) }
}

/// The files a load read or took from the store, each with the size and time it had and the
/// documents it gave, so that a watcher started after the load does not read them all again:
/// a file whose size and time still match is taken as read (`IngestWatcher(known:)`). A file
/// that failed, or was written in the two seconds before it was read (a change within the file
/// system's time tick could keep both), is left out and read again.
public struct LoadedFiles: Sendable {
    struct File: Sendable {
        var stamp: StoreFileStamp
        var documents: [Document]
        var problems: [IngestProblem]
    }

    var byPath: [String: File] = [:]

    public init() {}

    /// How many files are known.
    public var count: Int { byPath.count }
}
