@testable import SitrepCore
import Testing
@testable import SitrepUI

/// The Timeline pane on the model's merged timeline: grouping, order, jump, filter, and the
/// reader on an event's sources.
@Suite("Timeline pane")
struct TimelineTests {
    func send(_ state: ViewState, _ keys: Key...) -> ViewState {
        keys.reduce(state) { Dashboard.update($0, .key($1)) }
    }

    func type(_ state: ViewState, _ text: String) -> ViewState {
        text.reduce(state) { Dashboard.update($0, .key(.character($1))) }
    }

    /// The rows of the Timeline pane as "H text" (headers) and "  text" (events).
    func outline(_ state: ViewState) -> [String] {
        state.contents.timeline.rows.map { ($0.kind == .header ? "H " : "  ") + $0.text }
    }

    var selectedSummary: (ViewState) -> String? { { $0.selectedEntry?.summary } }

    @Test func eventsAreGroupedUnderDayMonthAndYearHeadings() {
        let state = StoryFixtures.state()
        #expect(outline(state) == [
            "H 2011 · year",
            "  The two towns signed a twinning agreement in 2011.",
            "H 2019 · year",
            "  The tunnel was last closed in 2019, after a smaller slide.",
            "H February 2026 · month",
            "  Freight traffic had already fallen sharply in February.",
            "H Sun 8 Mar 2026",
            "  A rockfall closed the Valmora rail tunnel on Sunday",
            "H Mon 9 Mar 2026",
            "  Replacement buses started running on Monday between Arvel and Santa Ruvina.",
            "H Tue 10 Mar 2026",
            "  Mayor Ilse Brandauer said yesterday that the town would pay for extra buses.",
            "  A delegation from Kōfu (甲府) arrived in Arvel on Tuesday to study the slope nets.",
            "H Fri 13 Mar 2026 · announced",
            "  ▸ Engineers will inspect the slope above the portal on Friday.",
            "H April 2026 · month · announced",
            "  ▸ Repairs are expected to take until next month.",
        ])
        let rows = state.contents.timeline.rows
        #expect(rows[4].textRole == .headerPeriod && rows[0].textRole == .headerPeriod)
        #expect(rows[6].textRole == nil, "day headings keep the header style")
        #expect(rows[7].trailing == "×2" && rows[7].trailingRole == .accent, "a merged event")
        #expect(rows[9].trailing == "×1" && rows[9].trailingRole == nil)
        #expect(rows[14].textRole == .announced)
        #expect(rows[6].trailing == "1 event" && rows[10].trailing == "2 events")
    }

    @Test func theActorIsShownOnlyWhenTheSummaryDoesNotNameIt() {
        let entry = TimelineEntry(date: StoryFixtures.day("2026-03-10"), summary: "said the town would pay",
                                  actor: "Ilse Brandauer", sources: [], isAnnounced: false)
        #expect(TimelinePane.row(for: entry).secondary == "Ilse Brandauer")
        var named = entry
        named.summary = "Mayor Ilse Brandauer said the town would pay"
        #expect(TimelinePane.row(for: named).secondary == "")
    }

    @Test func oTogglesNewestFirstAndKeepsTheSelection() {
        var state = send(StoryFixtures.state(), .character("j"), .character("j"), .character("j"))
        #expect(selectedSummary(state)?.hasPrefix("A rockfall") == true)
        #expect(PaneRenderer.title(of: .timeline, state: state, width: 38) == "Timeline ↑ oldest first")
        state = send(state, .character("o"))
        #expect(state.timelineOrder == .newestFirst)
        #expect(PaneRenderer.title(of: .timeline, state: state, width: 38) == "Timeline ↓ newest first")
        #expect(PaneRenderer.title(of: .timeline, state: state, width: 20) == "Timeline ↓")
        #expect(outline(state).first == "H April 2026 · month · announced")
        #expect(outline(state).last == "  The two towns signed a twinning agreement in 2011.")
        #expect(selectedSummary(state)?.hasPrefix("A rockfall") == true, "the same event stays selected")
        state = send(state, .character("o"))
        #expect(state.timelineOrder == .oldestFirst)
        #expect(state.timeline.selection == 3)
    }

    @Test func timelineKeysFromAnotherPaneFocusTheTimeline() {
        let state = send(StoryFixtures.state(), .character("3"), .character("o"))
        #expect(state.focus == .timeline && state.timelineOrder == .newestFirst)
        let prompt = send(StoryFixtures.state(), .character("2"), .character("d"))
        #expect(prompt.focus == .timeline && prompt.prompt?.kind == .jumpToDate)
    }

    @Test func dJumpsToADate() {
        var state = send(StoryFixtures.state(), .character("d"))
        #expect(state.prompt == Prompt(kind: .jumpToDate))
        state = type(state, "mar 10")
        #expect(state.prompt?.text == "mar 10")
        #expect(state.timeline.selection == 0, "typing does not move the selection")
        state = send(state, .enter)
        #expect(state.prompt == nil)
        #expect(selectedSummary(state)?.hasPrefix("Mayor Ilse Brandauer") == true)
        #expect(state.statusMessage == "Jumped to Tue 10 Mar 2026")
        // Relative to the newest article (Thu 12 Mar): four days back.
        state = type(send(state, .character("d")), "-4d")
        state = send(state, .enter)
        #expect(selectedSummary(state)?.hasPrefix("A rockfall") == true)
        // A day without events: the nearest one.
        state = type(send(state, .character("d")), "2026-03-12")
        state = send(state, .enter)
        #expect(selectedSummary(state)?.hasPrefix("Engineers") == true, "13 Mar is one day away, 10 Mar two")
        #expect(state.statusMessage == "No events on Thu 12 Mar 2026; nearest: Fri 13 Mar 2026")
        // A month jumps to its month heading's event first.
        state = type(send(state, .character("d")), "feb")
        state = send(state, .enter)
        #expect(selectedSummary(state)?.hasPrefix("Freight") == true)
        state = type(send(state, .character("d")), "today")
        state = send(state, .enter)
        #expect(state.statusMessage?.hasPrefix("No events on Thu 12 Mar 2026") == true)
    }

    @Test func theJumpedToHeadingIsAtTheTopOfThePane() {
        var state = StoryFixtures.state(columns: 80, rows: 12)
        state = type(send(state, .character("d")), "mar 9")
        state = send(state, .enter)
        let rows = state.contents.timeline.rows
        #expect(rows[state.timeline.scroll].text == "Mon 9 Mar 2026")
    }

    @Test func thePromptEditsWithFixedKeys() {
        var state = type(send(StoryFixtures.state(), .character("d")), "apr 1x")
        state = send(state, .backspace)
        #expect(state.prompt?.text == "apr 1")
        state = send(state, .control("u"))
        #expect(state.prompt?.text == "")
        state = type(state, "qjk?o")
        #expect(state.prompt?.text == "qjk?o", "letters bound to keys are typed, not obeyed")
        #expect(!state.quitRequested && !state.helpVisible && state.timelineOrder == .oldestFirst)
        state = send(state, .enter)
        #expect(state.prompt?.error?.hasPrefix("not a date: \u{201C}qjk?o\u{201D}") == true,
                "a bad date keeps the prompt open with the reason")
        state = send(state, .backspace)
        #expect(state.prompt?.error == nil, "editing clears the reason")
        state = send(state, .escape)
        #expect(state.prompt == nil)
        #expect(state.timeline.selection == 0)
        #expect(send(send(StoryFixtures.state(), .character("d")), .control("c")).quitRequested)
        let empty = send(send(StoryFixtures.state(), .character("d")), .enter)
        #expect(empty.prompt == nil && empty.statusMessage == nil, "Enter on nothing just closes")
        let controls = type(send(StoryFixtures.state(), .character("d")), "a\u{1B}\u{9B}b")
        #expect(controls.prompt?.text == "ab")
    }

    @Test func fFiltersADateRangeAndEscClearsIt() {
        var state = send(StoryFixtures.state(), .character("G"))
        #expect(selectedSummary(state)?.hasPrefix("Repairs") == true)
        state = type(send(state, .character("f")), "mar 8..mar 10")
        state = send(state, .enter)
        #expect(state.dateFilter == DateRange(from: Fixtures.day("2026-03-08"), to: Fixtures.day("2026-03-10")))
        #expect(outline(state).filter { $0.hasPrefix("H") } == ["H Sun 8 Mar 2026", "H Mon 9 Mar 2026", "H Tue 10 Mar 2026"])
        #expect(state.statusMessage == "4 of 9 events shown")
        // The selected event (April) is gone: the nearest shown one, 10 Mar, is selected.
        #expect(selectedSummary(state)?.hasPrefix("Mayor Ilse Brandauer") == true)
        state = send(state, .character("k"))
        #expect(selectedSummary(state)?.hasPrefix("Replacement") == true)
        // The prompt starts with the current filter.
        state = send(state, .character("f"))
        #expect(state.prompt?.text == "2026-03-08..2026-03-10")
        state = send(state, .escape)
        #expect(state.dateFilter != nil, "Esc in the prompt cancels the prompt, not the filter")
        state = send(state, .escape)
        #expect(state.dateFilter == nil)
        #expect(state.statusMessage == "Date filter cleared")
        #expect(selectedSummary(state)?.hasPrefix("Replacement") == true, "clearing keeps the selection")
        #expect(state.contents.timeline.itemCount == 9)
    }

    @Test func filterEdgesAndClearingWithAnEmptyPrompt() {
        var state = type(send(StoryFixtures.state(), .character("f")), "..feb")
        state = send(state, .enter)
        #expect(outline(state).filter { $0.hasPrefix("H") } == ["H 2011 · year", "H 2019 · year", "H February 2026 · month"])
        state = type(send(state, .character("f")), "")
        state = send(state, .control("u"), .enter)
        #expect(state.dateFilter == nil)
        state = type(send(state, .character("f")), "mar 11")
        state = send(state, .enter)
        #expect(state.contents.timeline.itemCount == 0)
        #expect(state.contents.timeline.emptyText == "No events match the date filter (11 Mar 2026). Esc clears it.")
        #expect(state.statusMessage == "0 of 9 events shown")
        #expect(send(state, .enter).reader == nil, "Enter on an empty list does nothing")
        state = type(send(state, .character("f"), .control("u")), "mar 10..mar 8")
        state = send(state, .enter)
        #expect(state.prompt?.error == "the range ends (8 Mar 2026) before it starts (10 Mar 2026)")
    }

    @Test func enterOpensTheFirstSourceAtTheEventSentence() throws {
        var state = send(StoryFixtures.state(), .character("j"), .character("j"), .character("j"))
        state = send(state, .enter)
        let reader = try #require(state.reader)
        #expect(reader.documentID == "alpine/rockfall.txt")
        #expect(reader.sourceIndex == 0 && reader.sourceCount == 2)
        #expect(ReaderOverlay.title(of: reader) == "Event · Sun 8 Mar 2026")
        let header = ReaderOverlay.sourceHeader(of: state, width: 80).map(\.0).joined()
        #expect(header == "source 1 of 2 · Rockfall shuts the Valmora rail tunnel · Tue 10 Mar 2026")
        // n: the second article, scrolled to its sentence.
        state = send(state, .character("n"))
        #expect(state.reader?.documentID == "courier/buses.txt")
        #expect(state.reader?.sourceIndex == 1)
        let second = ReaderOverlay.sourceHeader(of: state, width: 80).map(\.0).joined()
        #expect(second.hasPrefix("source 2 of 2 · Buses replace trains"))
        state = send(state, .character("n"))
        #expect(state.reader?.sourceIndex == 1, "no source after the last")
        #expect(state.statusMessage == "That was the last source")
        state = send(state, .character("["))
        #expect(state.reader?.documentID == "alpine/rockfall.txt")
        state = send(state, .character("]"))
        #expect(state.reader?.documentID == "courier/buses.txt")
        state = send(state, .character("p"))
        #expect(state.reader?.sourceIndex == 0)
        // Esc: back to the same selection.
        state = send(state, .escape)
        #expect(state.reader == nil)
        #expect(state.timeline.selection == 3)
        #expect(selectedSummary(state)?.hasPrefix("A rockfall") == true)
    }

    @Test func theReaderScrollsTheSentenceIntoView() throws {
        // A long article whose event is near the end: the reader opens scrolled to it.
        let filler = String(repeating: "Nothing happened in this paragraph at all. ", count: 30)
        let document = Document(id: "long.txt", title: "A long report", text: filler + "\n\nThe gates opened on Monday.",
                                date: Fixtures.day("2026-03-10"), dateSource: .header)
        var state = ViewState(documents: [document], columns: 80, rows: 24)
        #expect(state.contents.timeline.itemCount == 1)
        state = send(state, .enter)
        let reader = try #require(state.reader)
        let sentenceLine = try #require(reader.lines.firstIndex { $0.text.contains("The gates opened") })
        let visible = ReaderOverlay.textArea(of: state).height
        #expect(reader.scroll > 0)
        #expect(sentenceLine >= reader.scroll && sentenceLine < reader.scroll + visible)
    }

    @Test func enterOnAnAnnouncedEventOpensItsArticle() throws {
        var state = send(StoryFixtures.state(), .character("G"), .character("k"))
        #expect(state.selectedEntry?.isAnnounced == true)
        state = send(state, .enter)
        let reader = try #require(state.reader)
        #expect(reader.documentID == "alpine/rockfall.txt")
        #expect(ReaderOverlay.title(of: reader) == "Event · Fri 13 Mar 2026 · announced")
        #expect(reader.sourceCount == 1)
        #expect(send(state, .character("n")).statusMessage == nil, "one source: n says nothing")
        state = send(send(state, .escape), .character("j"), .enter)
        #expect(state.reader.map(ReaderOverlay.title) == "Event · April 2026 · announced")
    }

    @Test func theReaderShowsTheDocumentIDNotAPath() {
        var document = StoryFixtures.documents[0]
        document.path = "/somewhere/.build/debug/Sitrep_SitrepCore.resources/Demo/rockfall.txt"
        let lines = ReaderOverlay.lines(for: document, width: 70).map(\.text)
        #expect(lines.contains("alpine/rockfall.txt"))
        #expect(!lines.contains { $0.contains(".build") })
    }

    @Test func quotesOpenTheirArticleAtTheQuote() {
        let state = send(PanesFixtures.state(focus: .timeline), .character("3"), .enter)
        #expect(state.reader?.quoteSpan != nil)
        #expect(state.reader?.entry == nil)
        #expect(state.reader.map(ReaderOverlay.title)?.hasPrefix("Quote") == true)
    }

    @Test func theSparklineCountsEventsPerDay() throws {
        let state = StoryFixtures.state()
        let activity = try #require(state.contents.timeline.activity)
        let plan = try #require(Sparkline.plan(activity, columns: 34, selectedDay: nil))
        #expect(DayDate(dayNumber: plan.days.lowerBound)?.iso == "2026-03-08")
        #expect(DayDate(dayNumber: plan.days.upperBound)?.iso == "2026-03-13")
        #expect(plan.days.map { activity.count(on: $0) } == [1, 1, 2, 0, 0, 1])
        #expect(plan.label == "8–13 Mar 2026")
        #expect(!plan.moreBefore && !plan.moreAfter)
        #expect(plan.days.map { Sparkline.bar(activity.count(on: $0), peak: 2) }.joined() == "▂▂▄  ▂")
        #expect(Sparkline.bar(8, peak: 8) == "█" && Sparkline.bar(1, peak: 8) == "▁" && Sparkline.bar(0, peak: 8) == " ")
    }

    @Test func theSparklineWindowsLongRangesAndFollowsTheSelection() throws {
        var activity = Activity(newestArticleDay: nil)
        let old = DayDate(year: 2013, month: 4, day: 12)!.dayNumber
        let recent = DayDate(year: 2026, month: 4, day: 6)!.dayNumber
        activity.add(day: old, count: 1)
        for offset in 0..<16 { activity.add(day: recent + offset, count: offset % 4 + 1) }
        let plan = try #require(Sparkline.plan(activity, columns: 53, selectedDay: nil))
        #expect(plan.days == recent...(recent + 15), "the latest days, leading empty days dropped")
        #expect(plan.moreBefore && !plan.moreAfter)
        #expect(plan.label == "6–21 Apr 2026")
        let narrow = try #require(Sparkline.plan(activity, columns: 34, selectedDay: nil))
        #expect(narrow.days == recent...(recent + 15) && narrow.label == "6–21 Apr 2026",
                "a narrow pane labels the window in the room the bars leave")
        let tiny = try #require(Sparkline.plan(activity, columns: 20, selectedDay: nil))
        #expect(tiny.label == nil && tiny.days.count == 16)
        let back = try #require(Sparkline.plan(activity, columns: 53, selectedDay: old))
        #expect(back.days == old...old)
        #expect(!back.moreBefore && back.moreAfter)
        #expect(Sparkline.plan(Activity(newestArticleDay: nil), columns: 40, selectedDay: nil) == nil)
    }

    @Test func reloadingKeepsTheSelectedEvent() {
        var state = send(StoryFixtures.state(), .character("j"), .character("j"), .character("j"))
        let extra = Document(id: "late.txt", title: "Earlier background",
                             text: "The line first opened in 1911.", date: Fixtures.day("2026-03-12"),
                             dateSource: .header)
        state = Dashboard.update(state, .corpusLoaded(corpus: Corpus(documents: StoryFixtures.documents + [extra]),
                                                      problems: []))
        #expect(outline(state).first == "H 1911 · year")
        #expect(selectedSummary(state)?.hasPrefix("A rockfall") == true)
        #expect(state.timeline.selection == 4)
    }

    @Test func statusBarShowsTheFilterAndThePrompt() {
        var state = type(send(StoryFixtures.state(columns: 100, rows: 12), .character("f")), "mar 8..")
        var bar = Dashboard.render(state).textLines().last ?? ""
        #expect(bar.hasPrefix(" filter dates: mar 8.. "))
        #expect(bar.hasSuffix("Enter apply  Esc cancel "))
        state = send(state, .enter)
        bar = Dashboard.render(state).textLines().last ?? ""
        #expect(bar.contains("3 documents · 9 events · Timeline · filter from 8 Mar 2026"))
        #expect(bar.hasSuffix("Esc clear filter  ? help  q quit "))
        state = send(state, .character("d"))
        bar = Dashboard.render(state).textLines().last ?? ""
        #expect(bar.hasPrefix(" jump to date:   e.g. 2026-04-14, apr 14"))
    }
}

/// Summaries and actors are shown on one line with single spaces.
struct SingleSpacedTests {
    @Test func runsOfWhiteSpaceBecomeOneSpace() {
        #expect(TimelinePane.singleSpaced("The  ferry\nstopped\u{00A0} on\tMonday ") == "The ferry stopped on Monday")
        #expect(TimelinePane.singleSpaced(" Călărași county") == "Călărași county")
    }

    @Test func cleanTextIsKeptAsItIs() {
        #expect(TimelinePane.singleSpaced("Crews in Brăila cleared the quay") == "Crews in Brăila cleared the quay")
        #expect(TimelinePane.singleSpaced("") == "")
    }
}
