/// A read-only table from words to bit flags, looked up without allocating and without regard
/// to ASCII case or dots ("Said", "SAID" and "said" are one key; so are "U.S." and "us").
///
/// Keys are 64-bit FNV-1a hashes of the lower-cased UTF-8 bytes, kept in an open-addressing
/// array. Two different words sharing a 64-bit hash is far too unlikely to matter for the few
/// thousand words of the lexicons; building the table checks its own words.
struct WordTable: Sendable {
    private var hashes: [UInt64]
    private var values: [UInt32]
    private let mask: Int

    init(_ entries: [String: UInt32]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity <<= 1 }
        hashes = [UInt64](repeating: 0, count: capacity)
        values = [UInt32](repeating: 0, count: capacity)
        mask = capacity - 1
        for (word, value) in entries {
            let h = WordTable.hash(word)
            var i = Int(truncatingIfNeeded: h) & mask
            while hashes[i] != 0, hashes[i] != h { i = (i + 1) & mask }
            hashes[i] = h
            values[i] |= value
        }
    }

    /// The word lists of a lexicon, each marked with its flag, as one table: a word in several
    /// lists (or written several ways: "U.S." and "us") gets all their flags. The one loader of
    /// `NameLexicon` and `SpeechLexicon`.
    init<Flags: OptionSet>(marking lists: [(words: Set<String>, flag: Flags)]) where Flags.RawValue == UInt32 {
        var entries: [String: UInt32] = [:]
        for (words, flag) in lists {
            for word in words { entries[word, default: 0] |= flag.rawValue }
        }
        self.init(entries)
    }

    /// FNV-1a over the bytes, ASCII upper case folded to lower case, dots skipped; never 0.
    @inline(__always) static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in word.utf8 where b != UInt8(ascii: ".") {
            let c = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            h = (h ^ UInt64(c)) &* 0x100000001b3
        }
        return h == 0 ? 1 : h
    }

    @inline(__always) func value(_ word: String) -> UInt32 {
        let h = WordTable.hash(word)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let stored = hashes[i]
            if stored == h { return values[i] }
            if stored == 0 { return 0 }
            i = (i + 1) & mask
        }
    }
}
