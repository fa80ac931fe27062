import SitrepCore

/// Everything the dashboard shows, as plain data: `Dashboard.update` changes it,
/// `Dashboard.render` draws it. No terminal, no I/O.
///
/// Build the first one with `ViewState(corpus:problems:columns:rows:theme:mouseEnabled:)`
/// (or empty and send `.corpusLoaded` later); the backend then sends `.resize` when the
/// terminal size changes.
public struct ViewState: Sendable, Equatable {
    /// What the model made of the documents: their extractions and the merged timeline.
    public var corpus: Corpus {
        get { model.corpus }
        set { model = CorpusModel(newValue) }
    }
    /// The corpus with its lookups; every pane's rows are rebuilt when it changes.
    private(set) var model: CorpusModel {
        didSet { rebuildAll() }
    }
    /// Problems met reading the inputs (shown as a count in the status bar).
    public var problems: [IngestProblem]
    /// The pane that receives keys.
    public var focus: Pane {
        didSet { if focus != oldValue && layout.mode == .tabbed { rebuildQuotes() } }
    }
    /// Per-pane selection and scroll.
    public var timeline: PaneCursor
    public var regions: PaneCursor
    public var quotes: PaneCursor
    /// Oldest or newest entry first in the Timeline pane (`o`).
    public var timelineOrder: TimelineOrder {
        didSet { rebuildTimeline() }
    }
    /// The dates the Timeline pane shows (`f`); nil for all.
    public var dateFilter: DateRange? {
        didSet { rebuildTimeline() }
    }
    /// The place chosen in the Regions pane (Enter): the Timeline shows the events whose
    /// sentences name it (or a place inside it), the Quotes pane the quotes of the documents
    /// that name it. Esc clears it.
    public var placeFilter: PlaceFilter? {
        didSet { rebuildAll() }
    }
    /// The speaker filter of the Quotes pane (`/`, `s`), typed live; empty for all speakers.
    public var speakerFilter: String {
        didSet { rebuildQuotes() }
    }
    /// The Regions pane's open places (gazetteer ids).
    public var expandedPlaces: Set<Int> {
        didSet { contents.regions = RegionsPane.content(for: model, expanded: expandedPlaces, filter: placeFilter) }
    }
    /// The date prompt in the status bar (`d`, `f`), when open.
    public var prompt: Prompt?
    /// The `?` overlay, and how far it is scrolled.
    public var helpVisible: Bool
    public var helpScroll: Int
    /// The article reader overlay, when open.
    public var reader: ReaderState?
    /// The terminal size in cells.
    public var columns: Int {
        didSet { if columns != oldValue { rebuildQuotes() } }
    }
    public var rows: Int {
        didSet { if rows != oldValue { rebuildQuotes() } }
    }
    public var theme: Theme
    /// When false, mouse messages are ignored (`--no-mouse`).
    public var mouseEnabled: Bool
    /// Draw with ASCII characters only (`--ascii`, or a locale without UTF-8): the Regions map
    /// in dots and letters instead of Braille, every other symbol by its nearest ASCII
    /// (`Grid.asciiOnly`).
    public var asciiOnly = false
    /// Set by `q` / Ctrl-C: the backend restores the terminal and exits.
    public var quitRequested: Bool
    /// One line for the status bar ("12 documents loaded"); nil for none.
    public var statusMessage: String?
    /// Arrivals, the unseen count, the last update and a running load's progress.
    public var live: LiveStatus

    /// The rows each pane shows, rebuilt whenever the corpus, the order or the filter changes.
    private(set) var contents: PaneContents

    public init(corpus: Corpus = Corpus(), problems: [IngestProblem] = [],
                columns: Int = 80, rows: Int = 24, theme: Theme = .fallback,
                mouseEnabled: Bool = true, focus: Pane = .timeline, statusMessage: String? = nil) {
        let model = CorpusModel(corpus)
        self.model = model
        self.problems = problems
        self.focus = focus
        self.timeline = PaneCursor()
        self.regions = PaneCursor()
        self.quotes = PaneCursor()
        self.timelineOrder = .oldestFirst
        self.dateFilter = nil
        self.placeFilter = nil
        self.speakerFilter = ""
        self.expandedPlaces = []
        self.prompt = nil
        self.helpVisible = false
        self.helpScroll = 0
        self.reader = nil
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.theme = theme
        self.mouseEnabled = mouseEnabled
        self.quitRequested = false
        self.statusMessage = statusMessage
        self.live = LiveStatus()
        self.contents = PaneContents(model: model, order: .oldestFirst, filter: nil,
                                     quoteWidth: Self.quoteWidth(columns: columns, rows: rows, focus: focus))
    }

    /// A state on `documents`, running the model on them first (`Corpus(documents:)`, all
    /// cores). Handy for tests and small inputs; the app builds the `Corpus` off the UI thread.
    public init(documents: [Document], problems: [IngestProblem] = [],
                columns: Int = 80, rows: Int = 24, theme: Theme = .fallback,
                mouseEnabled: Bool = true, focus: Pane = .timeline, statusMessage: String? = nil) {
        self.init(corpus: Corpus(documents: documents), problems: problems, columns: columns,
                  rows: rows, theme: theme, mouseEnabled: mouseEnabled, focus: focus,
                  statusMessage: statusMessage)
    }

    /// The documents of the corpus, in input order.
    public var documents: [Document] { model.documents }

    /// The cursor of `pane`.
    public subscript(cursor pane: Pane) -> PaneCursor {
        get {
            switch pane {
            case .timeline: return timeline
            case .regions: return regions
            case .quotes: return quotes
            }
        }
        set {
            switch pane {
            case .timeline: timeline = newValue
            case .regions: regions = newValue
            case .quotes: quotes = newValue
            }
        }
    }

    /// The document open in the reader, if any.
    public var readerDocument: Document? {
        guard let reader, documents.indices.contains(reader.documentIndex) else { return nil }
        return documents[reader.documentIndex]
    }

    /// The timeline entry selected in the Timeline pane, if any.
    public var selectedEntry: TimelineEntry? {
        contents.timeline.entry(ofItem: timeline.selection).map { model.timeline[$0] }
    }

    private mutating func rebuildTimeline() {
        contents.timeline = TimelinePane.content(for: model, order: timelineOrder, filter: dateFilter,
                                                 place: placeFilter)
    }

    private mutating func rebuildAll() {
        contents = PaneContents(model: model, order: timelineOrder, filter: dateFilter, place: placeFilter,
                                speakerFilter: speakerFilter, expanded: expandedPlaces, quoteWidth: quoteWidth)
    }

    /// The columns a quote's text gets in the Quotes pane at the current size.
    var quoteWidth: Int { Self.quoteWidth(columns: columns, rows: rows, focus: focus) }

    static func quoteWidth(columns: Int, rows: Int, focus: Pane) -> Int {
        let frame = Layout(columns: max(0, columns), rows: max(0, rows), focus: focus).frame(of: .quotes).width
        return max(12, (frame > 0 ? frame : columns) - 6)
    }

    private mutating func rebuildQuotes() {
        contents.quotes = QuotesPane.content(for: model, speakerFilter: speakerFilter, place: placeFilter,
                                             width: quoteWidth)
    }
}
