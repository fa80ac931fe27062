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

/// Makes the rows of a lazily added item from its target. The first row becomes the `.item`
/// row, the rest `.detail` rows; it must give as many rows as the item was added with.
typealias PaneRowMaker = @Sendable (_ target: ItemTarget?) -> [PaneRow]

/// The rows of one pane and its selectable items.
///
/// Rows are made when they are drawn, not when the content is built: an item is added with
/// its target and its height (`appendItem(target:rows:)`), and the pane's `PaneRowMaker` makes
/// its rows when they come into view. So a pane of a million quotes costs a few arrays of
/// integers, and the text of the screenful shown. Headers and small panes (`appendItem(_:details:target:)`)
/// keep their rows as made.
struct PaneContent: Sendable {
    /// Header rows, and the row index of each (ascending).
    private var headerRows: [PaneRow] = []
    private var headerPositions: [Int] = []
    /// For each item, its first row and how many rows it has.
    private var itemStarts: [Int] = []
    private var itemHeights: [UInt16] = []
    /// For each item, what Enter opens (nil when the item is not one document or event).
    private(set) var itemTargets: [ItemTarget?] = []
    /// Rows of the items added with their rows, by item.
    private var madeRows: [Int: [PaneRow]] = [:]
    private var maker: PaneRowMaker?
    /// Says what `maker` makes, for equality ("quotes 60").
    private var makerKey = ""
    /// Rows in all.
    private(set) var rowCount = 0
    /// Per-day counts for the Timeline pane's activity sparkline.
    var activity: Activity?
    /// What the pane says when it has no rows.
    var emptyText: String

    init(emptyText: String) { self.emptyText = emptyText }

    /// A content whose lazily added items are made by `maker`; `key` names what it makes, so
    /// that two contents with the same items and key are equal.
    init(emptyText: String, key: String, maker: @escaping PaneRowMaker) {
        self.emptyText = emptyText; self.makerKey = key; self.maker = maker
    }

    var itemCount: Int { itemStarts.count }
    var isEmpty: Bool { rowCount == 0 }

    mutating func appendHeader(_ text: String, role: ThemeRole? = nil, secondary: String = "",
                               trailing: String = "", marks: [Int] = []) {
        var row = PaneRow(kind: .header, text: text, textRole: role, secondary: secondary, trailing: trailing)
        row.marks = marks
        headerPositions.append(rowCount)
        headerRows.append(row)
        rowCount += 1
    }

    /// Adds an item made of one `.item` row and any `.detail` rows, kept as they are.
    mutating func appendItem(_ first: PaneRow, details: [PaneRow] = [], target: ItemTarget?) {
        madeRows[itemStarts.count] = [first] + details
        appendItem(target: target, rows: 1 + details.count)
    }

    /// Adds an item of `rows` rows that the maker makes when they are shown.
    mutating func appendItem(target: ItemTarget?, rows: Int) {
        itemStarts.append(rowCount)
        itemHeights.append(UInt16(clamping: max(1, rows)))
        itemTargets.append(target)
        rowCount += max(1, rows)
    }

    /// What Enter opens on `item`.
    func target(ofItem item: Int) -> ItemTarget? {
        itemTargets.indices.contains(item) ? itemTargets[item] : nil
    }

    /// The rows `item` spans.
    func rowRange(ofItem item: Int) -> Range<Int> {
        guard itemStarts.indices.contains(item) else { return 0..<0 }
        return itemStarts[item]..<(itemStarts[item] + Int(itemHeights[item]))
    }

    /// The rows of `item`, made now.
    func rows(ofItem item: Int) -> [PaneRow] {
        guard itemStarts.indices.contains(item) else { return [] }
        let height = Int(itemHeights[item])
        var rows = madeRows[item] ?? maker?(itemTargets[item]) ?? []
        if rows.count > height { rows.removeLast(rows.count - height) }
        while rows.count < height { rows.append(PaneRow(kind: .detail, text: "")) }
        for index in rows.indices {
            rows[index].kind = index == 0 ? .item : .detail
            rows[index].item = item
        }
        return rows
    }

