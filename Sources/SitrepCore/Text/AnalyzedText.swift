/// A document's text prepared for the extraction stages: its scalars, tokens, sentences and
/// capitalised name runs, all in Unicode-scalar offsets. Built once per document.
public struct AnalyzedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let sentences: [TextSpan]
    public let nameRuns: [NameRun]

    public init(_ text: String) {
        let scalars = Self.scalars(of: text)
        let tokens = Tokenizer.tokenize(scalars)
        let sentences = SentenceSplitter.split(scalars, tokens: tokens)
        self.scalars = scalars
        self.tokens = tokens
        self.sentences = sentences
        self.nameRuns = NameRunFinder.find(scalars: scalars, tokens: tokens, sentences: sentences)
    }

    /// `Array(text.unicodeScalars)`, decoded in one pass over the UTF-8 (Swift strings are
    /// valid UTF-8, so no byte needs checking).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { u in
            var count = 0
            for b in u where b & 0xC0 != 0x80 { count += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
                var i = 0, k = 0
                let n = u.count
                while i < n {
                    let b = UInt32(u[i])
                    if b < 0x80 {   // ASCII, always a scalar
                        out[k] = Unicode.Scalar(UInt8(truncatingIfNeeded: b))
                        i += 1; k += 1
                        continue
                    }
                    var v: UInt32
                    if b < 0xE0 {
                        v = (b & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); i += 2
                    } else if b < 0xF0 {
                        v = (b & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F); i += 3
                    } else {
                        v = (b & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F); i += 4
                    }
                    out[k] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    k += 1
                }
                initialized = k
            }
        }
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
        // Tokens start in increasing order: the first one at or after the span's end, by halving too.
        var end = tokens.count
        var from = lo
        while from < end { let mid = (from + end) / 2; if tokens[mid].start < span.end { from = mid + 1 } else { end = mid } }
        return lo..<end
    }
}
