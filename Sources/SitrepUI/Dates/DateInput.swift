import Foundation
import SitrepCore

/// A date typed into the jump or filter prompt, read as the days it covers: "apr 14" is one
/// day, "2026-04" a whole month, "2013" a whole year.
struct DaySpan: Sendable, Hashable {
    var first: DayDate
    var last: DayDate

    init(_ first: DayDate, _ last: DayDate) { self.first = first; self.last = last }
    init(day: DayDate) { self.init(day, day) }
}

/// Why typed text is not a date, as the status bar says it.
struct DateInputError: Error, Sendable, Hashable {
    var message: String
}

/// Reads what a user types into the date prompts. This parses keyboard input, not article
/// text (that is the model's job): a handful of forms, each anchored on the newest article's
/// date, because "today" in a news dashboard means the day the story has reached.
///
/// One date:
/// - `2026-04-14`, `2026/4/14`, `14.4.2026`; `2026-04` (a month); `2026` (a year);
/// - `apr 14`, `14 apr`, `April 14th, 2026`, `14 april 2026`; `apr` or `apr 2026` (a month);
///   without a year, the newest article's year;
/// - `today` (the newest article's date), `yesterday`, `tomorrow`;
/// - `-3d`, `+2d`, `-1w`, `3d ago`, `2 weeks ago`: days or weeks from the newest article.
///
/// A range (the filter prompt): `FROM..TO` (or `FROM to TO`), either side may be empty for an
/// open end; `last 7 days` / `last 2w` / `last week` (ending on the newest article's day); a
/// single date (its days); nothing at all clears the filter.
enum DateInput {
    static let examples = "2026-04-14, apr 14, 14 apr, -3d, today"
    static let rangeExamples = "2026-04-12..2026-04-15, ..apr 14, apr 14.., last 3 days"

    static let monthNames: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    // MARK: one date

    /// The days `text` names, or why it names none.
    static func span(_ text: String, reference: DayDate?) throws(DateInputError) -> DaySpan {
        let cleaned = text.lowercased().replacingOccurrences(of: ",", with: " ")
        let words = cleaned.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { throw DateInputError(message: "type a date (\(examples))") }
        if let span = try relative(words, reference: reference) { return span }
        if words.count == 1, let span = try numeric(words[0]) { return span }
        if let span = try named(words, reference: reference) { return span }
        throw DateInputError(message: "not a date: \u{201C}\(text)\u{201D} (try \(examples))")
    }

    /// The first day of what `text` names (the jump prompt).
    static func day(_ text: String, reference: DayDate?) throws(DateInputError) -> DayDate {
        try span(text, reference: reference).first
    }

    /// `today`, `yesterday`, `tomorrow`, `-3d`, `+1w`, `-2`, `3d ago`, `2 weeks ago`.
    private static func relative(_ words: [String], reference: DayDate?) throws(DateInputError) -> DaySpan? {
        var offset: Int?
        switch words {
        case ["today"], ["now"], ["newest"], ["latest"]: offset = 0
        case ["yesterday"]: offset = -1
        case ["tomorrow"]: offset = 1
        default:
            var parts = words
            var sign = 0
            if parts.last == "ago" { sign = -1; parts.removeLast() }
            var joined = parts.joined()
            if sign == 0 {
                guard let first = joined.first, first == "-" || first == "+" else { return nil }
                sign = first == "-" ? -1 : 1
                joined.removeFirst()
            }
            guard let amount = amount(joined) else { return nil }
            offset = sign * amount
        }
        guard let offset else { return nil }
        guard let reference else {
            throw DateInputError(message: "no dated article to count from; type a date like 2026-04-14")
        }
        guard let day = reference.adding(days: offset) else {
            throw DateInputError(message: "that is outside the calendar")
        }
        return DaySpan(day: day)
    }

