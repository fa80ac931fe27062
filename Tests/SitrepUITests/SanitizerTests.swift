import SitrepCore
import Testing
@testable import SitrepUI

/// Untrusted text never reaches the grid raw (DESIGN.md, "Untrusted text").
@Suite("Sanitizer")
struct SanitizerTests {
    /// Every scalar of every cell, with where it is.
    func scalars(of grid: Grid) -> [(column: Int, row: Int, value: UInt32)] {
        var found: [(Int, Int, UInt32)] = []
        for row in 0..<grid.rows {
            for column in 0..<grid.columns {
                for scalar in grid[column, row].grapheme.unicodeScalars {
                    found.append((column, row, scalar.value))
                }
            }
        }
        return found
    }

    func expectClean(_ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
        let bad = scalars(of: grid).filter { Sanitizer.isForbidden(Unicode.Scalar($0.value) ?? " ") }
        #expect(bad.isEmpty, "forbidden scalars at \(bad.prefix(5))", sourceLocation: sourceLocation)
        for cell in scalars(of: grid) {
            #expect(cell.value >= 0x20, sourceLocation: sourceLocation)
            #expect(!(0x7F...0x9F).contains(cell.value), sourceLocation: sourceLocation)
        }
    }

    @Test func hostileTitleIsReplacedByVisibleSymbols() {
        var grid = Grid(columns: 80, rows: 1)
        let used = grid.put(Fixtures.hostileTitle, column: 0, row: 0, style: .plain)
        let text = grid.textLines()[0]
        #expect(text.hasPrefix("Breaking␛[2J␇ levee update␛]52;c;aGFjaw==␇ ⁇reversed⁇ �31m end"))
        #expect(used == Fixtures.hostileTitle.count)
        expectClean(grid)
    }

    @Test func wholeFramesStayCleanWithHostileDocumentsEverywhere() {
        let hostile = Document(id: "x\u{1B}[2J", title: Fixtures.hostileTitle,
                               text: Fixtures.hostileTitle + "\n" + Fixtures.hostileTitle,
                               date: nil, dateSource: .none,
                               path: "evil\u{1B}]0;owned\u{07}/file\u{9B}.txt",
                               source: "src\u{202E}\u{2066}\u{200F}\u{061C}")
        var state = Fixtures.state(documents: Fixtures.documents + [hostile])
        state.statusMessage = "message\u{1B}[5m"
        for size in [(80, 24), (120, 40), (20, 6), (40, 10), (10, 3)] {
            state = Dashboard.update(state, .resize(columns: size.0, rows: size.1))
            expectClean(Dashboard.render(state))
        }
        state = Dashboard.update(state, .resize(columns: 80, rows: 24))
        state = Dashboard.update(state, .key(.character("3")))
        state = Dashboard.update(state, .key(.character("G")))
        state = Dashboard.update(state, .key(.enter))
        expectClean(Dashboard.render(state))
        state.openReader(document: state.documents.count - 1)
        #expect(state.readerDocument?.id == hostile.id)
        expectClean(Dashboard.render(state))
        state = Dashboard.update(state, .key(.character("?")))
        expectClean(Dashboard.render(state))
    }

    @Test func hostileEventsPromptsAndHighlightsStayClean() {
        let corpus = StoryFixtures.corpus(events: [
            ("evil\u{1B}]0;owned\u{07}", StoryFixtures.day("2026-03-10"), Fixtures.hostileTitle),
            ("evil\u{1B}]0;owned\u{07}", EventDate(year: 2026, month: 5), "Later \u{1B}[5m\u{202E}blink"),
        ], documentDates: ["evil\u{1B}]0;owned\u{07}": "2026-03-11"])
        var state = ViewState(corpus: corpus, columns: 80, rows: 24)
        expectClean(Dashboard.render(state))
        state = Dashboard.update(state, .key(.enter))
        #expect(state.reader?.source != nil)
        expectClean(Dashboard.render(state))
        state = Dashboard.update(state, .key(.escape))
        state = Dashboard.update(state, .key(.character("d")))
        for character in "\u{1B}[2J\u{202E}x\u{9B}" { state = Dashboard.update(state, .key(.character(character))) }
        expectClean(Dashboard.render(state))
        state = Dashboard.update(state, .key(.enter))
        #expect(state.prompt?.error != nil)
        expectClean(Dashboard.render(state))
    }

    @Test func controlPicturesForC0AndDel() {
        #expect(Sanitizer.graphemes(of: "\u{00}\u{1B}\u{07}\u{7F}").map(\.text) == ["␀", "␛", "␇", "␡"])
    }

    @Test func c1AndBidiControls() {
        let text = "\u{85}\u{9B}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}"
            + "\u{200E}\u{200F}\u{061C}"
        let shown = Sanitizer.graphemes(of: text).map(\.text)
        #expect(shown == ["�", "�"] + Array(repeating: "⁇", count: 12))
    }

    @Test func whitespaceIsASpaceOrVisibleAsTheCallerChooses() {
        var spaced = Grid(columns: 10, rows: 1)
        spaced.put("a\tb\nc\r\nd", column: 0, row: 0, style: .plain)
        #expect(spaced.textLines()[0] == "a b c d   ")
        var visible = Grid(columns: 10, rows: 1)
        visible.put("a\tb\nc\r\nd", column: 0, row: 0, style: .plain, whitespace: .visible)
        #expect(visible.textLines()[0] == "a␉b␤c␤d   ")
    }

    @Test func invisibleFormatCharactersAreDropped() {
        #expect(Sanitizer.graphemes(of: "a\u{200B}b\u{FEFF}c\u{AD}d").map(\.text) == ["a", "b", "c", "d"])
    }

    @Test func aLoneCombiningMarkSitsOnADottedCircle() {
        let shown = Sanitizer.graphemes(of: "\u{301}x")
        #expect(shown.map(\.text) == ["◌\u{301}", "x"])
        #expect(shown.map(\.width) == [1, 1])
    }

    @Test func fileNamesGoThroughTheSamePath() {
        let document = Document(id: "a", title: "", text: "", date: nil, dateSource: .none,
                                path: "dir/na\u{1B}[31mme.txt")
        var grid = Grid(columns: 30, rows: 1)
        grid.put(document.displayTitle, column: 0, row: 0, style: .plain)
        #expect(grid.textLines()[0].hasPrefix("na␛[31mme.txt"))
    }

    @Test func truncatedAddsAnEllipsisOnlyWhenItCuts() {
        #expect("Floodwaters".truncated(toColumns: 20) == "Floodwaters")
        #expect("Floodwaters".truncated(toColumns: 6) == "Flood…")
        #expect("洪水で鉄道".truncated(toColumns: 6) == "洪水…")
        #expect("洪水で鉄道".truncated(toColumns: 5) == "洪水…")
        #expect("abc".truncated(toColumns: 0) == "")
        #expect("a\u{1B}bc".truncated(toColumns: 3) == "a␛…")
    }

    @Test func wrappingBreaksAtSpacesAndInsideLongWords() {
        #expect(DisplayText.wrap("the quick brown fox", toColumns: 10) == ["the quick", "brown fox"])
        #expect(DisplayText.wrap("abcdefghij kl", toColumns: 4) == ["abcd", "efgh", "ij", "kl"])
        #expect(DisplayText.wrap("洪水で鉄道が運休", toColumns: 5) == ["洪水", "で鉄", "道が", "運休"])
        #expect(DisplayText.wrap("one\n\ntwo", toColumns: 10) == ["one", "", "two"])
    }
}
