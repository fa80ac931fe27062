extension PeopleIndex {
    /// Where each document's people went in a merge: (document, person in it) -> corpus
    /// person. Flat, one slot per person of each document in order, so a lookup is two array
    /// reads and a copy is one block of memory, not a hash table.
    public struct PersonMap: Sendable, Equatable {
        /// Per document, its first slot.
        private var starts: [Int] = []
        /// Per person of each document, the corpus person; -1 while not merged yet.
        private var slots: [Int32] = []

        public init() {}

        /// The map holding these pairs (tests, reference merges).
        public init(_ pairs: [Key: Int]) {
            let documents = (pairs.keys.map(\.document).max() ?? -1) + 1
            var widths = [Int](repeating: 0, count: documents)
            for key in pairs.keys { widths[key.document] = max(widths[key.document], key.person + 1) }
            for width in widths { appendDocument(people: width) }
            for (key, value) in pairs { self[key] = value }
        }

        /// Makes room for the next document's people, none merged yet.
        mutating func appendDocument(people count: Int) {
            starts.append(slots.count)
            slots.append(contentsOf: repeatElement(-1, count: count))
        }

        /// The corpus person of a document's person; nil when it has none (yet).
        public subscript(key: Key) -> Int? {
            get {
                guard let slot = slot(key), slots[slot] >= 0 else { return nil }
                return Int(slots[slot])
            }
            set {
                guard let slot = slot(key) else { preconditionFailure("no room for \(key) in the person map") }
                slots[slot] = Int32(newValue ?? -1)
            }
        }

        /// True when the map has room for this document's person (merged or not).
        public func holds(_ key: Key) -> Bool { slot(key) != nil }

        private func slot(_ key: Key) -> Int? {
            guard key.document >= 0, key.document < starts.count, key.person >= 0 else { return nil }
            let slot = starts[key.document] + key.person
            let end = key.document + 1 < starts.count ? starts[key.document + 1] : slots.count
            return slot < end ? slot : nil
        }

        /// Every pair, by document then person.
        public var pairs: [(key: Key, person: Int)] {
            var out: [(key: Key, person: Int)] = []
            for d in starts.indices {
                let end = d + 1 < starts.count ? starts[d + 1] : slots.count
                for slot in starts[d]..<end where slots[slot] >= 0 {
                    out.append((Key(document: d, person: slot - starts[d]), Int(slots[slot])))
                }
            }
            return out
        }

        /// Equal when they hold the same pairs (room left empty aside).
        public static func == (a: PersonMap, b: PersonMap) -> Bool {
            let x = a.pairs, y = b.pairs
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.person == $1.person }
        }
    }
}
