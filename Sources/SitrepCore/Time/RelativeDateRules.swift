/// Dates relative to the anchor: weekdays ("on Monday", "last Tuesday", "this coming
/// Sunday"), "next week" (2023-W40), "last month", "this year", "the past decade", seasons
/// ("last summer" 2022-SU), weekends, "last night" (TIME ...TNI), "this morning" (TMO), and
/// "the following year" / "the previous Friday", which refer to the last date mentioned.
extension TimexScanner {
    /// Capitalised words after a weekday that make it part of a name ("Sunday Times").
    private static let weekdayNameTails: Set<String> = [
        "times", "telegraph", "mirror", "express", "herald", "post", "tribune", "independent",
        "observer", "star", "mail", "sport", "night", "school", "service", "club", "bloody",
        "morning", "people", "world", "business", "review", "magazine", "edition",
    ]

    func weekdayExpression(_ i: Int, allowClock: Bool = true) -> TMatch? {
        weekdayWith(i, i, .none, allowClock)
    }

    /// The weekday at k with its modifier words starting at s.
    func weekdayWith(_ s: Int, _ k: Int, _ mod: RelMod, _ allowClock: Bool) -> TMatch? {
        guard let e = entry(k), e.weekday > 0 else { return nil }
        let wd = Int(e.weekday)
        if !isCapitalized(k), e.abbreviation || e.plural { return nil }
        var j = k + 1
        if e.plural {
            guard mod == .none else { return nil }
            return match(s, j, .set, "XXXX-WXX-\(wd)")
        }
        if e.abbreviation {
            // "Sat., Oct. 4"; not "The Sun." at the end of a sentence
            guard isAbbreviationPeriod(j), isPunct(j + 1, 0x2C) || isNumber(j + 1) || entry(j + 1)?.month ?? 0 > 0 else {
                return nil
            }
            j += 1
        }
        if isWordToken(j), isCapitalized(j), Self.weekdayNameTails.contains(lowerText(j)) { return nil }
        // "Saturday, April 25", "Friday Oct. 13"
        var q = j
        if isPunct(q, 0x2C) { q += 1 }
        if let me = entry(q), me.month > 0, let dm = monthExpression(q), isDayValue(dm.value) || dm.type == .time {
            return match(s, dm.end, dm.type, dm.value, .relative, ref: dm.ref)
        }
        if let p = entry(j), p.partOfDay > 0, p.plural, mod == .none {
            return match(s, j + 1, .set, "XXXX-WXX-\(wd)T" + TimexFormat.partOfDayCodes[Int(p.partOfDay) - 1])
        }
        let value: String
        var m: TMatch
        if let date = weekdayDate(wd, mod, s, j) {
            value = date.iso
            m = dateMatch(s, j, DateValue(date), .relative)
        } else {
            value = "XXXX-WXX-\(wd)"
            m = match(s, j, .date, value, .relative)
        }
        m = withPartOfDay(m, dayValue: value)
        if allowClock, m.type == .date { m = withClock(m, dayValue: value) }
        return m
    }

    func relativeExpression(_ i: Int) -> TMatch? {
        var j = i + 1
        let mod: RelMod
        switch word(i) {
        case .fiscal: return fiscalExpression(i)
        case .recent: return recentExpression(i)
        case .current: return currentExpression(i)
        case .latest: return latestExpression(i)
        case .last, .past: mod = .last
        case .next, .coming: mod = .next
        case .previous, .prior: mod = .previous
        case .following: mod = .following
        case .this:
            switch word(j) {
            case .past: mod = .thisPast; j += 1
            case .coming: mod = .thisComing; j += 1
            case .same: mod = .this; j += 1      // "this same Friday"
            default: mod = .this
            }
        default: return nil
        }
        guard let e = entry(j) else { return relativeSpan(i, j, mod) }
        if e.weekday > 0 { return weekdayWith(i, j, mod, true) }
        if e.month > 0, isCapitalized(j) {
            var end = j + 1
            if e.abbreviation { guard isAbbreviationPeriod(end) else { return nil }; end += 1 }
            let m = Int(e.month)
            guard let y = yearForMonth(m, mod, i, end) else { return match(i, end, .date, "XXXX-" + TimexFormat.pad(m, 2), .relative) }
            return dateMatch(i, end, .month(y, m), .relative)
        }
        if e.season > 0, !e.plural { return seasonExpression(j, modifier: mod, start: i) }
        if e.word == .weekend, !e.plural { return weekendMatch(i, j + 1, mod) }
        if e.partOfDay > 0, !e.plural { return partOfDayMatch(i, j, mod) }
        if let u = e.unit, !e.plural, u >= .week {
            // "This Week" (a programme), "Last Year's Model": a title, not a date
            if isCapitalized(j), isCapitalized(i), !startsSentence(i) || isPunct(i - 1, 0x22) { return nil }
            return unitRelative(i, j, u, mod)
        }
        return relativeSpan(i, j, mod)
    }

