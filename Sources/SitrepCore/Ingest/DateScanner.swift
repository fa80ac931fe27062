/// Finds calendar dates written out in full in English text, header values and file names.
///
/// Text forms (case-insensitive month, which must start with a capital letter):
/// `2023-09-29`, `2023/09/29`, `2023-09-29T10:00:00Z`, `September 29, 2023`, `Sept. 29 2023`,
/// `Sep 29th, 2023`, `29 September 2023`, `29th of Sept. 2023`, `29-Sep-2023`.
/// File names: `2023-09-29`, `2023_09_29`, `20230929`.
/// Works on UTF-8 bytes, with no allocation per candidate.
enum DateScanner {
    /// Years believed in running text and file names; header and JSON values may say more.
    static let plausibleYears = 1900...2100
    static let anyYear = 1000...9999

    /// The first full date in `text`.
    static func firstDate(in text: some StringProtocol, years: ClosedRange<Int> = anyYear) -> DayDate? {
        var copy = String(text)
        return copy.withUTF8 { firstDate(in: $0, years: years) }
    }

    /// The first full date in `bytes` (UTF-8).
    static func firstDate(in bytes: UnsafeBufferPointer<UInt8>, years: ClosedRange<Int>) -> DayDate? {
        let scanner = Cursor(bytes: bytes)
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if TextBytes.isDigit(byte) {
                let run = scanner.digitRun(at: i)
                if i == 0 || !TextBytes.isDigit(bytes[i - 1]) {
                    if run == 4, let date = scanner.isoDate(at: i, years: years) { return date }
                    if run <= 2, let date = scanner.dayFirst(at: i, years: years) { return date }
                }
                i += run
            } else if isLetter(byte) {
                let run = scanner.letterRun(at: i)
                if isUpper(byte), i == 0 || !isLetter(bytes[i - 1]),
                   let date = scanner.monthFirst(at: i, length: run, years: years) {
                    return date
                }
                i += run
            } else {
                i += 1
            }
        }
        return nil
    }

    /// A date in a file name: `YYYY-MM-DD`, `YYYY_MM_DD` or `YYYYMMDD`, year 1900...2100.
    static func fileNameDate(_ name: String) -> DayDate? {
        var copy = name
        return copy.withUTF8 { bytes -> DayDate? in
            let scanner = Cursor(bytes: bytes)
            var i = 0
            while i < bytes.count {
                guard TextBytes.isDigit(bytes[i]) else { i += 1; continue }
                let run = scanner.digitRun(at: i)
                if run == 8, let date = scanner.compactDate(at: i) { return date }
                if run == 4 {
                    for separator in [UInt8(ascii: "-"), UInt8(ascii: "_")] {
                        if let date = scanner.separatedDate(at: i, separator: separator, years: plausibleYears) {
                            return date
                        }
                    }
                }
                i += run
            }
            return nil
        }
    }

    /// The month a word names (`sep`, `Sept`, `SEPTEMBER`), or nil.
    static func month(named word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (3...9).contains(word.count) else { return nil }
        var key: UInt64 = 0
        for byte in word { key = key << 5 | UInt64((byte | 0x20) &- 0x60) & 0x1F }
        return monthKeys[key]
    }

    private static let monthKeys: [UInt64: Int] = {
        let names = [
            ["jan", "january"], ["feb", "february"], ["mar", "march"], ["apr", "april"],
            ["may"], ["jun", "june"], ["jul", "july"], ["aug", "august"],
            ["sep", "sept", "september"], ["oct", "october"], ["nov", "november"], ["dec", "december"],
        ]
        var keys: [UInt64: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings {
                var key: UInt64 = 0
                for byte in spelling.utf8 { key = key << 5 | UInt64(byte - 0x60) }
                keys[key] = index + 1
            }
        }
        return keys
    }()

    /// ASCII letters, and any non-ASCII byte (so that a month inside a non-ASCII word is not one).
    fileprivate static func isLetter(_ b: UInt8) -> Bool { TextBytes.isASCIILetter(b) || b >= 0x80 }
    private static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
}

