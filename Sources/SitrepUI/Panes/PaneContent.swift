import SitrepCore

/// One row of a pane, before layout: text on the left, then (right-aligned) an optional
/// secondary note, a trailing note and a bar. Rows are width-independent; `PaneRenderer` fits
/// them to the pane.
struct PaneRow: Sendable, Hashable {
    /// How the row is drawn.
    enum Kind: Sendable, Hashable {
        /// A group heading (a day, "Undated"): not selectable.
        case header
        /// The first row of an item.
        case item
        /// A further, dimmer row of the same item.
        case detail
    }

    var kind: Kind
    var text: String
    /// The style of `text` when it is not the kind's usual one (a month heading, an
    /// announced event).
    var textRole: ThemeRole?
    /// Right-aligned before `trailing`, dim, and left out when the text would get too little
    /// room (an event's actor).
    var secondary: String
    /// Right-aligned, dim unless `trailingRole` says otherwise ("3 docs", "×2").
    var trailing: String
    var trailingRole: ThemeRole?
    /// When false, `trailing` is left out rather than cut `text` short.
    var trailingIsEssential: Bool
    /// 0...1, drawn as a small bar at the right edge.
    var bar: Double?
    /// Columns of indentation before `text`.
    var indent: Int
    /// The item this row belongs to (nil for headers).
    var item: Int?
    /// Graphemes of `text` drawn in the `accent` role (the letters a speaker filter matched).
    var marks: [Int] = []

    init(kind: Kind, text: String, textRole: ThemeRole? = nil, secondary: String = "",
         trailing: String = "", trailingRole: ThemeRole? = nil, trailingIsEssential: Bool = false,
         bar: Double? = nil, indent: Int = 0, item: Int? = nil) {
        self.kind = kind; self.text = text; self.textRole = textRole; self.secondary = secondary
        self.trailing = trailing; self.trailingRole = trailingRole
        self.trailingIsEssential = trailingIsEssential; self.bar = bar
        self.indent = indent; self.item = item
    }
}

/// What Enter opens on an item.
enum ItemTarget: Sendable, Hashable {
    /// A document: index into `ViewState.documents`.
    case document(Int)
    /// A timeline entry: index into the corpus's `timeline`.
    case timelineEntry(Int)
    /// A quote: the document's index and the quote's index in its extraction.
    case quote(document: Int, quote: Int)
    /// A place of the Regions pane (gazetteer id).
    case place(Int)
}

/// The rows of one pane and its selectable items.
struct PaneContent: Sendable, Hashable {
    private(set) var rows: [PaneRow] = []
    /// For each item, the rows it spans.
    private(set) var itemRows: [Range<Int>] = []
    /// For each item, what Enter opens (nil when the item is not one document or event).
    private(set) var itemTargets: [ItemTarget?] = []
    /// Per-day counts for the Timeline pane's activity sparkline.
    var activity: Activity?
    /// What the pane says when it has no rows.
    var emptyText: String

    init(emptyText: String) { self.emptyText = emptyText }

    var itemCount: Int { itemRows.count }

    mutating func appendHeader(_ text: String, role: ThemeRole? = nil, secondary: String = "",
                               trailing: String = "", marks: [Int] = []) {
        var row = PaneRow(kind: .header, text: text, textRole: role, secondary: secondary, trailing: trailing)
        row.marks = marks
        rows.append(row)
    }

    /// What Enter opens on `item`.
    func target(ofItem item: Int) -> ItemTarget? {
        itemTargets.indices.contains(item) ? itemTargets[item] : nil
    }

    /// Adds an item made of one `.item` row and any `.detail` rows.
    mutating func appendItem(_ first: PaneRow, details: [PaneRow] = [], target: ItemTarget?) {
        let item = itemRows.count
        let start = rows.count
        var row = first
        row.kind = .item
        row.item = item
        rows.append(row)
        for var detail in details {
            detail.kind = .detail
            detail.item = item
            rows.append(detail)
        }
        itemRows.append(start..<rows.count)
        itemTargets.append(target)
    }

    /// The document Enter opens on `item`, when the item is a document.
    func document(ofItem item: Int) -> Int? {
        guard itemTargets.indices.contains(item), case .document(let index)? = itemTargets[item] else {
            return nil
        }
        return index
    }

    /// The timeline entry `item` shows, when it is one.
    func entry(ofItem item: Int) -> Int? {
        guard itemTargets.indices.contains(item),
              case .timelineEntry(let index)? = itemTargets[item] else { return nil }
        return index
    }

    /// The item showing timeline entry `entry`, if it is shown.
    func item(ofEntry entry: Int) -> Int? {
        itemTargets.firstIndex(of: .timelineEntry(entry))
    }

    /// The rows to keep in view when `item` is selected: its own, plus the header just above
    /// it when it is the first of its group.
    func visibleRange(ofItem item: Int) -> Range<Int> {
        guard itemRows.indices.contains(item) else { return 0..<0 }
        let range = itemRows[item]
        if range.lowerBound > 0 && rows[range.lowerBound - 1].kind == .header {
            return (range.lowerBound - 1)..<range.upperBound
        }
        return range
    }

    /// The first item whose first row is at or after `row`, else the last item.
    func item(atOrAfterRow row: Int) -> Int? {
        guard !itemRows.isEmpty else { return nil }
        return itemRows.firstIndex { $0.lowerBound >= row } ?? itemRows.count - 1
    }

    /// The last item whose first row is at or before `row`, else the first item.
    func item(atOrBeforeRow row: Int) -> Int? {
        guard !itemRows.isEmpty else { return nil }
        return itemRows.lastIndex { $0.lowerBound <= row } ?? 0
    }
}

/// The contents of all three panes, derived from the corpus.
struct PaneContents: Sendable, Hashable {
    var timeline: PaneContent
    var regions: PaneContent
    var quotes: PaneContent

    init(model: CorpusModel, order: TimelineOrder, filter: DateRange?, place: PlaceFilter? = nil,
         speakerFilter: String = "", expanded: Set<Int> = [], quoteWidth: Int = 60) {
        timeline = TimelinePane.content(for: model, order: order, filter: filter, place: place)
        regions = RegionsPane.content(for: model, expanded: expanded, filter: place)
        quotes = QuotesPane.content(for: model, speakerFilter: speakerFilter, place: place, width: quoteWidth)
    }

    subscript(pane: Pane) -> PaneContent {
        switch pane {
        case .timeline: return timeline
        case .regions: return regions
        case .quotes: return quotes
        }
    }
}