    /// "last week", "this month", "next year", "the past decade", "the following year".
    private func unitRelative(_ i: Int, _ j: Int, _ u: TimeUnit, _ mod: RelMod) -> TMatch? {
        let n: Int
        switch mod {
        case .last, .thisPast, .previous: n = -1
        case .next, .thisComing, .following: n = 1
        default: n = 0
        }
        var end = j + 1
        var value: DateValue?
        if mod == .previous || mod == .following {
            value = recentRef(i)?.at(u)?.shifted(by: n, u)
        }
        if value == nil { value = anchorShift(u, n) }
        // "last year's third quarter", "this year's first half"
        if u == .year, isPunct(end, 0x27), glued(end), lowerTextIs(end + 1, "s") {
            if let q = quarterOrHalf(end + 2), let v = value {
                let y = v.year
                return dateMatch(i, q.end, q.half ? .half(y, q.n) : .quarter(y, q.n), .relative)
            }
            if entry(end + 2)?.unit == .quarter, let v = value, let lq = latestQuarter(), case let .quarter(_, q) = lq {
                return dateMatch(i, end + 3, .quarter(v.year, q), .relative)
            }
        }
        if word(end) == .or, word(end + 1) == .so { end += 2 }
        guard let value else { return match(i, end, .date, vagueRef(n), .relative) }
        return dateMatch(i, end, value, .relative)
    }

    /// "last three years", "the next few days", "past 18 months" (durations) and "coming
    /// weeks", "past years" (vague references).
    func relativeSpan(_ i: Int, _ j: Int, _ mod: RelMod) -> TMatch? {
        guard mod != .this, mod != .thisPast, mod != .thisComing else { return nil }
        if let e = entry(j), let u = e.unit, e.plural {
            var end = j + 1
            if word(end) == .and || word(end) == .or, let e2 = entry(end + 1), e2.unit != nil, e2.plural { end += 2 }
            if word(end) == .ahead { end += 1 }
            return match(i, end, .date, mod == .last || mod == .previous ? "PAST_REF" : "FUTURE_REF",
                         u >= .day ? .relative : [])
        }
        guard let q = quantity(j), !q.article else { return nil }
        var k = q.end
        while word(k) == .full || word(k) == .straight || word(k) == .consecutive || word(k) == .trading
                || word(k) == .business || word(k) == .calendar || word(k) == .working { k += 1 }
        guard let e = entry(k), var u = e.unit, e.plural || q.value == 1 else { return nil }
        var amount = q.value
        if u == .fortnight { u = .week; amount = amount.map { $0 * 2 } }
        var end = k + 1
        if word(end) == .or, word(end + 1) == .so { end += 2 }
        return match(i, end, .duration, DurationFormat.value(amount, u), .approximate)
    }

    /// "this morning", "last night", "tomorrow evening" is handled with the day words.
    private func partOfDayMatch(_ i: Int, _ j: Int, _ mod: RelMod) -> TMatch? {
        guard let p = entry(j) else { return nil }
        let code = TimexFormat.partOfDayCodes[Int(p.partOfDay) - 1]
        let shift: Int
        switch mod {
        case .this: shift = 0
        case .last: guard p.partOfDay >= 3 else { return nil }; shift = -1
        case .next: shift = 1
        default: return nil
        }
        guard let a = anchor, let d = DateMath.adding(days: shift, to: a) else {
            return match(i, j + 1, .time, "XXXX-XX-XXT" + code, .relative)
        }
        return match(i, j + 1, .time, d.iso + "T" + code, .relative, ref: DateValue(d))
    }

    /// "the weekend", "last weekend": TIMEX3 `2023-W39-WE`.
    func weekendMatch(_ s: Int, _ end: Int, _ mod: RelMod) -> TMatch? {
        guard let a = anchor else { return match(s, end, .date, "XXXX-WXX-WE", .relative) }
        let z = DateMath.dayNumber(a)
        let wd = DateMath.weekday(ofDays: z)
        let n: Int
        switch mod {
        case .this, .thisComing: n = 0
        case .last, .thisPast, .previous: n = -1
        case .next, .following: n = 1
        case .none:
            switch tense(s, end) {
            case .past: n = wd >= 6 ? 0 : -1
            case .future, .present: n = 0
            default: n = wd <= 3 ? -1 : 0
            }
        }
        let iso = DateMath.isoWeek(ofDays: z + 7 * n)
        return dateMatch(s, end, .weekend(iso.year, iso.week), .relative)
    }

