/// A gazetteer name found in the text, before anything is decided about it.
struct NameMatch {
    /// Tokens covered (the first is capitalised).
    var tokens: Range<Int>
    /// Scalars covered: the tokens, less a possessive "'s", or one part of a hyphenated token.
    var span: TextSpan
    /// The index entries of the name, in index order.
    var entries: [Gazetteer.Entry]
    /// The folded name's hash (for the stop list and the common-word list).
    var hash: UInt64
    /// Every word of the match is in capitals ("BEIRUT", "US").
    var isAllCaps: Bool
    /// Only part of a hyphenated token ("Kherson" of "Kherson-based").
    var isTokenPart: Bool
    /// The match is one word.
    var isSingleWord: Bool
}

/// A demonym in the text ("Ukrainian", "Russian-backed"): evidence, never a place.
struct DemonymMatch {
    var token: Int
    var place: Int
}

/// Finds gazetteer names in a text: at each capitalised token, the longest run of following
/// tokens whose folded form is in the index. Works on the tokens and a running hash; no
/// string is built per candidate, and the gazetteer is never scanned.
struct PlaceMatcher {
    let gazetteer: Gazetteer
    /// Longest name tried, in tokens (punctuation included: "Washington , D.C." is 3).
    static let maxTokens = 8
    /// Punctuation that may sit inside a name when glued to the word before ("St. Louis").
    private static func isInnerPunctuation(_ token: Token) -> Bool {
        switch token.onlyScalar {
        case ".", ",", "'", "’", "-": return true
        default: return false
        }
    }

    /// A lower-case word that may sit inside a name ("Rio de Janeiro", "Côte d'Ivoire").
    static func isConnector(_ word: String) -> Bool {
        if PlaceLexicon.nameConnectors.contains(word) { return true }
        var u = word.utf8.makeIterator()
        guard let first = u.next(), first == UInt8(ascii: "d") || first == UInt8(ascii: "l"), let second = u.next() else { return false }
        return second == 0x27 || (second == 0xE2 && u.next() == 0x80 && u.next() == 0x99)   // d' d’ l' l’
    }

    func matches(in text: AnalyzedText) -> (names: [NameMatch], demonyms: [DemonymMatch]) {
        let tokens = text.tokens
        var fold = FoldedTokens(text)
        var names: [NameMatch] = []
        var demonyms: [DemonymMatch] = []
        var i = 0
        while i < tokens.count {
            let first = tokens[i]
            guard first.kind == .word, first.isCapitalised else { i += 1; continue }
            let d = demonym(at: i, folded: fold.folded(i))
            // A longer name wins over a demonym ("French Guiana"); one word is the demonym
            // ("Jewish" is not the Jewish Autonomous Oblast).
            if let m = longestMatch(at: i, text: text, fold: &fold), d == nil || m.tokens.count > 1 {
                names.append(m)
                i = m.tokens.upperBound
                continue
            }
            if let d {
                demonyms.append(d)
            } else if first.text.utf8.contains(0x2D) {
                matchParts(of: i, text: text, into: &names, demonyms: &demonyms)
            }
            i += 1
        }
        return (names, demonyms)
    }

    // MARK: - whole tokens

    private func longestMatch(at i: Int, text: AnalyzedText, fold: inout FoldedTokens) -> NameMatch? {
        // `fold.folded(j)` is read before the next token is folded, as it asks.
        let tokens = text.tokens
        var hash = NameHash()
        var best: NameMatch?
        var allCaps = true
        var lowercaseWord = false
        var wordCount = 0
        let limit = min(tokens.count, i + Self.maxTokens)
        var j = i
        scan: while j < limit {
            let t = tokens[j]
            if j > i {
                let gap = t.start - tokens[j - 1].end
                if gap > 1 { break scan }
                if gap == 1 {
                    let s = text.scalars[tokens[j - 1].end]
                    guard s == " " || s == "\u{00A0}" else { break scan }
                }
                switch t.kind {
                case .number:
                    break scan
                case .punctuation:
                    let glued = gap == 0 && Self.isInnerPunctuation(t)
                    guard glued || t.onlyScalar == "&" else { break scan }
                case .word:
                    if !t.isCapitalised && !Self.isConnector(t.text) { lowercaseWord = true }
                }
                if gap == 1 { hash.add(0x20) }
            }
            if t.kind == .word {
                wordCount += 1
                if !Self.isAllCapsIgnoringPossessive(t) { allCaps = false }
                // The name may end here, possibly with a possessive ("Russia's", "Kyiv’s").
                let f = fold.folded(j)
                var whole = hash
                whole.add(f)
                if let m = candidate(i, j, whole.value, TextSpan(start: tokens[i].start, end: t.end),
                                     allCaps, lowercaseWord, wordCount, text) {
                    best = m
                } else if let cut = Self.possessiveCut(f) ?? Self.modifierCut(f, t.text) {
                    var stem = hash
                    stem.add(UnsafeBufferPointer(rebasing: f[0..<cut]))
                    let end = t.end - (f.count - cut)
                    if let m = candidate(i, j, stem.value, TextSpan(start: tokens[i].start, end: end),
                                         allCaps, lowercaseWord, wordCount, text) {
                        best = m
                    }
                }
                hash = whole
            } else {
                // "St." / "D.C." / "Calif.": a dot glued to the word before may end the name.
                hash.add(fold.folded(j))
                if t.onlyScalar == "." {
                    if let m = candidate(i, j, hash.value, TextSpan(start: tokens[i].start, end: t.end),
                                         allCaps, lowercaseWord, wordCount, text) {
                        best = m
                    }
                }
            }
            // Read on only while the words so far begin some longer name.
            guard gazetteer.prefixes.contains(hash.value) else { break scan }
            j += 1
        }
        return best
    }

