extension StringProtocol {
    /// Terminal columns this text takes once sanitised, measured per grapheme.
    public var displayWidth: Int {
        Sanitizer.graphemes(of: self).reduce(0) { $0 + $1.width }
    }

    /// The text cut to at most `columns` terminal columns, ending in "…" when it was cut.
    /// The result is sanitised (controls and bidi overrides already replaced).
    public func truncated(toColumns columns: Int) -> String {
        let graphemes = Sanitizer.graphemes(of: self)
        return DisplayText.join(DisplayText.truncate(graphemes, toColumns: columns))
    }
}

/// Measuring, cutting and wrapping sanitised graphemes by terminal columns.
enum DisplayText {
    static let ellipsis = SafeGrapheme(text: "\u{2026}", width: 1)

    static func width(_ graphemes: [SafeGrapheme]) -> Int {
        graphemes.reduce(0) { $0 + $1.width }
    }

    static func join(_ graphemes: some Sequence<SafeGrapheme>) -> String {
        graphemes.reduce(into: "") { $0 += $1.text }
    }

    /// At most `columns` columns; when something had to go, the last column is "…".
    static func truncate(_ graphemes: [SafeGrapheme], toColumns columns: Int) -> [SafeGrapheme] {
        guard columns > 0 else { return [] }
        if width(graphemes) <= columns { return graphemes }
        var kept: [SafeGrapheme] = []
        var used = 0
        for grapheme in graphemes {
            if used + grapheme.width > columns - 1 { break }
            kept.append(grapheme)
            used += grapheme.width
        }
        kept.append(ellipsis)
        return kept
    }

    /// Greedy word wrap to `columns`; words longer than a line are broken by column.
    /// Each input line (split on LF) starts a new output line; empty lines stay empty.
    static func wrap(_ text: some StringProtocol, toColumns columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapLine(Sanitizer.graphemes(of: paragraph), toColumns: columns)
        }
        return lines
    }

    private static func wrapLine(_ graphemes: [SafeGrapheme], toColumns columns: Int) -> [String] {
        var lines: [String] = []
        var line: [SafeGrapheme] = []
        var lineWidth = 0
        for word in words(graphemes) {
            let wordWidth = width(word)
            let isSpace = word.first?.text == " "
            if lineWidth + wordWidth <= columns {
                line += word
                lineWidth += wordWidth
                continue
            }
            if isSpace { // a break point: the spaces that do not fit are dropped
                if !line.isEmpty {
                    lines.append(joinTrimmed(line))
                    line = []
                    lineWidth = 0
                }
                continue
            }
            if !line.isEmpty && wordWidth <= columns {
                lines.append(joinTrimmed(line))
                line = word
                lineWidth = wordWidth
                continue
            }
            for grapheme in word { // longer than a whole line: break it by column
                if lineWidth + grapheme.width > columns {
                    lines.append(joinTrimmed(line))
                    line = []
                    lineWidth = 0
                }
                line.append(grapheme)
                lineWidth += grapheme.width
            }
        }
        lines.append(joinTrimmed(line))
        return lines
    }

    /// A finished line, without the spaces it ended on.
    private static func joinTrimmed(_ line: [SafeGrapheme]) -> String {
        join(line[..<(line.lastIndex { $0.text != " " }.map { $0 + 1 } ?? 0)])
    }

    /// Runs of spaces and runs of everything else, in order.
    private static func words(_ graphemes: [SafeGrapheme]) -> [[SafeGrapheme]] {
        var words: [[SafeGrapheme]] = []
        var current: [SafeGrapheme] = []
        var currentIsSpace = false
        for grapheme in graphemes {
            let isSpace = grapheme.text == " "
            if !current.isEmpty && isSpace != currentIsSpace {
                words.append(current)
                current = []
            }
            current.append(grapheme)
            currentIsSpace = isSpace
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
