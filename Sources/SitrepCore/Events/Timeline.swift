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
        var index = WordIndex()
        let wordLists = contentWordIDs(events, index: &index)
        var entries: [TimelineEntry] = []
        // Per member (every event merged or not, in input order): its entry and its word count.
        var memberEntry: [Int32] = []
        var memberWordCount: [Int32] = []
        memberEntry.reserveCapacity(events.count); memberWordCount.reserveCapacity(events.count)
        var shared = [Int32](repeating: 0, count: events.count)   // member -> words shared, this event
        var touched: [Int32] = []
        var dates: [EventDate: Int32] = [:]
        for (e, event) in events.enumerated() {
            let words = wordLists[e]
            let date: Int64
            if let known = dates[event.date] { date = Int64(known) } else { date = Int64(dates.count); dates[event.date] = Int32(date) }
            // A word that dozens of events of the day share says little about which one this
            // is, and would make the merge quadratic: candidates come from rarer words.
            touched.removeAll(keepingCapacity: true)
            for w in words {
                guard let list = index.postings[date << 32 | Int64(w)], list.count <= postingLimit else { continue }
                var node = list.head
                while node >= 0 {
                    let member = index.nodes[Int(node)].member
                    if shared[Int(member)] == 0 { touched.append(member) }
                    shared[Int(member)] += 1
                    node = index.nodes[Int(node)].next
                }
            }
            // Entries in order; in each, the member sharing the biggest part of its words.
            touched.sort { a, b in memberEntry[Int(a)] != memberEntry[Int(b)] ? memberEntry[Int(a)] < memberEntry[Int(b)] : a < b }
            var target: Int?
            var k = 0
            while k < touched.count, target == nil {
                let entry = Int(memberEntry[Int(touched[k])])
                var best = 0.0
                while k < touched.count, Int(memberEntry[Int(touched[k])]) == entry {
                    let member = Int(touched[k])
                    let common = Int(shared[member])
                    best = max(best, Double(common) / Double(words.count + Int(memberWordCount[member]) - common))
                    k += 1
                }
                if best >= wordingThreshold || sameActor(event, entries[entry]) && best >= actorThreshold {
                    target = entry
                }
            }
            for member in touched { shared[Int(member)] = 0 }
            let entry: Int
            if let target {
                entry = target
                entries[entry].sources.append(source(event))
                if entries[entry].actor == nil { entries[entry].actor = event.actor }
            } else {
                let announced = newestArticle.map { newest in (event.date.firstDay.map { $0 > newest } ?? false) } ?? false
                entries.append(TimelineEntry(date: event.date, summary: event.summary, actor: event.actor,
                                             sources: [source(event)], isAnnounced: announced))
                entry = entries.count - 1
            }
            let member = Int32(memberEntry.count)
            memberEntry.append(Int32(entry)); memberWordCount.append(Int32(words.count))
            for w in words { index.add(member, to: date << 32 | Int64(w), limit: postingLimit) }
        }
        // Stable sort keeps input order within a date.
        return entries.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
        }.map(\.element)
    }

    /// Word ids and, per (date, word), the members whose words hold it, as linked lists in one
    /// array (a list's order does not matter: only the counts do).
    private struct WordIndex {
        struct Node { var member: Int32; var next: Int32 }
        struct List { var head: Int32; var count: Int }
        var ids: [String: Int32] = [:]
        var postings: [Int64: List] = [:]
        var nodes: [Node] = []

        mutating func id(_ word: String) -> Int32 {
            if let id = ids[word] { return id }
            let id = Int32(ids.count)
            ids[word] = id
            return id
        }

        /// Adds a member to a list that holds at most `limit` + 1 (past the limit a word is not used).
        mutating func add(_ member: Int32, to key: Int64, limit: Int) {
            let list = postings[key] ?? List(head: -1, count: 0)
            guard list.count <= limit else { return }
            nodes.append(Node(member: member, next: list.head))
            postings[key] = List(head: Int32(nodes.count - 1), count: list.count + 1)
        }
    }

    /// Each event's content words as ids; the words are read on all cores when there are many.
    private static func contentWordIDs(_ events: [Event], index: inout WordIndex) -> [[Int32]] {
        let sets = ParallelMap.map(events.count, chunk: 256) { contentWords(events[$0].summary) }
        return sets.map { words in words.map { index.id($0) } }
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