    /// "3", "3d", "3days", "2w", "2weeks" -> days.
    private static func amount(_ text: String) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 5, let number = Int(digits) else { return nil }
        switch text.dropFirst(digits.count) {
        case "", "d", "day", "days": return number
        case "w", "wk", "week", "weeks": return number * 7
        default: return nil
        }
    }

    /// `2026-04-14`, `2026/04/14`, `2026-04`, `2026`, `14.04.2026`.
    private static func numeric(_ word: String) throws(DateInputError) -> DaySpan? {
        let isoParts = word.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" })
        let dotParts = word.split(separator: ".", omittingEmptySubsequences: false)
        var year: Int?, month: Int?, day: Int?
        if isoParts.count <= 3, isoParts[0].count == 4, isoParts.allSatisfy(isNumber) {
            year = Int(isoParts[0])
            month = isoParts.count > 1 ? Int(isoParts[1]) : nil
            day = isoParts.count > 2 ? Int(isoParts[2]) : nil
        } else if dotParts.count == 3, dotParts[2].count == 4, dotParts.allSatisfy(isNumber) {
            day = Int(dotParts[0]); month = Int(dotParts[1]); year = Int(dotParts[2])
        } else {
            return nil
        }
        guard let year else { return nil }
        return try period(year: year, month: month, day: day, text: word)
    }

    /// Month names with a day and/or a year, in either order: `apr 14`, `14th april 2026`.
    private static func named(_ words: [String], reference: DayDate?) throws(DateInputError) -> DaySpan? {
        var month: Int?, day: Int?, year: Int?
        for word in words {
            if let number = monthNames[word.hasSuffix(".") ? String(word.dropLast()) : word] {
                guard month == nil else { return nil }
                month = number
            } else if word.count == 4, let number = Int(word) {
                guard year == nil else { return nil }
                year = number
            } else if let number = Int(ordinal(word)), word.count <= 4 {
                guard day == nil else { return nil }
                day = number
            } else {
                return nil
            }
        }
        guard let month else { return nil }
        guard let resolvedYear = year ?? reference?.year else {
            throw DateInputError(message: "which year? add it, e.g. \u{201C}\(words.joined(separator: " ")) 2026\u{201D}")
        }
        return try period(year: resolvedYear, month: month, day: day, text: words.joined(separator: " "))
    }

    /// "14th" -> "14"; anything else unchanged.
    private static func ordinal(_ word: String) -> String {
        for suffix in ["st", "nd", "rd", "th", "."] where word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    private static func isNumber(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A day, a month or a year as a span of days, or "no such day".
    private static func period(year: Int, month: Int?, day: Int?, text: String) throws(DateInputError) -> DaySpan {
        let noSuchDay = DateInputError(message: "no such day: \u{201C}\(text)\u{201D}")
        guard let month else {
            guard let first = DayDate(year: year, month: 1, day: 1),
                  let last = DayDate(year: year, month: 12, day: 31) else { throw noSuchDay }
            return DaySpan(first, last)
        }
        guard (1...12).contains(month), (1...9999).contains(year) else { throw noSuchDay }
        guard let day else {
            guard let first = DayDate(year: year, month: month, day: 1),
                  let last = DayDate(year: year, month: month,
                                     day: DayDate.daysIn(month: month, year: year)) else { throw noSuchDay }
            return DaySpan(first, last)
        }
        guard let date = DayDate(year: year, month: month, day: day) else { throw noSuchDay }
        return DaySpan(day: date)
    }

    // MARK: ranges

    /// The filter `text` asks for; nil (no filter) when it is empty.
    static func range(_ text: String, reference: DayDate?) throws(DateInputError) -> DateRange? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.isEmpty { return nil }
        if let last = try lastDays(trimmed, reference: reference) { return last }
        let sides: (String, String)?
        if let dots = trimmed.range(of: "..") {
            sides = (String(trimmed[..<dots.lowerBound]), String(trimmed[dots.upperBound...]))
        } else if let to = trimmed.range(of: " to ") {
            sides = (String(trimmed[..<to.lowerBound]), String(trimmed[to.upperBound...]))
        } else {
            sides = nil
        }
        guard let (left, right) = sides else {
            let span = try span(trimmed, reference: reference)
            return DateRange(from: span.first, to: span.last)
        }
        let from = try side(left, reference: reference)?.first
        let to = try side(right, reference: reference)?.last
        if from == nil && to == nil { return nil }
        if let from, let to, to < from {
            throw DateInputError(message: "the range ends (\(Formatting.shortDay(to, withYear: true))) "
                                 + "before it starts (\(Formatting.shortDay(from, withYear: true)))")
        }
        return DateRange(from: from, to: to)
    }

    private static func side(_ text: String, reference: DayDate?) throws(DateInputError) -> DaySpan? {
        let trimmed = text.trimmingCharacters(in: CharacterSet.whitespaces.union(["."]))
        return trimmed.isEmpty ? nil : try span(trimmed, reference: reference)
    }

    /// `last 3 days`, `last 3d`, `last 2 weeks`, `last week`: ending on the newest article's day.
    private static func lastDays(_ text: String, reference: DayDate?) throws(DateInputError) -> DateRange? {
        let words = text.split(separator: " ").map(String.init)
        guard words.first == "last", words.count >= 2 else { return nil }
        let rest = words.dropFirst().joined()
        let days: Int
        switch rest {
        case "day": days = 1
        case "week": days = 7
        default:
            guard let amount = amount(rest), amount > 0 else { return nil }
            days = amount
        }
        guard let reference else {
            throw DateInputError(message: "no dated article to count from; type dates like 2026-04-12..2026-04-15")
        }
        guard let from = reference.adding(days: -(days - 1)) else {
            throw DateInputError(message: "that is outside the calendar")
        }
        return DateRange(from: from, to: reference)
    }
}
