/// One token for the timex rules: a run of letters, a run of digits, or one punctuation mark.
/// Offsets are both Unicode-scalar offsets (for the output) and UTF-8 byte offsets (for text).
struct TimexToken {
    enum Kind: UInt8 { case word, number, punct }

    static let spaceBefore: UInt8 = 1
    static let newlineBefore: UInt8 = 2
    static let capitalized: UInt8 = 4
    static let allCaps: UInt8 = 8

    var start: Int32
    var end: Int32
    var byteStart: Int32
    var byteEnd: Int32
    /// Value of a run of at most 9 digits, else -1.
    var number: Int32
    /// Index into `TimexLexicon.entries`, or -1.
    var lex: Int16
    var kind: Kind
    /// Punctuation: the ASCII mark, with curly quotes, dashes and the ellipsis folded to ASCII.
    var char: UInt8
    var digits: UInt8
    var flags: UInt8
}

/// Cuts UTF-8 text into `TimexToken`s in one pass, looking each short ASCII word up in the
/// lexicon as it goes.
enum TimexTokenizer {
    static func tokenize(_ p: UnsafeBufferPointer<UInt8>) -> [TimexToken] {
        var out: [TimexToken] = []
        out.reserveCapacity(p.count / 5 + 8)
        let n = p.count
        var i = 0
        var sc: Int32 = 0
        var pending: UInt8 = TimexToken.spaceBefore | TimexToken.newlineBefore

        func punct(_ c: UInt8, width: Int) {
            out.append(TimexToken(start: sc, end: sc + 1, byteStart: Int32(i), byteEnd: Int32(i + width),
                                  number: -1, lex: -1, kind: .punct, char: c, digits: 0, flags: pending))
            pending = 0
            i += width
            sc += 1
        }

        while i < n {
            let b = p[i]
            if b < 0x80 {
                let lower = b | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    scanWord(p, &i, &sc, &pending, &out)
                } else if b >= 0x30 && b <= 0x39 {
                    let s = i, ss = sc
                    var v: Int32 = 0
                    var d = 0
                    while i < n, p[i] >= 0x30, p[i] <= 0x39 {
                        if d < 9 { v = v * 10 + Int32(p[i] - 0x30) }
                        d += 1; i += 1; sc += 1
                    }
                    out.append(TimexToken(start: ss, end: sc, byteStart: Int32(s), byteEnd: Int32(i),
                                          number: d <= 9 ? v : -1, lex: -1, kind: .number, char: 0,
                                          digits: UInt8(min(d, 255)), flags: pending))
                    pending = 0
                } else if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C {
                    pending |= TimexToken.spaceBefore; i += 1; sc += 1
                } else if b == 0x0A {
                    pending |= TimexToken.spaceBefore | TimexToken.newlineBefore; i += 1; sc += 1
                } else {
                    punct(b, width: 1)
                }
            } else {
                let (s, w) = decode(p, i)
                switch s {
                case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF:
                    pending |= TimexToken.spaceBefore; i += w; sc += 1
                case 0x85, 0x2028, 0x2029:
                    pending |= TimexToken.spaceBefore | TimexToken.newlineBefore; i += w; sc += 1
                case 0x2018, 0x2019, 0x2032, 0x02BC: punct(0x27, width: w)
                case 0x2010...0x2015, 0x2212: punct(0x2D, width: w)
                case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: punct(0x22, width: w)
                case 0x2026: punct(0x2E, width: w)
                default:
                    if isLetter(s) { scanWord(p, &i, &sc, &pending, &out) } else { punct(0, width: w) }
                }
            }
        }
        return out
    }

    /// A run of letters (ASCII or not) starting at `i`. The loop keeps its counters in locals
    /// and leaves letters outside ASCII to `letterWidth`, so that the ASCII path stays in registers.
    private static func scanWord(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ sc: inout Int32,
                                 _ pending: inout UInt8, _ out: inout [TimexToken]) {
        let n = p.count
        let s = i, ss = sc
        var j = i
        var key: UInt64 = 0
        var len = 0
        var ascii = true
        var upper = 0
        while j < n {
            let c = p[j]
            if c < 0x80 {
                let lower = c | 0x20
                guard lower &- 0x61 < 26 else { break }
                if len < TimexLexicon.maxLength { key = key << 5 | UInt64(lower &- 96) }
                if c < 0x61 { upper &+= 1 }
                len &+= 1; j &+= 1
            } else {
                let w = letterWidth(p, j)
                guard w > 0 else { break }
                ascii = false
                len &+= 1; j &+= w
            }
        }
        i = j
        sc = ss + Int32(len)
        var flags = pending
        let first = p[s]
        if first >= 0x41 && first <= 0x5A { flags |= TimexToken.capitalized }
        if upper == len && len > 1 { flags |= TimexToken.allCaps }
        let lex: Int16 = (ascii && len <= TimexLexicon.maxLength) ? TimexLexicon.lookup(key) : -1
        out.append(TimexToken(start: ss, end: sc, byteStart: Int32(s), byteEnd: Int32(j), number: -1,
                              lex: lex, kind: .word, char: 0, digits: 0, flags: flags))
        pending = 0
    }

    /// The byte width of the letter that starts at `i` (a scalar outside ASCII), or 0 when it is
    /// not a letter.
    @inline(never)
    private static func letterWidth(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let (scalar, w) = decode(p, i)
        return isLetter(scalar) ? w : 0
    }

    /// Decodes the (valid) UTF-8 sequence at `i`: scalar value and byte width.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b = UInt32(p[i])
        let n = p.count
        if b < 0xE0, i + 1 < n { return ((b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b < 0xF0, i + 2 < n {
            return ((b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        if i + 3 < n {
            return ((b & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                    | UInt32(p[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, n - i)
    }

    private static func isLetter(_ s: UInt32) -> Bool {
        guard let u = Unicode.Scalar(s) else { return false }
        if u.properties.isAlphabetic { return true }
        switch u.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
