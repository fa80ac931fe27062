/// The dashboard's two functions, in the Elm shape: `update` folds a message into the state,
/// `render` draws the state into a fresh grid. Both are pure; the backend owns the terminal.
public enum Dashboard {
    /// The state after `message`. Never draws, never does I/O.
    public static func update(_ state: ViewState, _ message: Message) -> ViewState {
        var state = state
        switch message {
        case .key(let key):
            state.handle(key: key)
        case .mouse(let event):
            if state.mouseEnabled { state.handle(mouse: event) }
        case let .resize(columns, rows):
            state.columns = max(0, columns)
            state.rows = max(0, rows)
            state.reclampAll()
        case .tick(let date):
            state.live.advance(to: date)
        case let .corpusLoaded(corpus, problems):
            state.load(corpus: corpus, problems: problems)
        case let .corpusUpdated(corpus, diff, problems, date):
            state.update(corpus: corpus, diff: diff, problems: problems, at: date)
        case .progress(let progress):
            state.live.progress = progress
        }
        return state
    }

    /// The whole frame at the state's size.
    public static func render(_ state: ViewState) -> Grid {
        let theme = state.theme
        var grid = Grid(columns: state.columns, rows: state.rows,
                        fill: Cell(grapheme: " ", width: 1, style: theme[.text]))
        let layout = state.layout
        guard layout.mode != .tooSmall else {
            drawTooSmall(state, into: &grid)
            return grid
        }
        for pane in layout.visiblePanes {
            PaneRenderer.draw(pane, in: layout.frame(of: pane), state: state, grid: &grid)
        }
        if layout.mode == .tabbed { TabStrip.draw(in: layout.tabStrip, state: state, grid: &grid) }
        StatusBar.draw(in: layout.statusBar, state: state, grid: &grid)
        if state.reader != nil { ReaderOverlay.draw(state: state, grid: &grid) }
        if state.helpVisible { HelpOverlay.draw(state: state, grid: &grid) }
        return state.asciiOnly ? grid.asciiOnly() : grid
    }

    /// One centred line: "terminal too small (need 20x6)", shortened to what fits.
    private static func drawTooSmall(_ state: ViewState, into grid: inout Grid) {
        let need = "\(Layout.minimumColumns)x\(Layout.minimumRows)"
        let forms = ["terminal too small (need \(need))", "too small (need \(need))",
                     "too small: \(need) min", "need \(need)", need]
        let text = forms.first { $0.displayWidth <= state.columns } ?? need
        let width = min(text.displayWidth, state.columns)
        grid.put(text, column: (state.columns - width) / 2, row: (state.rows - 1) / 2,
                 style: state.theme[.warning], overflow: .ellipsis)
    }
}
