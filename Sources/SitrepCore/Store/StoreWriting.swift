/// One document ready to be written: encoded on the thread that extracted it, so that the
/// writer only copies bytes into SQLite.
struct EncodedDocument: Sendable {
    struct QuoteRow: Sendable {
        var text: String
        /// The speaker, the person's other names and the mention: what a speaker search reads.
        var speakerWords: String
        var speaker: String?
        var span: TextSpan
    }

    struct EventRow: Sendable {
        var summary: String
        var actor: String?
        var span: TextSpan
    }

    var ordinal: Int
    var id: String
    var date: String?
    var hash: Int64
    var info: [UInt8]
    var text: String
    var time: [UInt8]
    var quotes: [UInt8]
    var places: [UInt8]
    var events: [UInt8]
    var quoteRows: [QuoteRow]
    var eventRows: [EventRow]

    init(_ e: DocumentExtraction, ordinal: Int, hash: Int64) {
        self.ordinal = ordinal
        id = e.document.id
        date = e.document.date?.iso
        self.hash = hash
        info = ExtractionCodec.encodeDocumentInfo(e.document)
        text = e.document.text
        time = ExtractionCodec.encode(e.timexes)
        quotes = ExtractionCodec.encode(quotes: e.quotes, people: e.people)
        places = ExtractionCodec.encode(e.places)
        events = ExtractionCodec.encode(e.events, documentID: e.document.id)
        quoteRows = e.quotes.prefix(StoreSchema.maxSearchItems).map { q in
            var names = [q.speaker, q.mention].compactMap { $0 }
            if let p = q.personIndex, e.people.indices.contains(p) { names += e.people[p].aliases }
            return QuoteRow(text: q.text, speakerWords: names.joined(separator: " · "), speaker: q.speaker, span: q.span)
        }
        eventRows = e.events.prefix(StoreSchema.maxSearchItems).map { EventRow(summary: $0.summary, actor: $0.actor, span: $0.span) }
    }
}

/// One change to the store. A file's documents may come in several batches: `source` first
/// (the file's row, not yet trusted by its stamp), then `documents`, then `stamp`, so that
/// a load cut short leaves the file to be read again, its finished documents kept.
enum StoreWrite: Sendable {
    /// The file's row (made or updated) with an untrusted stamp; documents past
    /// `documentCount` are dropped.
    case source(SourceFacts, documentCount: Int)
    /// Rows of documents of the file at `path` (whose row exists).
    case documents(path: String, [EncodedDocument])
    /// The file is now fully stored: trust its stamp.
    case stamp(path: String, StoreFileStamp)
    /// Forget a file that is no longer part of the corpus.
    case remove(sourceID: Int64)
    /// The same, by path (nothing when the store does not hold it).
    case removePath(String)
}

extension ExtractionStore {
    /// A store in memory holding `extractions` (one pseudo-file each), for searching a
    /// corpus that no store holds (`--no-store`, standard input).
    public static func inMemory(indexing extractions: [DocumentExtraction]) throws -> ExtractionStore {
        let store = try inMemory()
        var writes: [StoreWrite] = []
        for (i, extraction) in extractions.enumerated() {
            let facts = SourceFacts(path: "memory \(i)", stamp: StoreFileStamp(size: 0, modified: StoreFileStamp.unmatchable),
                                    ingest: 0, problems: [])
            writes.append(.source(facts, documentCount: 1))
            writes.append(.documents(path: facts.path, [EncodedDocument(extraction, ordinal: 0, hash: 0)]))
        }
        try store.apply(writes, keys: StageVersions.current.keys())
        return store
    }

    /// Forgets files and their documents (a watcher saw them deleted); the paths as the
    /// loader was given or walked them.
    public func forget(paths: [String]) throws {
        try apply(paths.map(StoreWrite.removePath), keys: StageVersions.current.keys())
    }

    /// Applies changes in order, in one transaction.
    func apply(_ writes: [StoreWrite], keys: StageVersions.Keys) throws {
        guard !writes.isEmpty else { return }
        try withConnection { connection in
            let statements = try WriteStatements(connection)
            try connection.transaction {
                for write in writes { try statements.apply(write, keys: keys) }
            }
        }
    }
}

/// The prepared statements of one write transaction.
private struct WriteStatements {
    let findSource: SQLiteStatement
    let setStamp: SQLiteStatement
    let upsertSource: SQLiteStatement
    let deleteSource: SQLiteStatement
    let documentExists: SQLiteStatement
    let deleteDocuments: SQLiteStatement
    let deleteQuotes: SQLiteStatement
    let deleteEvents: SQLiteStatement
    let putDocument: SQLiteStatement
    let putQuote: SQLiteStatement
    let putEvent: SQLiteStatement

