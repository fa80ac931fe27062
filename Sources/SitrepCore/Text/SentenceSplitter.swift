/// Splits a document into sentences (Unicode-scalar spans), surviving titles and abbreviations
/// ("Rear Adm. Smith", "Mr.", "U.S.", "Oct. 1"), decimals, initials, and quotes that end sentences.
///
/// Rules, in order:
/// - a blank line (paragraph break) always ends a sentence; a single line break ends one unless
///   the next line starts with a lower-case letter (a soft-wrapped line);
/// - `.`, `!`, `?` and `…`, with any closing quotes or brackets after them, end a sentence when
///   the next token starts a sentence (an upper-case letter, a digit, an opening quote or bracket);
/// - a dot after a title abbreviation ("Dr.", "Gen.") never does; a dot after another known
///   abbreviation ("Oct.", "Inc.") or an initial ("J.") does only when a common sentence-starting
///   word follows ("The", "He", ...), and "U.S." likewise.
public enum SentenceSplitter {
    public static func split(_ scalars: [Unicode.Scalar], tokens: [Token]) -> [TextSpan] {
        guard !tokens.isEmpty else { return [] }
        var sentences: [TextSpan] = []
        var first = 0
        var i = 0
        while i < tokens.count {
            var last = i
            var breakHere = false
            let token = tokens[i]
            if isTerminal(token) {
                // Absorb closing quotes and brackets glued to the terminator.
                while last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end, isCloser(tokens[last + 1]) {
                    last += 1
                }
                breakHere = last + 1 >= tokens.count || endsSentence(at: i, closerEnd: last, tokens: tokens, scalars: scalars)
            }
            if !breakHere, last + 1 < tokens.count {
                breakHere = lineBreakEndsSentence(after: last, tokens: tokens, scalars: scalars)
            }
            if breakHere || last + 1 >= tokens.count {
                sentences.append(TextSpan(start: tokens[first].start, end: tokens[last].end))
                first = last + 1
            }
            i = last + 1
        }
        return sentences
    }

    private static func isTerminal(_ t: Token) -> Bool {
        switch t.kind {
        case .punctuation:
            guard let s = t.onlyScalar else { return false }
            return s == "." || s == "!" || s == "?" || s == "…"
        case .word:   // "U.S."
            guard t.endsWithDotScalar else { return false }
            if t.isASCII { return t.text.utf8.count > 2 && t.text.utf8.last == UInt8(ascii: ".") }
            return t.text.count > 2 && t.text.hasSuffix(".")
        case .number: return false
        }
    }

    private static func isCloser(_ t: Token) -> Bool {
        guard t.kind == .punctuation, let s = t.onlyScalar else { return false }
        switch s {
        case "\"", "”", "’", "'", ")", "]", "»", "›": return true
        default: return false
        }
    }

    private static func isOpener(_ t: Token) -> Bool {
        guard t.kind == .punctuation, let s = t.onlyScalar else { return false }
        switch s {
        case "\"", "“", "‘", "'", "(", "[", "«", "‹", "—", "-": return true
        default: return false
        }
    }

    private static func endsSentence(at i: Int, closerEnd: Int, tokens: [Token], scalars: [Unicode.Scalar]) -> Bool {
        let next = tokens[closerEnd + 1]
        guard next.start > tokens[closerEnd].end || isOpener(next) else { return false }   // "3.5", "a.m.x"
        let startsSentence = next.isCapitalised || next.kind == .number || isOpener(next)
        guard startsSentence else { return false }
        let terminator = tokens[i]
        guard endsWithDot(terminator) else { return true }
        // A common sentence-starting word next (read only when it matters).
        func commonStart() -> Bool { Abbreviations.sentenceStarters.contains(lowercasing: next.text) }
        if terminator.kind == .word {   // "U.S." and other dotted abbreviations
            return closerEnd > i || commonStart()
        }
        guard i > 0, tokens[i - 1].end == terminator.start, tokens[i - 1].kind == .word else { return true }
        let word = tokens[i - 1].text
        if Abbreviations.beforeNames.contains(lowercasing: word) { return false }
        if Abbreviations.nonTerminal.contains(lowercasing: word) || isInitial(word) {
            if next.kind == .number { return false }
            return closerEnd > i || commonStart()
        }
        return true
    }

    /// `text.hasSuffix(".") && text != "…"` for a terminator (a "." or "!" token, or a word).
    private static func endsWithDot(_ t: Token) -> Bool {
        guard t.endsWithDotScalar else { return false }
        if t.isASCII { return t.text.utf8.last == UInt8(ascii: ".") }
        return t.text.hasSuffix(".") && t.text != "…"
    }

    private static func isInitial(_ word: String) -> Bool {
        word.unicodeScalars.count == 1 && (word.unicodeScalars.first?.properties.isUppercase ?? false)
    }

    private static func lineBreakEndsSentence(after last: Int, tokens: [Token], scalars: [Unicode.Scalar]) -> Bool {
        let from = tokens[last].end, to = tokens[last + 1].start
        var newlines = 0
        var k = from
        while k < to { if scalars[k] == "\n" { newlines += 1 }; k += 1 }
        if newlines >= 2 { return true }
        if newlines == 0 { return false }
        guard let s = tokens[last + 1].text.unicodeScalars.first else { return true }
        return !(s.properties.isLowercase)
    }
}
