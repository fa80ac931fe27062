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
/// actor with some shared wording (at least `actorThreshold`). A change to these rules must
/// bump `MergeMemo.rulesVersion` (saved decisions of the old rules are then not replayed).
public enum TimelineBuilder {
    public static let wordingThreshold = 0.5
    public static let actorThreshold = 0.2
    /// Words shared by more events of one date than this are not used to find merge candidates.
    static let postingLimit = 48

    /// Merges `events` (in input order) into the timeline: in date order, and within a date in
    /// the order the entries were opened. Events of different dates never merge, so each date
    /// is merged on its own (`DateMerge`), the dates on all cores.
    public static func build(events: [Event], newestArticle: DayDate?) -> [TimelineEntry] {
        let groups = byDate(events)
        var merged = Array(repeating: DateMerge(), count: groups.count)
        extend(&merged, with: events, groups: groups.map(\.positions), newestArticle: newestArticle)
        return merged.sorted { $0.date! < $1.date! }.flatMap(\.entries)
    }

    /// The positions in `events` of each date's events: dates in the order they first come,
    /// positions in order. (Positions, not copies: an event holds three strings, and copying
    /// 1.6 million of them cost more than replaying their merge.)
    static func byDate(_ events: [Event]) -> [(date: EventDate, positions: [Int32])] {
        var groupOfDate: [EventDate: Int] = [:]
        var groups: [(date: EventDate, positions: [Int32])] = []
        events.withUnsafeBufferPointer { events in
            for (position, event) in events.enumerated() {
                if let g = groupOfDate[event.date] {
                    groups[g].positions.append(Int32(position))
                } else {
                    groupOfDate[event.date] = groups.count
                    groups.append((event.date, [Int32(position)]))
                }
            }
        }
        return groups
    }

    /// Goes on with each merge in `merges` with the events of `events` at the positions of
    /// the same place in `groups` (in order), the dates on all cores when there is enough to
    /// do. Where `decisions` (one per event of `events`) gives an event the entry an earlier
    /// merge of the same events chose (not -1), it is replayed (`DateMerge.replay`) rather
    /// than merged.
    static func extend(_ merges: inout [DateMerge], with events: [Event], groups: [[Int32]], decisions: [Int32]? = nil,
                       newestArticle: DayDate?) {
        // Each merge moves into a box its worker owns, so that its arrays are changed in place,
        // not copied.
        let boxes = merges.indices.map { i in
            let box = MergeBox()
            swap(&box.merge, &merges[i])
            return box
        }
        let chunk = events.count < 2_000 ? max(1, boxes.count) : max(1, boxes.count / 64)
        events.withUnsafeBufferPointer { buffer in
            // Read in place by every worker (never written while they run): no event is copied.
            let shared = SharedEvents(events: buffer)
            _ = ParallelMap.map(boxes.count, chunk: chunk) { i in
                let events = shared.events
                for position in groups[i] {
                    let p = Int(position)
                    if let decisions, decisions[p] >= 0,
                       boxes[i].merge.replay(events[p], entry: Int(decisions[p]), newestArticle: newestArticle) { continue }
                    boxes[i].merge.add(events[p], newestArticle: newestArticle)
                }
            }
        }
        for i in merges.indices { swap(&merges[i], &boxes[i].merge) }
    }

    /// The events the workers of `extend` read.
    private struct SharedEvents: @unchecked Sendable {
        let events: UnsafeBufferPointer<Event>
    }

    /// One date's merge, owned by the worker that extends it.
    private final class MergeBox: @unchecked Sendable {
        var merge = DateMerge()
    }

    /// The events of one date merged into entries, with what it takes to go on merging events
    /// told later: adding a date's events one at a time, in input order, gives the entries
    /// merging them all at once would.
    public struct DateMerge: Sendable {
        /// The merged entries, in the order they were opened.
        public private(set) var entries: [TimelineEntry] = []
        private var index = WordIndex()
        // Per member (every event added, merged or not, in order): its entry and its word count.
        private var memberEntry: [Int32] = []
        private var memberWordCount: [Int32] = []
        /// Per member, the words it shares with the event being added (zero between adds).
        private var shared: [Int32] = []
        /// Room reused from one `add` to the next: the event's word ids, the members sharing one.
        private var scratchWords: [Int32] = []
        private var scratchTouched: [Int32] = []
        private var scratchEntries: [Int32] = []
        /// Per entry, the best share of words of its members with the event being added; -1
        /// between adds.
        private var entryBest: [Double] = []
        /// The summaries of the members `replay` added whose words are not indexed yet
        /// (members from `memberWordCount.count` on).
        private var unindexed: [String] = []

        public init() {}

        /// The date of the entries; nil before the first event.
        public var date: EventDate? { entries.first?.date }

