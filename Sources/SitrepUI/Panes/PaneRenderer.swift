/// Draws a pane: its box and title, the timeline's sparkline, then the visible rows with the
/// selection highlighted. Shared by the three panes, which only provide rows (`PaneContent`).
enum PaneRenderer {
    static let selectionMarker = "›"
    /// Marks an item from an article that arrived a moment ago (`LiveStatus.freshFor`).
    static let freshMarker = "•"

    static func draw(_ pane: Pane, in frame: Rect, state: ViewState, grid: inout Grid) {
        guard frame.width >= 2, frame.height >= 2 else { return }
        let theme = state.theme
        let focused = state.focus == pane
        let content = state.contents[pane]
        let cursor = state[cursor: pane]
        let footer = content.itemCount > 0 ? "\(cursor.selection + 1)/\(content.itemCount)" : nil
        grid.drawBox(frame, lines: focused ? .heavy : .light,
                     style: theme[focused ? .borderFocused : .border],
                     title: title(of: pane, state: state, width: frame.width),
                     titleStyle: theme[focused ? .titleFocused : .title],
                     footer: footer, footerStyle: theme[.dim])
        let inner = frame.inner
        grid.fill(inner, style: theme[.text])
        guard inner.width > 2, inner.height > 0 else { return }
        if pane == .timeline {
            Sparkline.draw(in: Layout.sparklineArea(in: frame), state: state, grid: &grid)
        }
        let list = Layout.listArea(of: pane, in: frame)
        if pane == .regions, !state.model.places.isEmpty {
            let map = Layout.mapArea(in: frame)
            if map.width > 0 {
                var selected: Int?
                if content.itemTargets.indices.contains(cursor.selection),
                   case .place(let id)? = content.itemTargets[cursor.selection] { selected = id }
                let listed = content.itemTargets.compactMap { target -> Int? in
                    if case .place(let id)? = target { return id }
                    return nil
                }
                RegionMap.draw(in: map, tree: state.model.places, listed: listed,
                               selected: selected ?? state.placeFilter?.placeID, ascii: state.asciiOnly,
                               theme: theme, grid: &grid)
            }
        }
        if content.isEmpty { // no sparkline either: the reason goes on the first row
            grid.put(content.emptyText, column: inner.x + 1, row: inner.y, style: theme[.dim],
                     maxColumns: inner.width - 2, overflow: .ellipsis)
            return
        }
        for (line, row) in content.rows(in: cursor.scroll..<(cursor.scroll + max(0, list.height))).enumerated() {
            let selected = row.item != nil && row.item == cursor.selection
            let selectionStyle = theme[focused ? .selection : .selectionUnfocused]
            if selected {
                grid.fill(Rect(x: list.x, y: list.y + line, width: list.width, height: 1),
                          style: selectionStyle)
                // A marker too, so the selection shows without colour or reverse video.
                if focused && row.kind == .item {
                    grid.put(selectionMarker, column: list.x + 1 + max(0, row.indent - 2),
                             row: list.y + line, style: selectionStyle)
                }
            }
            drawRow(row, x: list.x + 1, y: list.y + line, width: list.width - 2,
                    style: selected ? selectionStyle : nil, theme: theme, grid: &grid)
            if row.kind == .item, row.indent >= 2, let item = row.item,
               state.isFresh(content.target(ofItem: item)) {
                var style = theme[.fresh]
                if selected { style.background = selectionStyle.background; style.reverse = selectionStyle.reverse }
                grid.put(freshMarker, column: list.x + row.indent, row: list.y + line, style: style)
            }
        }
    }

    /// The pane's name in its border; the Timeline adds its order ("Timeline ↑ oldest first",
    /// or just the arrow when narrow).
    static func title(of pane: Pane, state: ViewState, width: Int) -> String {
        guard pane == .timeline else { return pane.title }
        let order = state.timelineOrder
        let long = pane.title + " " + order.label
        return long.displayWidth + 6 <= width ? long : pane.title + " " + order.arrow
    }

    /// Text on the left; at the right the secondary note, the trailing note and the bar.
    static func drawRow(_ row: PaneRow, x: Int, y: Int, width: Int, style override: CellStyle?,
                        theme: Theme, grid: inout Grid) {
        let textStyle: CellStyle
        switch row.kind {
        case .header: textStyle = theme[row.textRole ?? .header]
        case .item: textStyle = theme[row.textRole ?? .text]
        case .detail: textStyle = theme[row.textRole ?? .dim]
        }
        var right = x + width
        if let fraction = row.bar, width >= 24 {
            let barWidth = min(12, width / 4)
            right -= barWidth
            grid.put(bar(fraction, width: barWidth), column: right, row: y,
                     style: override ?? theme[.accent])
            right -= 1
        }
        let left = x + min(row.indent, width)
        let textWidth = row.text.displayWidth
        let trailingWidth = row.trailing.displayWidth
        let room = right - left - trailingWidth - 1
        let fits = row.trailingIsEssential ? room >= min(8, width / 2) : room >= textWidth
        if trailingWidth > 0 && fits {
            right -= trailingWidth
            grid.put(row.trailing, column: right, row: y,
                     style: override ?? theme[row.trailingRole ?? .dim])
            right -= 1
        }
        if !row.secondary.isEmpty {
            // The actor only where the summary keeps at least half the row (or all of itself).
            let shown = min(row.secondary.displayWidth, max(10, width / 3))
            let textRoom = right - left - shown - 2
            if textRoom >= min(textWidth, max(24, width / 2)) {
                right -= shown
                grid.put(row.secondary, column: right, row: y, style: override ?? theme[.dim],
                         maxColumns: shown, overflow: .ellipsis)
                right -= 2
            }
        }
        if row.marks.isEmpty {
            grid.put(row.text, column: left, row: y, style: override ?? textStyle,
                     maxColumns: max(0, right - left), overflow: .ellipsis)
        } else {
            let marks = Set(row.marks)
            let marked = theme[.highlightStrong]
            let graphemes = DisplayText.truncate(Sanitizer.graphemes(of: row.text), toColumns: max(0, right - left))
            grid.put(graphemes: graphemes, column: left, row: y, maxColumns: max(0, right - left)) { index in
                marks.contains(index) ? marked : (override ?? textStyle)
            }
        }
    }

    /// A horizontal bar `width` cells long, filled to `fraction` in eighths of a cell.
    static func bar(_ fraction: Double, width: Int) -> String {
        let eighths = Int((min(1, max(0, fraction)) * Double(width * 8)).rounded())
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let shown = fraction > 0 ? max(1, eighths) : 0
        var text = String(repeating: "█", count: shown / 8) + partials[shown % 8]
        text += String(repeating: " ", count: max(0, width - text.count))
        return text
    }
}
