extension Grid {
    /// What `put` does with text wider than the room it has.
    public enum Overflow: Sendable, Hashable {
        /// Cut at the last column that fits.
        case clip
        /// Cut one column earlier and end with "…".
        case ellipsis
    }

    /// Writes untrusted text at (`column`, `row`): the single chokepoint between text and cells.
    ///
    /// The text is sanitised and measured per grapheme (see `Sanitizer`, `DisplayWidth`): control,
    /// escape and bidi characters become visible symbols, a wide grapheme takes two cells (the
    /// second a continuation), combining marks stay on the grapheme they belong to, and a wide
    /// grapheme that would straddle the limit becomes a space. Writes stop at `maxColumns`
    /// columns or the right edge, whichever comes first; a row or column outside the grid
    /// (including a negative column) writes nothing.
    ///
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, column: Int, row: Int, style: CellStyle,
                             maxColumns: Int? = nil, overflow: Overflow = .clip,
                             whitespace: WhitespacePolicy = .space) -> Int {
        guard row >= 0, row < rows, column >= 0 else { return 0 }
        let limit = min(columns - column, maxColumns ?? Int.max)
        guard limit > 0 else { return 0 }
        var graphemes = Sanitizer.graphemes(of: text, whitespace: whitespace)
        if overflow == .ellipsis { graphemes = DisplayText.truncate(graphemes, toColumns: limit) }
        return place(graphemes, column: column, row: row, limit: limit) { _ in style }
    }

    /// Writes graphemes that are already sanitised and measured (from `Sanitizer`), each in
    /// its own style: the reader uses it to highlight a span without splitting a grapheme.
    /// Clips at `maxColumns` like `put`. Returns the number of columns written.
    @discardableResult
    mutating func put(graphemes: [SafeGrapheme], column: Int, row: Int, maxColumns: Int? = nil,
                      style: (Int) -> CellStyle) -> Int {
        guard row >= 0, row < rows, column >= 0 else { return 0 }
        let limit = min(columns - column, maxColumns ?? Int.max)
        guard limit > 0 else { return 0 }
        return place(graphemes, column: column, row: row, limit: limit, style: style)
    }

    /// The cells of `graphemes` from `column`, at most `limit` columns; `style` gets the index
    /// of the grapheme. A wide grapheme that would straddle the limit becomes a space.
    private mutating func place(_ graphemes: [SafeGrapheme], column: Int, row: Int, limit: Int,
                                style: (Int) -> CellStyle) -> Int {
        var used = 0
        for (index, grapheme) in graphemes.enumerated() {
            let cellStyle = style(index)
            if used + grapheme.width > limit {
                if used < limit { // the right half would fall outside: a space instead
                    place(Cell(grapheme: " ", width: 1, style: cellStyle), column: column + used, row: row)
                    used += 1
                }
                break
            }
            let width = UInt8(clamping: grapheme.width)
            place(Cell(grapheme: grapheme.text, width: width, style: cellStyle),
                  column: column + used, row: row)
            if grapheme.width == 2 {
                place(Cell(grapheme: "", width: 0, style: cellStyle), column: column + used + 1, row: row)
            }
            used += grapheme.width
        }
        return used
    }

    /// Sets one cell and repairs any wide grapheme it cuts in half (the orphaned half becomes
    /// a space), so that the grid never holds half a wide character.
    mutating func place(_ cell: Cell, column: Int, row: Int) {
        guard contains(column: column, row: row) else { return }
        let old = self[column, row]
        if old.isContinuation && !cell.isContinuation && column > 0 {
            var head = self[column - 1, row]
            if head.width == 2 {
                head.grapheme = " "; head.width = 1
                self[column - 1, row] = head
            }
        }
        if old.width == 2 && column + 1 < columns && self[column + 1, row].isContinuation {
            self[column + 1, row] = Cell(grapheme: " ", width: 1, style: old.style)
        }
        self[column, row] = cell
    }

    /// The grid as plain text, one string per row (continuation cells skipped).
    public func textLines() -> [String] {
        (0..<rows).map { row in
            self.row(row).reduce(into: "") { line, cell in
                if !cell.isContinuation { line += cell.grapheme }
            }
        }
    }
}
