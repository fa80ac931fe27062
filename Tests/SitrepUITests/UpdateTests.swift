import Foundation
import SitrepCore
import Testing
@testable import SitrepUI

/// Sends keys and resizes through `Dashboard.update`, the way the backend does.
@Suite("Update: keys and resize")
struct UpdateTests {
    func send(_ state: ViewState, _ keys: Key...) -> ViewState {
        keys.reduce(state) { Dashboard.update($0, .key($1)) }
    }

    @Test func tabCyclesFocusForwardAndShiftTabBackward() {
        var state = Fixtures.state()
        #expect(state.focus == .timeline)
        state = send(state, .tab)
        #expect(state.focus == .regions)
        state = send(state, .tab, .tab)
        #expect(state.focus == .timeline)
        state = send(state, .backTab)
        #expect(state.focus == .quotes)
        state = send(state, .backTab)
        #expect(state.focus == .regions)
    }

    @Test func numberKeysFocusPanes() {
        let state = Fixtures.state()
        #expect(send(state, .character("3")).focus == .quotes)
        #expect(send(state, .character("2")).focus == .regions)
        #expect(send(state, .character("3"), .character("1")).focus == .timeline)
    }

    @Test func jAndKMoveSelectionAndClampAtTheEnds() {
        var state = StoryFixtures.state()
        state = send(state, .character("k"))
        #expect(state.timeline.selection == 0)
        state = send(state, .character("j"), .down, .down)
        #expect(state.timeline.selection == 3)
        state = send(state, .up)
        #expect(state.timeline.selection == 2)
        for _ in 0..<50 { state = send(state, .character("j")) }
        #expect(state.timeline.selection == state.contents.timeline.itemCount - 1)
        #expect(state.timeline.scroll == 0, "everything fits at 80x24")
    }

    @Test func movingOnlyChangesTheFocusedPane() {
        let state = send(PanesFixtures.state(focus: .timeline), .character("2"), .character("j"), .character("j"))
        #expect(state.regions.selection == min(2, state.contents.regions.itemCount - 1))
        #expect(state.regions.selection > 0)
        #expect(state.timeline.selection == 0)
        #expect(state.quotes.selection == 0)
    }

    @Test func scrollingFollowsTheSelectionAndStaysInRange() {
        var state = Fixtures.state(corpus: StoryFixtures.manyEvents(100))
        let height = state.layout.visibleRows(of: .timeline)
        for _ in 0..<40 { state = send(state, .character("j")) }
        let content = state.contents.timeline
        let rows = content.itemRows[state.timeline.selection]
        #expect(state.timeline.selection == 40)
        #expect(rows.lowerBound >= state.timeline.scroll)
        #expect(rows.upperBound <= state.timeline.scroll + height)
        #expect(rows.upperBound == state.timeline.scroll + height, "scrolls the least needed")
    }

    @Test func gAndCapitalGAndHomeEnd() {
        var state = Fixtures.state(corpus: StoryFixtures.manyEvents(100))
        state = send(state, .character("G"))
        #expect(state.timeline.selection == 99)
        let maxScroll = state.contents.timeline.rows.count - state.layout.visibleRows(of: .timeline)
        #expect(state.timeline.scroll == maxScroll)
        state = send(state, .character("g"))
        #expect(state.timeline == PaneCursor(selection: 0, scroll: 0))
        state = send(state, .end)
        #expect(state.timeline.selection == 99)
        state = send(state, .home)
        #expect(state.timeline.selection == 0)
    }

    @Test func pageDownAndUpMoveByAPage() {
        var state = Fixtures.state(corpus: StoryFixtures.manyEvents(100))
        let height = state.layout.visibleRows(of: .timeline)
        state = send(state, .pageDown)
        #expect(state.timeline.scroll == height - 1)
        #expect(state.timeline.selection > 0)
        let rows = state.contents.timeline.itemRows[state.timeline.selection]
        #expect(rows.lowerBound >= state.timeline.scroll && rows.upperBound <= state.timeline.scroll + height)
        let afterOne = state.timeline
        state = send(state, .control("f"))
        #expect(state.timeline.selection > afterOne.selection)
        let afterTwo = state.timeline
        state = send(state, .pageUp)
        #expect(state.timeline.scroll == afterTwo.scroll - (height - 1))
        #expect(state.timeline.selection < afterTwo.selection)
        state = send(state, .control("b"))
        #expect(state.timeline.scroll == 0)
        state = send(state, .pageUp)
        #expect(state.timeline.selection == 0)
        for _ in 0..<20 { state = send(state, .pageDown) }
        #expect(state.timeline.selection == 99)
    }

    @Test func enterOpensTheReaderOnTheSelectedQuote() {
        let state = send(PanesFixtures.state(), .character("j"), .enter)
        guard case let .quote(document, quote)? = state.contents.quotes.target(ofItem: 1) else {
            Issue.record("the second item is a quote")
            return
        }
        #expect(state.reader?.documentID == state.documents[document].id)
        #expect(state.reader?.quoteSpan == PanesFixtures.corpus.extractions[document].quotes[quote].span)
        let timeline = send(StoryFixtures.state(), .enter)
        #expect(timeline.reader?.documentID == "wire/kofu.txt", "the first event's article")
    }

    @Test func enterOnARegionSetsThePlaceFilter() {
        let state = send(PanesFixtures.state(), .character("2"), .enter)
        #expect(state.reader == nil)
        #expect(state.placeFilter?.name == "Serbia")
        #expect(state.statusMessage?.contains("mention Serbia") == true)
        #expect(send(state, .enter).placeFilter == nil, "Enter again clears it")
    }

