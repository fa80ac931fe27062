extension Grid {
    /// The grid with every cell in printable ASCII (`ASCIIFallback`), styles kept. A wide
    /// grapheme's cell and its continuation become two one-column cells, so every column
    /// stays where it was.
    public func asciiOnly() -> Grid {
        var copy = self
        for row in 0..<rows {
            for column in 0..<columns {
                let cell = self[column, row]
                if cell.isContinuation {
                    copy[column, row] = Cell(grapheme: "?", width: 1, style: cell.style)
                    continue
                }
                let text = ASCIIFallback.character(for: cell.grapheme)
                if text != cell.grapheme || cell.width != 1 {
                    copy[column, row] = Cell(grapheme: text, width: 1, style: cell.style)
                }
            }
        }
        return copy
    }
}
