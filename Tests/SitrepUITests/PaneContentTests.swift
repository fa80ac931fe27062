import SitrepCore
import Testing
@testable import SitrepUI

/// `PaneContent`'s lookups (row -> item, item -> rows, targets, the items around a row) on
/// contents made of headers, runs of uniform items, runs of items of varying heights and single
/// items, checked against a plain list of every row.
@Suite("Pane content")
struct PaneContentTests {
    /// What the plain model knows of each row: the header text, or the item and its target.
    enum PlainRow: Equatable {
        case header(String)
        case item(Int, ItemTarget?)
    }

    /// A content and the same content as a plain list of rows, built from a seed.
    static func build(seed: UInt64) -> (PaneContent, [PlainRow]) {
        var rng = SplitMix64(seed: seed)
        func next(_ bound: Int) -> Int { Int(rng.next() % UInt64(bound)) }
        var content = PaneContent(emptyText: "empty", key: "test") { target in
            [PaneRow(kind: .item, text: "\(String(describing: target))")]
        }
        var plain: [PlainRow] = []
        var item = 0
        func add(_ target: ItemTarget?, rows: Int) {
            for _ in 0..<rows { plain.append(.item(item, target)) }
            item += 1
        }
        for group in 0..<(3 + next(12)) {
            if next(4) != 0 {
                content.appendHeader("heading \(group)")
                plain.append(.header("heading \(group)"))
            }
            switch next(5) {
            case 0:
                let start = next(50), count = next(6)
                let height = 1 + next(3)
                content.appendItems(.entries(start..<(start + count)), rowsEach: height)
                for entry in start..<(start + count) { add(.timelineEntry(entry), rows: height) }
            case 1:
                let entries = (0..<next(5)).map { _ in next(100) }
                content.appendItems(.entryList(entries), rowsEach: 1)
                for entry in entries { add(.timelineEntry(entry), rows: 1) }
            case 2:
                let quotes = (0..<next(5)).map { _ in QuoteReference(document: next(9), quote: next(4)) }
                let heights = quotes.map { _ in 1 + next(4) }
                content.appendItems(.quotes(quotes), rows: heights)
                for (quote, height) in zip(quotes, heights) {
                    add(.quote(document: quote.document, quote: quote.quote), rows: height)
                }
            case 3:
                for _ in 0..<next(4) {
                    let target: ItemTarget? = next(3) == 0 ? nil : .document(next(20))
                    let height = 1 + next(3)
                    content.appendItem(target: target, rows: height)
                    add(target, rows: height)
                }
            default:
                let place = next(1000)
                let details = (0..<next(3)).map { PaneRow(kind: .detail, text: "detail \($0)") }
                content.appendItem(PaneRow(kind: .item, text: "place \(place)"), details: details, target: .place(place))
                add(.place(place), rows: 1 + details.count)
            }
        }
        return (content, plain)
    }

    @Test(arguments: 0..<40)
    func lookupsAgreeWithEveryRowListed(seed: Int) {
        let (content, plain) = Self.build(seed: UInt64(seed) &* 7919 &+ 1)
        let items = plain.compactMap { row -> Int? in if case .item(let i, _) = row { return i }; return nil }
        let itemCount = (items.max() ?? -1) + 1
        #expect(content.rowCount == plain.count)
        #expect(content.itemCount == itemCount)
        #expect(content.itemTargets.count == itemCount)
        for item in 0..<itemCount {
            let rows = plain.indices.filter { if case .item(item, _) = plain[$0] { return true }; return false }
            #expect(content.rowRange(ofItem: item) == rows.first!..<(rows.last! + 1))
            guard case .item(_, let target) = plain[rows.first!] else { continue }
            #expect(content.target(ofItem: item) == target)
            #expect(content.itemTargets[item] == target)
            // The first item with this target, found run by run, is the first in the plain list.
            let first = plain.compactMap { row -> Int? in
                if case .item(let i, let t) = row, t == target { return i }; return nil
            }.first
            #expect(content.itemTargets.firstIndex(of: target) == first)
            let made = content.rows(ofItem: item)
            #expect(made.count == rows.count)
            #expect(made.first?.kind == .item && made.allSatisfy { $0.item == item })
        }
        for row in -1...(plain.count + 1) {
            let inside = plain.indices.contains(row)
            let owner: Int? = inside ? { if case .item(let i, _) = plain[row] { return i }; return nil }() : nil
            #expect(content.item(atRow: row) == owner, "row \(row)")
            // Items starting at or before / at or after the row, and ending at or before it.
            let starts = (0..<itemCount).map { content.rowRange(ofItem: $0).lowerBound }
            let before = starts.lastIndex { $0 <= row } ?? (itemCount > 0 ? 0 : nil)
            #expect(content.item(atOrBeforeRow: row) == before, "row \(row)")
            let after = starts.firstIndex { $0 >= row } ?? (itemCount > 0 ? itemCount - 1 : nil)
            #expect(content.item(atOrAfterRow: row) == after, "row \(row)")
            let ended = (0..<itemCount).last { content.rowRange(ofItem: $0).upperBound <= row }
            #expect(content.lastItem(endingAtOrBefore: row) == ended, "row \(row)")
        }
        // Every row, made in one go, in order: headers where they were put, items' own rows.
        let made = content.rows
        #expect(made.count == plain.count)
        for (row, expected) in zip(made, plain) {
            switch expected {
            case .header(let text): #expect(row.kind == .header && row.text == text)
            case .item(let item, _): #expect(row.item == item)
            }
        }
    }

    @Test func aHeaderBetweenSingleItemsStartsANewRun() {
        var content = PaneContent(emptyText: "")
        content.appendItem(target: .document(0), rows: 2)
        content.appendItem(target: .document(1), rows: 1)
        content.appendHeader("between")
        content.appendItem(target: .document(2), rows: 1)
        #expect(content.rowCount == 5)
        #expect(content.rowRange(ofItem: 1) == 2..<3)
        #expect(content.item(atRow: 3) == nil)
        #expect(content.rowRange(ofItem: 2) == 4..<5)
        #expect(content.visibleRange(ofItem: 2) == 3..<5)
        #expect(content.itemTargets.firstIndex(of: .document(2)) == 2)
    }

    @Test func emptyRunsAddNothing() {
        var content = PaneContent(emptyText: "")
        content.appendItems(.quotes([]), rowsEach: 2)
        content.appendItems(.entries(4..<4), rows: [])
        #expect(content.isEmpty && content.itemCount == 0)
        #expect(content.item(atOrAfterRow: 0) == nil && content.item(atRow: 0) == nil)
    }

    @Test func contentsBuiltAlikeAreEqual() {
        let (a, _) = Self.build(seed: 5), (b, _) = Self.build(seed: 5), (c, _) = Self.build(seed: 6)
        #expect(a == b)
        #expect(a != c)
    }
}
