/// Calendar arithmetic on proleptic Gregorian days: day numbers, weekdays, ISO 8601 weeks,
/// adding days and months. Pure integer maths, no Foundation calendars.
enum DateMath {
    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    static func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The calendar day of a day number (inverse of `days`).
    static func civil(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday of a day number: 1 = Monday ... 7 = Sunday.
    static func weekday(ofDays z: Int) -> Int { ((z % 7 + 7 + 3) % 7) + 1 }

    static func weekday(_ d: DayDate) -> Int { weekday(ofDays: days(d.year, d.month, d.day)) }

    static func dayNumber(_ d: DayDate) -> Int { days(d.year, d.month, d.day) }

    static func date(fromDays z: Int) -> DayDate? {
        let c = civil(z)
        return DayDate(year: c.year, month: c.month, day: c.day)
    }

    static func adding(days n: Int, to d: DayDate) -> DayDate? { date(fromDays: dayNumber(d) + n) }

    /// Month arithmetic: (year, month) plus n months.
    static func addMonths(_ y: Int, _ m: Int, _ n: Int) -> (year: Int, month: Int) {
        let total = y * 12 + (m - 1) + n
        let yy = total >= 0 ? total / 12 : (total - 11) / 12
        return (yy, total - yy * 12 + 1)
    }

    /// A day plus n months, the day clamped to the target month's length.
    static func adding(months n: Int, to d: DayDate) -> DayDate? {
        let (y, m) = addMonths(d.year, d.month, n)
        return DayDate(year: y, month: m, day: min(d.day, DayDate.daysIn(month: m, year: y)))
    }

    /// ISO 8601 week-numbering year and week of a day number.
    static func isoWeek(ofDays z: Int) -> (year: Int, week: Int) {
        let thursday = z - weekday(ofDays: z) + 4
        let y = civil(thursday).year
        return (y, (thursday - days(y, 1, 1)) / 7 + 1)
    }

    /// Day number of the Monday of an ISO week.
    static func mondayOf(isoYear y: Int, week w: Int) -> Int {
        let jan4 = days(y, 1, 4)
        return jan4 - (weekday(ofDays: jan4) - 1) + (w - 1) * 7
    }

    /// 1...4 for months 1...12.
    static func quarter(ofMonth m: Int) -> Int { (m - 1) / 3 + 1 }

    /// Season of a month (meteorological, northern hemisphere): 1 spring (Mar-May),
    /// 2 summer (Jun-Aug), 3 fall (Sep-Nov), 4 winter (Dec-Feb, counted in the year it is in).
    static func season(ofMonth m: Int) -> Int {
        switch m {
        case 3...5: return 1
        case 6...8: return 2
        case 9...11: return 3
        default: return 4
        }
    }
}

/// A calendar point or period at some granularity, as written in a TIMEX3 value.
enum DateValue: Equatable {
    case day(Int, Int, Int)
    case week(Int, Int)          // ISO year, ISO week
    case weekend(Int, Int)       // ISO year, ISO week
    case month(Int, Int)
    case quarter(Int, Int)
    case half(Int, Int)
    case season(Int, Int)        // year, 1 SP ... 4 WI
    case year(Int)
    case decade(Int)             // 199 = the 1990s
    case century(Int)            // 19 = 1900-1999

    init(_ d: DayDate) { self = .day(d.year, d.month, d.day) }

    /// The TIMEX3 value string.
    var value: String {
        switch self {
        case let .day(y, m, d): return TimexFormat.day(y, m, d)
        case let .week(y, w): return TimexFormat.pad(y, 4) + "-W" + TimexFormat.pad(w, 2)
        case let .weekend(y, w): return TimexFormat.pad(y, 4) + "-W" + TimexFormat.pad(w, 2) + "-WE"
        case let .month(y, m): return TimexFormat.pad(y, 4) + "-" + TimexFormat.pad(m, 2)
        case let .quarter(y, q): return TimexFormat.pad(y, 4) + "-Q\(q)"
        case let .half(y, h): return TimexFormat.pad(y, 4) + "-H\(h)"
        case let .season(y, s): return TimexFormat.pad(y, 4) + "-" + TimexFormat.seasonCodes[s - 1]
        case let .year(y): return TimexFormat.pad(y, 4)
        case let .decade(d): return TimexFormat.pad(d, 3)
        case let .century(c): return TimexFormat.pad(c, 2)
        }
    }

    /// The year the value lies in (the first year for decades and centuries).
    var year: Int {
        switch self {
        case let .day(y, _, _), let .week(y, _), let .weekend(y, _), let .month(y, _),
             let .quarter(y, _), let .half(y, _), let .season(y, _), let .year(y):
            return y
        case let .decade(d): return d * 10
        case let .century(c): return c * 100
        }
    }

    /// The anchor day seen at the granularity of `unit` ("this week", "this month", ...).
    static func containing(_ d: DayDate, unit: TimeUnit) -> DateValue {
        switch unit {
        case .second, .minute, .hour, .day: return DateValue(d)
        case .week, .fortnight:
            let w = DateMath.isoWeek(ofDays: DateMath.dayNumber(d))
            return .week(w.year, w.week)
        case .month: return .month(d.year, d.month)
        case .quarter: return .quarter(d.year, DateMath.quarter(ofMonth: d.month))
        case .year: return .year(d.year)
        case .decade: return .decade(d.year / 10)
        case .century: return .century(d.year / 100)
        case .millennium: return .year(d.year)
        }
    }

