import SitrepCore
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

    /// `--ascii`: Cyrillic, Japanese and emoji titles become "?", accents their base letters,
    /// boxes and bars plain ASCII; every column stays where it was.
    @Test func dashboardInASCII() {
        var state = Fixtures.state()
        state.asciiOnly = true
        let text = frame(state)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        Snapshot.assertMatches(text, named: "dashboard-80x24-ascii")
    }

    @Test func dashboardWithQuotesFocusedAndASelection() {
        var state = send(Fixtures.state(), .character("3"), .character("j"), .character("j"))
        state = Dashboard.update(state, .corpusLoaded(
            corpus: Fixtures.corpus,
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

    @Test func manyEventsScrolled() {
        let state = send(Fixtures.state(corpus: StoryFixtures.manyEvents(60)), .pageDown, .character("j"))
        Snapshot.assertMatches(frame(state), named: "dashboard-80x24-scrolled")
    }

    // MARK: the Timeline pane on the rockfall story (three articles through the real model)

    @Test(arguments: [(80, 24), (120, 40)])
    func timeline(columns: Int, rows: Int) {
        let state = StoryFixtures.state(columns: columns, rows: rows)
        Snapshot.assertMatches(frame(state), named: "timeline-\(columns)x\(rows)")
    }

    @Test func timelineNewestFirstWithASelection() {
        let state = send(StoryFixtures.state(columns: 120, rows: 40), .character("o"), .character("j"),
                         .character("j"), .character("j"))
        Snapshot.assertMatches(frame(state), named: "timeline-120x40-newest-first")
    }

    @Test func timelineFiltered() {
        var state = send(StoryFixtures.state(), .character("f"))
        state = "mar 8..mar 10".reduce(state) { Dashboard.update($0, .key(.character($1))) }
        state = send(state, .enter, .character("j"))
        Snapshot.assertMatches(frame(state), named: "timeline-80x24-filtered")
    }

    @Test func timelineJumpPrompt() {
        var state = send(StoryFixtures.state(), .character("d"))
        state = "-4d".reduce(state) { Dashboard.update($0, .key(.character($1))) }
        Snapshot.assertMatches(frame(state), named: "timeline-80x24-jump-prompt")
    }

    @Test func timelineStyles() throws {
        let theme = try Theme.load(named: "default", environment: ["HOME": "/nonexistent-sitrep-home"])
        let state = send(StoryFixtures.state(theme: theme), .character("j"), .character("j"), .character("j"))
        Snapshot.assertMatches(Snapshot.styleText(of: Dashboard.render(state), theme: theme),
                               named: "timeline-80x24.style")
    }

    @Test func timelineTabbed() {
        Snapshot.assertMatches(frame(StoryFixtures.state(columns: 40, rows: 12)), named: "timeline-40x12")
    }

    /// The merged rockfall event: the reader on its second source, the sentence highlighted.
    @Test func readerOnAMergedEvent() {
        let state = send(StoryFixtures.state(), .character("j"), .character("j"), .character("j"),
                         .enter, .character("n"))
        #expect(state.reader?.sourceIndex == 1)
        Snapshot.assertMatches(frame(state), named: "reader-80x24-event")
        let theme = try? Theme.load(named: "default", environment: ["HOME": "/nonexistent-sitrep-home"])
        var styled = state
        styled.theme = theme ?? .fallback
        Snapshot.assertMatches(Snapshot.styleText(of: Dashboard.render(styled), theme: styled.theme),
                               named: "reader-80x24-event.style")
    }

    /// The Kōfu event: a highlighted sentence with CJK in it, at 120x40.
    @Test func readerOnAnEventWithWideCharacters() {
        let state = send(StoryFixtures.state(columns: 120, rows: 40), .character("d"), .character("m"),
                         .character("a"), .character("r"), .character(" "), .character("1"),
                         .character("0"), .enter, .character("j"), .enter)
        #expect(state.reader?.documentID == "wire/kofu.txt")
        Snapshot.assertMatches(frame(state), named: "reader-120x40-event")
    }

    @Test(arguments: [(80, 24), (120, 40), (20, 6)])
    func reader(columns: Int, rows: Int) {
        let state = send(Fixtures.state(columns: columns, rows: rows), .character("3"), .enter)
        Snapshot.assertMatches(frame(state), named: "reader-\(columns)x\(rows)")
    }

    @Test func readerScrolled() {
        let state = send(Fixtures.state(), .character("3"), .enter, .character("j"), .character("j"),
                         .character("j"))
        Snapshot.assertMatches(frame(state), named: "reader-80x24-scrolled")
    }

    @Test func readerOnTheHostileDocument() {
        // The escape-laden title is the sixth document.
        var state = Fixtures.state()
        state.focus = .quotes
        state.openReader(document: 5)
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
