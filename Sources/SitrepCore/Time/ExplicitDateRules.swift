/// Dates written out: "2023-10-01", "10/1/2023", "1 October 2023", "Oct. 1st", "October 1,
/// 2023", "September 2022", "September of last year", "October", "in 2023", "1990s".
///
/// Slashed dates follow the US order (month/day/year) when the first number is at most 12,
/// else day/month/year; "2023/10/01" is year/month/day; dotted "01.10.2023" is day.month.year.
extension TimexScanner {
    private static let lowerCaseMonths: Set<Int> = [1, 2, 7, 9, 10, 11, 12]

    func numericDate(_ i: Int) -> TMatch? {
        guard has(i + 4), glued(i + 1), glued(i + 2), glued(i + 3), glued(i + 4),
              isNumber(i + 2), isNumber(i + 4), toks[i + 1].kind == .punct,
              isPunct(i + 3, toks[i + 1].char) else { return nil }
        if glued(i), isNumber(i - 1) || isPunct(i - 1, 0x2D) || isPunct(i - 1, 0x2F) { return nil }
        if glued(i + 5), isNumber(i + 5) || (toks[i + 5].kind == .punct && isNumber(i + 6) && glued(i + 6)) {
            return nil
        }
        let a = number(i), b = number(i + 2), c = number(i + 4)
        let da = digits(i), db = digits(i + 2), dc = digits(i + 4)
        var y = 0, m = 0, d = 0
        switch toks[i + 1].char {
        case 0x2D:
            guard da == 4, db <= 2, dc <= 2 else { return nil }
            (y, m, d) = (a, b, c)
        case 0x2F:
            if da == 4 {
                guard db <= 2, dc <= 2 else { return nil }
                (y, m, d) = (a, b, c)
            } else {
                guard da <= 2, db <= 2, dc == 4 || dc == 2 else { return nil }
                y = dc == 4 ? c : expandTwoDigitYear(c)
                (m, d) = a <= 12 ? (a, b) : (b, a)
            }
        case 0x2E:
            guard da <= 2, db <= 2, dc == 4 else { return nil }
            (y, m, d) = (c, b, a)
        default: return nil
        }
        guard let day = DayDate(year: y, month: m, day: d) else { return nil }
        return withClock(dateMatch(i, i + 5, DateValue(day)), dayValue: day.iso)
    }

    private func expandTwoDigitYear(_ yy: Int) -> Int {
        let limit = (anchor?.year ?? 2040) + 10
        return 2000 + yy <= limit ? 2000 + yy : 1900 + yy
    }

    /// "1 October 2023", "1st October", "21st of March", "1 Oct."
    func dayFirstDate(_ i: Int) -> TMatch? {
        guard digits(i) <= 2, let (d, j0) = dayNumberAt(i) else { return nil }
        var j = j0
        if word(j) == .of { j += 1 }
        guard let e = entry(j), e.month > 0, isCapitalized(j) else { return nil }
        let m = Int(e.month)
        var k = j + 1
        if e.abbreviation, isAbbreviationPeriod(k) { k += 1 }
        guard d <= DayDate.daysIn(month: m, year: 2000) else { return nil }
        return monthDay(i, k, m, d)
    }

    /// Month and day known, tokens [s, k): look for a year after them, else resolve one.
    private func monthDay(_ s: Int, _ k: Int, _ m: Int, _ d: Int) -> TMatch? {
        if let (y, end) = yearAfter(k), let day = DayDate(year: y, month: m, day: d) {
            return withClock(dateMatch(s, end, DateValue(day)), dayValue: day.iso)
        }
        guard let y = yearForMonthDay(m, d, .none, s, k) else {
            guard anchor == nil else { return nil }
            let v = "XXXX-" + TimexFormat.pad(m, 2) + "-" + TimexFormat.pad(d, 2)
            return withClock(match(s, k, .date, v, .point), dayValue: v)
        }
        let v = DateValue.day(y, m, d)
        return withClock(dateMatch(s, k, v), dayValue: v.value)
    }

    /// A day of the month at j: "1", "1st", "21st", "first", "twenty-first".
    func dayNumberAt(_ j: Int) -> (Int, Int)? {
        if isNumber(j) {
            let d = number(j)
            guard digits(j) <= 2, (1...31).contains(d) else { return nil }
            var k = j + 1
            if glued(k), isOrdinalSuffix(k) { k += 1 }
            if glued(k), (isPunct(k, 0x3A) || isPunct(k, 0x2E)) && isNumber(k + 1) && glued(k + 1)
                || isNumber(k) || isPunct(k, 0x25) || isPunct(k, 0x2F) { return nil }
            if isPunct(k, 0x2C), glued(k), isNumber(k + 1), glued(k + 1), digits(k + 1) == 3 { return nil }
            if isPunct(k, 0x2D), glued(k), entry(k + 1)?.unit != nil { return nil }
            return (d, k)
        }
        guard let (n, k) = ordinalWordAt(j), n <= 31 else { return nil }
        if let next = entry(k), next.unit != nil || next.word == .half || next.word == .time { return nil }
        if isPunct(k, 0x2D), glued(k) { return nil }
        return (n, k)
    }

