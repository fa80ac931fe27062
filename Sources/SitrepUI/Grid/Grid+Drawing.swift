/// The line characters of a box.
enum BoxLines {
    case light, heavy, double

    var characters: (topLeft: String, topRight: String, bottomLeft: String, bottomRight: String,
                     horizontal: String, vertical: String) {
        switch self {
        case .light: return ("┌", "┐", "└", "┘", "─", "│")
        case .heavy: return ("┏", "┓", "┗", "┛", "━", "┃")
        case .double: return ("╔", "╗", "╚", "╝", "═", "║")
        }
    }
}

extension Grid {
    /// Fills `rect` with blanks in `style`.
    mutating func fill(_ rect: Rect, style: CellStyle) {
        guard !rect.isEmpty else { return }
        let blank = Cell(grapheme: " ", width: 1, style: style)
        for row in rect.y..<rect.maxY {
            for column in rect.x..<rect.maxX { place(blank, column: column, row: row) }
        }
    }

    /// Draws a box along the edge of `rect` (at least 2x2) with an optional title at the top
    /// left and a label at the bottom right.
    mutating func drawBox(_ rect: Rect, lines: BoxLines, style: CellStyle,
                          title: String? = nil, titleStyle: CellStyle? = nil,
                          footer: String? = nil, footerStyle: CellStyle? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let c = lines.characters
        let horizontal = String(repeating: c.horizontal, count: rect.width - 2)
        put(c.topLeft + horizontal + c.topRight, column: rect.x, row: rect.y, style: style)
        put(c.bottomLeft + horizontal + c.bottomRight, column: rect.x, row: rect.maxY - 1, style: style)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            put(c.vertical, column: rect.x, row: row, style: style)
            put(c.vertical, column: rect.maxX - 1, row: row, style: style)
        }
        if let title, rect.width >= 7 {
            put(" " + title.truncated(toColumns: rect.width - 6) + " ", column: rect.x + 2,
                row: rect.y, style: titleStyle ?? style, maxColumns: rect.width - 4)
        }
        if let footer, rect.width >= 7 {
            let text = " " + footer + " "
            let width = text.displayWidth
            if width <= rect.width - 4 {
                put(text, column: rect.maxX - 2 - width, row: rect.maxY - 1,
                    style: footerStyle ?? style)
            }
        }
    }
}
