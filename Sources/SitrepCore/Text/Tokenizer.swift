/// Splits text into word, number and punctuation tokens with Unicode-scalar offsets.
///
/// Words keep inner apostrophes (' and ’), hyphens and dots between letters ("U.S.", "e.g."),
/// so that abbreviations and possessives stay one token; a trailing dot belongs to the word
/// only when the word is a dotted abbreviation ("U.S." but not "Kyiv.").
public enum Tokenizer {
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
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

    static func make(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: TokenKind) -> Token {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<end])
        return Token(span: TextSpan(start: start, end: end), kind: kind, text: String(text))
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.value < 128 ? (s == " " || s == "\n" || s == "\t" || s == "\r" || s.value == 0x0B || s.value == 0x0C) : s.properties.isWhitespace
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x30 && s.value <= 0x39
    }

    @inline(__always) static func isMark(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x300 && (s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .spacingMark || s.properties.generalCategory == .enclosingMark)
    }
}
