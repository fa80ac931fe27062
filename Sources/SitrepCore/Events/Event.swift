import Foundation

/// How precisely an event is dated.
public enum DatePrecision: String, Sendable, Codable, Comparable, CaseIterable {
    case year, month, day

    public static func < (a: DatePrecision, b: DatePrecision) -> Bool {
        let order: [DatePrecision] = [.year, .month, .day]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}

/// A calendar date at day, month or year precision, as an event carries it ("2023-09-29",
/// "2023-09", "2023"). Sorts chronologically; a month sorts before its first day.
public struct EventDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year; self.month = month; self.day = month == nil ? nil : day
    }

    public init(_ d: DayDate) { self.init(year: d.year, month: d.month, day: d.day) }

    /// Reads a TIMEX3 DATE/TIME value that names a calendar date: "2023-09-29",
    /// "2023-09-29T10:00", "2023-09-29TNI", "2023-09", "2023". Anything else (weeks, seasons,
    /// references, underspecified "XXXX-10-01") gives nil.
    public init?(timexValue value: String) {
        if let fast = Self.digitsOnly(value) {
            guard let (y, m, d) = fast else { return nil }
            self.init(year: y, month: m, day: d)
            return
        }
        // A year field starts with a digit (or the sign `Int` reads): "PRESENT_REF", "P1D",
        // "XXXX-WXX-5" name no date, and need no splitting to say so.
        guard let first = value.utf8.first, (first >= 0x30 && first <= 0x39) || first == UInt8(ascii: "+") else { return nil }
        let head = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? value
        let parts = head.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]), y >= 1 else { return nil }
        if parts.count == 1 { self.init(year: y); return }
        guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        if parts.count == 2 { self.init(year: y, month: m); return }
        guard parts[2].count == 2, let d = Int(parts[2]), DayDate(year: y, month: m, day: d) != nil else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The common shapes read from the bytes: "YYYY", "YYYY-MM", "YYYY-MM-DD", each maybe
    /// followed by "T..." and digits only. `.some(nil)` is a value of such a shape that names
    /// no date; nil means another shape, which the general reading handles.
    private static func digitsOnly(_ value: String) -> (Int, Int?, Int?)?? {
        var fields = (0, 0, 0)   // year, month, day as read so far
        var length = 0
        for b in value.utf8 {
            if b == UInt8(ascii: "T") { break }
            if length == 4 || length == 7 {
                guard b == UInt8(ascii: "-") else { return nil }
            } else {
                guard b >= 0x30 && b <= 0x39, length < 10 else { return nil }
                let digit = Int(b - 0x30)
                if length < 4 { fields.0 = fields.0 * 10 + digit } else if length < 7 { fields.1 = fields.1 * 10 + digit } else { fields.2 = fields.2 * 10 + digit }
            }
            length += 1
        }
        let (y, m, d) = fields
        guard length == 4 || length == 7 || length == 10 else { return nil }
        guard y >= 1 else { return .some(nil) }
        if length == 4 { return (y, nil, nil) }
        guard (1...12).contains(m) else { return .some(nil) }
        if length == 7 { return (y, m, nil) }
        guard DayDate(year: y, month: m, day: d) != nil else { return .some(nil) }
        return (y, m, d)
    }

    public var precision: DatePrecision { day != nil ? .day : (month != nil ? .month : .year) }

    /// "2023-09-29", "2023-09" or "2023".
    public var description: String {
        var out = EventDate.pad(year, 4)
        if let month { out += "-" + EventDate.pad(month, 2) }
        if let day { out += "-" + EventDate.pad(day, 2) }
        return out
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// The first day this date covers.
    public var firstDay: DayDate? { DayDate(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day this date covers.
    public var lastDay: DayDate? {
        let m = month ?? 12
        return DayDate(year: year, month: m, day: day ?? DayDate.daysIn(month: m, year: year))
    }

    public static func < (a: EventDate, b: EventDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}

/// Something that happened (or is announced) on a date, according to one sentence of one article.
public struct Event: Sendable, Hashable {
    public var date: EventDate
    /// The sentence the event comes from (Unicode-scalar offsets).
    public var span: TextSpan
    /// The temporal expression that dates it.
    public var timexSpan: TextSpan
    /// The sentence's main named subject, when there is one.
    public var actor: String?
    /// The clause that tells the event, trimmed to about 100 characters.
    public var summary: String
    public var documentID: String

    public var precision: DatePrecision { date.precision }
}
