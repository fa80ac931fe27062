import SitrepCore

/// The three panes of the dashboard, in focus order.
public enum Pane: Int, CaseIterable, Sendable, Hashable {
    case timeline, regions, quotes

    /// The name in the pane's border, the tab strip and the status bar.
    public var title: String {
        switch self {
        case .timeline: return "Timeline"
        case .regions: return "Regions"
        case .quotes: return "Quotes"
        }
    }

    /// A short name for narrow tab strips.
    var shortTitle: String { String(title.prefix(3)) }

    /// The next pane in focus order, wrapping around.
    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .timeline }

    /// The previous pane in focus order, wrapping around.
    public var previous: Pane {
        let count = Pane.allCases.count
        return Pane(rawValue: (rawValue + count - 1) % count) ?? .timeline
    }
}

/// Where a pane's cursor is: the selected item and the first visible row.
public struct PaneCursor: Sendable, Hashable {
    /// Index of the selected item (documents, sources...), not of a screen row.
    public var selection: Int
    /// The content row shown at the top of the pane.
    public var scroll: Int

    public init(selection: Int = 0, scroll: Int = 0) {
        self.selection = selection; self.scroll = scroll
    }
}

/// The article reader overlay: which document is open and how far it is scrolled; when it was
/// opened on a timeline entry, the entry and which of its sources is shown (the event's
/// sentence and date are highlighted).
public struct ReaderState: Sendable, Hashable {
    /// Index into `ViewState.documents`.
    public var documentIndex: Int
    /// The document's id, to find it again when the corpus reloads.
    public var documentID: String
    /// The first visible line of the wrapped article.
    public var scroll: Int
    /// The timeline entry the reader was opened on, if any.
    public var entry: TimelineEntry?
    /// Which of `entry.sources` is shown.
    public var sourceIndex: Int
    /// The article wrapped at `wrapWidth` columns, kept so that scrolling a long article does
    /// not wrap it again on every key. `ViewState.refreshReader()` keeps it current.
    var lines: [ReaderOverlay.Line] = []
    /// When opened on a quote: the quote (`highlight`), the words naming its speaker
    /// (`highlightStrong`) and the speaker.
    public var quoteSpan: TextSpan?
    public var mentionSpan: TextSpan?
    public var speaker: String?
    var wrapWidth = -1

    public init(documentIndex: Int, documentID: String, scroll: Int = 0,
                entry: TimelineEntry? = nil, sourceIndex: Int = 0) {
        self.documentIndex = documentIndex; self.documentID = documentID; self.scroll = scroll
        self.entry = entry; self.sourceIndex = sourceIndex
    }

    /// The event sentence shown, when the reader is on a timeline entry.
    public var source: EventSource? {
        guard let entry, entry.sources.indices.contains(sourceIndex) else { return nil }
        return entry.sources[sourceIndex]
    }

    /// How many sources the entry has (0 when the reader was opened on a document).
    public var sourceCount: Int { entry?.sources.count ?? 0 }
}
