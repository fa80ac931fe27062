/// The bottom row: document, event and problem counts, what has focus, the date filter, the
/// status message, and the key hints ("? help  q quit") at the right. While a date prompt is
/// open the row is the prompt: "jump to date: apr 14▌", with what Enter and Esc do.
enum StatusBar {
    typealias Segment = (text: String, style: CellStyle)

    /// The bar's styles, with the bar's background kept under the coloured words.
    struct Styles {
        var bar, key, warning, accent, cursor: CellStyle

        init(theme: Theme) {
            bar = theme[.statusBar]
            key = theme[.statusKey]
            warning = theme[.warning]
            accent = theme[.statusKey]
            cursor = theme[.text]
            if bar.background != .terminalDefault || bar.reverse {
                for keyPath in [\Styles.key, \Styles.warning, \Styles.accent] {
                    self[keyPath: keyPath].background = bar.background
                    self[keyPath: keyPath].reverse = bar.reverse
                }
            }
            if cursor == bar { cursor.reverse.toggle() }
        }
    }

    static func draw(in rect: Rect, state: ViewState, grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let styles = Styles(theme: state.theme)
        grid.fill(rect, style: styles.bar)
        if let prompt = state.prompt {
            drawPrompt(prompt, in: rect, styles: styles, grid: &grid)
            return
        }
        // Narrow: shorter words, and no pane name when the tab strip already shows it.
        let narrow = rect.width < Layout.wideColumns
        let place: String? = state.helpVisible ? "Help" : state.reader != nil ? "Reader"
            : narrow ? nil : state.focus.title
        let documents: [Segment] = [(Formatting.count(state.documents.count, narrow ? "doc" : "document"),
                                     styles.bar)]
        let events: [Segment] = narrow || state.model.timeline.isEmpty ? []
            : [(" · " + Formatting.count(state.model.timeline.count, "event"), styles.bar)]
        let problems: [Segment] = state.problems.isEmpty ? []
            : [(" · ", styles.bar), (Formatting.count(state.problems.count, "problem"), styles.warning)]
        let live = liveSegments(state.live, narrow: narrow, styles: styles)
        let focus: [Segment] = place.map { [(" · " + $0, styles.bar)] } ?? []
        let dateFilter: [Segment] = state.dateFilter.map {
            [(" · ", styles.bar), ((narrow ? "" : "filter ") + $0.label, styles.accent)]
        } ?? []
        let placeFilter: [Segment] = state.placeFilter.map {
            [(" · ", styles.bar), ("place: " + $0.name, styles.accent)]
        } ?? []
        let speaker: [Segment] = state.speakerFilter.isEmpty ? []
            : [(" · ", styles.bar), ("speaker: " + state.speakerFilter, styles.accent)]
        let filter = dateFilter + placeFilter + speaker
        let message: [Segment] = state.statusMessage.map { $0.isEmpty ? [] : [("  " + $0, styles.bar)] } ?? []

        // The counts and the filter matter most: the hints, the event count and the pane name
        // make room for them, in that order; the message takes what is left.
        let essential = width(of: documents + problems + live + filter)
        let hintsX = drawHints(hints(for: state, styles: styles), in: rect, styles: styles,
                               leaving: essential + 4, grid: &grid)
        let room = max(0, hintsX - rect.x - 3)
        var left = documents + events + problems + live + focus + filter
        if width(of: left) > room { left = documents + problems + live + focus + filter }
        if width(of: left) > room { left = documents + problems + live + filter }
        draw(left + message, x: rect.x + 1, row: rect.y, maxColumns: room, grid: &grid)
    }

    /// A running load's progress ("extracting 120/900 ▕██  ▏"), the unseen count ("3 new since
    /// you looked") and the time of the last update ("updated 14:02:31").
    static func liveSegments(_ live: LiveStatus, narrow: Bool, styles: Styles) -> [Segment] {
        var out: [Segment] = []
        if let progress = live.progress {
            let bar = PaneRenderer.bar(progress.fraction, width: narrow ? 4 : 8)
            out += [(" · ", styles.bar), ((narrow ? "" : progress.phase.rawValue + " ") + "\(progress.done)/\(progress.total) ", styles.bar),
                    ("▕" + bar + "▏", styles.accent)]
        }
        if live.unseen > 0 {
            out += [(" · ", styles.bar), ("\(live.unseen) new" + (narrow ? "" : " since you looked"), styles.accent)]
        }
        if let last = live.lastUpdate, !narrow {
            out += [(" · updated " + Formatting.clockTime(last, in: live.timeZone), styles.bar)]
        }
        return out
    }

