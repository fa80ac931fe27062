import Foundation
import Testing
@testable import SitrepCore
@testable import SitrepUI

/// Articles arriving while the dashboard is open: the view keeps its place, new items are
/// marked and counted, the marks fade, and an idle tick changes nothing on screen.
struct LiveUpdateTests {
    private static let t0 = Date(timeIntervalSince1970: 1_776_300_000) // 2026-04-16 00:40:00 UTC

    /// Forty events, two a day, then the arrival of one more document with two events: one
    /// on the first day (above the selection) and one on a late day.
    private static func arrival() -> (before: Corpus, after: Corpus, diff: CorpusDiff) {
        let before = StoryFixtures.manyEvents(40)
        var after = before
        let extra = StoryFixtures.corpus(events: [
            ("late.txt", StoryFixtures.day("2026-01-01"), "Ferry service resumed upstream"),
            ("late.txt", StoryFixtures.day("2026-01-18"), "Ferry service resumed downstream"),
        ]).extractions
        let diff = after.apply(CorpusChange(upserted: extra))
        return (before, after, diff)
    }

    private func state(_ corpus: Corpus, columns: Int = 80, rows: Int = 24) -> ViewState {
        var state = ViewState(corpus: corpus, columns: columns, rows: rows)
        state.live.timeZone = TimeZone(identifier: "UTC")!
        state = Dashboard.update(state, .tick(Self.t0))
        return state
    }

    private func selectedRowOnScreen(_ state: ViewState) -> Int {
        state.contents.timeline.itemRows[state.timeline.selection].lowerBound - state.timeline.scroll
    }

    @Test func theSelectionStaysOnItsEntryAndOnItsScreenRow() {
        let (before, after, diff) = Self.arrival()
        var state = state(before)
        for _ in 0..<15 { state = Dashboard.update(state, .key(.character("j"))) }
        let entry = state.selectedEntry
        let row = selectedRowOnScreen(state)
        state = Dashboard.update(state, .corpusUpdated(corpus: after, diff: diff, problems: [], at: Self.t0))
        #expect(state.selectedEntry == entry)
        #expect(selectedRowOnScreen(state) == row)
        #expect(state.model.timeline.count == before.timeline.count + 2)
    }

    @Test func newItemsAreCountedAndTheUpdateTimeShown() {
        let (before, after, diff) = Self.arrival()
        var state = state(before, columns: 120)
        state = Dashboard.update(state, .corpusUpdated(corpus: after, diff: diff, problems: [], at: Self.t0))
        #expect(state.live.unseen == 2)
        let bar = Dashboard.render(state).textLines().last ?? ""
        #expect(bar.contains("2 new since you looked"))
        #expect(bar.contains("updated 00:40:00"))
        #expect(bar.contains("+1 article"))
    }

    @Test func arrivedEntriesAreMarkedUntilTheMarkFades() {
        let (before, after, diff) = Self.arrival()
        var state = state(before)
        state = Dashboard.update(state, .corpusUpdated(corpus: after, diff: diff, problems: [], at: Self.t0))
        let marked = Dashboard.render(state).textLines().filter { $0.contains(PaneRenderer.freshMarker + "Ferry") }
        #expect(marked.count == 1, "the upstream entry is on screen, marked")
        state = Dashboard.update(state, .tick(Self.t0.addingTimeInterval(state.live.freshFor + 1)))
        #expect(!Dashboard.render(state).textLines().contains { $0.contains(PaneRenderer.freshMarker) })
        #expect(state.live.unseen == 2, "fading does not count as looking")
    }

    @Test func anIdleTickDrawsTheSameFrame() {
        let (before, after, diff) = Self.arrival()
        var state = state(before)
        state = Dashboard.update(state, .corpusUpdated(corpus: after, diff: diff, problems: [], at: Self.t0))
        let frame = Dashboard.render(state)
        for second in 1...10 {
            state = Dashboard.update(state, .tick(Self.t0.addingTimeInterval(Double(second))))
            #expect(Dashboard.render(state) == frame)
        }
    }

    @Test func jumpToNewestSelectsTheArrivalAndMarksAllSeen() {
        let (before, after, diff) = Self.arrival()
        var state = state(before)
        state = Dashboard.update(state, .key(.character("G")))
        state = Dashboard.update(state, .corpusUpdated(corpus: after, diff: diff, problems: [], at: Self.t0))
        state = Dashboard.update(state, .key(.character("N")))
        #expect(state.selectedEntry?.summary == "Ferry service resumed upstream")
        #expect(state.live.unseen == 0)
        #expect(!(Dashboard.render(state).textLines().last ?? "").contains("new since you looked"))
    }

    @Test func aRemovedDocumentLeavesTheTimelineAndTheSelectionMovesToANeighbour() {
        let (_, after, _) = Self.arrival()
        var state = state(after, columns: 120)
        var smaller = after
        let diff = smaller.apply(CorpusChange(removed: ["late.txt"]))
        state = Dashboard.update(state, .corpusUpdated(corpus: smaller, diff: diff, problems: [], at: Self.t0))
        #expect(!state.model.timeline.contains { $0.summary.hasPrefix("Ferry") })
        #expect(state.live.unseen == 0)
        #expect((Dashboard.render(state).textLines().last ?? "").contains("1 removed"))
    }

    @Test func progressShowsInTheStatusBarWhileALoadRuns() {
        var state = state(StoryFixtures.manyEvents(4))
        state = Dashboard.update(state, .progress(LoadProgress(phase: .reading, done: 120, total: 900)))
        #expect((Dashboard.render(state).textLines().last ?? "").contains("reading 120/900"))
        state = Dashboard.update(state, .progress(nil))
        #expect(!(Dashboard.render(state).textLines().last ?? "").contains("reading"))
    }

    @Test func snapshotAfterAnArrival() {
        let (before, after, diff) = Self.arrival()
        var state = state(before, rows: 20)
        state = Dashboard.update(state, .corpusUpdated(corpus: after, diff: diff, problems: [], at: Self.t0))
        Snapshot.assertMatches(Snapshot.text(of: Dashboard.render(state)), named: "live-arrival-80x20")
    }
}