    func isOrdinalSuffix(_ k: Int) -> Bool {
        lowerTextIs(k, "st") || lowerTextIs(k, "nd") || lowerTextIs(k, "rd") || lowerTextIs(k, "th")
    }

    /// "first", "twenty-first": an ordinal written as a word.
    func ordinalWordAt(_ j: Int) -> (Int, Int)? {
        guard let e = entry(j) else { return nil }
        if e.ordinal > 0 { return (Int(e.ordinal), j + 1) }
        if e.cardinalClass == .tens, isPunct(j + 1, 0x2D), glued(j + 1), glued(j + 2),
           let o = entry(j + 2), o.ordinal > 0, o.ordinal < 10 {
            return (Int(e.cardinal) + Int(o.ordinal), j + 3)
        }
        return nil
    }

    /// An explicit year after a date: ", 2023" or " 2023".
    func yearAfter(_ k: Int) -> (Int, Int)? {
        var j = k
        if let m = spelledYear(k), case let .year(y)? = m.ref { return (y, m.end) }
        if isPunct(j, 0x2C) { j += 1 }
        guard digits(j) == 4, !runsOn(j) else { return nil }
        let y = number(j)
        guard (1000...2999).contains(y) else { return nil }
        return (y, j + 1)
    }

    func monthExpression(_ i: Int) -> TMatch? {
        guard let e = entry(i) else { return nil }
        let m = Int(e.month)
        if !isCapitalized(i), e.abbreviation || !Self.lowerCaseMonths.contains(m) { return nil }
        var j = i + 1
        var period = false
        if e.abbreviation, isAbbreviationPeriod(j) { j += 1; period = true }
        if let (d, k) = dayNumberAt(j), d <= DayDate.daysIn(month: m, year: 2000) {
            return monthDay(i, k, m, d)
        }
        var k = j
        if word(k) == .of { k += 1 }
        if let (y, end) = yearAfter(k) { return dateMatch(i, end, .month(y, m)) }
        if e.abbreviation, !period { return nil }
        // "September of last year", "June last year", "January this year"
        if let u = entry(k + 1), u.unit == .year, !u.plural {
            let shift: Int?
            switch word(k) {
            case .last: shift = -1
            case .this: shift = 0
            case .next: shift = 1
            default: shift = nil
            }
            if let shift {
                guard let a = anchor else { return match(i, k + 2, .date, "XXXX-" + TimexFormat.pad(m, 2), .point) }
                return dateMatch(i, k + 2, .month(a.year + shift, m))
            }
        }
        guard monthAloneIsMonth(i, m) else { return nil }
        guard let y = yearForMonth(m, .none, i, j) else {
            return match(i, j, .date, "XXXX-" + TimexFormat.pad(m, 2), .point)
        }
        return dateMatch(i, j, .month(y, m))
    }

    /// Words before a month name that make it a date: "in May", "since March", "mid-June".
    private static let monthContext: Set<TWord> = [
        .in, .since, .by, .until, .till, .through, .throughout, .during, .from, .to, .of, .last,
        .this, .next, .early, .late, .mid, .before, .after, .between, .and, .or, .around, .for,
        .on, .the, .every, .each, .since, .that,
    ]

    /// A month name standing alone: not "Theresa May", "May I", "they march", "April Ryan".
    private func monthAloneIsMonth(_ i: Int, _ m: Int) -> Bool {
        let prevName = isWordToken(i - 1) && isCapitalized(i - 1) && !startsSentence(i - 1) && entry(i - 1) == nil
        if prevName { return false }
        let context = Self.monthContext.contains(word(i - 1))
            || (isPunct(i - 1, 0x2D) && word(i - 2) == .mid)
        let nextName = isWordToken(i + 1) && isCapitalized(i + 1) && entry(i + 1) == nil
        switch m {
        case 5: return context && !nextName
        case 3:
            if startsSentence(i) {
                switch word(i + 1) {
                case .on, .to, .through, .the, .in, .for, .into, .over: return false
                default: break
                }
            }
            return context || !nextName
        case 4, 6, 8: return context || !nextName
        default: return true
        }
    }

    /// Digits that belong to a larger number or code: "2,023", "12.2023", "10:30", "$2000".
    func runsOn(_ i: Int) -> Bool {
        if isPunct(i - 1, 0x24) || isPunct(i - 1, 0x23) { return true }
        if glued(i), isNumber(i - 1) || isPunct(i - 1, 0x2C) || isPunct(i - 1, 0x2E)
            || isPunct(i - 1, 0x3A) || isPunct(i - 1, 0x2F) || isWordToken(i - 1) { return true }
        guard glued(i + 1), has(i + 1) else { return false }
        if isNumber(i + 1) || isPunct(i + 1, 0x25) || isPunct(i + 1, 0x3A) || isPunct(i + 1, 0x2F) { return true }
        if isPunct(i + 1, 0x2C) || isPunct(i + 1, 0x2E), isNumber(i + 2), glued(i + 2) { return true }
        if isPunct(i + 1, 0x2D), glued(i + 2) {
            if isNumber(i + 2) { return !(digits(i + 2) == 2 || digits(i + 2) == 4) }
            return entry(i + 2)?.unit != nil || isWordToken(i + 2) && !isCapitalized(i + 2)
        }
        if isWordToken(i + 1) { return true }
        return false
    }
}
