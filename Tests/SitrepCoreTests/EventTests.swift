import Testing
@testable import SitrepCore

/// Events from dated sentences, with articles written for these tests (anchor Friday 2026-04-17).
struct EventExtractionTests {
    private func document(_ id: String, _ text: String, date: String = "2026-04-17") -> Document {
        Document(id: id, title: id, text: text, date: DayDate(iso: date), dateSource: .header)
    }

    private func events(_ text: String, date: String = "2026-04-17") -> [Event] {
        Extractor().extract(document("a", text, date: date)).events
    }

    @Test func eventDateReadsTimexValues() {
        #expect(EventDate(timexValue: "2026-04-14")?.precision == .day)
        #expect(EventDate(timexValue: "2026-04-14T10:00")?.description == "2026-04-14")
        #expect(EventDate(timexValue: "2026-04-14TNI")?.description == "2026-04-14")
        #expect(EventDate(timexValue: "2026-04")?.precision == .month)
        #expect(EventDate(timexValue: "2013")?.precision == .year)
        #expect(EventDate(timexValue: "2026-W16") == nil)
        #expect(EventDate(timexValue: "PRESENT_REF") == nil)
        #expect(EventDate(timexValue: "XXXX-04-14") == nil)
        #expect(EventDate(timexValue: "2026-02-30") == nil)
        #expect(EventDate(year: 2026, month: 4) < EventDate(year: 2026, month: 4, day: 1))
    }

    @Test func aDatedSentenceBecomesAnEventWithItsActor() {
        let found = events("Title: Ferry halted\nDate: 2026-04-17\n\nThe harbour authority suspended the ferry on Tuesday. Nobody objected.")
        #expect(found.count == 1)
        #expect(found.first?.date.description == "2026-04-14")
        #expect(found.first?.actor == nil)   // "The harbour authority" is not capitalised
        #expect(found.first?.summary == "The harbour authority suspended the ferry on Tuesday.")
    }

    @Test func headerLinesAreNotEvents() {
        let found = events("Title: Quiet day\nDate: 2026-04-17\n\nNothing happened.")
        #expect(found.isEmpty)
    }

    @Test func actorIsThePersonNotThePlaceAfterAPreposition() {
        let found = events("In Ruse, Mayor Petra Ivanova opened the new pumping station on Wednesday.")
        #expect(found.first?.actor == "Petra Ivanova")   // the person, title stripped by the People stage
        #expect(found.first?.date.description == "2026-04-15")
    }

    @Test func mostPreciseTimexDatesTheSentence() {
        let found = events("The levee, built in 1998, failed on April 15.")
        #expect(found.first?.date.description == "2026-04-15")
    }

    @Test func datelineDoesNotDateTheEvent() {
        let found = events("RUSE, Bulgaria, April 17, 2026 — Engineers reopened the bridge on Thursday.")
        #expect(found.count == 1)
        #expect(found.first?.date.description == "2026-04-16")
        #expect(found.first?.summary.hasPrefix("Engineers reopened") == true)
    }

    @Test func longSentencesAreCutToTheClauseAroundTheDate() {
        let text = "After a week of heavy rain across the upper valley and repeated warnings from the hydrological service, the regional council, which met in emergency session, ordered the evacuation of four villages on Wednesday, while volunteers kept filling sandbags along the southern embankment."
        let summary = events(text).first?.summary ?? ""
        #expect(summary.count <= EventExtractor.summaryLimit)
        #expect(summary.contains("on Wednesday"))
    }
}

/// Merging events told by several articles into one timeline.
struct TimelineMergeTests {
    private func corpus(_ articles: [(String, String, String)]) -> Corpus {
        Corpus(documents: articles.map { id, date, text in
            Document(id: id, title: id, text: text, date: DayDate(iso: date), dateSource: .header)
        })
    }

