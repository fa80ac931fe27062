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
            lines += wrapUnits(Sanitizer.graphemes(of: paragraph), toColumns: columns).map { join($0) }
        }
        return lines
    }
}