    private func candidate(_ i: Int, _ j: Int, _ hash: UInt64, _ span: TextSpan, _ allCaps: Bool,
                           _ lowercaseWord: Bool, _ words: Int, _ text: AnalyzedText) -> NameMatch? {
        guard gazetteer.hasEntries(hash) else { return nil }
        var entries: [Gazetteer.Entry] = []
        gazetteer.forEachEntry(hash) { e in
            if lowercaseWord && !e.has(Gazetteer.Entry.lowercaseWords) { return }
            if e.has(Gazetteer.Entry.capsOnly) && !allCaps { return }
            // "NoMa", "McAllen": a name with a capital inside a word is written that way.
            if e.has(Gazetteer.Entry.exactCase), !allCaps, text.text(span) != gazetteer.places[Int(e.place)].name {
                return
            }
            entries.append(e)
        }
        guard !entries.isEmpty else { return nil }
        // Written in capitals and listed in capitals ("USA"): the listed form, not a town "Usa".
        if allCaps, entries.contains(where: { $0.has(Gazetteer.Entry.capsOnly) }) {
            entries.removeAll { !$0.has(Gazetteer.Entry.capsOnly) }
        }
        return NameMatch(tokens: i..<(j + 1), span: span, entries: entries, hash: hash, isAllCaps: allCaps,
                         isTokenPart: false, isSingleWord: words == 1)
    }

