import Foundation
import SitrepCore

/// Numbers, dates and labels as the panes print them. Pure functions: no locale, no clock.
enum Formatting {
    /// `1234` -> "1,234".
    /// "14:02:31" in `zone`.
    static func clockTime(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return two(c.hour) + ":" + two(c.minute) + ":" + two(c.second)
    }

    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// `3, "word"` -> "3 words"; `1, "word"` -> "1 word".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(grouped(number)) \(noun)\(number == 1 ? "" : "s")"
    }

    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Tue 14 Apr 2026".
    static func dayHeader(_ date: DayDate) -> String {
        "\(weekdays[weekday(date)]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// "14 Apr", or "14 Apr 2026" `withYear`.
    static func shortDay(_ date: DayDate, withYear: Bool = false) -> String {
        "\(date.day) \(months[date.month - 1])" + (withYear ? " \(date.year)" : "")
    }

    /// "12–15 Apr 2026", "30 Mar – 2 Apr 2026", "30 Dec 2025 – 2 Jan 2026".
    static func dayRange(_ first: DayDate, _ last: DayDate) -> String {
        if first == last { return shortDay(first, withYear: true) }
        if first.year != last.year {
            return shortDay(first, withYear: true) + " \u{2013} " + shortDay(last, withYear: true)
        }
        if first.month != last.month {
            return shortDay(first) + " \u{2013} " + shortDay(last, withYear: true)
        }
        return "\(first.day)\u{2013}" + shortDay(last, withYear: true)
    }

    /// The heading of a group of timeline entries: "Tue 14 Apr 2026", "April 2026 · month",
    /// "2013 · year".
    static func periodHeader(_ date: EventDate) -> String {
        switch (date.month, date.firstDay) {
        case (nil, _): return "\(date.year) · year"
        case let (month?, _) where date.day == nil: return "\(monthNames[month - 1]) \(date.year) · month"
        case let (_, day?): return dayHeader(day)
        default: return date.description
        }
    }

    /// 0 = Sunday ... 6 = Saturday (Sakamoto's method, proleptic Gregorian calendar).
    static func weekday(_ date: DayDate) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let year = date.month < 3 ? date.year - 1 : date.year
        return (year + year / 4 - year / 100 + year / 400 + offsets[date.month - 1] + date.day) % 7
    }

    /// How the document got its date, as a reader would say it.
    static func dateSource(_ source: DateSource) -> String {
        switch source {
        case .header: return "date from header"
        case .filename: return "date from filename"
        case .text: return "date from text"
        case .option: return "date from --date"
        case .input: return "date from input"
        case .mtime: return "date from file time"
        case .none: return "undated"
        }
    }

    /// Words in an article, for size at a glance: runs of letters or digits between spaces, and
    /// each Han, kana or Hangul letter on its own (those scripts do not separate words by spaces).
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isWhitespace {
                inWord = false
            } else if properties.isAlphabetic || properties.numericType != nil {
                if WideRanges.contains(scalar.value) {
                    count += 1
                    inWord = false
                } else if !inWord {
                    count += 1
                    inWord = true
                }
            }
        }
        return count
    }
}

extension Document {
    /// The title to show: the title, else the file name, else the id.
    var displayTitle: String {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { return trimmed }
        if let path, let name = path.split(separator: "/").last, !name.isEmpty { return String(name) }
        return id.isEmpty ? "(untitled)" : id
    }

    /// Where the document came from, for the Regions pane until places exist: its source, else
    /// the folder holding its file, else "stdin".
    var sourceName: String {
        if let source {
            let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { return trimmed }
        }
        if let path {
            let parts = path.split(separator: "/")
            if parts.count >= 2 { return String(parts[parts.count - 2]) }
            return path.hasPrefix("/") ? "/" : "."
        }
        return "stdin"
    }
}