    @Test func readerScrollsAndClampsThenEscCloses() {
        var state = Fixtures.state(columns: 60, rows: 14)
        state.focus = .quotes
        state.openReader(document: 0)
        #expect(state.reader?.scroll == 0)
        state = send(state, .character("k"))
        #expect(state.reader?.scroll == 0)
        state = send(state, .character("j"), .down)
        #expect(state.reader?.scroll == 2)
        state = send(state, .pageDown, .pageDown, .pageDown, .pageDown)
        let extent = ReaderOverlay.extent(of: state)
        #expect(extent.lines > extent.visible)
        #expect(state.reader?.scroll == extent.lines - extent.visible)
        state = send(state, .character("g"))
        #expect(state.reader?.scroll == 0)
        state = send(state, .character("1"), .tab, .character("o"), .character("d"))
        #expect(state.focus == .quotes, "pane keys do nothing under the reader")
        #expect(state.timelineOrder == .oldestFirst && state.prompt == nil)
        state = send(state, .escape)
        #expect(state.reader == nil)
        #expect(!state.quitRequested)
    }

    @Test func qClosesTheReaderFirstThenQuits() {
        var state = send(Fixtures.state(), .character("3"), .enter, .character("q"))
        #expect(state.reader == nil)
        #expect(!state.quitRequested)
        state = send(state, .character("q"))
        #expect(state.quitRequested)
    }

    @Test func questionMarkTogglesHelpAndEscCloses() {
        var state = send(Fixtures.state(), .character("?"))
        #expect(state.helpVisible)
        state = send(state, .character("j"))
        #expect(state.timeline.selection == 0, "keys go to the help, not the pane")
        state = send(state, .character("?"))
        #expect(!state.helpVisible)
        state = send(state, .character("?"), .escape)
        #expect(!state.helpVisible)
        state = send(state, .character("?"), .character("q"))
        #expect(!state.helpVisible && !state.quitRequested)
    }

    @Test func helpOverTheReaderClosesBackToTheReader() {
        let state = send(Fixtures.state(), .character("3"), .enter, .character("?"), .escape)
        #expect(!state.helpVisible)
        #expect(state.reader != nil)
    }

    @Test func ctrlCQuitsFromAnywhere() {
        #expect(send(Fixtures.state(), .control("c")).quitRequested)
        #expect(send(Fixtures.state(), .enter, .control("c")).quitRequested)
        #expect(send(Fixtures.state(), .enter, .character("?"), .control("c")).quitRequested)
    }

    @Test func unboundKeysChangeNothing() {
        let state = Fixtures.state()
        let after = send(state, .character("x"), .function(5), .left)
        #expect(after.focus == state.focus && after.timeline == state.timeline)
        #expect(!after.quitRequested)
    }

    @Test func resizeKeepsTheSelectionVisibleAndScrollInRange() {
        var state = Fixtures.state(corpus: StoryFixtures.manyEvents(100))
        state = send(state, .character("G"))
        state = Dashboard.update(state, .resize(columns: 100, rows: 60))
        let height = state.layout.visibleRows(of: .timeline)
        #expect(state.columns == 100 && state.rows == 60)
        #expect(state.timeline.scroll == state.contents.timeline.rows.count - height)
        state = Dashboard.update(state, .resize(columns: 30, rows: 8))
        let rows = state.contents.timeline.itemRows[99]
        #expect(state.timeline.scroll + state.layout.visibleRows(of: .timeline) >= rows.upperBound)
        state = Dashboard.update(state, .resize(columns: 5, rows: 2))
        #expect(state.layout.mode == .tooSmall)
        state = Dashboard.update(state, .resize(columns: -3, rows: -1))
        #expect(state.columns == 0 && state.rows == 0)
    }

    @Test func resizeClampsTheReaderScroll() {
        var state = send(Fixtures.state(columns: 40, rows: 10), .character("3"), .enter, .character("G"))
        let scrolled = state.reader?.scroll ?? 0
        #expect(scrolled > 0)
        state = Dashboard.update(state, .resize(columns: 120, rows: 60))
        #expect(state.reader?.scroll == 0, "the whole article fits now")
    }

    @Test func reloadKeepsTheSelectionOnTheSameDocument() {
        var state = send(Fixtures.state(), .character("3"), .character("j"))
        func document(_ state: ViewState) -> String? {
            guard case let .quote(document, _)? = state.contents.quotes.target(ofItem: state.quotes.selection)
            else { return nil }
            return state.documents[document].id
        }
        let selected = document(state)
        #expect(selected != nil && state.quotes.selection == 1)
        let earlier = Document(id: "early", title: "An earlier report", text: "Early.",
                               date: Fixtures.day("2026-04-01"), dateSource: .header)
        state = Dashboard.update(state, .corpusLoaded(corpus: Corpus(documents: [earlier] + Fixtures.documents),
                                                      problems: [IngestProblem(path: "bad.txt", reason: "not UTF-8")]))
        #expect(document(state) == selected)
        #expect(state.problems.count == 1)
        #expect(state.statusMessage == "Loaded 12 documents; 1 problem (first: bad.txt: not UTF-8)")
    }

    @Test func reloadClosesTheReaderWhenItsDocumentIsGone() {
        var state = send(Fixtures.state(), .character("3"), .enter)
        state = Dashboard.update(state, .corpusLoaded(corpus: Corpus(documents: Array(Fixtures.documents.dropFirst())),
                                                      problems: []))
        #expect(state.reader == nil)
    }

    @Test func ticksChangeNothing() {
        let state = Fixtures.state()
        let after = Dashboard.update(state, .tick(.init(timeIntervalSince1970: 0)))
        #expect(after.timeline == state.timeline && after.focus == state.focus)
    }
}
