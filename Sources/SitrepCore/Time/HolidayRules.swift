/// Named days: "Christmas", "Christmas Eve", "New Year's Day", "New Year's Eve", "Halloween",
/// "Valentine's Day", "Boxing Day", "Easter", "Good Friday", and the US "Thanksgiving",
/// "Memorial Day" and "Labor Day". The year is chosen like a month and day's (news window).
extension TimexScanner {
    func holiday(_ i: Int) -> TMatch? {
        guard isCapitalized(i) else { return nil }
        var end = i + 1
        let day: (Int) -> DayDate?
        switch word(i) {
        case .christmas:
            if capitalizedWord(end, "eve") {
                end += 1; day = { DayDate(year: $0, month: 12, day: 24) }
            } else {
                if capitalizedWord(end, "day") { end += 1 }
                day = { DayDate(year: $0, month: 12, day: 25) }
            }
        case .new:
            guard capitalizedWord(i + 1, "year"), isPunct(i + 2, 0x27), lowerTextIs(i + 3, "s") else { return nil }
            if capitalizedWord(i + 4, "eve") {
                end = i + 5; day = { DayDate(year: $0, month: 12, day: 31) }
            } else if capitalizedWord(i + 4, "day") {
                end = i + 5; day = { DayDate(year: $0, month: 1, day: 1) }
            } else {
                return nil
            }
        case .halloween:
            day = { DayDate(year: $0, month: 10, day: 31) }
        case .valentine:
            guard isPunct(i + 1, 0x27), lowerTextIs(i + 2, "s"), capitalizedWord(i + 3, "day") else { return nil }
            end = i + 4; day = { DayDate(year: $0, month: 2, day: 14) }
        case .boxing:
            guard capitalizedWord(end, "day") else { return nil }
            end += 1; day = { DayDate(year: $0, month: 12, day: 26) }
        case .thanksgiving:
            if capitalizedWord(end, "day") { end += 1 }
            day = { Self.nthWeekday(4, 4, month: 11, year: $0) }
        case .memorial:
            guard capitalizedWord(end, "day") else { return nil }
            end += 1; day = { Self.nthWeekday(-1, 1, month: 5, year: $0) }
        case .labor:
            guard capitalizedWord(end, "day") else { return nil }
            end += 1; day = { Self.nthWeekday(1, 1, month: 9, year: $0) }
        case .easter:
            var shift = 0
            if capitalizedWord(end, "sunday") { end += 1 } else if capitalizedWord(end, "monday") { end += 1; shift = 1 }
            day = { y in Self.easter(y).flatMap { DateMath.adding(days: shift, to: $0) } }
        case .good:
            guard let e = entry(end), e.weekday == 5, isCapitalized(end) else { return nil }
            end += 1
            day = { y in Self.easter(y).flatMap { DateMath.adding(days: -2, to: $0) } }
        default:
            return nil
        }
        if let (y, e2) = yearAfter(end), let d = day(y) { return dateMatch(i, e2, DateValue(d)) }
        guard let a = anchor else { return match(i, end, .date, "XXXX-XX-XX", .point) }
        let an = DateMath.dayNumber(a)
        let cands = ((a.year - 1)...(a.year + 1)).compactMap { day($0) }.map { ($0, DateMath.dayNumber($0) - an) }
        var pick = cands.first(where: { $0.1 >= -245 && $0.1 <= 120 }) ?? cands.last(where: { $0.1 <= 0 })
        if tense(i, end) == .future, let p = pick, p.1 < -1 { pick = cands.first(where: { $0.1 >= 0 }) }
        guard let p = pick else { return nil }
        return dateMatch(i, end, DateValue(p.0))
    }

    private func capitalizedWord(_ k: Int, _ w: StaticString) -> Bool { isCapitalized(k) && lowerTextIs(k, w) }

    /// The n-th (n = -1: last) given weekday (1 Monday ... 7 Sunday) of a month.
    static func nthWeekday(_ n: Int, _ wd: Int, month: Int, year: Int) -> DayDate? {
        if n > 0 {
            let first = DateMath.days(year, month, 1)
            let offset = (wd - DateMath.weekday(ofDays: first) + 7) % 7
            return DateMath.date(fromDays: first + offset + 7 * (n - 1))
        }
        let last = DateMath.days(year, month, DayDate.daysIn(month: month, year: year))
        return DateMath.date(fromDays: last - (DateMath.weekday(ofDays: last) - wd + 7) % 7)
    }

    /// Western Easter Sunday (the anonymous Gregorian algorithm).
    static func easter(_ y: Int) -> DayDate? {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return DayDate(year: y, month: month, day: day)
    }
}