    init(_ c: SQLiteConnection) throws {
        findSource = try c.prepare("SELECT id FROM sources WHERE path = ?")
        setStamp = try c.prepare("UPDATE sources SET size = ?, mtime = ? WHERE path = ?")
        upsertSource = try c.prepare("""
            INSERT INTO sources(path, size, mtime, ingest, documents, problems) VALUES(?, ?, ?, ?, ?, ?)
            ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, ingest = excluded.ingest,
                documents = excluded.documents, problems = excluded.problems
            RETURNING id
            """)
        deleteSource = try c.prepare("DELETE FROM sources WHERE id = ?")
        documentExists = try c.prepare("SELECT 1 FROM documents WHERE id = ?")
        deleteDocuments = try c.prepare("DELETE FROM documents WHERE id BETWEEN ? AND ?")
        deleteQuotes = try c.prepare("DELETE FROM quote_search WHERE rowid BETWEEN ? AND ?")
        deleteEvents = try c.prepare("DELETE FROM event_search WHERE rowid BETWEEN ? AND ?")
        putDocument = try c.prepare("""
            INSERT OR REPLACE INTO documents(id, doc_id, date, hash, time_key, quotes_key, places_key, events_key,
                time, quotes, places, events, info, text) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        putQuote = try c.prepare("INSERT INTO quote_search(rowid, text, speaker, name, start, end) VALUES(?, ?, ?, ?, ?, ?)")
        putEvent = try c.prepare("INSERT INTO event_search(rowid, summary, actor, start, end) VALUES(?, ?, ?, ?, ?)")
    }

    func apply(_ write: StoreWrite, keys: StageVersions.Keys) throws {
        switch write {
        case .source(let facts, let count):
            try upsert(facts, documentCount: count)
        case .documents(let path, let documents):
            guard let id = try sourceID(path) else { return }
            for document in documents where document.ordinal < StoreSchema.maxDocumentsPerSource {
                try put(document, row: StoreSchema.documentRow(source: id, ordinal: document.ordinal), keys: keys)
            }
        case .stamp(let path, let stamp):
            try setStamp.bind(1, stamp.size)
            try setStamp.bind(2, stamp.modified)
            try setStamp.bind(3, path)
            try setStamp.run()
        case .remove(let id):
            try remove(source: id)
        case .removePath(let path):
            if let id = try sourceID(path) { try remove(source: id) }
        }
    }

    private func sourceID(_ path: String) throws -> Int64? {
        defer { findSource.reset() }
        try findSource.bind(1, path)
        return try findSource.step() ? findSource.int64(0) : nil
    }

    private func upsert(_ facts: SourceFacts, documentCount: Int) throws {
        let existed = try sourceID(facts.path) != nil
        try upsertSource.bind(1, facts.path)
        try upsertSource.bind(2, facts.stamp.size)
        try upsertSource.bind(3, StoreFileStamp.unmatchable)
        try upsertSource.bind(4, facts.ingest)
        try upsertSource.bind(5, documentCount)
        try upsertSource.bind(6, blob: facts.problems.isEmpty ? nil : ExtractionCodec.encode(facts.problems))
        guard try upsertSource.step() else { throw SQLiteError(code: 1, message: "no id for \(facts.path)") }
        let id = upsertSource.int64(0)
        upsertSource.reset()
        // Documents past the file's new end are gone.
        let count = min(documentCount, StoreSchema.maxDocumentsPerSource)
        if existed, count < StoreSchema.maxDocumentsPerSource {
            try delete(StoreSchema.documentRow(source: id, ordinal: count)...StoreSchema.documentRows(source: id).upperBound)
        }
    }

    func remove(source id: Int64) throws {
        try deleteSource.bind(1, id)
        try deleteSource.run()
        try delete(StoreSchema.documentRows(source: id))
    }

    /// Deletes documents and, when there were any, their search rows. (A search table read,
    /// even an empty one, makes FTS5 flush what it holds in memory: writes avoid needless ones.)
    private func delete(_ rows: ClosedRange<Int64>) throws {
        try deleteDocuments.bind(1, rows.lowerBound)
        try deleteDocuments.bind(2, rows.upperBound)
        try deleteDocuments.step()
        let deleted = deleteDocuments.changes
        deleteDocuments.reset()
        if deleted > 0 { try deleteSearchRows(rows) }
    }

    private func exists(_ row: Int64) throws -> Bool {
        defer { documentExists.reset() }
        try documentExists.bind(1, row)
        return try documentExists.step()
    }

    private func deleteSearchRows(_ rows: ClosedRange<Int64>) throws {
        let items = StoreSchema.searchRows(documents: rows)
        for statement in [deleteQuotes, deleteEvents] {
            try statement.bind(1, items.lowerBound)
            try statement.bind(2, items.upperBound)
            try statement.run()
        }
    }

    private func put(_ d: EncodedDocument, row: Int64, keys: StageVersions.Keys) throws {
        if try exists(row) { try deleteSearchRows(row...row) }
        let s = putDocument
        try s.bind(1, row)
        try s.bind(2, d.id)
        try s.bind(3, d.date)
        try s.bind(4, d.hash)
        try s.bind(5, keys.time)
        try s.bind(6, keys.quotes)
        try s.bind(7, keys.places)
        try s.bind(8, keys.events)
        try s.bind(9, blob: d.time)
        try s.bind(10, blob: d.quotes)
        try s.bind(11, blob: d.places)
        try s.bind(12, blob: d.events)
        try s.bind(13, blob: d.info)
        try s.bind(14, blob: Array(d.text.utf8))
        try s.run()
        let first = row << StoreSchema.itemBits
        for (k, q) in d.quoteRows.enumerated() {
            try putQuote.bind(1, first + Int64(k))
            try putQuote.bind(2, q.text)
            try putQuote.bind(3, q.speakerWords)
            try putQuote.bind(4, q.speaker)
            try putQuote.bind(5, q.span.start)
            try putQuote.bind(6, q.span.end)
            try putQuote.run()
        }
        for (k, e) in d.eventRows.enumerated() {
            try putEvent.bind(1, first + Int64(k))
            try putEvent.bind(2, e.summary)
            try putEvent.bind(3, e.actor)
            try putEvent.bind(4, e.span.start)
            try putEvent.bind(5, e.span.end)
            try putEvent.run()
        }
    }
}
