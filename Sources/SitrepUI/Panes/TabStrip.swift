/// The row of pane tabs shown in the tabbed (narrow) layout: "1 Timeline  2 Regions  3 Quotes",
/// shortened to "1 Tim 2 Reg 3 Quo" or "1 2 3" when the terminal is narrower.
enum TabStrip {
    struct Tab: Hashable {
        var pane: Pane
        var x: Int
        var label: String
        var width: Int { label.displayWidth }
    }

    /// The tabs laid out for `columns`, in the widest form that fits.
    static func tabs(columns: Int) -> [Tab] {
        let forms: [(label: (Pane) -> String, gap: Int)] = [
            ({ " \($0.rawValue + 1) \($0.title) " }, 1),
            ({ " \($0.rawValue + 1) \($0.shortTitle) " }, 0),
            ({ "\($0.rawValue + 1) \($0.shortTitle)" }, 1),
            ({ " \($0.rawValue + 1) " }, 0),
        ]
        for form in forms {
            var tabs: [Tab] = []
            var x = 0
            for pane in Pane.allCases {
                let tab = Tab(pane: pane, x: x, label: form.label(pane))
                tabs.append(tab)
                x += tab.width + form.gap
            }
            if x - form.gap <= columns { return tabs }
        }
        return []
    }

    static func pane(atColumn column: Int, columns: Int) -> Pane? {
        tabs(columns: columns).first { column >= $0.x && column < $0.x + $0.width }?.pane
    }

    static func draw(in rect: Rect, state: ViewState, grid: inout Grid) {
        grid.fill(rect, style: state.theme[.text])
        for tab in tabs(columns: rect.width) {
            let focused = tab.pane == state.focus
            grid.put(tab.label, column: rect.x + tab.x, row: rect.y,
                     style: state.theme[focused ? .titleFocused : .title])
        }
    }
}
