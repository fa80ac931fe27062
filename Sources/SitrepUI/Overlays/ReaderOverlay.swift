import SitrepCore

/// The article reader: a box over the panes with the document's title, date, where the date
/// came from, its source, and the text wrapped to the box. Scrolls by line.
enum ReaderOverlay {
    /// One wrapped line and how to draw it.
    struct Line: Hashable, Sendable {
        enum Role: Hashable, Sendable { case title, meta, body }
        var text: String
        var role: Role
    }

    /// The box, leaving the status bar visible.
    static func frame(columns: Int, rows: Int) -> Rect {
        let margin = rows >= 16 ? 1 : 0
        let width = columns >= 60 ? min(columns - 8, 96) : columns
        return Rect(x: (columns - width) / 2, y: margin, width: width,
                    height: max(0, rows - 1 - 2 * margin))
    }

    /// Where the text goes inside the box.
    static func textArea(columns: Int, rows: Int) -> Rect {
        let inner = frame(columns: columns, rows: rows).inner
        return inner.width >= 30 ? inner.inset(columns: 1, rows: 0) : inner
    }

    static func lines(for document: Document, width: Int) -> [Line] {
        guard width > 0 else { return [] }
        var lines = DisplayText.wrap(document.displayTitle, toColumns: width)
            .map { Line(text: $0, role: .title) }
        let day = document.date.map(Formatting.dayHeader) ?? "Undated"
        var meta = [day]
        if document.dateSource != .none { meta.append(Formatting.dateSource(document.dateSource)) }
        if let source = document.source, !source.isEmpty { meta.append(source) }
        lines += DisplayText.wrap(meta.joined(separator: " · "), toColumns: width)
            .map { Line(text: $0, role: .meta) }
        for location in [document.path, document.url].compactMap({ $0 }) where !location.isEmpty {
            lines += DisplayText.wrap(location, toColumns: width).map { Line(text: $0, role: .meta) }
        }
        lines.append(Line(text: "", role: .body))
        lines += DisplayText.wrap(document.text, toColumns: width).map { Line(text: $0, role: .body) }
        return lines
    }

    /// How many lines the open article has at the state's size, and how many show at once.
    static func extent(of state: ViewState) -> (lines: Int, visible: Int) {
        (lines(of: state).count, textArea(columns: state.columns, rows: state.rows).height)
    }

    /// The open article's lines at the state's size: the reader's cache when it is current.
    static func lines(of state: ViewState) -> [Line] {
        guard let reader = state.reader, let document = state.readerDocument else { return [] }
        let width = textArea(columns: state.columns, rows: state.rows).width
        return reader.wrapWidth == width ? reader.lines : lines(for: document, width: width)
    }

    static func draw(state: ViewState, grid: inout Grid) {
        guard state.readerDocument != nil, let reader = state.reader else { return }
        let theme = state.theme
        let box = frame(columns: state.columns, rows: state.rows)
        let area = textArea(columns: state.columns, rows: state.rows)
        let all = lines(of: state)
        grid.fill(box, style: theme[.help])
        grid.drawBox(box, lines: .double, style: theme[.borderFocused], title: "Article",
                     titleStyle: theme[.titleFocused],
                     footer: position(scroll: reader.scroll, total: all.count, visible: area.height),
                     footerStyle: theme[.dim])
        for line in 0..<max(0, area.height) {
            let index = reader.scroll + line
            guard all.indices.contains(index) else { break }
            let style: CellStyle
            switch all[index].role {
            case .title: style = theme[.header]
            case .meta: style = theme[.dim]
            case .body: style = theme[.help]
            }
            grid.put(all[index].text, column: area.x, row: area.y + line, style: style,
                     maxColumns: area.width)
        }
    }

    /// "All", "Top", "End" or a percentage, like a pager.
    static func position(scroll: Int, total: Int, visible: Int) -> String {
        if total <= visible { return "All" }
        if scroll <= 0 { return "Top" }
        if scroll + visible >= total { return "End" }
        return "\(scroll * 100 / max(1, total - visible))%"
    }
}
