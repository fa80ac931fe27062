/// Where everything goes at a given terminal size. Pure: `update` uses it to clamp scrolling
/// and to hit-test the mouse, `render` to draw.
///
/// - wide (at least 60x10): Timeline on the left (48% wide, full height), Regions top right,
///   Quotes bottom right;
/// - tabbed (smaller, down to 20x6): a tab strip on the first row and only the focused pane;
/// - too small (below 20x6): one line saying so.
///
/// The status bar is always the last row.
struct Layout: Hashable, Sendable {
    enum Mode: Hashable, Sendable { case wide, tabbed, tooSmall }

    static let minimumColumns = 20
    static let minimumRows = 6
    static let wideColumns = 60
    static let wideRows = 10

    let mode: Mode
    let columns: Int
    let rows: Int
    let focus: Pane
    private let frames: [Pane: Rect]
    /// The first row in tabbed mode, empty otherwise.
    let tabStrip: Rect
    let statusBar: Rect

    init(columns: Int, rows: Int, focus: Pane) {
        self.columns = columns
        self.rows = rows
        self.focus = focus
        if columns < Layout.minimumColumns || rows < Layout.minimumRows {
            mode = .tooSmall
            frames = [:]
            tabStrip = .zero
            statusBar = .zero
            return
        }
        statusBar = Rect(x: 0, y: rows - 1, width: columns, height: 1)
        let bodyHeight = rows - 1
        if columns >= Layout.wideColumns && rows >= Layout.wideRows {
            mode = .wide
            tabStrip = .zero
            let leftWidth = columns * 48 / 100
            let rightWidth = columns - leftWidth
            let regionsHeight = bodyHeight / 2
            frames = [
                .timeline: Rect(x: 0, y: 0, width: leftWidth, height: bodyHeight),
                .regions: Rect(x: leftWidth, y: 0, width: rightWidth, height: regionsHeight),
                .quotes: Rect(x: leftWidth, y: regionsHeight, width: rightWidth,
                              height: bodyHeight - regionsHeight),
            ]
        } else {
            mode = .tabbed
            tabStrip = Rect(x: 0, y: 0, width: columns, height: 1)
            let frame = Rect(x: 0, y: 1, width: columns, height: bodyHeight - 1)
            frames = [.timeline: frame, .regions: frame, .quotes: frame]
        }
    }

    /// The panes drawn at this size.
    var visiblePanes: [Pane] {
        switch mode {
        case .wide: return Pane.allCases
        case .tabbed: return [focus]
        case .tooSmall: return []
        }
    }

    /// The pane's box (in tabbed mode every pane would take the same place).
    func frame(of pane: Pane) -> Rect { frames[pane] ?? .zero }

    /// The Timeline pane shows its activity sparkline on its first inside row when it has at
    /// least this many inside rows.
    static let sparklineMinimumHeight = 6

    /// Where a pane's list rows go: inside its border, below the timeline's sparkline, beside or
    /// above the Regions map (`mapArea`).
    static func listArea(of pane: Pane, in frame: Rect) -> Rect {
        let inner = frame.inner
        if pane == .regions {
            let map = mapArea(in: frame)
            guard map.width > 0 else { return inner }
            if map.y == inner.y { // map on the right, a blank column between
                return Rect(x: inner.x, y: inner.y, width: inner.width - map.width - 1, height: inner.height)
            }
            return Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - map.height)
        }
        guard pane == .timeline, inner.height >= sparklineMinimumHeight else { return inner }
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    }

    /// The Regions pane's map: the right part of a wide pane (at least 60x8 inside) or the
    /// lower half of a tall one (at least 30x20 inside); an empty rect when there is no room.
    static func mapArea(in frame: Rect) -> Rect {
        let inner = frame.inner
        if inner.width >= 60 && inner.height >= 8 {
            let width = inner.width / 2
            return Rect(x: inner.x + inner.width - width, y: inner.y, width: width, height: inner.height)
        }
        if inner.width >= 30 && inner.height >= 20 {
            let height = inner.height / 2
            return Rect(x: inner.x, y: inner.y + inner.height - height, width: inner.width, height: height)
        }
        return .zero
    }

    /// The row of the timeline's sparkline, or an empty rect when the pane is too short for it.
    static func sparklineArea(in frame: Rect) -> Rect {
        let inner = frame.inner
        guard inner.height >= sparklineMinimumHeight else { return .zero }
        return Rect(x: inner.x, y: inner.y, width: inner.width, height: 1)
    }

    func listArea(of pane: Pane) -> Rect { Layout.listArea(of: pane, in: frame(of: pane)) }

    /// The content rows a pane shows.
    func visibleRows(of pane: Pane) -> Int { listArea(of: pane).height }

    /// The visible pane at a cell, if any.
    func pane(atColumn column: Int, row: Int) -> Pane? {
        visiblePanes.first { frame(of: $0).contains(column: column, row: row) }
    }
}