    @Test func theSameEventFromTwoArticlesMergesWithBothSources() {
        let c = corpus([
            ("a.txt", "2026-04-15", "The river authority closed the Ruse bridge to trucks on Tuesday."),
            ("b.txt", "2026-04-16", "The river authority closed the Ruse bridge to trucks on April 14, officials said."),
            ("c.txt", "2026-04-16", "A school in Vidin reopened on April 14."),
        ])
        let onTheDay = c.timeline.filter { $0.date.description == "2026-04-14" }
        #expect(onTheDay.count == 2)
        let bridge = onTheDay.first { $0.summary.contains("bridge") }
        #expect(bridge?.sources.map(\.documentID) == ["a.txt", "b.txt"])
        #expect(onTheDay.first { $0.summary.contains("school") }?.sources.count == 1)
    }

    @Test func differentDatesNeverMerge() {
        let c = corpus([
            ("a.txt", "2026-04-15", "The river authority closed the Ruse bridge on Tuesday."),
            ("b.txt", "2026-04-15", "The river authority closed the Ruse bridge on Wednesday."),
        ])
        #expect(c.timeline.count == 2)
    }

    @Test func entriesAfterTheNewestArticleAreAnnounced() {
        let c = corpus([
            ("a.txt", "2026-04-15", "The ferry will resume on April 20. The dam was inspected on Monday."),
        ])
        #expect(c.timeline.map(\.date.description) == ["2026-04-13", "2026-04-20"])
        #expect(c.timeline.map(\.isAnnounced) == [false, true])
    }

    @Test func timelineIsChronologicalWithMonthsBeforeTheirDays() {
        let c = corpus([
            ("a.txt", "2026-04-15", "Crews arrived on April 3. Rain fell all through April. The record dates from 2013."),
        ])
        #expect(c.timeline.map(\.date.description) == ["2013", "2026-04", "2026-04-03"])
    }
}

/// The script-facing timeline formats.
struct TimelineExportTests {
    private let entries = [
        TimelineEntry(date: EventDate(year: 2026, month: 4, day: 14), summary: "Bridge closed, then \"reopened\"; trucks wait",
                      actor: nil, sources: [EventSource(documentID: "a.txt", span: TextSpan(start: 0, end: 10), timexSpan: TextSpan(start: 2, end: 4))],
                      isAnnounced: false),
        TimelineEntry(date: EventDate(year: 2026, month: 5), summary: "Repairs planned", actor: "Ruse council",
                      sources: [EventSource(documentID: "b.txt", span: TextSpan(start: 0, end: 5), timexSpan: TextSpan(start: 0, end: 5))],
                      isAnnounced: true),
    ]

    @Test func dateRangeFilterKeepsOverlappingEntries() {
        #expect(TimelineExport.filter(entries, from: DayDate(iso: "2026-05-10"), to: nil).count == 1)
        #expect(TimelineExport.filter(entries, from: nil, to: DayDate(iso: "2026-04-30")).count == 1)
        #expect(TimelineExport.filter(entries, from: DayDate(iso: "2026-04-14"), to: DayDate(iso: "2026-05-01")).count == 2)
    }

    @Test func csvQuotesFieldsThatNeedIt() {
        let lines = TimelineExport.csv(entries).components(separatedBy: "\r\n")
        #expect(lines[0] == "date,precision,summary,actor,announced,sources")
        #expect(lines[1] == "2026-04-14,day,\"Bridge closed, then \"\"reopened\"\"; trucks wait\",,no,a.txt")
        #expect(lines[2] == "2026-05,month,Repairs planned,Ruse council,yes,b.txt")
    }

    @Test func iCalendarHasAllDayEventsSpanningTheirPrecision() {
        let ics = TimelineExport.iCalendar(entries)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20260414\r\nDTEND;VALUE=DATE:20260415"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20260501\r\nDTEND;VALUE=DATE:20260601"))
        #expect(ics.contains("SUMMARY:Bridge closed\\, then \"reopened\"\\; trucks wait"))
        for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
    }

    @Test func jsonLinesCarrySources() {
        let first = TimelineExport.jsonLines(entries).split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.contains("\"sources\":[{\"id\":\"a.txt\",\"start\":0,\"end\":10}]"))
        #expect(first.hasPrefix("{\"date\":\"2026-04-14\",\"precision\":\"day\""))
    }
}
