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

/// What Enter opens on each item of a run of items added together, kept in the form the model
/// gives it (a range, or an array the model already holds), so that adding a run costs the same
/// for ten items as for a million.
enum RunTargets: Sendable, Equatable {
    /// Timeline entries `range` (indices into the corpus's timeline).
    case entries(Range<Int>)
    /// Timeline entries, by index.
    case entryList([Int])
    /// Quotes (a speaker's, as `SpeakerIndex` keeps them).
    case quotes([QuoteReference])
    /// Any targets, one per item.
    case list([ItemTarget?])

    var count: Int {
        switch self {
        case .entries(let range): return range.count
        case .entryList(let list): return list.count
        case .quotes(let list): return list.count
        case .list(let list): return list.count
        }
    }

    subscript(offset: Int) -> ItemTarget? {
        switch self {
        case .entries(let range): return .timelineEntry(range.lowerBound + offset)
        case .entryList(let list): return .timelineEntry(list[offset])
        case .quotes(let list): return .quote(document: list[offset].document, quote: list[offset].quote)
        case .list(let list): return list[offset]
        }
    }

    /// The offset of the first item whose target is `target`, looked for without making the
    /// other items' targets.
    func firstOffset(of target: ItemTarget?) -> Int? {
        switch (self, target) {
        case (.entries(let range), .timelineEntry(let entry)?):
            return range.contains(entry) ? entry - range.lowerBound : nil
        case (.entryList(let list), .timelineEntry(let entry)?):
            return list.firstIndex(of: entry)
        case (.quotes(let list), .quote(let d, let q)?):
            return list.firstIndex(of: QuoteReference(document: d, quote: q))
        case (.list(let list), _):
            return list.firstIndex(of: target)
        default:
            return nil
        }
    }
}

/// The rows of one pane and its selectable items.
///
/// Rows are made when they are drawn, not when the content is built: items are added with
/// their targets and heights, in runs (`appendItems(_:rowsEach:)`: a date's timeline entries,
/// a speaker's quotes), and the pane's `PaneRowMaker` makes an item's rows when they come into
/// view. A run keeps its targets as the model gives them, so a pane of a million quotes costs
/// one small record per speaker, and the text of the screenful shown. Headers and small panes
/// (`appendItem(_:details:target:)`) keep their rows as made.
struct PaneContent: Sendable {
    /// Items added together: consecutive items and rows, with no header between them.
    private struct Run: Sendable, Equatable {
        var firstItem: Int
        var firstRow: Int
        var targets: RunTargets
        /// Rows per item when every item of the run has as many; 0 when `starts` says.
        var height: Int
        /// Otherwise each item's first row (relative to `firstRow`), then the run's row count.
        var starts: [Int]

        var itemCount: Int { targets.count }
        var rowCount: Int { height > 0 ? height * itemCount : starts.last ?? 0 }
        func start(ofItem k: Int) -> Int { height > 0 ? k * height : starts[k] }
        func height(ofItem k: Int) -> Int { height > 0 ? height : starts[k + 1] - starts[k] }

        /// The last item whose first row (relative) is at or before `row` (itself at least 0).
        func lastItem(startingAtOrBefore row: Int) -> Int {
            if height > 0 { return min(itemCount - 1, row / height) }
            return min(itemCount - 1, PaneContent.firstIndex(in: starts, atOrAfter: row + 1) - 1)
        }
    }

