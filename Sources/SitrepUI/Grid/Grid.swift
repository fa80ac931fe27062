/// An in-memory screen: `rows` x `columns` cells. Panes draw into it; the terminal backend
/// copies to the real terminal only the cells that differ from the previous frame.
public struct Grid: Hashable, Sendable {
    public let columns: Int
    public let rows: Int
    public private(set) var cells: [Cell]

    public init(columns: Int, rows: Int, fill: Cell = .blank) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.cells = Array(repeating: fill, count: self.columns * self.rows)
    }

    public func contains(column: Int, row: Int) -> Bool {
        column >= 0 && column < columns && row >= 0 && row < rows
    }

    /// Out-of-range reads give a blank cell; out-of-range writes are ignored.
    public subscript(column: Int, row: Int) -> Cell {
        get { contains(column: column, row: row) ? cells[row * columns + column] : .blank }
        set {
            guard contains(column: column, row: row) else { return }
            cells[row * columns + column] = newValue
        }
    }

    /// The cells of one row.
    public func row(_ row: Int) -> ArraySlice<Cell> {
        guard row >= 0 && row < rows else { return [] }
        return cells[(row * columns)..<((row + 1) * columns)]
    }
}
