import Foundation

/// Why a store could not be used at all (its folder cannot be made, the file cannot be
/// written): the caller goes on without one.
public struct StoreUnavailable: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// Another process held the file locked for a moment (while making it): worth a retry.
    var isBusy = false
    public var description: String { "sitrep: \(path): \(reason)" }
}

/// The on-disk store of a corpus's extractions: an SQLite database (WAL, one transaction per
/// batch written) holding every document's text and model output, keyed by file and content,
/// with FTS5 indexes over quotes and event summaries. See `StoreSchema` for the tables and
/// `CorpusLoader` for how a corpus is read through it.
///
/// Safe to share between threads: writes are serialised on one connection; readers each get
/// a connection of their own (`reader()`), and several processes may open the same file.
public final class ExtractionStore: @unchecked Sendable {
    /// The database file; nil for a store in memory.
    public let path: String?
    private let connection: SQLiteConnection
    private let lock = NSLock()

    private init(path: String?, connection: SQLiteConnection) {
        self.path = path
        self.connection = connection
    }

    /// A store that lives in memory and is gone when released (`--no-store` searches).
    public static func inMemory() throws -> ExtractionStore {
        let connection = try SQLiteConnection(path: ":memory:")
        try connection.execute(StoreSchema.connectionSettings)
        try connection.transaction { try connection.execute(StoreSchema.tables) }
        return ExtractionStore(path: nil, connection: connection)
    }

    /// Opens the store at `url`, making it (and its folder) if needed.
    ///
    /// A file that is not a usable store (not SQLite, truncated, damaged, another program's
    /// database) is moved aside to `NAME.bad` and a new store is made; a store of another
    /// Sitrep format is replaced. `note` then says so in one line (the reason, not the path).
    public static func open(at url: URL) throws -> (store: ExtractionStore, note: String?) {
        // Two processes opening a new store at once: one waits while the other makes it
        // (SQLite reports some of these locks at once rather than after its busy timeout).
        var attempts = 0
        while true {
            do {
                return try openOnce(at: url)
            } catch let error as StoreUnavailable where error.isBusy && attempts < 200 {
                attempts += 1
                usleep(25_000)
            }
        }
    }

