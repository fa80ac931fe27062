/// A document's text prepared for the extraction stages: its scalars, tokens, sentences and
/// capitalised name runs, all in Unicode-scalar offsets. Built once per document.
public struct AnalyzedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let sentences: [TextSpan]
    public let nameRuns: [NameRun]

    public init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        let sentences = SentenceSplitter.split(scalars, tokens: tokens)
        self.scalars = scalars
        self.tokens = tokens
        self.sentences = sentences
        self.nameRuns = NameRunFinder.find(scalars: scalars, tokens: tokens, sentences: sentences)
    }

    /// The text of a span.
    public func text(_ span: TextSpan) -> String {
        let start = max(0, span.start), end = min(scalars.count, span.end)
        return start < end ? Tokenizer.string(scalars, start, end) : ""
    }

    /// The index of the sentence that contains `offset`, if any (binary search).
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = sentences[mid]
            if offset < s.start { hi = mid - 1 } else if offset >= s.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// Indices of the tokens inside a span.
    public func tokenRange(in span: TextSpan) -> Range<Int> {
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].end <= span.start { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < tokens.count, tokens[end].start < span.end { end += 1 }
        return lo..<end
    }
}
