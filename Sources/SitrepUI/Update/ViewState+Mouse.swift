extension ViewState {
    /// Wheel steps, in rows.
    static let wheelStep = 3

    /// A press focuses the pane under it and selects the row under it; a press on the row
    /// already selected in the focused pane opens it. The wheel scrolls what is under the
    /// pointer. With an overlay open the wheel scrolls the overlay and a press outside the
    /// reader (or anywhere on the help) closes it.
    mutating func handle(mouse event: MouseEvent) {
        if prompt != nil && event.kind == .press { prompt = nil } // a click elsewhere cancels it
        let step = event.kind == .wheelUp ? -Self.wheelStep : Self.wheelStep
        if helpVisible {
            if event.kind == .press { helpVisible = false } else {
                helpScroll += step
                clampHelpScroll()
            }
            return
        }
        if reader != nil {
            if event.kind != .press {
                scrollReader(by: step)
            } else if !ReaderOverlay.frame(columns: columns, rows: rows)
                .contains(column: event.column, row: event.row) {
                reader = nil
            }
            return
        }
        let layout = self.layout
        if event.kind == .press && layout.tabStrip.contains(column: event.column, row: event.row) {
            if let pane = TabStrip.pane(atColumn: event.column - layout.tabStrip.x,
                                        columns: layout.tabStrip.width) {
                focus = pane
                ensureSelectionVisible(in: pane)
            }
            return
        }
        guard let pane = layout.pane(atColumn: event.column, row: event.row) else { return }
        if event.kind != .press {
            scrollPane(pane, by: step)
            return
        }
        let wasFocused = focus == pane
        focus = pane
        let list = layout.listArea(of: pane)
        guard list.contains(column: event.column, row: event.row) else { return }
        let content = contents[pane]
        let index = self[cursor: pane].scroll + event.row - list.y
        guard let item = content.item(atRow: index) else { return }
        if wasFocused && item == self[cursor: pane].selection {
            openSelection()
        } else {
            self[cursor: pane].selection = item
            ensureSelectionVisible(in: pane)
        }
    }
}