    /// A capital letter right after a lower-case one ("NoMa", "McAllen", "DeSoto").
    static func hasInnerCapital(_ name: String) -> Bool {
        var before: UInt8 = 0
        var ascii = true
        for b in name.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A && before >= 0x61 && before <= 0x7A { return true }
            before = b
        }
        if ascii { return false }
        var previousLower = false
        for s in name.unicodeScalars {
            let upper = s.properties.isUppercase
            if upper && previousLower { return true }
            previousLower = s.properties.isLowercase
        }
        return false
    }

    /// "UK", "U.S.", "UK’s": every letter before a possessive is a capital (two or more).
    static func isAllCapsIgnoringPossessive(_ token: Token) -> Bool {
        // A token with no two capitals, or with a lower-case ASCII letter but not only in a
        // possessive "'s" ending, is not: the shape answers most words without reading them.
        if token.isASCII, !token.isAllCaps, !token.text.utf8.contains(0x27) { return false }
        return isAllCapsIgnoringPossessive(token.text)
    }

    static func isAllCapsIgnoringPossessive(_ word: String) -> Bool {
        // Fast path: a lower-case ASCII letter other than a possessive "s" settles it.
        var sawUpper = false
        var before: UInt8 = 0
        var ascii = true
        for b in word.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x61 && b <= 0x7A && !(b == 0x73 && before == 0x27) { return false }
            if b >= 0x41 && b <= 0x5A { sawUpper = true }
            before = b
        }
        if ascii {
            var letters = 0
            for b in word.utf8 where b >= 0x41 && b <= 0x5A { letters += 1 }
            return sawUpper && letters >= 2
        }
        var letters = 0
        var previous: Unicode.Scalar = " "
        for s in word.unicodeScalars {
            if s.properties.isAlphabetic {
                if !s.properties.isUppercase {
                    if s == "s" && (previous == "'" || previous == "’") { continue }
                    return false
                }
                letters += 1
            }
            previous = s
        }
        return letters >= 2
    }

    /// Where a lower-case suffix after a hyphen starts ("angeles-based" -> 7), for names of
    /// several words ("Los Angeles-based"); one-word ones are split in `matchParts`.
    private static func modifierCut(_ f: UnsafeBufferPointer<UInt8>, _ word: String) -> Int? {
        guard let dash = f.firstIndex(of: UInt8(ascii: "-")), dash > 1, dash + 1 < f.count,
              let hyphen = word.firstIndex(of: "-"),
              let next = word[word.index(after: hyphen)...].unicodeScalars.first, next.properties.isLowercase
        else { return nil }
        return dash
    }

    /// Where a trailing possessive starts in a folded word ("russia's" -> 6, "states'" -> 6).
    private static func possessiveCut(_ f: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = f.count
        if n > 3, f[n - 2] == 0x27, f[n - 1] == UInt8(ascii: "s") { return n - 2 }
        if n > 3, f[n - 1] == 0x27 { return n - 1 }
        return nil
    }

    // MARK: - demonyms

    private func demonym(at i: Int, folded: UnsafeBufferPointer<UInt8>) -> DemonymMatch? {
        var f = folded
        if let cut = Self.possessiveCut(f) { f = UnsafeBufferPointer(rebasing: f[0..<cut]) }
        if let d = demonymPlace(f) { return DemonymMatch(token: i, place: d) }
        // Plurals: "Russians", "Israelis".
        if f.count > 4, f.last == UInt8(ascii: "s"), let d = demonymPlace(UnsafeBufferPointer(rebasing: f.dropLast())) {
            return DemonymMatch(token: i, place: d)
        }
        // "Russian-backed", "Ukrainian-born".
        if let dash = f.firstIndex(of: UInt8(ascii: "-")), dash > 2, let d = demonymPlace(UnsafeBufferPointer(rebasing: f[0..<dash])) {
            return DemonymMatch(token: i, place: d)
        }
        return nil
    }

    private func demonymPlace(_ folded: UnsafeBufferPointer<UInt8>) -> Int? {
        var hash = NameHash()
        hash.add(folded)
        guard let id = gazetteer.demonyms[hash.value] else { return nil }
        return Int(id)
    }

    // MARK: - parts of hyphenated tokens

    /// "Russia-Ukraine", "Kherson-based", "U.S.-led": each capitalised part looked up alone.
    private func matchParts(of i: Int, text: AnalyzedText, into names: inout [NameMatch],
                            demonyms: inout [DemonymMatch]) {
        let token = text.tokens[i]
        var partStart = token.start
        var k = token.start
        while k <= token.end {
            if k == token.end || text.scalars[k] == "-" {
                if k > partStart, text.scalars[partStart].properties.isUppercase {
                    var bytes: [UInt8] = []
                    NameFolding.append(Substring(text.text(TextSpan(start: partStart, end: k))).unicodeScalars, to: &bytes)
                    let hash = NameHash.of(bytes)
                    if gazetteer.hasEntries(hash) {
                        var entries: [Gazetteer.Entry] = []
                        gazetteer.forEachEntry(hash) { e in
                            if !e.has(Gazetteer.Entry.capsOnly) || isAllCaps(text, partStart, k) { entries.append(e) }
                        }
                        if !entries.isEmpty {
                            names.append(NameMatch(tokens: i..<(i + 1), span: TextSpan(start: partStart, end: k),
                                                   entries: entries, hash: hash, isAllCaps: isAllCaps(text, partStart, k),
                                                   isTokenPart: true, isSingleWord: true))
                        }
                    } else if let d = gazetteer.demonyms[hash], d >= 0 {
                        demonyms.append(DemonymMatch(token: i, place: Int(d)))
                    }
                }
                partStart = k + 1
            }
            k += 1
        }
    }

    private func isAllCaps(_ text: AnalyzedText, _ start: Int, _ end: Int) -> Bool {
        var letters = 0
        for k in start..<end where text.scalars[k].properties.isAlphabetic {
            if !text.scalars[k].properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}

/// Tokens' folded forms (`NameFolding`), folded when first asked for and kept in one buffer:
/// the matcher reads names across tokens without building a string or an array per token,
/// and never folds the many tokens no name starts near.
struct FoldedTokens: ~Copyable {
    private let text: AnalyzedText
    private var buffer: UnsafeMutableBufferPointer<UInt8>
    private var used = 0
    /// Token k is `buffer[starts[k] ..< ends[k]]` once folded; `starts[k]` is -1 before.
    private var starts: [Int32]
    private var ends: [Int32]
    /// Where a token's fold is made before it is copied into the buffer.
    private var scratch: [UInt8] = []

    init(_ text: AnalyzedText) {
        self.text = text
        starts = [Int32](repeating: -1, count: text.tokens.count)
        ends = starts
        buffer = .allocate(capacity: 512)
        scratch.reserveCapacity(64)
    }

    deinit { buffer.deallocate() }

    /// The folded bytes of token `k`, valid until another token is folded.
    mutating func folded(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        if starts[k] < 0 {
            scratch.removeAll(keepingCapacity: true)
            let token = text.tokens[k]
            for s in token.start..<token.end { NameFolding.append(text.scalars[s], to: &scratch) }
            if used + scratch.count > buffer.count {
                let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(buffer.count * 2, used + scratch.count))
                _ = bigger.initialize(from: buffer[0..<used])
                buffer.deallocate()
                buffer = bigger
            }
            _ = UnsafeMutableBufferPointer(rebasing: buffer[used...]).initialize(from: scratch)
            starts[k] = Int32(used)
            used += scratch.count
            ends[k] = Int32(used)
        }
        return UnsafeBufferPointer(rebasing: buffer[Int(starts[k])..<Int(ends[k])])
    }
}
