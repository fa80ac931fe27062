import SitrepCore

/// The article reader: a box over the panes with the document's title, date, where the date
/// came from, its source and id, and the text wrapped to the box. Scrolls by line.
///
/// Opened on a timeline entry, it also pins a header row ("source 1 of 3 · title · date"),
/// names the event's date in its border, and highlights the event's sentence (`highlight`)
/// and the date words in it (`highlightStrong`). The highlight is computed per grapheme from
/// the model's scalar offsets, so it never splits a grapheme and stays aligned with wide
/// characters.
enum ReaderOverlay {
    /// One wrapped line and how to draw it.
    struct Line: Hashable, Sendable {
        enum Role: Hashable, Sendable { case title, meta, body }
        var graphemes: [PlacedGrapheme]
        var role: Role

        var text: String { DisplayText.join(graphemes.map(\.grapheme)) }

        /// The scalars of the document's text this line shows; nil for the title and meta
        /// lines and for empty lines.
        var scalars: Range<Int>? {
            guard role == .body, let first = graphemes.first, let last = graphemes.last else { return nil }
            return first.scalars.lowerBound..<last.scalars.upperBound
        }
    }

    /// The box, leaving the status bar visible.
    static func frame(columns: Int, rows: Int) -> Rect {
        let margin = rows >= 16 ? 1 : 0
        let width = columns >= 60 ? min(columns - 8, 96) : columns
        return Rect(x: (columns - width) / 2, y: margin, width: width,
                    height: max(0, rows - 1 - 2 * margin))
    }

    /// Inside the box, with one column of padding when there is room.
    static func contentArea(columns: Int, rows: Int) -> Rect {
        let inner = frame(columns: columns, rows: rows).inner
        return inner.width >= 30 ? inner.inset(columns: 1, rows: 0) : inner
    }

    /// Rows the pinned source header takes: the header, and a rule under it when the box is
    /// tall enough to spare one.
    static func pinnedRows(in area: Rect) -> Int {
        area.height >= 12 ? 2 : area.height >= 3 ? 1 : 0
    }

    /// Where the scrolling text goes: below the pinned source header when there is one.
    static func textArea(columns: Int, rows: Int, pinnedHeader: Bool) -> Rect {
        var area = contentArea(columns: columns, rows: rows)
        if pinnedHeader {
            let pinned = pinnedRows(in: area)
            area.y += pinned
            area.height -= pinned
        }
        return area
    }

    static func textArea(of state: ViewState) -> Rect {
        textArea(columns: state.columns, rows: state.rows, pinnedHeader: state.reader?.entry != nil)
    }

    static func lines(for document: Document, width: Int) -> [Line] {
        guard width > 0 else { return [] }
        func wrapped(_ text: String, _ role: Line.Role) -> [Line] {
            DisplayText.wrapUnits(Sanitizer.placedGraphemes(of: text), toColumns: width)
                .map { Line(graphemes: $0, role: role) }
        }
        var lines = wrapped(document.displayTitle, .title)
        let day = document.date.map(Formatting.dayHeader) ?? "Undated"
        var meta = [day]
        if document.dateSource != .none { meta.append(Formatting.dateSource(document.dateSource)) }
        if let source = document.source, !source.isEmpty { meta.append(source) }
        lines += wrapped(meta.joined(separator: " · "), .meta)
        // The id, not the path: for the demo a path would point deep into the build folder.
        for location in [document.id, document.url ?? ""] where !location.isEmpty {
            lines += wrapped(location, .meta)
        }
        lines.append(Line(graphemes: [], role: .body))
        lines += DisplayText.placedLines(document.text, toColumns: width)
            .map { Line(graphemes: $0, role: .body) }
        return lines
    }

    /// The first body line showing scalar `offset`, or the line after it when the offset falls
    /// on a line break or on spaces dropped at the end of a line.
    static func lineIndex(containing offset: Int, in lines: [Line]) -> Int? {
        lines.firstIndex { line in line.scalars.map { $0.upperBound > offset } ?? false }
    }

    /// How many lines the open article has at the state's size, and how many show at once.
    static func extent(of state: ViewState) -> (lines: Int, visible: Int) {
        (lines(of: state).count, textArea(of: state).height)
    }

