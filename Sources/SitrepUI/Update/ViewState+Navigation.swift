/// Selection and scrolling, with every value kept in range: the selected item of a pane is a
/// real item and on screen, scroll offsets never pass the end.
extension ViewState {
    mutating func moveSelection(in pane: Pane, by delta: Int) {
        let count = contents[pane].itemCount
        guard count > 0 else { return }
        self[cursor: pane].selection = clamp(self[cursor: pane].selection + delta, 0, count - 1)
        ensureSelectionVisible(in: pane)
    }

    /// PgDn / PgUp: the view moves a page (less one row of context) and the selection with it.
    mutating func page(_ pane: Pane, forward: Bool) {
        let content = contents[pane]
        guard content.itemCount > 0 else { return }
        let step = max(1, layout.visibleRows(of: pane) - 1) * (forward ? 1 : -1)
        var cursor = self[cursor: pane]
        let currentRow = content.rowRange(ofItem: clamp(cursor.selection, 0, content.itemCount - 1)).lowerBound
        let target = currentRow + step
        let item = forward ? content.item(atOrAfterRow: target) : content.item(atOrBeforeRow: target)
        cursor.selection = item ?? cursor.selection
        cursor.scroll += step
        self[cursor: pane] = cursor
        ensureSelectionVisible(in: pane)
    }

    /// Scrolls the least needed to show the selected item (and its day header).
    mutating func ensureSelectionVisible(in pane: Pane) {
        let content = contents[pane]
        let height = layout.visibleRows(of: pane)
        var cursor = self[cursor: pane]
        cursor.selection = clamp(cursor.selection, 0, max(0, content.itemCount - 1))
        if content.itemCount > 0 && height > 0 {
            let range = content.visibleRange(ofItem: cursor.selection)
            if range.upperBound > cursor.scroll + height { cursor.scroll = range.upperBound - height }
            if range.lowerBound < cursor.scroll { cursor.scroll = range.lowerBound }
        }
        cursor.scroll = clamp(cursor.scroll, 0, max(0, content.rowCount - height))
        self[cursor: pane] = cursor
    }

    /// The mouse wheel: moves the view; the selection follows only if it would leave it.
    mutating func scrollPane(_ pane: Pane, by delta: Int) {
        let content = contents[pane]
        let height = layout.visibleRows(of: pane)
        guard content.itemCount > 0, height > 0 else { return }
        var cursor = self[cursor: pane]
        cursor.scroll = clamp(cursor.scroll + delta, 0, max(0, content.rowCount - height))
        let range = content.rowRange(ofItem: clamp(cursor.selection, 0, content.itemCount - 1))
        let visible = cursor.scroll..<(cursor.scroll + height)
        if range.lowerBound < visible.lowerBound {
            cursor.selection = content.item(atOrAfterRow: visible.lowerBound) ?? cursor.selection
        } else if range.upperBound > visible.upperBound {
            let last = content.lastItem(endingAtOrBefore: visible.upperBound)
            cursor.selection = last ?? cursor.selection
        }
        self[cursor: pane] = cursor
    }

    mutating func scrollReader(by delta: Int) {
        guard var reader else { return }
        let extent = ReaderOverlay.extent(of: self)
        let target = delta > 0 ? reader.scroll.addingReportingOverflow(delta).partialValue
                               : reader.scroll + max(delta, -reader.scroll - 1)
        reader.scroll = clamp(target, 0, max(0, extent.lines - extent.visible))
        self.reader = reader
    }

    mutating func clampHelpScroll() {
        let extent = HelpOverlay.extent(columns: columns, rows: rows)
        helpScroll = clamp(helpScroll, 0, max(0, extent.lines - extent.visible))
    }

    /// After a resize or a reload: every selection and scroll back in range.
    mutating func reclampAll() {
        for pane in Pane.allCases { ensureSelectionVisible(in: pane) }
        refreshReader()
        scrollReader(by: 0)
        clampHelpScroll()
    }

    private func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
        min(max(value, low), max(low, high))
    }
}
