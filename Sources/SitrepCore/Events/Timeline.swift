import Foundation

/// Where one timeline entry is told: a document and the sentence in it.
public struct EventSource: Sendable, Hashable {
    public var documentID: String
    public var span: TextSpan
    public var timexSpan: TextSpan
}

/// One line of the merged timeline: an event told by one or more articles.
public struct TimelineEntry: Sendable, Hashable {
    public var date: EventDate
    public var summary: String
    public var actor: String?
    /// Every article sentence that tells this event, in input order.
    public var sources: [EventSource]
    /// True when the date lies after the newest article: announced or expected, not yet happened.
    public var isAnnounced: Bool
}

/// Merges events from many articles into one chronological timeline.
///
/// Two events merge when they have the same date at the same precision and either similar
/// wording (Jaccard similarity of their content words at least `wordingThreshold`) or the same
/// actor with some shared wording (at least `actorThreshold`).
public enum TimelineBuilder {
    public static let wordingThreshold = 0.5
    public static let actorThreshold = 0.2

    public static func build(events: [Event], newestArticle: DayDate?) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        var words: [[Set<String>]] = []          // per entry, the word sets of its members
        var byDate: [EventDate: [Int]] = [:]
        for event in events {
            let w = contentWords(event.summary)
            var merged = false
            for index in byDate[event.date] ?? [] where matches(event, w, entries[index], words[index]) {
                entries[index].sources.append(source(event))
                if entries[index].actor == nil { entries[index].actor = event.actor }
                words[index].append(w)
                merged = true
                break
            }
            if merged { continue }
            let announced = newestArticle.map { newest in (event.date.firstDay.map { $0 > newest } ?? false) } ?? false
            entries.append(TimelineEntry(date: event.date, summary: event.summary, actor: event.actor,
                                         sources: [source(event)], isAnnounced: announced))
            words.append([w])
            byDate[event.date, default: []].append(entries.count - 1)
        }
        // Stable sort keeps input order within a date.
        return entries.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
        }.map(\.element)
    }

    private static func source(_ e: Event) -> EventSource {
        EventSource(documentID: e.documentID, span: e.span, timexSpan: e.timexSpan)
    }

    private static func matches(_ e: Event, _ w: Set<String>, _ entry: TimelineEntry, _ members: [Set<String>]) -> Bool {
        let best = members.map { jaccard(w, $0) }.max() ?? 0
        if best >= wordingThreshold { return true }
        if let a = e.actor, let b = entry.actor, normalise(a) == normalise(b), best >= actorThreshold { return true }
        return false
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    static func normalise(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static let stopwords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
        "with", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
        "would", "that", "this", "these", "those", "it", "its", "he", "she", "they", "his", "her",
        "their", "said", "says", "after", "before", "than", "then", "which", "who", "also", "not",
        "more", "into", "over", "about", "up", "out", "last", "next", "this", "on", "since",
    ]

    /// Lower-cased, accent-folded words of three letters or more, minus stopwords, with a plural "s" cut.
    static func contentWords(_ s: String) -> Set<String> {
        var out = Set<String>()
        for raw in s.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            var w = normalise(String(raw))
            guard w.count >= 3, !stopwords.contains(w) else { continue }
            if w.count > 4, w.hasSuffix("s"), !w.hasSuffix("ss") { w.removeLast() }
            out.insert(w)
        }
        return out
    }
}
