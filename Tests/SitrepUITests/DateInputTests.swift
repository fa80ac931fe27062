import SitrepCore
import Testing
@testable import SitrepUI

/// What users type into the jump (`d`) and filter (`f`) prompts.
@Suite("Date input")
struct DateInputTests {
    /// The newest article's date: what "today" means.
    let newest = DayDate(year: 2026, month: 4, day: 14)!

    func day(_ text: String) throws -> String {
        try DateInput.day(text, reference: newest).iso
    }

    func span(_ text: String) throws -> String {
        let span = try DateInput.span(text, reference: newest)
        return span.first == span.last ? span.first.iso : "\(span.first.iso)...\(span.last.iso)"
    }

    func range(_ text: String) throws -> String {
        guard let range = try DateInput.range(text, reference: newest) else { return "none" }
        return "\(range.from?.iso ?? "")..\(range.to?.iso ?? "")"
    }

    func problem(_ text: String, range: Bool = false) -> String? {
        do {
            if range { _ = try DateInput.range(text, reference: newest) } else { _ = try DateInput.span(text, reference: newest) }
            return nil
        } catch {
            return error.message
        }
    }

    @Test(arguments: [
        ("2026-04-14", "2026-04-14"), ("2026-4-9", "2026-04-09"), ("2026/04/09", "2026-04-09"),
        ("14.4.2026", "2026-04-14"),
        ("apr 14", "2026-04-14"), ("14 apr", "2026-04-14"), ("April 14", "2026-04-14"),
        ("14 April", "2026-04-14"), ("Apr 14, 2025", "2025-04-14"), ("14th april 2025", "2025-04-14"),
        ("sept 3", "2026-09-03"), ("  APR   2  ", "2026-04-02"), ("apr. 2", "2026-04-02"),
        ("today", "2026-04-14"), ("yesterday", "2026-04-13"), ("tomorrow", "2026-04-15"),
        ("-3d", "2026-04-11"), ("+2d", "2026-04-16"), ("-1w", "2026-04-07"), ("-3", "2026-04-11"),
        ("3d ago", "2026-04-11"), ("2 weeks ago", "2026-03-31"), ("- 3 days", "2026-04-11"),
        ("-14d", "2026-03-31"), ("+20d", "2026-05-04"),
    ])
    func oneDay(text: String, expected: String) throws {
        #expect(try day(text) == expected)
    }

    @Test func monthsAndYearsAreSpans() throws {
        #expect(try span("2026-04") == "2026-04-01...2026-04-30")
        #expect(try span("apr") == "2026-04-01...2026-04-30")
        #expect(try span("feb 2024") == "2024-02-01...2024-02-29")
        #expect(try span("2013") == "2013-01-01...2013-12-31")
        #expect(try day("2013") == "2013-01-01", "a jump goes to the first day")
    }

    @Test(arguments: [
        ("", "type a date"),
        ("banana", "not a date: \u{201C}banana\u{201D}"),
        ("14", "not a date"),
        ("apr 31", "no such day"),
        ("2026-02-30", "no such day"),
        ("2026-13", "no such day"),
        ("apr 14 may", "not a date"),
        ("3x", "not a date"),
    ])
    func whatIsNotADate(text: String, reason: String) {
        let message = problem(text)
        #expect(message?.contains(reason) == true, "\(text): \(message ?? "parsed")")
    }

    @Test func theErrorShowsExamples() {
        #expect(problem("soon")?.contains("2026-04-14, apr 14, 14 apr, -3d, today") == true)
    }

    @Test func relativeDatesNeedAnArticleDate() throws {
        #expect(throws: DateInputError.self) { try DateInput.day("today", reference: nil) }
        #expect(throws: DateInputError.self) { try DateInput.day("apr 14", reference: nil) }
        #expect(try DateInput.day("apr 14 2026", reference: nil).iso == "2026-04-14")
        #expect(try DateInput.day("2026-04-14", reference: nil).iso == "2026-04-14")
    }

    @Test(arguments: [
        ("2026-04-12..2026-04-15", "2026-04-12..2026-04-15"),
        ("apr 12 .. apr 15", "2026-04-12..2026-04-15"),
        ("apr 12 to apr 15", "2026-04-12..2026-04-15"),
        ("..apr 14", "..2026-04-14"),
        ("apr 14..", "2026-04-14.."),
        ("-3d..", "2026-04-11.."),
        ("..yesterday", "..2026-04-13"),
        ("2026-03..2026-04", "2026-03-01..2026-04-30"),
        ("apr", "2026-04-01..2026-04-30"),
        ("apr 14", "2026-04-14..2026-04-14"),
        ("last 3 days", "2026-04-12..2026-04-14"),
        ("last week", "2026-04-08..2026-04-14"),
        ("last 2w", "2026-04-01..2026-04-14"),
        ("", "none"),
        ("   ", "none"),
        ("..", "none"),
    ])
    func ranges(text: String, expected: String) throws {
        #expect(try range(text) == expected)
    }

    @Test func aBackwardsRangeIsRefused() {
        #expect(problem("apr 15..apr 12", range: true)
                == "the range ends (12 Apr 2026) before it starts (15 Apr 2026)")
        #expect(problem("apr 12..banana", range: true)?.contains("banana") == true)
    }

    @Test func rangesContainWholePeriods() {
        let range = DateRange(from: DayDate(year: 2026, month: 4, day: 1), to: DayDate(year: 2026, month: 4, day: 30))
        #expect(range.contains(first: DayDate(year: 2026, month: 4, day: 1)!, last: DayDate(year: 2026, month: 4, day: 30)!))
        #expect(!range.contains(first: DayDate(year: 2026, month: 1, day: 1)!, last: DayDate(year: 2026, month: 12, day: 31)!))
        #expect(DateRange(from: nil, to: nil).contains(first: DayDate(year: 1, month: 1, day: 1)!,
                                                       last: DayDate(year: 9999, month: 12, day: 31)!))
    }

    @Test func labels() {
        let a = DayDate(year: 2026, month: 4, day: 12), b = DayDate(year: 2026, month: 4, day: 15)
        #expect(DateRange(from: a, to: b).label == "12–15 Apr 2026")
        #expect(DateRange(from: a, to: nil).label == "from 12 Apr 2026")
        #expect(DateRange(from: nil, to: b).label == "until 15 Apr 2026")
        #expect(DateRange(from: a, to: a).label == "12 Apr 2026")
        #expect(DateRange(from: DayDate(year: 2026, month: 3, day: 30), to: b).label == "30 Mar – 15 Apr 2026")
        #expect(DateRange(from: DayDate(year: 2025, month: 12, day: 30), to: b).label
                == "30 Dec 2025 – 15 Apr 2026")
        #expect(DateRange(from: a, to: b).promptText == "2026-04-12..2026-04-15")
    }

    @Test func dayNumbersRoundTrip() {
        #expect(DayDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(DayDate(year: 2000, month: 3, day: 1)!.dayNumber == 11_017)
        #expect(DayDate(year: 1969, month: 12, day: 31)!.dayNumber == -1)
        var day = DayDate(year: 2023, month: 12, day: 25)!
        for _ in 0..<900 {
            let next = day.adding(days: 1)!
            #expect(next.dayNumber == day.dayNumber + 1)
            #expect(next > day)
            day = next
        }
        #expect(day.iso == "2026-06-12")
        #expect(DayDate(year: 2024, month: 2, day: 28)!.adding(days: 1)!.iso == "2024-02-29")
        #expect(DayDate(year: 1, month: 1, day: 1)!.adding(days: -1) == nil)
    }
}
