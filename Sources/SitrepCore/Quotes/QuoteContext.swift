/// Per-document lookups the quote and people stages share: lower-cased token texts, the
/// sentence and paragraph of every token, and which name run a token belongs to.
struct QuoteContext {
    let text: AnalyzedText
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    /// The scalar of each punctuation token (0 for words and numbers).
    let punct: [UInt32]
    /// Sentence index of each token (-1 when none).
    let sentenceOfToken: [Int32]
    /// Offsets of the line breaks that end paragraphs (blank lines and single breaks alike).
    let lineBreaks: [Int]

    init(_ text: AnalyzedText) {
        self.text = text
        self.tokens = text.tokens
        self.scalars = text.scalars
        let tokens = text.tokens, scalars = text.scalars, sentences = text.sentences
        var punct = [UInt32](repeating: 0, count: tokens.count)
        var sentenceOfToken = [Int32](repeating: -1, count: tokens.count)
        var s = 0
        for i in tokens.indices {
            let start = tokens[i].span.start
            if tokens[i].kind == .punctuation { punct[i] = scalars[start].value }
            while s < sentences.count, sentences[s].end <= start { s += 1 }
            if s < sentences.count, sentences[s].start <= start { sentenceOfToken[i] = Int32(s) }
        }
        self.punct = punct
        self.sentenceOfToken = sentenceOfToken
        var breaks: [Int] = []
        for i in scalars.indices where scalars[i] == "\n" { breaks.append(i) }
        self.lineBreaks = breaks
    }

    /// The lower-cased text of token `i` (the token's own string when it has no capital).
    @inline(__always) func lower(_ i: Int) -> String { QuoteContext.lowercased(tokens[i].text) }

    /// `SpeechLexicon.word(lower(i))`, without lower-casing an ASCII token first (the table
    /// folds ASCII case itself).
    @inline(__always) func wordClass(_ i: Int) -> SpeechLexicon.WordClass {
        tokens[i].isASCII ? SpeechLexicon.word(tokens[i].text) : SpeechLexicon.word(lower(i))
    }

    /// ASCII fast path: no copy when the text has no upper-case letter.
    static func lowercased(_ s: String) -> String {
        var ascii = true, upper = false
        for b in s.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A { upper = true }
        }
        guard ascii else { return s.lowercased() }
        guard upper else { return s }
        let count = s.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for b in s.utf8 { buffer[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b; i += 1 }
            return i
        }
    }

    /// Byte-wise suffix test (no Unicode normalisation: the suffixes tested are plain text).
    @inline(__always) static func ends(_ s: String, _ suffix: String) -> Bool {
        bytes(s) { a in
            bytes(suffix) { b in
                guard a.count >= b.count else { return false }
                var i = a.count - b.count, j = 0
                while j < b.count { if a[i] != b[j] { return false }; i += 1; j += 1 }
                return true
            }
        }
    }

    /// The string's UTF-8 bytes as a buffer: no heap copy (small strings are copied to the stack).
    @inline(__always) static func bytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        let n = s.utf8.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(n, 1)) { buffer in
            var i = 0
            for b in s.utf8 { buffer[i] = b; i += 1 }
            return body(UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// Lower case without the dots ("U.S." -> "us", "Sen." tokens have none).
    static func bare(_ s: String) -> String {
        let l = lowercased(s)
        guard l.utf8.contains(UInt8(ascii: ".")) else { return l }
        return String(decoding: l.utf8.filter { $0 != UInt8(ascii: ".") }, as: UTF8.self)
    }

    /// The paragraph number of a scalar offset (count of line breaks before it).
    func paragraph(of offset: Int) -> Int {
        var lo = 0, hi = lineBreaks.count
        while lo < hi { let mid = (lo + hi) / 2; if lineBreaks[mid] < offset { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// Index of the first token starting at or after `offset`.
    func firstToken(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// Index of the token that starts exactly at `offset`, if any.
    func token(at offset: Int) -> Int? {
        let i = firstToken(atOrAfter: offset)
        return i < tokens.count && tokens[i].start == offset ? i : nil
    }

    func sentence(ofToken i: Int) -> Int { Int(sentenceOfToken[i]) }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    @inline(__always) func isPunct(_ i: Int, _ p: Unicode.Scalar) -> Bool {
        i >= 0 && i < punct.count && punct[i] == p.value
    }

    /// True when token `i` is one of the punctuation scalars given.
    @inline(__always) func isPunct(_ i: Int, oneOf set: String) -> Bool {
        guard i >= 0, i < punct.count, punct[i] != 0 else { return false }
        let v = punct[i]
        return set.unicodeScalars.contains { $0.value == v }
    }

    /// True when the token is a quote mark of any kind.
    func isQuoteMark(_ i: Int) -> Bool {
        guard i >= 0, i < punct.count, punct[i] != 0 else { return false }
        let v = punct[i]
        return v == 0x22 || v == 0xAB || v == 0xBB || (v >= 0x2018 && v <= 0x201F) || v == 0x2039 || v == 0x203A || v == 0x27
    }

    /// A line break between two tokens.
    func lineBreakBetween(_ a: Int, _ b: Int) -> Bool {
        guard a >= 0, b < tokens.count, a < b else { return false }
        var k = tokens[a].end
        while k < tokens[b].start { if scalars[k] == "\n" { return true }; k += 1 }
        return false
    }

    /// The text of a token range on one line (line breaks inside become spaces).
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let span = TextSpan(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
        let s = text.text(span)
        guard scalars[span.start..<span.end].contains("\n") else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }
}