/// Position arithmetic over the bytes being scanned; every read is bounds-checked.
private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>

    func at(_ i: Int) -> UInt8? { i >= 0 && i < bytes.count ? bytes[i] : nil }

    func digitRun(at i: Int) -> Int {
        var j = i
        while let b = at(j), TextBytes.isDigit(b) { j += 1 }
        return j - i
    }

    func letterRun(at i: Int) -> Int {
        var j = i
        while let b = at(j), TextBytes.isASCIILetter(b) { j += 1 }
        return max(j - i, 1)
    }

    func number(at i: Int, length: Int) -> Int {
        var value = 0
        for k in i..<(i + length) { value = value * 10 + Int(bytes[k] - 0x30) }
        return value
    }

    func isSpace(_ i: Int) -> Bool { at(i) == 0x20 || at(i) == 0x09 }

    /// Skips spaces and tabs.
    func skipSpaces(_ i: Int) -> Int {
        var j = i
        while isSpace(j) { j += 1 }
        return j
    }

    /// Skips `st`, `nd`, `rd`, `th` after a day number when no letter follows.
    func skipOrdinal(_ i: Int) -> Int {
        guard let a = at(i).map({ $0 | 0x20 }), let b = at(i + 1).map({ $0 | 0x20 }) else { return i }
        let pair = (Character(Unicode.Scalar(a)), Character(Unicode.Scalar(b)))
        guard pair == ("s", "t") || pair == ("n", "d") || pair == ("r", "d") || pair == ("t", "h")
        else { return i }
        if let next = at(i + 2), DateScanner.isLetter(next) { return i }
        return i + 2
    }

    /// A four-digit year at `i` not followed by another digit.
    func year(at i: Int, years: ClosedRange<Int>) -> Int? {
        guard digitRun(at: i) == 4 else { return nil }
        let year = number(at: i, length: 4)
        return years.contains(year) ? year : nil
    }

    /// `YYYY-MM-DD` or `YYYY/MM/DD` (a time may follow: `T10:00`).
    func isoDate(at i: Int, years: ClosedRange<Int>) -> DayDate? {
        separatedDate(at: i, separator: UInt8(ascii: "-"), years: years)
            ?? separatedDate(at: i, separator: UInt8(ascii: "/"), years: years)
    }

    func separatedDate(at i: Int, separator: UInt8, years: ClosedRange<Int>) -> DayDate? {
        guard at(i + 4) == separator, digitRun(at: i + 5) == 2, at(i + 7) == separator,
              digitRun(at: i + 8) == 2 else { return nil }
        let year = number(at: i, length: 4)
        guard years.contains(year) else { return nil }
        return DayDate(year: year, month: number(at: i + 5, length: 2), day: number(at: i + 8, length: 2))
    }

    /// Eight digits `YYYYMMDD` (the caller has checked the run is exactly eight long).
    func compactDate(at i: Int) -> DayDate? {
        let year = number(at: i, length: 4)
        guard DateScanner.plausibleYears.contains(year) else { return nil }
        return DayDate(year: year, month: number(at: i + 4, length: 2), day: number(at: i + 6, length: 2))
    }

    /// Month name at `i`, then `.`? day ordinal? `,`? year.
    func monthFirst(at i: Int, length: Int, years: ClosedRange<Int>) -> DayDate? {
        guard let month = DateScanner.month(named: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
        else { return nil }
        var j = i + length
        if at(j) == UInt8(ascii: ".") { j += 1 }
        let afterMonth = j
        j = skipSpaces(j)
        if j == afterMonth {
            guard at(j) == UInt8(ascii: "-") else { return nil }
            j += 1
        }
        let dayLength = digitRun(at: j)
        guard (1...2).contains(dayLength) else { return nil }
        let day = number(at: j, length: dayLength)
        j = skipOrdinal(j + dayLength)
        let afterDay = j
        if at(j) == UInt8(ascii: ",") || at(j) == UInt8(ascii: "-") { j += 1 }
        j = skipSpaces(j)
        guard j > afterDay, let year = year(at: j, years: years) else { return nil }
        return DayDate(year: year, month: month, day: day)
    }

    /// Day ordinal? `of`? month name `.`? `,`? year.
    func dayFirst(at i: Int, years: ClosedRange<Int>) -> DayDate? {
        let dayLength = digitRun(at: i)
        let day = number(at: i, length: dayLength)
        var j = skipOrdinal(i + dayLength)
        let afterDay = j
        j = skipSpaces(j)
        if j == afterDay {
            guard at(j) == UInt8(ascii: "-") else { return nil }
            j += 1
        } else if let o = at(j), let f = at(j + 1), o | 0x20 == UInt8(ascii: "o"), f | 0x20 == UInt8(ascii: "f"),
                  isSpace(j + 2) {
            j = skipSpaces(j + 2)
        }
        guard let first = at(j), first >= 0x41 && first <= 0x5A else { return nil }
        let length = letterRun(at: j)
        guard let month = DateScanner.month(named: UnsafeBufferPointer(rebasing: bytes[j..<(j + length)]))
        else { return nil }
        j += length
        if at(j) == UInt8(ascii: ".") { j += 1 }
        let afterMonth = j
        if at(j) == UInt8(ascii: ",") || at(j) == UInt8(ascii: "-") { j += 1 }
        j = skipSpaces(j)
        guard j > afterMonth, let year = year(at: j, years: years) else { return nil }
        return DayDate(year: year, month: month, day: day)
    }
}
