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
    /// Words shared by more events of one date than this are not used to find merge candidates.
    static let postingLimit = 48

    public static func build(events: [Event], newestArticle: DayDate?) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        var members: [[Set<String>]] = []           // per entry, the word sets of its events
        // Per date, word -> the (entry, member) pairs whose words hold it: candidates share a word.
        var index: [EventDate: [String: [(entry: Int, member: Int)]]] = [:]
        for event in events {
            let words = contentWords(event.summary)
            var shared: [Int: [Int: Int]] = [:]     // entry -> member -> shared word count
            for w in words {
                // A word that dozens of events of the day share says little about which one this
                // is, and would make the merge quadratic: candidates come from rarer words.
                guard let hits = index[event.date]?[w], hits.count <= postingLimit else { continue }
                for hit in hits { shared[hit.entry, default: [:]][hit.member, default: 0] += 1 }
            }
            var target: Int?
            for entry in shared.keys.sorted() {
                let best = shared[entry]!.map { member, common in
                    Double(common) / Double(words.count + members[entry][member].count - common)
                }.max() ?? 0
                if best >= wordingThreshold || sameActor(event, entries[entry]) && best >= actorThreshold {
                    target = entry
                    break
                }
            }
            let entry: Int
            if let target {
                entry = target
                entries[entry].sources.append(source(event))
                if entries[entry].actor == nil { entries[entry].actor = event.actor }
                members[entry].append(words)
            } else {
                let announced = newestArticle.map { newest in (event.date.firstDay.map { $0 > newest } ?? false) } ?? false
                entries.append(TimelineEntry(date: event.date, summary: event.summary, actor: event.actor,
                                             sources: [source(event)], isAnnounced: announced))
                members.append([words])
                entry = entries.count - 1
            }
            let member = members[entry].count - 1
            for w in words where (index[event.date]?[w]?.count ?? 0) <= postingLimit {
                index[event.date, default: [:]][w, default: []].append((entry, member))
            }
        }
        // Stable sort keeps input order within a date.
        return entries.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
        }.map(\.element)
    }

    private static func sameActor(_ e: Event, _ entry: TimelineEntry) -> Bool {
        guard let a = e.actor, let b = entry.actor else { return false }
        return normalise(a) == normalise(b)
    }

    private static func source(_ e: Event) -> EventSource {
        EventSource(documentID: e.documentID, span: e.span, timexSpan: e.timexSpan)
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
        var word = String.UnicodeScalarView()
        var ascii = true
        func flush() {
            defer { word = String.UnicodeScalarView(); ascii = true }
            guard word.count >= 3 else { return }
            var w = ascii ? String(word) : normalise(String(word))
            guard !stopwords.contains(w) else { return }
            if w.count > 4, w.hasSuffix("s"), !w.hasSuffix("ss") { w.removeLast() }
            out.insert(w)
        }
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                    word.append(scalar)
                } else if v >= 0x41 && v <= 0x5A {
                    word.append(Unicode.Scalar(v + 0x20)!)
                } else {
                    flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
                word.append(scalar); ascii = false
            } else {
                flush()
            }
        }
        flush()
        return out
    }
}