    /// "spring", "the summer of 1994", "last fall", "this past winter".
    func seasonExpression(_ i: Int, modifier: RelMod, start: Int? = nil) -> TMatch? {
        guard let e = entry(i), e.season > 0, !e.plural else { return nil }
        let season = Int(e.season)
        let s = start ?? i
        var end = i + 1
        var k = end
        if word(k) == .of { k += 1 }
        if let (y, e2) = yearAfter(k), !isPunct(k, 0x2C) {
            return dateMatch(s, e2, .season(y, season))
        }
        if modifier == .none, start == nil || word(s) == .the {
            let prev = word(s == i ? i - 1 : s)
            let fallLike = lowerTextIs(i, "fall") || lowerTextIs(i, "spring")
            switch prev {
            case .the: if word(end) == .of { return nil }
            case .early, .late, .mid: break
            case .in, .during, .over, .since, .until, .by, .through, .throughout, .for:
                if fallLike, lowerTextIs(i, "fall") { return nil }
            default: return nil
            }
            if isWordToken(end), !isCapitalized(end), entry(end) == nil, word(s) != .the { return nil }
        }
        if word(end) == .or, word(end + 1) == .so { end += 2 }
        guard let v = seasonValue(season, modifier, s, end) else {
            return match(s, end, .date, "XXXX-" + TimexFormat.seasonCodes[season - 1], .relative)
        }
        return dateMatch(s, end, v, .relative)
    }

    /// "fiscal 1989", "fiscal year 1990", "fiscal 1990's first quarter", "fiscal first quarter".
    private func fiscalExpression(_ i: Int) -> TMatch? {
        if let q = quarterOrHalf(i) { return quarterMatch(i, q.n, q.half, q.end, hyphen: q.hyphen) }
        var j = i + 1
        if let u = entry(j), u.unit == .year, !u.plural { j += 1 }
        if isPunct(j, 0x2D), glued(j) { j += 1 }
        guard digits(j) == 4 || digits(j) == 2 && isPunct(j - 1, 0x27) else { return nil }
        var y = number(j)
        if digits(j) == 2 { y += y < 50 ? 2000 : 1900 }
        guard (1900...2100).contains(y), glued(j + 1) == false || isPunct(j + 1, 0x27) || toks[j + 1].kind == .punct else { return nil }
        return dateMatch(i, j + 1, .year(y))
    }

    private func recentExpression(_ i: Int) -> TMatch? {
        var end = i + 1
        if let e = entry(end), e.unit != nil, e.plural {
            end += 1
            if word(end) == .and || word(end) == .or, let e2 = entry(end + 1), e2.unit != nil, e2.plural { end += 2 }
        } else if word(end) == .past || word(end) == .times {
            end += 1
        } else if isPunctuation(end) {
            return nil
        }
        return match(i, end, .date, "PAST_REF")
    }

    private func currentExpression(_ i: Int) -> TMatch? {
        var j = i + 1
        if word(j) == .fiscal { j += 1 }
        if let e = entry(j), let u = e.unit, !e.plural, u >= .week {
            guard let v = anchorShift(u, 0) else { return match(i, j + 1, .date, "PRESENT_REF") }
            return dateMatch(i, j + 1, v, .relative)
        }
        if isPunctuation(i + 1) || lowerTextIs(i + 1, "account") || lowerTextIs(i + 1, "accounts")
            || lowerTextIs(i + 1, "affairs") || entry(i + 1) != nil { return nil }
        return match(i, i + 1, .date, "PRESENT_REF")
    }

    /// "latest quarter", "latest period" (the last completed quarter), "latest nine months".
    private func latestExpression(_ i: Int) -> TMatch? {
        var j = i + 1
        if word(j) == .fiscal { j += 1 }
        if let e = entry(j), e.unit == .quarter, !e.plural || word(j) == .period {
            guard let v = latestQuarter() else { return match(i, j + 1, .date, "PAST_REF") }
            return dateMatch(i, j + 1, v)
        }
        if word(j) == .period {
            guard let v = latestQuarter() else { return match(i, j + 1, .date, "PAST_REF") }
            return dateMatch(i, j + 1, v)
        }
        return relativeSpan(i, j, .last)
    }

    private func isPunctuation(_ k: Int) -> Bool { k >= toks.count || toks[k].kind == .punct }
}
