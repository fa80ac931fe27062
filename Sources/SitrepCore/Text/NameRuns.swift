/// A run of capitalised words that may name a person, place or organisation
/// ("Rear Admiral Vladimir Tsimlyansky", "Rio de Janeiro", "New York"). Later stages decide what it is.
public struct NameRun: Sendable, Hashable {
    public var span: TextSpan
    public var text: String
    /// Indices into the document's token array, first to last (connectors included).
    public var tokenRange: Range<Int>
    /// True when the run starts its sentence (its capital letter may only be the sentence's).
    public var atSentenceStart: Bool
}

/// Finds capitalised name runs. Lower-case connectors ("de", "van", "of", "al") join two
/// capitalised words; a sentence-initial function word ("The", "In", "But") is not part of a run.
public enum NameRunFinder {
    static let connectors: WordSet = [
        "de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "la", "le", "van",
        "von", "der", "den", "ten", "ter", "al", "el", "bin", "ibn", "bint", "of", "y", "e",
    ]

    /// Function words that are capitalised only because they start a sentence.
    static let sentenceInitialFunctionWords = WordSet(Abbreviations.sentenceStarters.words.union([
        "about", "above", "across", "against", "although", "among", "around", "because", "despite",
        "during", "each", "every", "few", "here", "later", "last", "next", "now", "once", "only",
        "other", "over", "several", "such", "than", "then", "though", "through", "today", "until",
        "unlike", "upon", "we", "whether", "which", "yesterday", "tomorrow", "under", "without",
        "asked", "speaking", "earlier", "already", "even", "instead", "nor", "perhaps", "thus",
    ]))

    public static func find(scalars: [Unicode.Scalar], tokens: [Token], sentences: [TextSpan]) -> [NameRun] {
        var runs: [NameRun] = []
        // Token index -> a sentence starts at it (both lists are in text order).
        var sentenceStarts = [Bool](repeating: false, count: tokens.count)
        var s = 0
        for k in tokens.indices {
            while s < sentences.count, sentences[s].start < tokens[k].start { s += 1 }
            if s < sentences.count, sentences[s].start == tokens[k].start { sentenceStarts[k] = true }
        }
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalised else { i += 1; continue }
            var start = i
            var atStart = isSentenceStart(i, tokens: tokens, sentenceStarts: sentenceStarts)
            if atStart, sentenceInitialFunctionWords.contains(lowercasing: tokens[i].text) {
                i += 1
                guard i < tokens.count, tokens[i].isCapitalised, spaced(tokens[i - 1], tokens[i], scalars) else { continue }
                start = i; atStart = false
            }
            var end = start + 1
            while end < tokens.count {
                guard spaced(tokens[end - 1], tokens[end], scalars) else { break }
                if tokens[end].isCapitalised { end += 1; continue }
                if connectors.contains(lowercasing: tokens[end].text), end + 1 < tokens.count,
                   tokens[end + 1].isCapitalised, spaced(tokens[end], tokens[end + 1], scalars) {
                    end += 2; continue
                }
                break
            }
            let span = TextSpan(start: tokens[start].start, end: tokens[end - 1].end)
            let text = runText(scalars, span)
            runs.append(NameRun(span: span, text: text, tokenRange: start..<end, atSentenceStart: atStart))
            i = end
        }
        return runs
    }

    private static func isSentenceStart(_ i: Int, tokens: [Token], sentenceStarts: [Bool]) -> Bool {
        if sentenceStarts[i] { return true }
        // After an opening quote or a dash at the start of a sentence.
        var j = i - 1
        while j >= 0, tokens[j].kind == .punctuation {
            if sentenceStarts[j] { return true }
            guard let p = tokens[j].onlyScalar else { return false }
            switch p {
            case "\"", "“", "‘", "'", "(", "«", "—", "-": break
            default: return false
            }
            j -= 1
        }
        return false
    }

    /// The run's words as written, one space between them: a run's tokens are glued or
    /// separated by one space or no-break space (`spaced`), which becomes a plain space.
    private static func runText(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        guard scalars[span.start..<span.end].contains("\u{00A0}") else { return Tokenizer.string(scalars, span.start, span.end) }
        return String(String.UnicodeScalarView(scalars[span.start..<span.end].map { $0 == "\u{00A0}" ? " " : $0 }))
    }

    /// Two tokens separated by exactly one space (or no-break space) on the same line.
    private static func spaced(_ a: Token, _ b: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        guard b.start - a.end == 1 else { return false }
        let s = scalars[a.end]
        return s == " " || s == "\u{00A0}"
    }
}