        /// Merges one more event of this date: into the first entry (in order) holding a member
        /// whose wording is close enough, else as a new entry. An entry opened after
        /// `newestArticle` is marked announced.
        public mutating func add(_ event: Event, newestArticle: DayDate?) {
            if !unindexed.isEmpty { indexReplayedMembers() }
            var words = scratchWords
            collectWords(of: event.summary, into: &words)
            defer { scratchWords = words }
            // A word that dozens of events of the day share says little about which one this
            // is, and would make the merge quadratic: candidates come from rarer words.
            var touched = scratchTouched
            touched.removeAll(keepingCapacity: true)
            defer { scratchTouched = touched }
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
            // Per entry, the member sharing the biggest part of its words; then the first entry
            // (in order) close enough. No sort: the best of each entry is kept in `entryBest`.
            var touchedEntries = scratchEntries
            touchedEntries.removeAll(keepingCapacity: true)
            defer { scratchEntries = touchedEntries }
            for member in touched {
                let m = Int(member), entry = Int(memberEntry[m])
                let common = Int(shared[m])
                let share = Double(common) / Double(words.count + Int(memberWordCount[m]) - common)
                if entryBest[entry] < 0 { touchedEntries.append(Int32(entry)) }
                entryBest[entry] = max(entryBest[entry], share)
            }
            var target: Int?
            for e in touchedEntries {
                let entry = Int(e), best = entryBest[entry]
                if target.map({ entry < $0 }) ?? true,
                   best >= wordingThreshold || sameActor(event, entries[entry]) && best >= actorThreshold {
                    target = entry
                }
            }
            for e in touchedEntries { entryBest[Int(e)] = -1 }
            for member in touched { shared[Int(member)] = 0 }
            let entry = place(event, in: target, newestArticle: newestArticle)
            let member = Int32(memberEntry.count)
            memberEntry.append(Int32(entry)); memberWordCount.append(Int32(words.count)); shared.append(0)
            for w in words { index.add(member, to: w, limit: postingLimit) }
        }

        /// Adds an event to the entry an earlier merge of the same events put it in (`entry`:
        /// its number in `entries`, or the entry count for a new one) without comparing
        /// wordings: what `add` would do, when the events before it on this date are the
        /// same (see `MergeMemo`). Its words are indexed before the next `add`, so a date no
        /// later event touches never reads them. False, adding nothing, when `entry` is out
        /// of range.
        public mutating func replay(_ event: Event, entry: Int, newestArticle: DayDate?) -> Bool {
            guard entry >= 0, entry <= entries.count, date == nil || date == event.date else { return false }
            place(event, in: entry == entries.count ? nil : entry, newestArticle: newestArticle)
            memberEntry.append(Int32(entry))
            unindexed.append(event.summary)
            return true
        }

        /// Per event added (in order), the number of the entry it went to.
        var memberEntries: [Int32] { memberEntry }

        /// Puts an event in entry `target`, or in a new entry; returns the entry's number.
        @discardableResult
        private mutating func place(_ event: Event, in target: Int?, newestArticle: DayDate?) -> Int {
            if let target {
                entries[target].sources.append(source(event))
                if entries[target].actor == nil { entries[target].actor = event.actor }
                return target
            }
            entries.append(TimelineEntry(date: event.date, summary: event.summary, actor: event.actor,
                                         sources: [source(event)],
                                         isAnnounced: TimelineBuilder.isAnnounced(event.date, newestArticle: newestArticle)))
            entryBest.append(-1)
            return entries.count - 1
        }

        /// The distinct content words of `summary` as ids, in order of first occurrence.
        private mutating func collectWords(of summary: String, into words: inout [Int32]) {
            words.removeAll(keepingCapacity: true)
            let ascii = forEachASCIIContentWord(summary) { word, hash in
                let id = index.id(ascii: word, hash: hash)
                if !words.contains(id) { words.append(id) }
            }
            if !ascii {
                forEachContentWord(summary) { word in
                    let id = index.id(word)
                    if !words.contains(id) { words.append(id) }
                }
            }
        }

        /// Indexes the words of the members `replay` added, in order, as `add` would have.
        private mutating func indexReplayedMembers() {
            var words = scratchWords
            defer { scratchWords = words }
            let first = memberWordCount.count
            for (k, summary) in unindexed.enumerated() {
                collectWords(of: summary, into: &words)
                let member = Int32(first + k)
                memberWordCount.append(Int32(words.count)); shared.append(0)
                for w in words { index.add(member, to: w, limit: postingLimit) }
            }
            unindexed = []
        }

