import Testing
@testable import SitrepCore

/// Shared fixtures for the timex tests: a fixed anchor and small assertion helpers.
enum TimeFixtures {
    /// Friday 17 April 2026.
    static let anchor = DayDate(year: 2026, month: 4, day: 17)!

    static func tags(_ text: String, anchor: DayDate? = TimeFixtures.anchor) -> [Timex] {
        TimexTagger().tag(text, anchor: anchor)
    }

    /// The sentence yields a timex with exactly this text, type and value.
    static func expect(_ sentence: String, _ text: String, _ type: TimexType, _ value: String,
                       anchor: DayDate? = TimeFixtures.anchor, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = tags(sentence, anchor: anchor)
        guard let t = found.first(where: { $0.text == text }) else {
            Issue.record("no timex \"\(text)\" in \"\(sentence)\"; got \(found.map { "\($0.text)=\($0.value)" })",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(t.type == type, "\"\(text)\" type", sourceLocation: sourceLocation)
        #expect(t.value == value, "\"\(text)\" value", sourceLocation: sourceLocation)
    }

    /// No timex overlaps the first occurrence of `words` in the sentence.
    static func expectNone(_ sentence: String, _ words: String, anchor: DayDate? = TimeFixtures.anchor,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(sentence.unicodeScalars)
        let needle = Array(words.unicodeScalars)
        guard let at = (0...(scalars.count - needle.count)).first(where: { Array(scalars[$0..<$0 + needle.count]) == needle }) else {
            Issue.record("\"\(words)\" not in the sentence", sourceLocation: sourceLocation)
            return
        }
        let hit = tags(sentence, anchor: anchor).first { $0.start < at + needle.count && $0.end > at }
        #expect(hit == nil, "unexpected timex \(hit.map { "\"\($0.text)\"=\($0.value)" } ?? "")", sourceLocation: sourceLocation)
    }
}

@Suite struct TimeArithmeticTests {
    @Test func weekdaysAndDayNumbers() {
        #expect(DateMath.weekday(TimeFixtures.anchor) == 5)
        #expect(DateMath.days(1970, 1, 1) == 0)
        let z = DateMath.days(2024, 2, 29)
        #expect(DateMath.civil(z) == (2024, 2, 29))
        #expect(DateMath.date(fromDays: z + 1) == DayDate(year: 2024, month: 3, day: 1))
    }

    @Test func isoWeeks() {
        // 2021-01-03 is a Sunday in week 53 of 2020; 2024-12-30 is in week 1 of 2025.
        #expect(DateMath.isoWeek(ofDays: DateMath.days(2021, 1, 3)) == (2020, 53))
        #expect(DateMath.isoWeek(ofDays: DateMath.days(2024, 12, 30)) == (2025, 1))
        #expect(DateMath.isoWeek(ofDays: DateMath.dayNumber(TimeFixtures.anchor)) == (2026, 16))
        #expect(DateValue.week(2026, 1).shifted(by: -1, .week) == .week(2025, 52))
    }

    @Test func monthsAndQuarters() {
        #expect(DateMath.adding(months: 1, to: DayDate(year: 2026, month: 1, day: 31)!) == DayDate(year: 2026, month: 2, day: 28))
        #expect(DateMath.addMonths(2026, 1, -1) == (2025, 12))
        #expect(DateValue.quarter(2026, 1).shifted(by: -1, .quarter) == .quarter(2025, 4))
        #expect(DateValue.day(2024, 2, 29).shifted(by: -1, .year) == .day(2023, 2, 28))
    }

    @Test func namedDays() {
        #expect(TimexScanner.easter(2026) == DayDate(year: 2026, month: 4, day: 5))
        #expect(TimexScanner.nthWeekday(4, 4, month: 11, year: 2026) == DayDate(year: 2026, month: 11, day: 26))
        #expect(TimexScanner.nthWeekday(-1, 1, month: 5, year: 2026) == DayDate(year: 2026, month: 5, day: 25))
    }

    @Test func durationValues() {
        #expect(DurationFormat.value(2.5, .year) == "P2Y6M")
        #expect(DurationFormat.value(0.5, .hour) == "PT30M")
        #expect(DurationFormat.value(1, .decade) == "P10Y")
        #expect(DurationFormat.value(nil, .hour) == "PTXH")
        #expect(DurationFormat.value(2, .fortnight) == "P4W")
    }
}