    /// This value seen at a unit's granularity ("the following year" after a day in 1989 is
    /// 1989 plus one); nil when the value is coarser than the unit.
    func at(_ unit: TimeUnit) -> DateValue? {
        switch self {
        case let .day(y, m, d):
            guard let day = DayDate(year: y, month: m, day: d) else { return nil }
            return DateValue.containing(day, unit: unit)
        case let .month(y, m):
            switch unit {
            case .month: return self
            case .quarter: return .quarter(y, DateMath.quarter(ofMonth: m))
            case .year: return .year(y)
            case .decade: return .decade(y / 10)
            default: return nil
            }
        case let .quarter(y, _), let .half(y, _), let .season(y, _):
            if unit == .year { return .year(y) }
            if case .quarter = self, unit == .quarter { return self }
            return unit == .decade ? .decade(y / 10) : nil
        case let .week(y, w), let .weekend(y, w):
            if unit == .week { return .week(y, w) }
            if unit == .year { return .year(y) }
            return nil
        case let .year(y):
            switch unit {
            case .year: return self
            case .decade: return .decade(y / 10)
            case .century: return .century(y / 100)
            default: return nil
            }
        case let .decade(d): return unit == .decade ? self : unit == .century ? .century(d / 10) : nil
        case .century: return unit == .century ? self : nil
        }
    }

    /// This value moved by n units; nil when the unit is finer than the value ("two days
    /// earlier" than a year) or the result leaves the calendar.
    func shifted(by n: Int, _ unit: TimeUnit) -> DateValue? {
        switch self {
        case let .day(y, m, d):
            guard let day = DayDate(year: y, month: m, day: d) else { return nil }
            let out: DayDate?
            switch unit {
            case .day: out = DateMath.adding(days: n, to: day)
            case .week: out = DateMath.adding(days: 7 * n, to: day)
            case .fortnight: out = DateMath.adding(days: 14 * n, to: day)
            case .month: out = DateMath.adding(months: n, to: day)
            case .quarter: out = DateMath.adding(months: 3 * n, to: day)
            case .year: out = DateMath.adding(months: 12 * n, to: day)
            case .decade: out = DateMath.adding(months: 120 * n, to: day)
            case .century: out = DateMath.adding(months: 1200 * n, to: day)
            default: out = nil
            }
            return out.map { DateValue($0) }
        case let .week(y, w), let .weekend(y, w):
            let weeks: Int
            switch unit {
            case .week: weeks = n
            case .fortnight: weeks = 2 * n
            case .year:
                let monday = DateMath.mondayOf(isoYear: y + n, week: min(w, 52))
                let iso = DateMath.isoWeek(ofDays: monday)
                return rewrap(iso.year, iso.week)
            default: return nil
            }
            let iso = DateMath.isoWeek(ofDays: DateMath.mondayOf(isoYear: y, week: w) + 7 * weeks)
            return rewrap(iso.year, iso.week)
        case let .month(y, m):
            switch unit {
            case .month: let r = DateMath.addMonths(y, m, n); return .month(r.year, r.month)
            case .quarter: let r = DateMath.addMonths(y, m, 3 * n); return .month(r.year, r.month)
            case .year: return .month(y + n, m)
            case .decade: return .month(y + 10 * n, m)
            default: return nil
            }
        case let .quarter(y, q):
            switch unit {
            case .quarter:
                let t = y * 4 + (q - 1) + n
                let yy = t >= 0 ? t / 4 : (t - 3) / 4
                return .quarter(yy, t - yy * 4 + 1)
            case .year: return .quarter(y + n, q)
            default: return nil
            }
        case let .half(y, h): return unit == .year ? .half(y + n, h) : nil
        case let .season(y, s): return unit == .year ? .season(y + n, s) : nil
        case let .year(y):
            switch unit {
            case .year: return .year(y + n)
            case .decade: return .year(y + 10 * n)
            case .century: return .year(y + 100 * n)
            default: return nil
            }
        case let .decade(d):
            switch unit {
            case .decade: return .decade(d + n)
            case .century: return .decade(d + 10 * n)
            default: return nil
            }
        case let .century(c): return unit == .century ? .century(c + n) : nil
        }
    }

    private func rewrap(_ y: Int, _ w: Int) -> DateValue {
        if case .weekend = self { return .weekend(y, w) }
        return .week(y, w)
    }
}

/// Small zero-padding helpers for TIMEX3 values (no `String(format:)` in the hot path).
enum TimexFormat {
    static let seasonCodes = ["SP", "SU", "FA", "WI"]
    static let partOfDayCodes = ["MO", "AF", "EV", "NI"]

    static func pad(_ n: Int, _ width: Int) -> String {
        if n >= 0, width >= 1, width <= 4, n < (width == 4 ? 10000 : width == 3 ? 1000 : width == 2 ? 100 : 10) {
            return String(unsafeUninitializedCapacity: width) { out in
                var rest = n
                for k in stride(from: width - 1, through: 0, by: -1) {
                    out[k] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                return width
            }
        }
        let s = String(n < 0 ? -n : n)
        let padded = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        return n < 0 ? "-" + padded : padded
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> String {
        pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }
}

/// Counting days, for callers outside the Time stage (the dashboard's date prompts and its
/// activity sparkline need day numbers, not just comparisons): `DateMath` as `DayDate` API.
extension DayDate {
    /// Days since 1970-01-01 (negative before it), proleptic Gregorian calendar.
    public var dayNumber: Int { DateMath.dayNumber(self) }

    /// The day `dayNumber` days after 1970-01-01; nil outside the years 1...9999.
    public init?(dayNumber: Int) {
        guard let date = DateMath.date(fromDays: dayNumber) else { return nil }
        self = date
    }

    /// The day `days` later (earlier when negative); nil outside the years 1...9999.
    public func adding(days: Int) -> DayDate? { DateMath.adding(days: days, to: self) }
}
