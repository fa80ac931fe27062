/// One quote of a corpus: its document's position in `Corpus.extractions` and its position in
/// that extraction's `quotes`.
public struct QuoteReference: Sendable, Hashable {
    public var document: Int
    public var quote: Int

    public init(document: Int, quote: Int) {
        self.document = document; self.quote = quote
    }
}

/// Someone quoted in the corpus, with every quote they said, in input order.
public struct Speaker: Sendable, Hashable {
    /// The fullest name known ("Vladimir Tsimlyansky"), the describing phrase of an unnamed
    /// speaker, or `SpeakerIndex.unattributed`.
    public var name: String
    /// Other names the person goes by in the corpus.
    public var aliases: [String]
    public var role: String?
    public var quotes: [QuoteReference]

    public init(name: String, aliases: [String] = [], role: String? = nil, quotes: [QuoteReference] = []) {
        self.name = name; self.aliases = aliases; self.role = role; self.quotes = quotes
    }
}

/// The quotes of a corpus grouped by who said them: people merged across documents
/// (`PeopleIndex`), other speakers by name (case aside), and the quotes without a speaker
/// under "Unattributed". Most quoted first (ties in order of first appearance), "Unattributed"
/// last.
public enum SpeakerIndex {
    public static let unattributed = "Unattributed"

    public static func speakers(of extractions: [DocumentExtraction], people: PeopleIndex.Merged) -> [Speaker] {
        var tally = SpeakerTally()
        tally.add(extractions, people: people.map)
        return tally.speakers(people: people)
    }

    /// The speakers with only the quotes of the documents `keep` accepts (by position), those
    /// left without quotes dropped, most quoted first again.
    public static func filter(_ speakers: [Speaker], documents keep: (Int) -> Bool) -> [Speaker] {
        var kept: [Speaker] = []
        var unattributed: Speaker?
        for var speaker in speakers {
            speaker.quotes = speaker.quotes.filter { keep($0.document) }
            guard !speaker.quotes.isEmpty else { continue }
            if speaker.name == Self.unattributed && speaker.role == nil && speaker.aliases.isEmpty {
                unattributed = speaker
            } else {
                kept.append(speaker)
            }
        }
        return ordered(kept) + (unattributed.map { [$0] } ?? [])
    }

    /// Most quoted first; ties keep their order (first appearance).
    static func ordered(_ speakers: [Speaker]) -> [Speaker] {
        speakers.enumerated().sorted { a, b in
            a.element.quotes.count != b.element.quotes.count ? a.element.quotes.count > b.element.quotes.count
                : a.offset < b.offset
        }.map(\.element)
    }
}