    private static func openOnce(at url: URL) throws -> (store: ExtractionStore, note: String?) {
        let path = url.path
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StoreUnavailable(path: path, reason: "cannot make the store's folder (\((error as NSError).localizedDescription)); going on without a store")
        }
        // Never set aside what is not a plain file (`--store` naming a folder or a device).
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            if isFolder.boolValue || type != .typeRegular {
                throw StoreUnavailable(path: path, reason: "\(isFolder.boolValue ? "is a folder" : "is not a regular file"), not a store; going on without a store")
            }
        }
        var note: String?
        if case .damaged(let why) = StoreFileCheck.inspect(path) {
            note = try setAside(path, because: why)
        }
        do {
            let connection = try SQLiteConnection(path: path)
            var problem = try check(connection)
            if case .empty = problem {
                // Another process may be making it at the same moment: `create` makes the
                // tables only if they are still missing, then the marks are checked again.
                try create(connection)
                problem = try check(connection)
            }
            switch problem {
            case nil:
                return (ExtractionStore(path: path, connection: connection), note)
            case .empty:
                throw StoreUnavailable(path: path, reason: "the store could not be made; going on without a store")
            case .otherFormat(let version):
                connection.close()
                remove(path)
                note = "a store of another Sitrep version (format \(version)), made again"
            case .foreign(let why):
                connection.close()
                note = try setAside(path, because: why)
            }
        } catch let error as SQLiteError where error.isCorruption {
            note = try setAside(path, because: "damaged (\(error.message))")
        } catch let error as SQLiteError {
            throw StoreUnavailable(path: path, reason: "cannot open the store (\(error.message)); going on without a store",
                                   isBusy: error.isBusy)
        }
        do {
            let connection = try SQLiteConnection(path: path)
            try create(connection)
            return (ExtractionStore(path: path, connection: connection), note)
        } catch {
            throw StoreUnavailable(path: path, reason: "cannot make a store (\(error)); going on without a store",
                                   isBusy: (error as? SQLiteError)?.isBusy ?? false)
        }
    }

    /// Sets a store found damaged while in use aside (`NAME.bad`) and makes a new one there.
    static func replace(damaged path: String, because why: String) throws -> (store: ExtractionStore, note: String) {
        let note = try setAside(path, because: why)
        do {
            let connection = try SQLiteConnection(path: path)
            try create(connection)
            return (ExtractionStore(path: path, connection: connection), note)
        } catch {
            throw StoreUnavailable(path: path, reason: "\(note), but a new store cannot be made (\(error)); going on without a store")
        }
    }

    private enum Problem {
        case empty
        case otherFormat(Int64)
        case foreign(String)
    }

    /// What is wrong with an open database, if anything; throws SQLite's corruption errors.
    /// The marks and the tables are read in one transaction, so that a store being made by
    /// another process at that moment is seen either empty or whole.
    private static func check(_ connection: SQLiteConnection) throws -> Problem? {
        try connection.execute(StoreSchema.connectionSettings)
        try connection.execute("BEGIN")
        defer { try? connection.execute("COMMIT") }
        let application = try connection.integer("PRAGMA application_id")
        let version = try connection.integer("PRAGMA user_version")
        if application == StoreSchema.applicationID {
            return version == StoreSchema.version ? nil : .otherFormat(version)
        }
        let tables = try connection.integer("SELECT count(*) FROM sqlite_schema")
        if application == 0, version == 0, tables == 0 { return .empty }
        return .foreign(application == 0 ? "an SQLite database of another program, not a Sitrep store"
                                         : "an SQLite database of another program (application id \(application)), not a Sitrep store")
    }

    /// Makes the tables, unless another connection made them meanwhile.
    private static func create(_ connection: SQLiteConnection) throws {
        try connection.execute(StoreSchema.setup)
        try connection.execute(StoreSchema.connectionSettings)
        try connection.transaction {
            if try connection.integer("SELECT count(*) FROM sqlite_schema") == 0 {
                try connection.execute(StoreSchema.tables)
            }
        }
    }

    /// Moves a bad file (and its WAL) to `NAME.bad`, replacing an older one; returns the note.
    private static func setAside(_ path: String, because why: String) throws -> String {
        let bad = path + ".bad"
        remove(bad)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            do {
                if suffix.isEmpty { try FileManager.default.moveItem(atPath: path, toPath: bad) }
                else { try FileManager.default.removeItem(atPath: path + suffix) }
            } catch {
                throw StoreUnavailable(path: path, reason: "\(why), and it cannot be moved aside (\((error as NSError).localizedDescription)); going on without a store")
            }
        }
        return "\(why); moved to \((bad as NSString).lastPathComponent) and made again"
    }

    private static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    // MARK: Access

    /// A new read connection for one thread (nil for a store in memory, which has one
    /// connection: read it through `withConnection`).
    func reader() throws -> StoreReader? {
        guard let path else { return nil }
        let connection = try SQLiteConnection(path: path, create: false)
        try connection.execute(StoreSchema.connectionSettings + StoreSchema.readerSettings)
        return try StoreReader(connection)
    }

    /// Runs `body` on the store's own connection, one caller at a time.
    func withConnection<T>(_ body: (SQLiteConnection) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(connection)
    }

    /// Documents stored.
    public func documentCount() throws -> Int {
        try withConnection { Int(try $0.integer("SELECT count(*) FROM documents")) }
    }

    /// The merges' decisions saved for the corpus last opened (`MergeMemo`); nil when none
    /// were saved or they do not decode (the corpus then merges as usual).
    public func mergeMemo() -> MergeMemo? {
        withConnection { connection in
            guard let statement = try? connection.prepare("SELECT data FROM merge_memo WHERE id = 1"),
                  (try? statement.step()) == true, let blob = statement.blob(0) else { return nil }
            return try? ExtractionCodec.decodeMemo(blob)
        }
    }

    /// Saves the merges' decisions for the corpus just opened, in place of those saved before.
    public func save(_ memo: MergeMemo) throws {
        let bytes = ExtractionCodec.encode(memo)
        try withConnection { connection in
            let statement = try connection.prepare("INSERT OR REPLACE INTO merge_memo(id, data) VALUES (1, ?)")
            try statement.bind(1, blob: bytes)
            try statement.run()
        }
    }

    /// Bytes on disk: the database, its WAL and shared-memory files.
    public var fileBytes: Int {
        guard let path else { return 0 }
        return ["", "-wal", "-shm"].reduce(0) { total, suffix in
            let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix))?[.size] as? NSNumber
            return total + (size?.intValue ?? 0)
        }
    }

    /// Copies the WAL into the database file and empties it (after a large write).
    public func checkpoint() {
        withConnection { try? $0.execute("PRAGMA wal_checkpoint(TRUNCATE)") }
    }
}
