/// A rectangle of cells: left column `x`, top row `y`, size in columns and rows.
struct Rect: Hashable, Sendable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    var maxX: Int { x + width }
    var maxY: Int { y + height }
    var isEmpty: Bool { width <= 0 || height <= 0 }

    func contains(column: Int, row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    /// Shrunk by `columns` on the left and right and `rows` on the top and bottom.
    func inset(columns: Int, rows: Int) -> Rect {
        Rect(x: x + columns, y: y + rows,
             width: max(0, width - 2 * columns), height: max(0, height - 2 * rows))
    }

    /// The inside of a one-cell border.
    var inner: Rect { inset(columns: 1, rows: 1) }
}
