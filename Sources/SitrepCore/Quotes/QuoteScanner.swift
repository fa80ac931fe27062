/// Finds the text between quote marks, paragraph by paragraph, in Unicode-scalar offsets.
///
/// Marks: straight and curly double quotes (`"` `“` `”` `„`, mixed freely: `"...”` pairs),
/// guillemets (`«...»`, also the reversed `»...«`, and `‹...›`), and curly single quotes
/// (`‘...’`) where they are the outer mark. Whether a mark opens or closes is read from what
/// touches it (a space or an opening bracket before and a letter after opens; a letter or
/// punctuation before and a space or punctuation after closes), with the glyph's own direction
/// deciding ties, so `“` typed as a closer still closes.
///
/// - Nesting: an inner quote (`‘...’`, or `"..."` inside `“...”`) stays part of the outer one.
/// - Apostrophes are never marks: `’` between letters ("don’t") cannot close, and a plural
///   possessive ("the Smiths’ house") closes only when no later `’` could.
/// - Paragraphs: a line break ends a quote piece. A quote still open at the end of its paragraph
///   continues when the next paragraph opens with a mark of the same kind (the English
///   convention for long quotes); each paragraph piece is reported on its own, flagged as a
///   continuation. Otherwise an unclosed quote stops at the paragraph end, so it never swallows
///   the rest of the article. A single line break followed by a lower-case letter is a
///   soft-wrapped line, not a paragraph end.
enum QuoteScanner {
    /// Which marks pair with which.
    enum Family: UInt8, Sendable { case double, guillemet, single, singleGuillemet }

    /// One quote piece as found, before filtering and attribution.
    struct Piece: Sendable, Hashable {
        /// The text between the marks, with outer white space trimmed.
        var span: TextSpan
        /// Offset of the opening mark.
        var open: Int
        /// Offset of the closing mark; nil when the quote was still open at its paragraph end.
        var close: Int?
        var family: Family
        /// True when this piece continues a quote from the previous paragraph.
        var continuesPrevious: Bool
        /// True when the quote goes on in the next paragraph.
        var continuesNext: Bool
    }

    private enum Role { case open, close, either }

    private struct Mark {
        var offset: Int
        var scalar: Unicode.Scalar
        var family: Family
        var role: Role
    }

    static func scan(_ scalars: [Unicode.Scalar]) -> [Piece] {
        var pieces: [Piece] = []
        var lineStart = 0
        let n = scalars.count
        var pendingContinuation = false
        while lineStart < n {
            // A paragraph: up to a line break that is not a soft wrap.
            var end = lineStart
            while end < n {
                if scalars[end] == "\n", !isSoftWrap(scalars, at: end) { break }
                end += 1
            }
            // Blank lines between paragraphs keep a pending continuation.
            var blank = true
            var k = lineStart
            while k < end { if !isSpace(scalars[k]) { blank = false; break }; k += 1 }
            if blank { lineStart = end + 1; continue }
            let continued = pendingContinuation
            pendingContinuation = false
            scanParagraph(scalars, lineStart, end, continuesPrevious: continued, into: &pieces,
                          openAtEnd: &pendingContinuation)
            lineStart = end + 1
        }
        return pieces
    }

    /// A single line break followed (after spaces) by a lower-case letter.
    private static func isSoftWrap(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i + 1
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        guard j < s.count, s[j] != "\n" else { return false }
        if i > 0, s[i - 1] == "\n" { return false }
        return s[j].properties.isLowercase
    }

