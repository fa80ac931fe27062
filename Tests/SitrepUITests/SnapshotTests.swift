import Testing
@testable import SitrepUI

/// Whole frames compared with golden text files in `__Snapshots__` (one per frame).
/// Re-record after a deliberate change with `SITREP_RECORD_SNAPSHOTS=1`, then look at them.
@Suite("Frame snapshots")
struct SnapshotTests {
    func frame(_ state: ViewState) -> String { Snapshot.text(of: Dashboard.render(state)) }

    func send(_ state: ViewState, _ keys: Key...) -> ViewState {
        keys.reduce(state) { Dashboard.update($0, .key($1)) }
    }

    @Test(arguments: [(80, 24), (120, 40), (60, 10), (40, 12), (20, 6), (19, 6), (20, 5)])
    func dashboard(columns: Int, rows: Int) {
        Snapshot.assertMatches(frame(Fixtures.state(columns: columns, rows: rows)),
                               named: "dashboard-\(columns)x\(rows)")
    }

    @Test func dashboardWithQuotesFocusedAndASelection() {
        var state = send(Fixtures.state(), .character("3"), .character("j"), .character("j"))
        state = Dashboard.update(state, .corpusLoaded(
            documents: Fixtures.documents,
            problems: [.init(path: "feeds/broken.txt", reason: "not valid UTF-8")]))
        Snapshot.assertMatches(frame(state), named: "dashboard-80x24-quotes-focused")
    }

    @Test func narrowLayoutShowsTheFocusedPane() {
        let state = send(Fixtures.state(columns: 20, rows: 6), .character("2"))
        Snapshot.assertMatches(frame(state), named: "dashboard-20x6-regions")
    }

    @Test func emptyDashboard() {
        Snapshot.assertMatches(frame(Fixtures.state(documents: [])), named: "dashboard-80x24-empty")
    }

    @Test func manyDocumentsScrolled() {
        let state = send(Fixtures.state(documents: Fixtures.many(60)), .pageDown, .character("j"))
        Snapshot.assertMatches(frame(state), named: "dashboard-80x24-scrolled")
    }

    @Test(arguments: [(80, 24), (120, 40), (20, 6)])
    func reader(columns: Int, rows: Int) {
        let state = send(Fixtures.state(columns: columns, rows: rows), .enter)
        Snapshot.assertMatches(frame(state), named: "reader-\(columns)x\(rows)")
    }

    @Test func readerScrolled() {
        let state = send(Fixtures.state(), .enter, .character("j"), .character("j"), .character("j"))
        Snapshot.assertMatches(frame(state), named: "reader-80x24-scrolled")
    }

    @Test func readerOnTheHostileDocument() {
        // Timeline order puts the escape-laden title fifth of eleven.
        let state = send(Fixtures.state(), .character("j"), .character("j"), .character("j"),
                         .character("j"), .character("j"), .enter)
        #expect(state.readerDocument?.id == "stdin-1")
        Snapshot.assertMatches(frame(state), named: "reader-80x24-hostile")
    }

    @Test(arguments: [(80, 24), (20, 6)])
    func help(columns: Int, rows: Int) {
        let state = send(Fixtures.state(columns: columns, rows: rows), .character("?"))
        Snapshot.assertMatches(frame(state), named: "help-\(columns)x\(rows)")
    }

    @Test func styleOfTheDefaultTheme() throws {
        let theme = try Theme.load(named: "default", environment: ["HOME": "/nonexistent-sitrep-home"])
        let state = send(Fixtures.state(theme: theme), .character("j"))
        Snapshot.assertMatches(Snapshot.styleText(of: Dashboard.render(state), theme: theme),
                               named: "dashboard-80x24.style")
    }
}
