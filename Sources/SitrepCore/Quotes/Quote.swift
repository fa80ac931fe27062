import Foundation

/// A direct quote: the text between a pair of quote marks, and who said it when the text tells.
public struct Quote: Sendable, Hashable {
    /// The text between the marks (outer white space trimmed), in Unicode-scalar offsets, end exclusive.
    public var span: TextSpan
    /// Exactly the scalars of `span`.
    public var text: String
    /// The speaker's fullest name in the document, the describing phrase for an unnamed speaker
    /// ("head of the Atlantic Alliance"), or an organisation's name; nil when unknown.
    public var speaker: String?
    /// The words at the attribution site ("he", "Tsimlianski", "the spokeswoman"); nil when unknown.
    public var mention: String?
    /// Where those words are.
    public var mentionSpan: TextSpan?
    /// Index of the speaker in the document's `people`, when the speaker is a person or an unnamed
    /// speaker (nil for organisations and unknown speakers).
    public var personIndex: Int?
    /// Which attribution pattern found the speaker (diagnostics for the dev harness; 0 = none).
    var attributionTier = 0

    public init(span: TextSpan, text: String, speaker: String? = nil, mention: String? = nil,
                mentionSpan: TextSpan? = nil, personIndex: Int? = nil) {
        self.span = span; self.text = text; self.speaker = speaker; self.mention = mention
        self.mentionSpan = mentionSpan; self.personIndex = personIndex
    }
}

/// The quotes stage: finds direct quotes, attributes them, and clusters the people a document
/// mentions. Stateless; one value can serve every document on every thread.
///
///     let (quotes, people) = QuoteAttribution().extract(AnalyzedText(document.text))
///
/// See ``QuoteScanner`` for the marks read, ``Attributor`` for the attribution patterns, and
/// ``NameSimilarity`` for when two spellings are one person.
public struct QuoteAttribution: Sendable {
    public init() {}

    /// Quotes in text order and the people of the document (named people first mentioned first,
    /// then unnamed speakers).
    public func extract(_ text: AnalyzedText) -> (quotes: [Quote], people: [Person]) {
        let ctx = QuoteContext(text)
        let pieces = QuoteScanner.scan(text.scalars).filter { QuoteFilter.isCandidate($0, ctx) }
        var mentions = NameReader.read(ctx)
        // Names inside quotes are quoted words: they cluster, but are never the narrative's subjects.
        var q = 0
        for k in mentions.indices {
            let start = mentions[k].span.start
            while q < pieces.count, pieces[q].span.end <= start { q += 1 }
            if q < pieces.count, pieces[q].span.start <= start { mentions[k].insideQuote = true }
        }
        let registry = PersonRegistry(ctx, mentions: mentions)
        var attributor = Attributor(ctx, registry: registry)
        let results = attributor.attribute(pieces)
        var reg = attributor.registry

        var kept: [(QuoteScanner.Piece, Attributor.Result)] = []
        for (piece, result) in zip(pieces, results) where QuoteFilter.keep(piece, result, ctx) {
            kept.append((piece, result))
            if let e = result.entity { reg.noteQuote(entity: e) }
        }

        // People: named persons in order of first mention, then unnamed speakers who were quoted.
        var personOfEntity = [Int: Int]()
        var people: [Person] = []
        let order = reg.entities.indices.sorted {
            (reg.entities[$0].spans.first?.start ?? .max) < (reg.entities[$1].spans.first?.start ?? .max)
        }
        for e in order {
            let entity = reg.entities[e]
            guard entity.isConfirmedPerson else { continue }
            let canonical = entity.canonical
            var person = Person(name: canonical, aliases: entity.forms.filter { $0 != canonical },
                                role: entity.role, mentionSpans: entity.spans.sorted(),
                                quoteCount: entity.quoteCount, isDescription: entity.kind == .description)
            if entity.kind == .description {
                person.aliases = []
            } else if let surname = Self.searchableSurname(of: canonical),
                      !person.allNames.contains(where: { Self.sameIgnoringCase($0, surname) }) {
                // The surname alone, without accents, is how readers search ("Umerov", "Putin").
                person.aliases.insert(surname, at: 0)
            }
            personOfEntity[e] = people.count
            people.append(person)
        }

        var canonical: [Int: String] = [:]
        var quotes: [Quote] = []
        quotes.reserveCapacity(kept.count)
        for (piece, result) in kept {
            var quote = Quote(span: piece.span, text: text.text(piece.span))
            if let e = result.entity {
                let entity = reg.entities[e]
                if entity.kind == .organisation {
                    quote.speaker = entity.forms.first
                } else if let name = canonical[e] {
                    quote.speaker = name
                } else {
                    let name = entity.canonical
                    canonical[e] = name
                    quote.speaker = name
                }
                quote.mention = result.mention
                quote.mentionSpan = result.mentionSpan
                quote.personIndex = personOfEntity[e]
                quote.attributionTier = result.tier
            }
            quotes.append(quote)
        }
        return (quotes, people)
    }
}

extension QuoteAttribution {
    /// The last word of a full name, accents folded ("Rustem Umérov" -> "Umerov"); nil for a
    /// one-word name, or when folding leaves letters outside ASCII ("Đorđević": its ASCII
    /// spelling is a transliteration, which only the text can give).
    /// `a.caseInsensitiveCompare(b) == .orderedSame`, without Foundation when both are ASCII
    /// (where it is ASCII case folding).
    static func sameIgnoringCase(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.allSatisfy({ $0 < 0x80 }), y.allSatisfy({ $0 < 0x80 }) else { return a.caseInsensitiveCompare(b) == .orderedSame }
        guard x.count == y.count else { return false }
        return zip(x, y).allSatisfy { p, q in
            (p >= 0x41 && p <= 0x5A ? p | 0x20 : p) == (q >= 0x41 && q <= 0x5A ? q | 0x20 : q)
        }
    }

    static func searchableSurname(of name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 2, let last = words.last else { return nil }
        // ASCII has no diacritics to fold (and Foundation's folding costs microseconds).
        if last.utf8.allSatisfy({ $0 < 0x80 }) { return String(last) }
        let folded = String(last).folding(options: .diacriticInsensitive, locale: nil)
        return folded.unicodeScalars.allSatisfy(\.isASCII) ? folded : nil
    }
}