    private static func family(of s: Unicode.Scalar) -> Family? {
        switch s.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F: return .double
        case 0xAB, 0xBB: return .guillemet
        case 0x2018, 0x2019, 0x201A, 0x201B: return .single
        case 0x2039, 0x203A: return .singleGuillemet
        default: return nil
        }
    }

    @inline(__always) private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{00A0}" || s == "\u{202F}" || s == "\u{2009}"
            || (s.value > 127 && s.properties.isWhitespace)
    }

    @inline(__always) private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 {
            let v = s.value | 0x20
            return (v >= 0x61 && v <= 0x7A) || (s.value >= 0x30 && s.value <= 0x39)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Scalars after which a mark may open: brackets, dashes, slashes, colons and other marks.
    private static func opensAfter(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "(", "[", "{", "\u{2014}", "\u{2013}", "-", "/", ":", "\u{2026}": return true
        default: return family(of: s) != nil
        }
    }

    private static func classify(_ scalars: [Unicode.Scalar], _ i: Int, _ lo: Int, _ hi: Int) -> Mark? {
        let s = scalars[i]
        guard let fam = family(of: s) else { return nil }
        let prev: Unicode.Scalar? = i > lo ? scalars[i - 1] : nil
        let next: Unicode.Scalar? = i + 1 < hi ? scalars[i + 1] : nil
        let canOpen = next.map { !isSpace($0) } ?? false && (prev.map { isSpace($0) || opensAfter($0) } ?? true)
        let canClose = prev.map { !isSpace($0) } ?? false && (next.map { isSpace($0) || !isWordScalar($0) } ?? true)
        let role: Role
        switch s.value {
        case 0x201C, 0x201F:   // “ (also typed as a closer)
            role = canClose && !canOpen ? .close : .open
        case 0x201D:           // ” (also typed as an opener)
            role = canOpen && !canClose ? .open : .close
        case 0x201E, 0x201A:   // „ ‚ German and Polish openers
            role = .open
        case 0x22:
            role = canOpen && !canClose ? .open : (canClose && !canOpen ? .close : .either)
        case 0xAB, 0x2039:     // « ‹
            role = canClose && !canOpen && prev.map(isWordScalar) == true ? .close : .open
        case 0xBB, 0x203A:     // » ›
            role = canOpen && !canClose && next.map(isWordScalar) == true ? .open : .close
        case 0x2018, 0x201B:   // ‘
            guard canOpen else { return nil }
            role = .open
        case 0x2019:           // ’: never between letters ("don’t")
            guard canClose else { return nil }
            role = .close
        default:
            return nil
        }
        return Mark(offset: i, scalar: s, family: fam, role: role)
    }

    private static func scanParagraph(_ scalars: [Unicode.Scalar], _ lo: Int, _ hi: Int, continuesPrevious: Bool,
                                      into pieces: inout [Piece], openAtEnd: inout Bool) {
        var marks: [Mark] = []
        var i = lo
        while i < hi {
            let v = scalars[i].value
            // One comparison settles the ASCII scalars, which are nearly all of them.
            if v < 0xAB ? v == 0x22 : v == 0xAB || v == 0xBB || (v >= 0x2018 && v <= 0x201F) || v == 0x2039 || v == 0x203A,
               let mark = classify(scalars, i, lo, hi) {
                marks.append(mark)
            }
            i += 1
        }
        guard !marks.isEmpty else { return }

        var stack: [Mark] = []
        var firstPieceInParagraph = true
        func emit(_ open: Mark, close: Int?, endOffset: Int, continuesNext: Bool) {
            let span = trimmed(scalars, open.offset + 1, endOffset)
            guard span.end > span.start else { return }
            let isContinuation = continuesPrevious && firstPieceInParagraph && open.offset == firstMarkOffset(scalars, lo, hi)
            firstPieceInParagraph = false
            pieces.append(Piece(span: span, open: open.offset, close: close, family: open.family,
                                continuesPrevious: isContinuation, continuesNext: continuesNext))
        }

        for (k, mark) in marks.enumerated() {
            if stack.isEmpty {
                if mark.role != .close { stack.append(mark) }
                continue
            }
            let top = stack[stack.count - 1]
            if mark.family == top.family {
                let closes: Bool
                switch mark.role {
                case .close, .either: closes = true
                case .open: closes = false
                }
                if closes {
                    if mark.family == .single, isPossessive(scalars, mark.offset, hi),
                       marks[(k + 1)...].contains(where: { $0.family == .single && $0.role == .close }),
                       !marks[(k + 1)...].prefix(while: { !($0.family == .single && $0.role == .close) })
                        .contains(where: { $0.family == .single && $0.role == .open }) {
                        continue   // "the Smiths’ house": a later ’ closes
                    }
                    stack.removeLast()
                    if stack.isEmpty { emit(top, close: mark.offset, endOffset: mark.offset, continuesNext: false) }
                } else if (mark.scalar != top.scalar || mark.family == .single), stack.count < 4 {
                    stack.append(mark)   // `"` inside `“...”`, `‘` inside `‘...’`
                } else if stack.count == 1 {
                    // Same opener again: the earlier quote was never closed. It ends before this one.
                    emit(top, close: nil, endOffset: mark.offset, continuesNext: false)
                    stack[0] = mark
                } else {
                    stack.append(mark)
                }
            } else if mark.role == .close || (mark.role == .either && stack.contains(where: { $0.family == mark.family })) {
                // A closer of an outer family: close everything opened inside it.
                guard let at = stack.lastIndex(where: { $0.family == mark.family }) else { continue }
                let outer = stack[at]
                stack.removeSubrange(at...)
                if stack.isEmpty { emit(outer, close: mark.offset, endOffset: mark.offset, continuesNext: false) }
            } else if stack.count < 4 {
                stack.append(mark)   // a nested quote of another kind
            }
        }
        guard let open = stack.first else { return }
        // Still open at the paragraph end.
        let next = nextParagraphOpener(scalars, from: hi)
        let continues = next == open.family
        emit(open, close: nil, endOffset: hi, continuesNext: continues)
        openAtEnd = continues
    }

    /// The offset of the paragraph's first quote mark, when the paragraph starts with one.
    private static func firstMarkOffset(_ scalars: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Int {
        var i = lo
        while i < hi, isSpace(scalars[i]) { i += 1 }
        return i
    }

    /// The family of the mark that opens the next non-empty paragraph, if it opens with one.
    private static func nextParagraphOpener(_ scalars: [Unicode.Scalar], from hi: Int) -> Family? {
        var i = hi
        while i < scalars.count, isSpace(scalars[i]) { i += 1 }
        guard i < scalars.count, let mark = classify(scalars, i, i, scalars.count), mark.role != .close else { return nil }
        return mark.family
    }

    /// `’` right after an "s" and before a space and a lower-case word: maybe "the Smiths’ house".
    private static func isPossessive(_ scalars: [Unicode.Scalar], _ i: Int, _ hi: Int) -> Bool {
        guard i > 0, scalars[i - 1] == "s" || scalars[i - 1] == "S", i + 2 < hi, scalars[i + 1] == " " else { return false }
        return scalars[i + 2].properties.isLowercase
    }

    private static func trimmed(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> TextSpan {
        var a = start, b = end
        while a < b, isSpace(scalars[a]) { a += 1 }
        while b > a, isSpace(scalars[b - 1]) { b -= 1 }
        return TextSpan(start: a, end: b)
    }
}
