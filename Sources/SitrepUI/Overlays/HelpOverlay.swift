/// The `?` overlay: the keymap (and the mouse gestures) built from `Keymap`, so that it can
/// never disagree with what the keys do. Two columns when there is room; in a narrow terminal
/// each description goes under its keys.
enum HelpOverlay {
    /// One entry of help: a section heading, or keys and what they do.
    struct Entry: Hashable {
        var keys: String
        var description: String
        var isHeading: Bool = false
    }

    /// One drawn line: keys in the key column (may be empty) and text after them.
    struct Line: Hashable {
        enum Role: Hashable { case binding, heading, keys, description }
        var keys: String
        var text: String
        var role: Role
    }

    static var entries: [Entry] {
        Keymap.bindings.map { Entry(keys: $0.keyLabel, description: $0.description) }
            + [Entry(keys: "", description: ""), Entry(keys: "Mouse", description: "", isHeading: true)]
            + Keymap.mouseHelp.map { Entry(keys: $0.gesture, description: $0.description) }
            + [Entry(keys: "", description: ""), Entry(keys: "Date prompt", description: "", isHeading: true)]
            + Keymap.promptHelp.map { Entry(keys: $0.keys, description: $0.description) }
    }

    static var keyColumnWidth: Int { entries.map(\.keys.displayWidth).max() ?? 0 }

    /// Below this text width the descriptions go under their keys.
    static let twoColumnWidth = 40

    static func lines(width: Int) -> [Line] {
        entries.flatMap { entry -> [Line] in
            if entry.isHeading { return [Line(keys: "", text: entry.keys, role: .heading)] }
            if width >= twoColumnWidth || entry.keys.isEmpty {
                return [Line(keys: entry.keys, text: entry.description, role: .binding)]
            }
            return [Line(keys: "", text: entry.keys, role: .keys),
                    Line(keys: "", text: "  " + entry.description, role: .description)]
        }
    }

    /// The box, centred over the panes, at most as big as its text.
    static func frame(columns: Int, rows: Int) -> Rect {
        let contentWidth = keyColumnWidth + 2 + (entries.map(\.description.displayWidth).max() ?? 0)
        let width = min(columns, contentWidth + 4)
        let lineCount = lines(width: width - 4).count
        let height = min(max(0, rows - 1), lineCount + 2)
        return Rect(x: (columns - width) / 2, y: max(0, (rows - 1 - height) / 2),
                    width: width, height: height)
    }

    static func textArea(columns: Int, rows: Int) -> Rect {
        frame(columns: columns, rows: rows).inner.inset(columns: 1, rows: 0)
    }

    static func extent(columns: Int, rows: Int) -> (lines: Int, visible: Int) {
        let area = textArea(columns: columns, rows: rows)
        return (lines(width: area.width).count, area.height)
    }

    static func draw(state: ViewState, grid: inout Grid) {
        let theme = state.theme
        let box = frame(columns: state.columns, rows: state.rows)
        let area = textArea(columns: state.columns, rows: state.rows)
        let all = lines(width: area.width)
        let footer = all.count > area.height
            ? ReaderOverlay.position(scroll: state.helpScroll, total: all.count, visible: area.height)
            : nil
        grid.fill(box, style: theme[.help])
        grid.drawBox(box, lines: .double, style: theme[.borderFocused], title: "Help",
                     titleStyle: theme[.titleFocused], footer: footer, footerStyle: theme[.dim])
        let keyWidth = min(keyColumnWidth, max(0, area.width / 2))
        for row in 0..<max(0, area.height) {
            let index = state.helpScroll + row
            guard all.indices.contains(index) else { break }
            let line = all[index]
            let y = area.y + row
            switch line.role {
            case .heading, .keys:
                grid.put(line.text, column: area.x, row: y,
                         style: theme[line.role == .heading ? .header : .accent],
                         maxColumns: area.width, overflow: .ellipsis)
            case .description:
                grid.put(line.text, column: area.x, row: y, style: theme[.help],
                         maxColumns: area.width, overflow: .ellipsis)
            case .binding:
                grid.put(line.keys, column: area.x, row: y, style: theme[.accent],
                         maxColumns: keyWidth, overflow: .ellipsis)
                grid.put(line.text, column: area.x + keyWidth + 2, row: y, style: theme[.help],
                         maxColumns: max(0, area.width - keyWidth - 2), overflow: .ellipsis)
            }
        }
    }
}
