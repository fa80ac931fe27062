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
        // Events of different dates never merge: each date's events are merged on their own,
        // the dates on all cores.
        var groupOfDate: [EventDate: Int] = [:]
        var groups: [[Int]] = []
        for (i, event) in events.enumerated() {
            if let g = groupOfDate[event.date] {
                groups[g].append(i)
            } else {
                groupOfDate[event.date] = groups.count
                groups.append([i])
            }
        }
        let dates = groups
        let merged = ParallelMap.map(dates.count, chunk: max(1, dates.count / 64)) { g in
            merge(dates[g], of: events, newestArticle: newestArticle)
        }
        // Back in the order the entries were opened, then chronological; the sort is stable
        // within a date.
        var all = merged.flatMap { $0 }
        all.sort { $0.opener < $1.opener }
        return all.map(\.entry).enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
        }.map(\.element)
    }

    /// One date's events (indices into `events`, in input order) merged into entries, each with
    /// the index of the event that opened it.
    private static func merge(_ group: [Int], of events: [Event], newestArticle: DayDate?)
        -> [(entry: TimelineEntry, opener: Int)] {
        var index = WordIndex()
        var entries: [(entry: TimelineEntry, opener: Int)] = []
        // Per member (every event of the date, merged or not, in order): its entry and its word count.
        var memberEntry: [Int32] = []
        var memberWordCount: [Int32] = []
        memberEntry.reserveCapacity(group.count); memberWordCount.reserveCapacity(group.count)
        var shared = [Int32](repeating: 0, count: group.count)   // member -> words shared, this event
        var touched: [Int32] = []
        for e in group {
            let event = events[e]
            var words: [Int32] = []
            forEachContentWord(event.summary) { word in
                let id = index.id(word)
                if !words.contains(id) { words.append(id) }
            }
            // A word that dozens of events of the day share says little about which one this
            // is, and would make the merge quadratic: candidates come from rarer words.
            touched.removeAll(keepingCapacity: true)
            for w in words {
                let list = index.lists[Int(w)]
                guard list.count <= postingLimit else { continue }
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
                if best >= wordingThreshold || sameActor(event, entries[entry].entry) && best >= actorThreshold {
                    target = entry
                }
            }
            for member in touched { shared[Int(member)] = 0 }
            let entry: Int
            if let target {
                entry = target
                entries[entry].entry.sources.append(source(event))
                if entries[entry].entry.actor == nil { entries[entry].entry.actor = event.actor }
            } else {
                let announced = newestArticle.map { newest in (event.date.firstDay.map { $0 > newest } ?? false) } ?? false
                entries.append((TimelineEntry(date: event.date, summary: event.summary, actor: event.actor,
                                              sources: [source(event)], isAnnounced: announced), e))
                entry = entries.count - 1
            }
            let member = Int32(memberEntry.count)
            memberEntry.append(Int32(entry)); memberWordCount.append(Int32(words.count))
            for w in words { index.add(member, to: w, limit: postingLimit) }
        }
        return entries
    }

    /// One date's word ids and, per word, the members whose words hold it, as linked lists in
    /// one array (a list's order does not matter: only the counts do).
    private struct WordIndex {
        struct Node { var member: Int32; var next: Int32 }
        struct List { var head: Int32 = -1; var count = 0 }
        /// Words outside ASCII (ASCII ones are in `ascii`, hashed by their bytes).
        var ids: [String: Int32] = [:]
        var ascii = ASCIIWordIDs()
        /// Per word id.
        var lists: [List] = []
        var nodes: [Node] = []

        mutating func id(_ word: String) -> Int32 {
            let next = Int32(lists.count)
            let id: Int32
            if let known = ascii.id(word, next: next) {
                id = known
            } else if let known = ids[word] {
                id = known
            } else {
                id = next
                ids[word] = id
            }
            if id == next { lists.append(List()) }
            return id
        }

        /// Adds a member to a list that holds at most `limit` + 1 (past the limit a word is not used).
        mutating func add(_ member: Int32, to word: Int32, limit: Int) {
            let list = lists[Int(word)]
            guard list.count <= limit else { return }
            nodes.append(Node(member: member, next: list.head))
            lists[Int(word)] = List(head: Int32(nodes.count - 1), count: list.count + 1)
        }
    }

    /// Ids of ASCII words in an open-addressing table keyed by their bytes (FNV-1a), compared
    /// in full: a `[String: Int32]` without Swift's per-process seeded hashing of every word.
    private struct ASCIIWordIDs {
        private var words: [String] = []
        private var slots = [Int32](repeating: -1, count: 64)

        /// The word's id, given `next` if it is new; nil when the word is not ASCII.
        mutating func id(_ word: String, next: Int32) -> Int32? {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in word.utf8 {
                if b >= 0x80 { return nil }
                h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            }
            if words.count * 2 >= slots.count { grow() }
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] >= 0 {
                let k = Int(slots[i])
                if words[k] == word { return ids[k] }
                i = (i + 1) & mask
            }
            slots[i] = Int32(words.count)
            words.append(word)
            ids.append(next)
            return next
        }

        /// The id of each word in `words`.
        private var ids: [Int32] = []

        private mutating func grow() {
            var bigger = [Int32](repeating: -1, count: slots.count * 2)
            let mask = bigger.count - 1
            for (k, word) in words.enumerated() {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
                var i = Int(truncatingIfNeeded: h) & mask
                while bigger[i] >= 0 { i = (i + 1) & mask }
                bigger[i] = Int32(k)
            }
            slots = bigger
        }

    }

    private static func sameActor(_ e: Event, _ entry: TimelineEntry) -> Bool {
        guard let a = e.actor, let b = entry.actor else { return false }
        return normalise(a) == normalise(b)
    }

    private static func source(_ e: Event) -> EventSource {
        EventSource(documentID: e.documentID, span: e.span, timexSpan: e.timexSpan)
    }

    static func normalise(_ name: String) -> String {
        // ASCII has no diacritics, and its case folding is lower-casing: no Foundation call.
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return QuoteContext.lowercased(name) }
        return name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static let stopwords: WordSet = [
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
        "with", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
        "would", "that", "this", "these", "those", "it", "its", "he", "she", "they", "his", "her",
        "their", "said", "says", "after", "before", "than", "then", "which", "who", "also", "not",
        "more", "into", "over", "about", "up", "out", "last", "next", "this", "on", "since",
    ]

    /// Lower-cased, accent-folded words of three letters or more, minus stopwords, with a plural "s" cut.
    static func contentWords(_ s: String) -> Set<String> {
        var out = Set<String>()
        forEachContentWord(s) { out.insert($0) }
        return out
    }

    /// The words of `contentWords`, each as often as it occurs.
    static func forEachContentWord(_ s: String, _ body: (String) -> Void) {
        var word = String.UnicodeScalarView()
        var bytes: [UInt8] = []   // the word while it is ASCII (its scalars, as bytes)
        var ascii = true
        func flush() {
            defer {
                if !ascii { word = String.UnicodeScalarView() }
                bytes.removeAll(keepingCapacity: true); ascii = true
            }
            if ascii {
                // One character per byte: count, suffix and last character are the bytes'.
                guard bytes.count >= 3 else { return }
                var w = String(decoding: bytes, as: UTF8.self)
                guard !stopwords.contains(w) else { return }
                let n = bytes.count, s_ = UInt8(ascii: "s")
                if n > 4, bytes[n - 1] == s_, bytes[n - 2] != s_ { w = String(decoding: bytes[0..<(n - 1)], as: UTF8.self) }
                body(w)
                return
            }
            guard word.count >= 3 else { return }
            var w = normalise(String(word))
            guard !stopwords.contains(w) else { return }
            if w.count > 4, w.hasSuffix("s"), !w.hasSuffix("ss") { w.removeLast() }
            body(w)
        }
        func append(_ scalar: Unicode.Scalar) {
            if ascii, scalar.value < 0x80 { bytes.append(UInt8(scalar.value)); return }
            if ascii { word = String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }); ascii = false }
            word.append(scalar)
        }
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                    append(scalar)
                } else if v >= 0x41 && v <= 0x5A {
                    append(Unicode.Scalar(v + 0x20)!)
                } else {
                    flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
                append(scalar)
            } else {
                flush()
            }
        }
        flush()
    }
}
