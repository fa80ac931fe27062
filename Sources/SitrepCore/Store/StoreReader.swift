/// What the store knows about one input file.
struct StoredSource: Sendable {
    var id: Int64
    var size: Int64
    var modified: Int64
    /// Key of the ingest settings and version the file was read with.
    var ingest: Int64
    var documents: Int
    /// The problems reading it gave ("invalid UTF-8 repaired"), repeated on every open.
    var problems: [IngestProblem]
}

/// One stored document: its content hash, the document (when asked for), and each stage's
/// output that is still current (nil where its version changed or it does not decode).
struct StoredDocument: Sendable {
    var ordinal: Int
    var hash: Int64
    var document: Document?
    var stages: ReusableStages
}

/// Reads a store through one connection, on one thread.
final class StoreReader {
    private let connection: SQLiteConnection
    private let documentsOfSource: SQLiteStatement

    init(_ connection: SQLiteConnection) throws {
        self.connection = connection
        documentsOfSource = try connection.prepare("""
            SELECT id, hash, time_key, time, quotes_key, quotes, places_key, places, events_key, events, info, text, doc_id
            FROM documents WHERE id BETWEEN ? AND ? ORDER BY id
            """)
    }

    /// Every stored file by path.
    func sources() throws -> [String: StoredSource] {
        let statement = try connection.prepare("SELECT id, path, size, mtime, ingest, documents, problems FROM sources")
        var found: [String: StoredSource] = [:]
        while try statement.step() {
            guard let path = statement.string(1) else { continue }
            found[path] = Self.source(statement)
        }
        return found
    }

    /// The stored file at `path`, if any.
    func source(at path: String) throws -> StoredSource? {
        let statement = try connection.prepare("SELECT id, path, size, mtime, ingest, documents, problems FROM sources WHERE path = ?")
        try statement.bind(1, path)
        return try statement.step() ? Self.source(statement) : nil
    }

    private static func source(_ statement: SQLiteStatement) -> StoredSource {
        // Problems that do not decode: the file is read again (its ingest key never matches).
        var problems: [IngestProblem]? = []
        if let blob = statement.blob(6) { problems = try? ExtractionCodec.decodeProblems(blob) }
        return StoredSource(id: statement.int64(0), size: statement.int64(2), modified: statement.int64(3),
                            ingest: problems == nil ? 0 : statement.int64(4),
                            documents: statement.int(5), problems: problems ?? [])
    }

    /// The documents of one file in order, with the stage outputs whose key is current.
    /// `withDocuments: false` skips the text (the file is read again anyway).
    func documents(of source: StoredSource, keys: StageVersions.Keys, withDocuments: Bool) throws -> [StoredDocument] {
        let statement = documentsOfSource
        defer { statement.reset() }
        let rows = StoreSchema.documentRows(source: source.id)
        try statement.bind(1, rows.lowerBound)
        try statement.bind(2, rows.upperBound)
        var found: [StoredDocument] = []
        found.reserveCapacity(source.documents)
        while try statement.step() {
            let ordinal = Int(statement.int64(0) - rows.lowerBound)
            var stored = StoredDocument(ordinal: ordinal, hash: statement.int64(1), document: nil, stages: ReusableStages())
            if withDocuments {
                stored.document = try? Self.document(statement)
            }
            let id = statement.string(12)
            if statement.int64(2) == keys.time, let blob = statement.blob(3) {
                stored.stages.timexes = try? ExtractionCodec.decodeTimexes(blob)
            }
            if statement.int64(4) == keys.quotes, let blob = statement.blob(5) {
                stored.stages.quotesAndPeople = try? ExtractionCodec.decodeQuotesAndPeople(blob)
            }
            if statement.int64(6) == keys.places, let blob = statement.blob(7) {
                stored.stages.places = try? ExtractionCodec.decodePlaces(blob)
            }
            if statement.int64(8) == keys.events, let blob = statement.blob(9), let id {
                stored.stages.events = try? ExtractionCodec.decodeEvents(blob, documentID: id)
            }
            found.append(stored)
        }
        return found
    }

    private static func document(_ statement: SQLiteStatement) throws -> Document {
        guard let text = statement.blob(11) else { throw StoreDecodingError() }
        let decoded = String(decoding: text, as: UTF8.self)
        guard let info = statement.blob(10) else { throw StoreDecodingError() }
        return try ExtractionCodec.decodeDocument(info: info, text: decoded)
    }
}
