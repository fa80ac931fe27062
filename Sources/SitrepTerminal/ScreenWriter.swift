import CNcurses
import SitrepUI

/// Copies a frame to ncurses, touching only the cells that differ from the previous frame,
/// then lets ncurses send the minimal update (`wnoutrefresh` + `doupdate`, never a clear).
struct ScreenWriter {
    private var previous: Grid?
    private var colors: ColorPairs
    private let attributes: Bool

    init(colors: ColorPairs, attributes: Bool = true) {
        self.colors = colors
        self.attributes = attributes
    }

    /// Forget the last frame (after a resize or a resume): the next draw repaints every cell.
    mutating func invalidate() {
        previous = nil
        _ = werase(sitrep_stdscr())
    }

    mutating func draw(_ grid: Grid) {
        let screen = sitrep_stdscr()
        let old = previous.flatMap { $0.columns == grid.columns && $0.rows == grid.rows ? $0 : nil }
        if old == nil { _ = werase(screen) }
        for row in 0..<grid.rows {
            var column = 0
            while column < grid.columns {
                let cell = grid[column, row]
                if cell.isContinuation { column += 1; continue }
                let changed = old.map { $0[column, row] != cell || (cell.width == 2 && $0[column + 1, row] != grid[column + 1, row]) } ?? true
                if changed { put(cell, column: column, row: row, on: screen) }
                column += max(1, Int(cell.width))
            }
        }
        previous = grid
        _ = wnoutrefresh(screen)
        _ = doupdate()
    }

    private mutating func put(_ cell: Cell, column: Int, row: Int, on screen: UnsafeMutablePointer<WINDOW>?) {
        var scalars = cell.grapheme.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        if scalars.isEmpty { scalars = [wchar_t(32)] }
        // A cchar_t holds at most CCHARW_MAX (5) scalars: keep the base and what fits.
        if scalars.count > 4 { scalars = Array(scalars.prefix(1)) }
        scalars.append(0)
        var cc = cchar_t()
        let pair = colors.pair(for: cell.style)
        _ = setcchar(&cc, scalars, attributes ? attrs(of: cell.style) : sitrep_a_normal(), pair, nil)
        _ = mvwadd_wch(screen, Int32(row), Int32(column), &cc)
    }

    private func attrs(of style: CellStyle) -> attr_t {
        var a = sitrep_a_normal()
        if style.bold { a |= sitrep_a_bold() }
        if style.dim { a |= sitrep_a_dim() }
        if style.underline { a |= sitrep_a_underline() }
        if style.reverse { a |= sitrep_a_reverse() }
        if style.italic { a |= sitrep_a_italic() }
        return a
    }
}
