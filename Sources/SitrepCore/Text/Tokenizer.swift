/// Splits text into word, number and punctuation tokens with Unicode-scalar offsets.
///
/// Words keep inner apostrophes (' and ’), hyphens and dots between letters ("U.S.", "e.g."),
/// so that abbreviations and possessives stay one token; a trailing dot belongs to the word
/// only when the word is a dotted abbreviation ("U.S." but not "Kyiv.").
public enum Tokenizer {
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        scalars.withUnsafeBufferPointer { tokenize($0) }
    }

    static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if isSpace(s) { i += 1; continue }
            let start = i
            if isLetter(s) {
                i += 1
                var dotted = false
                while i < n {
                    let c = scalars[i]
                    if isLetter(c) || isMark(c) || isDigit(c) { i += 1; continue }
                    if (c == "'" || c == "\u{2019}" || c == "-" || c == "\u{2010}" || c == "\u{2011}"), i + 1 < n, isLetter(scalars[i + 1]) {
                        i += 2; continue
                    }
                    // "U.S." / "e.g.": a dot followed by one letter and another dot, or one letter after single letters.
                    if c == ".", i + 1 < n, isLetter(scalars[i + 1]), i - start <= 2 || dotted,
                       i + 2 >= n || scalars[i + 2] == "." || !isLetter(scalars[i + 2]) {
                        dotted = true; i += 2; continue
                    }
                    break
                }
                if dotted, i < n, scalars[i] == "." { i += 1 }
                tokens.append(make(scalars, start, i, .word))
            } else if isDigit(s) {
                i += 1
                while i < n {
                    let c = scalars[i]
                    if isDigit(c) { i += 1; continue }
                    if (c == "," || c == "." || c == ":"), i + 1 < n, isDigit(scalars[i + 1]) { i += 2; continue }
                    // "1st", "22nd", "10am": letters glued to a number stay with it.
                    if isLetter(c) {
                        var j = i
                        while j < n, isLetter(scalars[j]) { j += 1 }
                        if j - i <= 2 { i = j }
                    }
                    break
                }
                tokens.append(make(scalars, start, i, .number))
            } else {
                i += 1
                while i < n, isMark(scalars[i]) { i += 1 }
                tokens.append(make(scalars, start, i, .punctuation))
            }
        }
        return tokens
    }

    @inline(__always)
    static func make(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ kind: TokenKind) -> Token {
        Token(span: TextSpan(start: start, end: end), kind: kind, scalars: UnsafeBufferPointer(rebasing: scalars[start..<end]))
    }

    /// The scalars as a String of `utf8Count` bytes (their UTF-8 length, known to the caller).
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, utf8Count: Int) -> String {
        String(unsafeUninitializedCapacity: utf8Count) { buffer in encode(scalars, into: buffer) }
    }

    /// Writes the scalars' UTF-8 into `buffer` (big enough) and returns the bytes written.
    @inline(__always)
    static func encode(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var i = 0
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                buffer[i] = UInt8(v); i += 1
            } else if v < 0x800 {
                buffer[i] = UInt8(0xC0 | (v >> 6)); buffer[i + 1] = UInt8(0x80 | (v & 0x3F)); i += 2
            } else if v < 0x10000 {
                buffer[i] = UInt8(0xE0 | (v >> 12)); buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                buffer[i + 2] = UInt8(0x80 | (v & 0x3F)); i += 3
            } else {
                buffer[i] = UInt8(0xF0 | (v >> 18)); buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[i + 3] = UInt8(0x80 | (v & 0x3F)); i += 4
            }
        }
        return i
    }

    /// The scalars [start, end) as a String, encoded straight into the string's own buffer.
    static func string(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        scalars.withUnsafeBufferPointer { all in
            let part = UnsafeBufferPointer(rebasing: all[start..<end])
            var length = 0
            for s in part {
                let v = s.value
                length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            }
            return string(part, utf8Count: length)
        }
    }

    // The tests answer ASCII inline and ask Unicode's tables out of line (`ScalarProperties`),
    // which keeps the tokenizer's loops small.

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.value < 128 ? (s == " " || s == "\n" || s == "\t" || s == "\r" || s.value == 0x0B || s.value == 0x0C) : ScalarProperties.isWhitespace(s)
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return (s.value | 0x20) &- 0x61 < 26 }
        return ScalarProperties.isAlphabetic(s)
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x30 && s.value <= 0x39
    }

    @inline(__always) static func isMark(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x300 && ScalarProperties.isMark(s)
    }
}
