import SitrepCore

/// One row of a pane, before layout: text on the left, an optional right-aligned note and an
/// optional bar. Rows are width-independent; `PaneRenderer` fits them to the pane.
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
    /// Right-aligned, dim ("3 docs", "12").
    var trailing: String
    /// When false, `trailing` is left out rather than cut `text` short.
    var trailingIsEssential: Bool
    /// 0...1, drawn as a small bar at the right edge.
    var bar: Double?
    /// Columns of indentation before `text`.
    var indent: Int
    /// The item this row belongs to (nil for headers).
    var item: Int?

    init(kind: Kind, text: String, trailing: String = "", trailingIsEssential: Bool = false,
                bar: Double? = nil, indent: Int = 0, item: Int? = nil) {
        self.kind = kind; self.text = text; self.trailing = trailing
        self.trailingIsEssential = trailingIsEssential; self.bar = bar
        self.indent = indent; self.item = item
    }
}

/// The rows of one pane and its selectable items.
struct PaneContent: Sendable, Hashable {
    private(set) var rows: [PaneRow] = []
    /// For each item, the rows it spans.
    private(set) var itemRows: [Range<Int>] = []
    /// For each item, the document Enter opens (nil when the item is not one document).
    private(set) var itemDocuments: [Int?] = []
    /// What the pane says when it has no rows.
    var emptyText: String

    init(emptyText: String) { self.emptyText = emptyText }

    var itemCount: Int { itemRows.count }

    mutating func appendHeader(_ text: String, trailing: String = "") {
        rows.append(PaneRow(kind: .header, text: text, trailing: trailing))
    }

    /// Adds an item made of one `.item` row and any `.detail` rows.
    mutating func appendItem(_ first: PaneRow, details: [PaneRow] = [], document: Int?) {
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
        itemDocuments.append(document)
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

/// The contents of all three panes, derived from the documents.
struct PaneContents: Sendable, Hashable {
    var timeline: PaneContent
    var regions: PaneContent
    var quotes: PaneContent

    init(documents: [Document]) {
        timeline = TimelinePane.content(for: documents)
        regions = RegionsPane.content(for: documents)
        quotes = QuotesPane.content(for: documents)
    }

    subscript(pane: Pane) -> PaneContent {
        switch pane {
        case .timeline: return timeline
        case .regions: return regions
        case .quotes: return quotes
        }
    }
}
