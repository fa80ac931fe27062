import Testing
@testable import SitrepUI

/// Mouse presses and the wheel, at positions taken from the layout.
@Suite("Update: mouse")
struct MouseTests {
    func press(_ state: ViewState, _ column: Int, _ row: Int) -> ViewState {
        Dashboard.update(state, .mouse(MouseEvent(kind: .press, column: column, row: row)))
    }

    func wheel(_ state: ViewState, down: Bool, _ column: Int, _ row: Int) -> ViewState {
        Dashboard.update(state, .mouse(MouseEvent(kind: down ? .wheelDown : .wheelUp,
                                                  column: column, row: row)))
    }

    /// The screen row of content row `index` in `pane` (no scrolling).
    func screenRow(_ state: ViewState, _ pane: Pane, _ index: Int) -> Int {
        state.layout.listArea(of: pane).y + index - state[cursor: pane].scroll
    }

    @Test func aPressSelectsTheRowUnderIt() {
        let state = StoryFixtures.state()
        // Content rows: 0 "2011 · year", 1 its event, 2 "2019 · year", 3 its event,
        // 4 "February 2026 · month", 5 its event.
        let after = press(state, 5, screenRow(state, .timeline, 5))
        #expect(after.timeline.selection == 2)
        #expect(after.reader == nil)
        let sparkline = press(state, 5, state.layout.frame(of: .timeline).inner.y)
        #expect(sparkline.timeline.selection == 0, "the sparkline row is not a list row")
    }

    @Test func aSecondPressOnTheSelectedRowOpensTheReader() {
        let state = StoryFixtures.state()
        let row = screenRow(state, .timeline, 3)
        let once = press(state, 5, row)
        #expect(once.reader == nil)
        let twice = press(once, 5, row)
        #expect(twice.reader?.documentID == "alpine/rockfall.txt")
        #expect(twice.reader?.entry?.summary.hasPrefix("The tunnel was last closed") == true)
    }

    @Test func aPressOnAHeaderOnlyFocuses() {
        let state = StoryFixtures.state(rows: 24)
        let after = press(Dashboard.update(state, .key(.tab)), 5, screenRow(state, .timeline, 2))
        #expect(after.focus == .timeline)
        #expect(after.timeline.selection == 0)
    }

    @Test func aPressFocusesAnotherPaneAndSelectsThere() {
        let state = PanesFixtures.state(focus: .timeline)
        let regions = state.layout.frame(of: .regions)
        let after = press(state, regions.x + 4, regions.inner.y + 1)
        #expect(after.focus == .regions)
        #expect(after.regions.selection == 1)
        #expect(after.reader == nil, "the first press on another pane never opens")
        let quotes = state.layout.frame(of: .quotes)
        // Rows: the speaker, the first quote (four lines and its date), the second quote.
        let detailRow = press(state, quotes.x + 4, quotes.inner.y + 7)
        #expect(detailRow.focus == .quotes)
        #expect(detailRow.quotes.selection == 1, "a detail row selects its item")
    }

    @Test func theWheelScrollsThePaneUnderThePointerByThree() {
        var state = Fixtures.state(corpus: StoryFixtures.manyEvents(100))
        let regions = state.layout.frame(of: .regions)
        state = wheel(state, down: true, 5, 5)
        #expect(state.timeline.scroll == 3)
        #expect(state.focus == .timeline)
        let selectedRows = state.contents.timeline.itemRows[state.timeline.selection]
        #expect(selectedRows.lowerBound >= 3, "the selection stays on screen")
        state = wheel(state, down: true, 5, 5)
        #expect(state.timeline.scroll == 6)
        state = wheel(state, down: false, 5, 5)
        #expect(state.timeline.scroll == 3)
        state = wheel(state, down: false, 5, 5)
        state = wheel(state, down: false, 5, 5)
        #expect(state.timeline.scroll == 0)
        state = wheel(state, down: true, regions.x + 3, regions.y + 2)
        #expect(state.regions.scroll == 0, "one source fits: nothing to scroll")
        #expect(state.timeline.scroll == 0)
    }

    @Test func theWheelScrollsTheReader() {
        var state = Fixtures.state(columns: 60, rows: 14)
        state.openReader(document: 0)
        state = wheel(state, down: true, 30, 5)
        #expect(state.reader?.scroll == 3)
        state = wheel(state, down: false, 30, 5)
        #expect(state.reader?.scroll == 0)
        state = press(state, 30, 5)
        #expect(state.reader != nil, "a press inside the reader keeps it open")
    }

    @Test func aPressCancelsTheDatePrompt() {
        let state = Dashboard.update(StoryFixtures.state(), .key(.character("d")))
        #expect(state.prompt != nil)
        #expect(press(state, 5, 5).prompt == nil)
    }

    @Test func aPressClosesTheHelp() {
        let state = Dashboard.update(Fixtures.state(), .key(.character("?")))
        #expect(!press(state, 1, 1).helpVisible)
    }

    @Test func tabsAreClickableInTheNarrowLayout() {
        let state = Fixtures.state(columns: 40, rows: 10)
        #expect(state.layout.mode == .tabbed)
        let tabs = TabStrip.tabs(columns: 40)
        let quotes = tabs[2]
        let after = press(state, quotes.x + 1, 0)
        #expect(after.focus == .quotes)
    }

    @Test func theMouseIsIgnoredWhenDisabled() {
        var state = Fixtures.state(corpus: StoryFixtures.manyEvents(100))
        state.mouseEnabled = false
        let after = wheel(press(state, 50, 3), down: true, 5, 5)
        #expect(after.focus == .timeline)
        #expect(after.timeline == PaneCursor())
        #expect(after.regions == PaneCursor())
    }
}
