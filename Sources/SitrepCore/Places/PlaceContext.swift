/// Facts about a document's tokens that the place rules ask for, computed once per document:
/// which tokens start a sentence or a line, which lines are headlines, which tokens belong to a
/// found name.
struct PlaceContext {
    let text: AnalyzedText
    /// Token index -> the first word of its sentence or line (capital letter proves nothing).
    private(set) var sentenceInitial: [Bool]
    /// Token index -> on a line written in title case or capitals (a headline, a dateline).
    private(set) var inHeadline: [Bool]
    /// Token index -> index of the name match covering it, or -1.
    var matchAt: [Int]

    init(text: AnalyzedText, matches: [NameMatch]) {
        self.text = text
        let tokens = text.tokens
        sentenceInitial = [Bool](repeating: false, count: tokens.count)
        inHeadline = [Bool](repeating: false, count: tokens.count)
        matchAt = [Int](repeating: -1, count: tokens.count)
        for (m, match) in matches.enumerated() where !match.isTokenPart {
            for k in match.tokens { matchAt[k] = m }
        }
        // Sentence starts (sentences and tokens are both in text order).
        let sentences = text.sentences
        var s = 0
        var expectFirst = true
        var lineStart = 0
        var lineHasWord = false
        for (k, t) in tokens.enumerated() {
            while s < sentences.count, sentences[s].start < t.start { s += 1 }
            if s < sentences.count, sentences[s].start == t.start { expectFirst = true }
            if k > 0, Self.newline(between: tokens[k - 1], t, text.scalars) {
                markHeadline(lineStart..<k)
                lineStart = k
                expectFirst = true
                lineHasWord = false
            }
            if t.kind == .word {
                if expectFirst || !lineHasWord { sentenceInitial[k] = true }
                expectFirst = false
                lineHasWord = true
            } else if t.kind == .number {
                expectFirst = false
                lineHasWord = true
            }
        }
        markHeadline(lineStart..<tokens.count)
    }

    private static func newline(between a: Token, _ b: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        var k = a.end
        while k < b.start {
            if scalars[k] == "\n" || scalars[k] == "\u{2029}" { return true }
            k += 1
        }
        return false
    }

    /// A line is a headline when it is written in title case: at least three longer words,
    /// all capitalised but for short function words ("Russia Says Talks With Kyiv Are Over").
    private mutating func markHeadline(_ range: Range<Int>) {
        var capitalised = 0
        for k in range {
            let t = text.tokens[k]
            guard t.kind == .word, t.text.utf8.count >= 4 else { continue }
            if t.isCapitalised {
                capitalised += 1
            } else if !Self.headlineLowercase.contains(t.text) {
                return
            }
        }
        guard capitalised >= 3 else { return }
        for k in range { inHeadline[k] = true }
    }

    /// Longer function words that title case may leave in lower case.
    private static let headlineLowercase: WordSet = [
        "from", "with", "into", "onto", "over", "upon", "than", "that", "this", "after", "about",
        "amid", "near", "under", "says", "said",
    ]

    /// The token right before `k` on the same line, separated by at most one space.
    func adjacentBefore(_ k: Int) -> Int? {
        guard k > 0 else { return nil }
        let a = text.tokens[k - 1], b = text.tokens[k]
        let gap = b.start - a.end
        if gap == 0 { return k - 1 }
        guard gap == 1, text.scalars[a.end] == " " || text.scalars[a.end] == "\u{00A0}" else { return nil }
        return k - 1
    }

    /// The token right after `k` on the same line, separated by at most one space.
    func adjacentAfter(_ k: Int) -> Int? {
        guard k + 1 < text.tokens.count else { return nil }
        let a = text.tokens[k], b = text.tokens[k + 1]
        let gap = b.start - a.end
        if gap == 0 { return k + 1 }
        guard gap == 1, text.scalars[a.end] == " " || text.scalars[a.end] == "\u{00A0}" else { return nil }
        return k + 1
    }

    /// The previous word token within `window` tokens, skipping punctuation.
    func wordBefore(_ k: Int, window: Int = 3) -> Int? {
        var j = k - 1
        while j >= 0, k - j <= window {
            if text.tokens[j].kind == .word { return j }
            j -= 1
        }
        return nil
    }
}