    /// Header rows, and the row index of each (ascending).
    private var headerRows: [PaneRow] = []
    private var headerPositions: [Int] = []
    /// The items, run by run, in order.
    private var runs: [Run] = []
    /// Rows of the items added with their rows, by item.
    private var madeRows: [Int: [PaneRow]] = [:]
    private var maker: PaneRowMaker?
    /// Says what `maker` makes, for equality ("quotes 60").
    private var makerKey = ""
    /// Items and rows in all.
    private(set) var itemCount = 0
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
        madeRows[itemCount] = [first] + details
        appendItem(target: target, rows: 1 + details.count)
    }

    /// Adds an item of `rows` rows that the maker makes when they are shown.
    mutating func appendItem(target: ItemTarget?, rows: Int) {
        let rows = Self.clamped(rows)
        if var last = runs.last, case .list(var targets) = last.targets, last.height == 0,
           last.firstRow + last.rowCount == rowCount {
            // Goes on the run of single items just before it (taken out, so it grows in place).
            runs[runs.count - 1].targets = .list([])
            targets.append(target)
            last.targets = .list(targets)
            last.starts.append(last.starts[last.starts.count - 1] + rows)
            runs[runs.count - 1] = last
        } else {
            runs.append(Run(firstItem: itemCount, firstRow: rowCount, targets: .list([target]), height: 0, starts: [0, rows]))
        }
        itemCount += 1
        rowCount += rows
    }

    /// Adds `targets.count` items of `rowsEach` rows each, made by the maker when shown.
    mutating func appendItems(_ targets: RunTargets, rowsEach: Int) {
        guard targets.count > 0 else { return }
        let run = Run(firstItem: itemCount, firstRow: rowCount, targets: targets, height: Self.clamped(rowsEach), starts: [])
        runs.append(run)
        itemCount += run.itemCount
        rowCount += run.rowCount
    }

    /// Adds one item per target, of `rows[k]` rows each, made by the maker when shown.
    mutating func appendItems(_ targets: RunTargets, rows: [Int]) {
        precondition(targets.count == rows.count, "one height per item")
        guard targets.count > 0 else { return }
        var starts = [0]
        starts.reserveCapacity(rows.count + 1)
        for height in rows { starts.append(starts[starts.count - 1] + Self.clamped(height)) }
        let run = Run(firstItem: itemCount, firstRow: rowCount, targets: targets, height: 0, starts: starts)
        runs.append(run)
        itemCount += run.itemCount
        rowCount += run.rowCount
    }

    /// An item's height: at least one row, at most what a row count can say.
    private static func clamped(_ rows: Int) -> Int { min(Int(UInt16.max), max(1, rows)) }

    /// The run holding `item` (which must be an item of the content).
    private func run(holding item: Int) -> Int {
        var low = 0, high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].firstItem <= item { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Every item's target, in order: a view over the runs, not a copy.
    var itemTargets: ItemTargets { ItemTargets(content: self) }

    /// A collection of the targets of a content's items, by item.
    struct ItemTargets: RandomAccessCollection {
        fileprivate let content: PaneContent
        var startIndex: Int { 0 }
        var endIndex: Int { content.itemCount }
        subscript(item: Int) -> ItemTarget? { content.target(ofItem: item) }

        /// The first item whose target is `target`: run by run, without making every target.
        func firstIndex(of target: ItemTarget?) -> Int? {
            for run in content.runs {
                if let offset = run.targets.firstOffset(of: target) { return run.firstItem + offset }
            }
            return nil
        }
    }

    /// What Enter opens on `item`.
    func target(ofItem item: Int) -> ItemTarget? {
        guard item >= 0, item < itemCount else { return nil }
        let run = runs[run(holding: item)]
        return run.targets[item - run.firstItem]
    }

    /// The rows `item` spans.
    func rowRange(ofItem item: Int) -> Range<Int> {
        guard item >= 0, item < itemCount else { return 0..<0 }
        let run = runs[run(holding: item)]
        let k = item - run.firstItem
        let first = run.firstRow + run.start(ofItem: k)
        return first..<(first + run.height(ofItem: k))
    }

    /// The rows of `item`, made now.
    func rows(ofItem item: Int) -> [PaneRow] {
        guard item >= 0, item < itemCount else { return [] }
        let height = rowRange(ofItem: item).count
        var rows = madeRows[item] ?? maker?(target(ofItem: item)) ?? []
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
        var header = Self.firstIndex(in: headerPositions, atOrAfter: row)
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
    var itemRows: [Range<Int>] { (0..<itemCount).map(rowRange(ofItem:)) }

    /// The document Enter opens on `item`, when the item is a document.
    func document(ofItem item: Int) -> Int? {
        guard case .document(let index)? = target(ofItem: item) else { return nil }
        return index
    }

    /// The timeline entry `item` shows, when it is one.
    func entry(ofItem item: Int) -> Int? {
        guard case .timelineEntry(let index)? = target(ofItem: item) else { return nil }
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
        let header = Self.firstIndex(in: headerPositions, atOrAfter: range.lowerBound - 1)
        if range.lowerBound > 0 && header < headerPositions.count && headerPositions[header] == range.lowerBound - 1 {
            return (range.lowerBound - 1)..<range.upperBound
        }
        return range
    }

    /// The first item whose first row is at or after `row`, else the last item.
    func item(atOrAfterRow row: Int) -> Int? {
        guard itemCount > 0 else { return nil }
        let index = lastItem(startingAtOrBefore: row - 1).map { $0 + 1 } ?? 0
        return index < itemCount ? index : itemCount - 1
    }

    /// The last item whose first row is at or before `row`, else the first item.
    func item(atOrBeforeRow row: Int) -> Int? {
        guard itemCount > 0 else { return nil }
        return lastItem(startingAtOrBefore: row) ?? 0
    }

    /// The last item whose last row is at or before `row` (exclusive end `row`).
    func lastItem(endingAtOrBefore row: Int) -> Int? {
        guard let item = lastItem(startingAtOrBefore: row) else { return nil }
        if rowRange(ofItem: item).upperBound <= row { return item }
        return item > 0 ? item - 1 : nil
    }

    private func lastItem(startingAtOrBefore row: Int) -> Int? {
        // The last run starting at or before the row, then the last of its items that does.
        let r = Self.lastIndex(in: runs, atOrBefore: row)
        guard r >= 0 else { return nil }
        let run = runs[r]
        return run.firstItem + run.lastItem(startingAtOrBefore: row - run.firstRow)
    }

    /// The last run whose first row is at or before `row`, or -1.
    private static func lastIndex(in runs: [Run], atOrBefore row: Int) -> Int {
        var low = 0, high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].firstRow <= row { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }

    /// The first index of the ascending `values` whose value is at least `value`.
    fileprivate static func firstIndex(in values: [Int], atOrAfter value: Int) -> Int {
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
        a.rowCount == b.rowCount && a.itemCount == b.itemCount && a.makerKey == b.makerKey
            && a.emptyText == b.emptyText && a.activity == b.activity
            && a.headerPositions == b.headerPositions && a.headerRows == b.headerRows
            && a.runs == b.runs && a.madeRows == b.madeRows
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