        /// Marks every entry announced or not, as the newest article date now says.
        public mutating func mark(newestArticle: DayDate?) {
            guard let date else { return }
            let announced = TimelineBuilder.isAnnounced(date, newestArticle: newestArticle)
            guard entries.first?.isAnnounced != announced else { return }
            for i in entries.indices { entries[i].isAnnounced = announced }
        }
    }

    /// True when `date` lies after the newest article: announced or expected, not yet happened.
    static func isAnnounced(_ date: EventDate, newestArticle: DayDate?) -> Bool {
        guard let newest = newestArticle, let first = date.firstDay else { return false }
        return first > newest
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

        /// The id of an ASCII word given as bytes with their FNV-1a hash.
        mutating func id(ascii word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
            let next = Int32(lists.count)
            let id = ascii.id(word, hash: hash, next: next)
            if id == next { lists.append(List()) }
            return id
        }

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
    /// in full, the words' bytes in one array: a `[String: Int32]` without a `String` per word
    /// or Swift's per-process seeded hashing of every word.
    private struct ASCIIWordIDs {
        private var bytes: [UInt8] = []
        /// Per word: where its bytes start (one more at the end), its hash and its id.
        private var starts: [Int32] = [0]
        private var hashes: [UInt64] = []
        private var ids: [Int32] = []
        private var slots = [Int32](repeating: -1, count: 64)

        /// The word's id, given `next` if it is new; nil when the word is not ASCII.
        mutating func id(_ word: String, next: Int32) -> Int32? {
            var copy = word
            return copy.withUTF8 { u -> Int32? in
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for b in u {
                    if b >= 0x80 { return nil }
                    h = (h ^ UInt64(b)) &* 0x100_0000_01b3
                }
                return id(u, hash: h, next: next)
            }
        }

        /// The id of an ASCII word given as bytes with their FNV-1a hash, `next` if it is new.
        mutating func id(_ word: UnsafeBufferPointer<UInt8>, hash h: UInt64, next: Int32) -> Int32 {
            if ids.count * 2 >= slots.count { grow() }
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] >= 0 {
                let k = Int(slots[i])
                if hashes[k] == h {
                    let from = Int(starts[k]), to = Int(starts[k + 1])
                    if to - from == word.count {
                        var same = true
                        for j in 0..<word.count where word[j] != bytes[from + j] { same = false; break }
                        if same { return ids[k] }
                    }
                }
                i = (i + 1) & mask
            }
            slots[i] = Int32(ids.count)
            bytes.append(contentsOf: word)
            starts.append(Int32(bytes.count))
            hashes.append(h)
            ids.append(next)
            return next
        }

        private mutating func grow() {
            var bigger = [Int32](repeating: -1, count: slots.count * 2)
            let mask = bigger.count - 1
            for (k, h) in hashes.enumerated() {
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

    /// The words of `contentWords` of an all-ASCII text, each as often as it occurs, as bytes
    /// with their FNV-1a hash (no `String` made); false, calling nothing, when the text is not
    /// all ASCII (then `forEachContentWord` reads it).
    static func forEachASCIIContentWord(_ s: String, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void) -> Bool {
        var copy = s
        return copy.withUTF8 { u -> Bool in
            // Letters outside ASCII need the general scan; other characters outside ASCII (curly
            // quotes, dashes) end a word there as a space does, so each of their bytes is taken
            // as one. Checked before any word is given, so a refusal gives none.
            if u.contains(where: { $0 >= 0x80 }) {
                for scalar in s.unicodeScalars where scalar.value >= 0x80 {
                    if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark { return false }
                }
            }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: u.count + 1) { word in
                var n = 0
                let s_ = UInt8(ascii: "s")
                var k = 0
                while k <= u.count {
                    let b: UInt8 = k < u.count ? u[k] : 0x20
                    k += 1
                    if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                        word[n] = b; n += 1; continue
                    }
                    if b >= 0x41 && b <= 0x5A { word[n] = b | 0x20; n += 1; continue }
                    // The end of a word: three letters or more, not a stopword, a plural "s" cut.
                    defer { n = 0 }
                    guard n >= 3 else { continue }
                    var h: UInt64 = 0xcbf2_9ce4_8422_2325
                    for j in 0..<(n - 1) { h = (h ^ UInt64(word[j])) &* 0x100_0000_01b3 }
                    let beforeLast = h
                    h = (h ^ UInt64(word[n - 1])) &* 0x100_0000_01b3
                    let full = UnsafeBufferPointer(rebasing: word[0..<n])
                    guard !stopwords.contains(ascii: full, hash: h) else { continue }
                    if n > 4, word[n - 1] == s_, word[n - 2] != s_ {
                        body(UnsafeBufferPointer(rebasing: word[0..<(n - 1)]), beforeLast)
                    } else {
                        body(full, h)
                    }
                }
            }
            return true
        }
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
