import Foundation

/// Where a document's date came from, in order of trust (see DESIGN.md, the extraction contract).
public enum DateSource: String, Sendable, Codable, CaseIterable {
    case header, filename, text, option, input, mtime, none
}

/// A calendar day with no time zone, the precision at which articles are dated.
public struct DayDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid Gregorian day, or nil (`DayDate(year: 2023, month: 2, day: 30)` is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= DayDate.daysIn(month: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(iso: some StringProtocol) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        // Digit by digit (`String(format:)` costs a microsecond, and the time and event stages
        // ask for this often): the year is 1...9999, month and day two digits each.
        let (y, m, d) = (year, month, day)
        return String(unsafeUninitializedCapacity: 10) { out in
            func digit(_ n: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(n % 10) }
            out[0] = digit(y / 1000); out[1] = digit(y / 100); out[2] = digit(y / 10); out[3] = digit(y)
            out[4] = UInt8(ascii: "-"); out[5] = digit(m / 10); out[6] = digit(m)
            out[7] = UInt8(ascii: "-"); out[8] = digit(d / 10); out[9] = digit(d)
            return 10
        }
    }

    public var description: String { iso }

    public static func < (a: DayDate, b: DayDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// One article as Sitrep reads it: decoded, NFC-normalised text with a title and a date.
public struct Document: Sendable, Hashable {
    /// Stable identifier: the input's own "id", or the path as given on the command line.
    public var id: String
    public var title: String
    /// The article text, NFC-normalised, LF line endings, no BOM. Offsets count its Unicode scalars.
    public var text: String
    public var date: DayDate?
    public var dateSource: DateSource
    /// The file it came from, when it came from a file.
    public var path: String?
    public var url: String?
    public var source: String?

    public init(id: String, title: String, text: String, date: DayDate?, dateSource: DateSource,
                path: String? = nil, url: String? = nil, source: String? = nil) {
        self.id = id; self.title = title; self.text = text; self.date = date
        self.dateSource = dateSource; self.path = path; self.url = url; self.source = source
    }
}
