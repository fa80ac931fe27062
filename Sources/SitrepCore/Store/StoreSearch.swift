/// A quote found by a store search.
public struct QuoteHit: Sendable, Hashable {
    public var documentID: String
    public var date: DayDate?
    public var span: TextSpan
    public var text: String
    /// The speaker as the document names them; nil when unattributed.
    public var speaker: String?
}

/// An event summary found by a store search.
public struct EventHit: Sendable, Hashable {
    public var documentID: String
    public var date: DayDate?
    /// The sentence the event comes from.
    public var span: TextSpan
    public var summary: String
    public var actor: String?
}

extension ExtractionStore {
    /// Quotes holding every word of `words` (case and accents do not matter), and when
    /// `speaker` is given, whose speaker's names (full name, aliases, the words at the
    /// attribution) hold every word of it. In store order (files as first stored).
    public func searchQuotes(words: String? = nil, speaker: String? = nil, limit: Int? = nil) throws -> [QuoteHit] {
        let match = [Self.matchExpression(words, column: "text"), Self.matchExpression(speaker, column: "speaker")]
            .compactMap { $0 }.joined(separator: " AND ")
        guard !match.isEmpty else { return [] }
        let sql = """
            SELECT d.doc_id, d.date, q.start, q.end, q.text, q.name FROM quote_search q
            JOIN documents d ON d.id = (q.rowid >> \(StoreSchema.itemBits))
            WHERE quote_search MATCH ? ORDER BY q.rowid LIMIT ?
            """
        return try query(sql, match: match, limit: limit) { s in
            QuoteHit(documentID: s.string(0) ?? "", date: s.string(1).flatMap { DayDate(iso: $0) },
                     span: TextSpan(start: s.int(2), end: s.int(3)), text: s.string(4) ?? "", speaker: s.string(5))
        }
    }

    /// Events whose summary holds every word of `words`.
    public func searchEvents(words: String, limit: Int? = nil) throws -> [EventHit] {
        guard let match = Self.matchExpression(words, column: "summary") else { return [] }
        let sql = """
            SELECT d.doc_id, d.date, e.start, e.end, e.summary, e.actor FROM event_search e
            JOIN documents d ON d.id = (e.rowid >> \(StoreSchema.itemBits))
            WHERE event_search MATCH ? ORDER BY e.rowid LIMIT ?
            """
        return try query(sql, match: match, limit: limit) { s in
            EventHit(documentID: s.string(0) ?? "", date: s.string(1).flatMap { DayDate(iso: $0) },
                     span: TextSpan(start: s.int(2), end: s.int(3)), summary: s.string(4) ?? "", actor: s.string(5))
        }
    }

    private func query<T>(_ sql: String, match: String, limit: Int?, row: (SQLiteStatement) -> T) throws -> [T] {
        try withConnection { connection in
            let statement = try connection.prepare(sql)
            try statement.bind(1, match)
            try statement.bind(2, limit ?? -1)
            var found: [T] = []
            while try statement.step() { found.append(row(statement)) }
            return found
        }
    }

    /// An FTS5 query that needs every word of `text` in `column`, each word quoted so that
    /// no input is read as query syntax; nil when `text` has no word.
    static func matchExpression(_ text: String?, column: String) -> String? {
        guard let text else { return nil }
        let words = text.split { !($0.isLetter || $0.isNumber) }
        guard !words.isEmpty else { return nil }
        // Words hold letters and digits only, so quoting them needs no escape.
        return words.map { "\(column) : \"\($0)\"" }.joined(separator: " AND ")
    }
}