    /// The open article's lines at the state's size: the reader's cache when it is current.
    static func lines(of state: ViewState) -> [Line] {
        guard let reader = state.reader, let document = state.readerDocument else { return [] }
        let width = textArea(of: state).width
        return reader.wrapWidth == width ? reader.lines : lines(for: document, width: width)
    }

    static func draw(state: ViewState, grid: inout Grid) {
        guard state.readerDocument != nil, let reader = state.reader else { return }
        let theme = state.theme
        let box = frame(columns: state.columns, rows: state.rows)
        let area = textArea(of: state)
        let all = lines(of: state)
        grid.fill(box, style: theme[.help])
        grid.drawBox(box, lines: .double, style: theme[.borderFocused], title: title(of: reader),
                     titleStyle: theme[.titleFocused],
                     footer: position(scroll: reader.scroll, total: all.count, visible: area.height),
                     footerStyle: theme[.dim])
        if reader.entry != nil && area.y > contentArea(columns: state.columns, rows: state.rows).y {
            drawSourceHeader(state: state, grid: &grid)
        }
        let source = reader.source
        for line in 0..<max(0, area.height) {
            let index = reader.scroll + line
            guard all.indices.contains(index) else { break }
            let current = all[index]
            let base: CellStyle
            switch current.role {
            case .title: base = theme[.header]
            case .meta: base = theme[.dim]
            case .body: base = theme[.help]
            }
            let graphemes = current.graphemes
            grid.put(graphemes: graphemes.map(\.grapheme), column: area.x, row: area.y + line,
                     maxColumns: area.width) { position in
                guard current.role == .body else { return base }
                let grapheme = graphemes[position]
                if let mention = reader.mentionSpan, grapheme.overlaps(start: mention.start, end: mention.end) {
                    return theme[.highlightStrong]
                }
                if let quote = reader.quoteSpan, grapheme.overlaps(start: quote.start, end: quote.end) {
                    return theme[.highlight]
                }
                guard let source else { return base }
                if grapheme.overlaps(start: source.timexSpan.start, end: source.timexSpan.end) {
                    return theme[.highlightStrong]
                }
                if grapheme.overlaps(start: source.span.start, end: source.span.end) {
                    return theme[.highlight]
                }
                return base
            }
        }
    }

    /// The border's title: "Article", or the event's date ("Event · Tue 14 Apr 2026",
    /// "Event · May 2026 · announced").
    static func title(of reader: ReaderState) -> String {
        if reader.quoteSpan != nil {
            return "Quote" + (reader.speaker.map { " · " + $0 } ?? "")
        }
        guard let entry = reader.entry else { return "Article" }
        let date: String
        switch (entry.date.precision, entry.date.firstDay) {
        case (.day, let day?): date = Formatting.dayHeader(day)
        case (.month, _): date = Formatting.monthNames[(entry.date.month ?? 1) - 1] + " \(entry.date.year)"
        default: date = "\(entry.date.year)"
        }
        return "Event · " + date + (entry.isAnnounced ? " · announced" : "")
    }

    /// "source 1 of 3 · <document title> · <date>", the title cut to leave the date in view.
    static func sourceHeader(of state: ViewState, width: Int) -> [(String, ThemeRole)] {
        guard let reader = state.reader, let document = state.readerDocument else { return [] }
        let count = "source \(reader.sourceIndex + 1) of \(reader.sourceCount)"
        let date = document.date.map(Formatting.dayHeader) ?? "undated"
        let room = width - count.displayWidth - 3 - (3 + date.displayWidth)
        if room >= 12 {
            return [(count, .accent), (" · ", .dim), (document.displayTitle.truncated(toColumns: room), .help),
                    (" · " + date, .dim)]
        }
        return [(count, .accent), (" · ", .dim), (document.displayTitle, .help)]
    }

    private static func drawSourceHeader(state: ViewState, grid: inout Grid) {
        let area = contentArea(columns: state.columns, rows: state.rows)
        var x = area.x
        for (text, role) in sourceHeader(of: state, width: area.width) where x < area.maxX {
            x += grid.put(text, column: x, row: area.y, style: state.theme[role],
                          maxColumns: area.maxX - x, overflow: .ellipsis)
        }
        if pinnedRows(in: area) > 1 {
            grid.put(String(repeating: "\u{2500}", count: area.width), column: area.x, row: area.y + 1,
                     style: state.theme[.border])
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
