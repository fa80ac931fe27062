import SitrepCore

/// Counting days: the jump and filter prompts ("-3d", "last 7 days") and the timeline's
/// activity sparkline (one cell per day) need day numbers, not just comparisons.
extension DayDate {
    /// Days since 1970-01-01 (negative before it), proleptic Gregorian calendar.
    /// Howard Hinnant's `days_from_civil`.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `dayNumber` days after 1970-01-01; nil outside the years 1...9999.
    init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// The day `days` later (earlier when negative); nil outside the years 1...9999.
    func adding(days: Int) -> DayDate? { DayDate(dayNumber: dayNumber + days) }
}

/// The days a timeline filter keeps: both ends included, either end open.
public struct DateRange: Sendable, Hashable {
    public var from: DayDate?
    public var to: DayDate?

    public init(from: DayDate?, to: DayDate?) {
        self.from = from; self.to = to
    }

    /// True when the whole period `first...last` lies inside the range (a month-precision
    /// event is kept only by a range that holds the whole month).
    func contains(first: DayDate, last: DayDate) -> Bool {
        if let from, first < from { return false }
        if let to, last > to { return false }
        return true
    }

    /// For the status bar: "12–15 Apr 2026", "from 14 Apr 2026", "until 14 Apr 2026".
    var label: String {
        switch (from, to) {
        case let (from?, to?) where from == to: return Formatting.shortDay(from, withYear: true)
        case let (from?, to?): return Formatting.dayRange(from, to)
        case let (from?, nil): return "from " + Formatting.shortDay(from, withYear: true)
        case let (nil, to?): return "until " + Formatting.shortDay(to, withYear: true)
        case (nil, nil): return "all dates"
        }
    }

    /// What the filter prompt starts with when a filter is set: "2026-04-12..2026-04-15".
    var promptText: String {
        (from?.iso ?? "") + ".." + (to?.iso ?? "")
    }
}
