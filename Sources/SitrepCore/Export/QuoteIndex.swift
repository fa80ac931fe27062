/// Quotes across a corpus, each with its speaker merged across documents (aliases and spelling
/// variants count), for `sitrep quotes` and speaker searches.
public struct QuoteIndex: Sendable {
    /// One quote with where it comes from and who said it (corpus-level).
    public struct Entry: Sendable {
        public var documentID: String
        public var date: DayDate?
        public var quote: Quote
        /// Index into `people`, when the quote has a named (or described) speaker.
        public var person: Int?
    }

    public let people: [Person]
    public let entries: [Entry]

    public init(_ corpus: Corpus) {
        let merged = corpus.people
        var entries: [Entry] = []
        for (d, extraction) in corpus.extractions.enumerated() {
            for quote in extraction.quotes {
                let person = quote.personIndex.flatMap { merged.map[PeopleIndex.Key(document: d, person: $0)] }
                entries.append(Entry(documentID: extraction.document.id, date: extraction.document.date,
                                     quote: quote, person: person))
            }
        }
        self.people = merged.people
        self.entries = entries
    }

    /// The quotes of every person the query names (case- and accent-insensitive; aliases,
    /// surnames and spelling variants count).
    public func quotes(bySpeaker query: String) -> [Entry] {
        let hits = Set(PeopleIndex.search(query, in: people))
        return entries.filter { $0.person.map(hits.contains) ?? false }
    }

    /// Names close to a query that matched nobody ("did you mean ...").
    public func suggestions(for query: String) -> [String] {
        PeopleIndex.suggestions(for: query, in: people)
    }

    /// The corpus speaker's name for an entry (the quote's own speaker when unmerged).
    public func speaker(of entry: Entry) -> String? {
        entry.person.map { people[$0].name } ?? entry.quote.speaker
    }
}
