/// The bottom row: document and problem counts, what has focus, the status message, and the
/// key hints ("? help  q quit") at the right.
enum StatusBar {
    static func draw(in rect: Rect, state: ViewState, grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let theme = state.theme
        let bar = theme[.statusBar]
        var key = theme[.statusKey]
        var warning = theme[.warning]
        if bar.background != .terminalDefault || bar.reverse {
            // Keep the bar's background under the coloured words.
            key.background = bar.background; key.reverse = bar.reverse
            warning.background = bar.background; warning.reverse = bar.reverse
        }
        grid.fill(rect, style: bar)

        let overlay = state.helpVisible || state.reader != nil
        var hints: [(String, CellStyle)] = overlay
            ? [("Esc", key), (" close  ", bar), ("q", key), (" quit", bar)]
            : [("?", key), (" help  ", bar), ("q", key), (" quit", bar)]
        if width(of: hints) + 14 > rect.width { hints = Array(hints.prefix(2)) }
        if let last = hints.indices.last { hints[last].0 = hints[last].0.trimmingSuffixSpaces }
        let hintsWidth = width(of: hints)
        let hintsX = rect.maxX - 1 - hintsWidth
        draw(hints, x: hintsX, row: rect.y, maxColumns: hintsWidth, grid: &grid)

        // Narrow: shorter words, and no pane name when the tab strip already shows it.
        let narrow = rect.width < Layout.wideColumns
        let place: String? = state.helpVisible ? "Help" : state.reader != nil ? "Reader"
            : narrow ? nil : state.focus.title
        let noun = narrow ? "doc" : "document"
        var left: [(String, CellStyle)] = [(Formatting.count(state.documents.count, noun), bar)]
        if !state.problems.isEmpty {
            left += [(" · ", bar), (Formatting.count(state.problems.count, "problem"), warning)]
        }
        if let place { left.append((" · " + place, bar)) }
        if let message = state.statusMessage, !message.isEmpty { left.append(("  " + message, bar)) }
        draw(left, x: rect.x + 1, row: rect.y, maxColumns: max(0, hintsX - rect.x - 3), grid: &grid)
    }

    private static func width(of segments: [(String, CellStyle)]) -> Int {
        segments.reduce(0) { $0 + $1.0.displayWidth }
    }

    /// Writes the segments one after another, cutting the one that does not fit with "…".
    private static func draw(_ segments: [(String, CellStyle)], x: Int, row: Int, maxColumns: Int,
                             grid: inout Grid) {
        var used = 0
        for (text, style) in segments where used < maxColumns {
            used += grid.put(text, column: x + used, row: row, style: style,
                             maxColumns: maxColumns - used, overflow: .ellipsis)
        }
    }
}

private extension String {
    var trimmingSuffixSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