    /// The key hints for what is on top, as many as fit with room to spare for the counts.
    private static func hints(for state: ViewState, styles: Styles) -> [[Segment]] {
        if state.helpVisible {
            return [[("Esc", styles.key), (" close", styles.bar)], [("q", styles.key), (" quit", styles.bar)]]
        }
        if let reader = state.reader {
            var hints: [[Segment]] = [[("Esc", styles.key), (" close", styles.bar)],
                                      [("q", styles.key), (" quit", styles.bar)]]
            if reader.sourceCount > 1 {
                hints.insert([("n", styles.key), ("/", styles.bar), ("p", styles.key),
                              (" source", styles.bar)], at: 0)
            }
            return hints
        }
        var hints: [[Segment]] = [[("?", styles.key), (" help", styles.bar)],
                                  [("q", styles.key), (" quit", styles.bar)]]
        if state.dateFilter != nil || state.placeFilter != nil || !state.speakerFilter.isEmpty {
            hints.insert([("Esc", styles.key), (" clear filter", styles.bar)], at: 0)
        }
        return hints
    }

    /// Draws the hints right-aligned (two spaces apart), leaving out the last ones when they
    /// would crowd the left side (which needs `leaving` columns, and at least 14).
    /// Returns the column where they start.
    private static func drawHints(_ groups: [[Segment]], in rect: Rect, styles: Styles,
                                  leaving: Int = 14, grid: inout Grid) -> Int {
        var groups = groups
        func joined() -> [Segment] {
            groups.enumerated().flatMap { index, group in index == 0 ? group : [("  ", styles.bar)] + group }
        }
        while groups.count > 1 && width(of: joined()) + max(14, leaving) > rect.width { groups.removeLast() }
        let segments = joined()
        let hintsWidth = width(of: segments)
        let hintsX = rect.maxX - 1 - hintsWidth
        draw(segments, x: hintsX, row: rect.y, maxColumns: hintsWidth, grid: &grid)
        return hintsX
    }

    /// "jump to date: apr 14▌  — reason" on the left; "Enter jump  Esc cancel" on the right.
    private static func drawPrompt(_ prompt: Prompt, in rect: Rect, styles: Styles, grid: inout Grid) {
        let hints: [[Segment]] = [[("Enter", styles.key), (" " + prompt.enterHint, styles.bar)],
                                  [("Esc", styles.key), (" cancel", styles.bar)]]
        let hintsX = drawHints(hints, in: rect, styles: styles, grid: &grid)
        let x = rect.x + 1
        let limit = max(0, hintsX - 2 - x)
        var used = grid.put(prompt.label, column: x, row: rect.y, style: styles.key, maxColumns: limit)
        // The end of the text stays in view: a long entry scrolls left, behind a "…".
        let room = limit - used - 1
        var graphemes = Sanitizer.graphemes(of: prompt.text)
        if DisplayText.width(graphemes) > room && room > 1 {
            while DisplayText.width(graphemes) > room - 1 { graphemes.removeFirst() }
            graphemes.insert(DisplayText.ellipsis, at: 0)
        }
        used += grid.put(graphemes: graphemes, column: x + used, row: rect.y,
                         maxColumns: max(0, limit - used)) { _ in styles.bar }
        if used < limit {
            used += grid.put(" ", column: x + used, row: rect.y, style: styles.cursor)
        }
        var after: [Segment] = []
        if let error = prompt.error {
            after = [("  " + error, styles.warning)]
        } else if prompt.text.isEmpty {
            var hint = styles.bar
            hint.dim = true
            after = [(" " + prompt.placeholder, hint)]
        }
        draw(after, x: x + used, row: rect.y, maxColumns: max(0, limit - used), grid: &grid)
    }

    private static func width(of segments: [Segment]) -> Int {
        segments.reduce(0) { $0 + $1.text.displayWidth }
    }

    /// Writes the segments one after another, cutting the one that does not fit with "…".
    private static func draw(_ segments: [Segment], x: Int, row: Int, maxColumns: Int,
                             grid: inout Grid) {
        var used = 0
        for (text, style) in segments where used < maxColumns {
            used += grid.put(text, column: x + used, row: row, style: style,
                             maxColumns: maxColumns - used, overflow: .ellipsis)
        }
    }
}
