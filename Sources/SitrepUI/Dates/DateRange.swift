import SitrepCore

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
