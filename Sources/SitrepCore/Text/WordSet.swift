/// A fixed set of words that answers `contains` for a token's text without allocating:
/// `set.contains(lowercasing: "The")` is `words.contains("The".lowercased())`, and
/// `set.contains("The")` is `words.contains("The")`, with the same answers.
///
/// ASCII text is hashed and compared byte by byte (an open-addressing table of the words'
/// bytes); other text takes the `Set<String>` path, so that Unicode case mapping and
/// canonical equivalence stay exactly what `String` does.
struct WordSet: Sendable {
    let words: Set<String>
    private let slots: [Int32]       // index into `starts`, or -1
    private let starts: [Int32]      // word k's bytes are bytes[starts[k] ..< starts[k + 1]]
    private let bytes: [UInt8]
    private let mask: Int

    init(_ words: Set<String>) {
        self.words = words
        let ascii = words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.sorted()
        var capacity = 16
        while capacity < ascii.count * 4 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        var starts: [Int32] = [0]
        var bytes: [UInt8] = []
        for word in ascii {
            var i = Int(truncatingIfNeeded: Self.hash(word.utf8)) & (capacity - 1)
            while slots[i] >= 0 { i = (i + 1) & (capacity - 1) }
            slots[i] = Int32(starts.count - 1)
            bytes.append(contentsOf: word.utf8)
            starts.append(Int32(bytes.count))
        }
        self.slots = slots; self.starts = starts; self.bytes = bytes; mask = capacity - 1
    }

    /// `words.contains(text)`.
    func contains(_ text: String) -> Bool { contains(text, lowercasing: false) }

    /// `words.contains(text.lowercased())`.
    func contains(lowercasing text: String) -> Bool { contains(text, lowercasing: true) }

    private func contains(_ text: String, lowercasing: Bool) -> Bool {
        var copy = text
        let found: Bool? = copy.withUTF8 { u in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in u {
                if b >= 0x80 { return nil }
                let c = lowercasing && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                h = (h ^ UInt64(c)) &* 0x100_0000_01b3
            }
            var i = Int(truncatingIfNeeded: h) & mask
            while true {
                let k = Int(slots[i])
                if k < 0 { return false }
                let from = Int(starts[k]), to = Int(starts[k + 1])
                if to - from == u.count {
                    var same = true
                    for j in 0..<u.count {
                        let b = u[j]
                        let c = lowercasing && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                        if c != bytes[from + j] { same = false; break }
                    }
                    if same { return true }
                }
                i = (i + 1) & mask
            }
        }
        if let found { return found }
        return words.contains(lowercasing ? text.lowercased() : text)
    }

    /// True when the set holds this ASCII word, given as bytes with their FNV-1a hash (no
    /// `String` made).
    func contains(ascii word: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = Int(slots[i])
            if k < 0 { return false }
            let from = Int(starts[k]), to = Int(starts[k + 1])
            if to - from == word.count {
                var same = true
                for j in 0..<word.count where word[j] != bytes[from + j] { same = false; break }
                if same { return true }
            }
            i = (i + 1) & mask
        }
    }

    private static func hash(_ utf8: String.UTF8View) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}

extension WordSet: ExpressibleByArrayLiteral {
    init(arrayLiteral words: String...) { self.init(Set(words)) }
}