    /// The first row of `item`.
    func firstRow(ofItem item: Int) -> PaneRow? { rows(ofItem: item).first }

    /// The item that row `row` belongs to (nil for a header or past the end).
    func item(atRow row: Int) -> Int? {
        guard row >= 0, row < rowCount, let item = lastItem(startingAtOrBefore: row) else { return nil }
        return rowRange(ofItem: item).contains(row) ? item : nil
    }

    /// Rows `range` (clipped to the content), each made once.
    func rows(in range: Range<Int>) -> [PaneRow] {
        let range = range.clamped(to: 0..<rowCount)
        var rows: [PaneRow] = []
        rows.reserveCapacity(range.count)
        var row = range.lowerBound
        var header = firstIndex(in: headerPositions, atOrAfter: row)
        while row < range.upperBound {
            if header < headerPositions.count && headerPositions[header] == row {
                rows.append(headerRows[header])
                header += 1
                row += 1
                continue
            }
            guard let item = item(atRow: row) else { break }
            let itemRange = rowRange(ofItem: item)
            let made = self.rows(ofItem: item)
            for index in row..<min(itemRange.upperBound, range.upperBound) {
                rows.append(made[index - itemRange.lowerBound])
            }
            row = itemRange.upperBound
        }
        return rows
    }

    /// Every row, made now: for tests and small panes.
    var rows: [PaneRow] { rows(in: 0..<rowCount) }

    /// The row each item spans, for every item: for tests and small panes.
    var itemRows: [Range<Int>] { itemStarts.indices.map(rowRange(ofItem:)) }

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
        let range = rowRange(ofItem: item)
        guard !range.isEmpty else { return range }
        let header = firstIndex(in: headerPositions, atOrAfter: range.lowerBound - 1)
        if range.lowerBound > 0 && header < headerPositions.count && headerPositions[header] == range.lowerBound - 1 {
            return (range.lowerBound - 1)..<range.upperBound
        }
        return range
    }

    /// The first item whose first row is at or after `row`, else the last item.
    func item(atOrAfterRow row: Int) -> Int? {
        guard !itemStarts.isEmpty else { return nil }
        let index = firstIndex(in: itemStarts, atOrAfter: row)
        return index < itemStarts.count ? index : itemStarts.count - 1
    }

    /// The last item whose first row is at or before `row`, else the first item.
    func item(atOrBeforeRow row: Int) -> Int? {
        guard !itemStarts.isEmpty else { return nil }
        return lastItem(startingAtOrBefore: row) ?? 0
    }

    /// The last item whose last row is at or before `row` (exclusive end `row`).
    func lastItem(endingAtOrBefore row: Int) -> Int? {
        guard let item = lastItem(startingAtOrBefore: row) else { return nil }
        if rowRange(ofItem: item).upperBound <= row { return item }
        return item > 0 ? item - 1 : nil
    }

    private func lastItem(startingAtOrBefore row: Int) -> Int? {
        let after = firstIndex(in: itemStarts, atOrAfter: row + 1)
        return after > 0 ? after - 1 : nil
    }

    /// The first index of the ascending `values` whose value is at least `value`.
    private func firstIndex(in values: [Int], atOrAfter value: Int) -> Int {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension PaneContent: Equatable {
    static func == (a: PaneContent, b: PaneContent) -> Bool {
        a.rowCount == b.rowCount && a.makerKey == b.makerKey && a.emptyText == b.emptyText
            && a.activity == b.activity && a.headerPositions == b.headerPositions && a.headerRows == b.headerRows
            && a.itemStarts == b.itemStarts && a.itemHeights == b.itemHeights && a.itemTargets == b.itemTargets
            && a.madeRows == b.madeRows
    }
}

/// The contents of all three panes, derived from the corpus.
struct PaneContents: Sendable, Equatable {
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
