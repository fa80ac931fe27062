/// How a relative word ties a calendar name to the anchor: "last Friday", "this coming
/// Sunday", "the following year".
enum RelMod {
    case none, this, last, next, thisPast, thisComing, previous, following
}

/// Resolution of underspecified calendar names against the anchor (the document's date).
///
/// Rules (news conventions):
/// - A month or month-day without a year: past tense picks the latest one on or before the
///   anchor, future tense the first on or after it; with no tense cue the nearest one (within
///   six months either way; a tie goes to the past).
/// - A bare weekday ("on Friday"): the latest one on or before the anchor (news reports the
///   past), unless the clause is in the future or present tense, then the first on or after it.
///   "last Friday" is strictly before the anchor, "next Friday" strictly after, "this Friday"
///   on or after (on or before in a past-tense clause).
/// - "the quarter", "the latest quarter": the last completed quarter; "the third quarter": the
///   anchor's year, or the year before in a past-tense clause when Q3 has not come yet.
extension TimexScanner {
    /// The last calendar value mentioned within the previous 80 tokens.
    func recentRef(_ i: Int) -> DateValue? {
        i - lastRefEnd <= 80 ? lastRef : nil
    }

    func yearForMonth(_ m: Int, _ mod: RelMod, _ s: Int, _ e: Int) -> Int? {
        guard let a = anchor else { return nil }
        let ay = a.year, am = a.month
        switch mod {
        case .this: return ay
        // "last February" said in March means a year ago: last month would be "last month"
        case .last, .thisPast, .previous: return m < am - 1 ? ay : ay - 1
        case .next, .thisComing, .following: return m > am ? ay : ay + 1
        case .none:
            let d = m - am
            // news window: up to 8 months back, 3 ahead
            var y = d > 3 ? ay - 1 : d < -8 ? ay + 1 : ay
            let off = (y * 12 + m) - (ay * 12 + am)
            switch tense(s, e) {
            case .future where off < 0: y += 1
            case .past where off >= 2: y -= 1
            default: break
            }
            return y
        }
    }

    func yearForMonthDay(_ m: Int, _ d: Int, _ mod: RelMod, _ s: Int, _ e: Int) -> Int? {
        guard let a = anchor else { return nil }
        let an = DateMath.dayNumber(a)
        var cands: [(Int, Int)] = []
        for y in (a.year - 1)...(a.year + 1) where DayDate(year: y, month: m, day: d) != nil {
            cands.append((y, DateMath.days(y, m, d) - an))
        }
        guard !cands.isEmpty else { return nil }
        switch mod {
        case .this: return a.year
        case .last, .thisPast, .previous: return cands.last(where: { $0.1 < 0 })?.0
        case .next, .thisComing, .following: return cands.first(where: { $0.1 > 0 })?.0
        case .none:
            // news window: up to about 8 months back, 4 ahead; a future-tense clause moves a
            // past date a year on, a past-tense clause moves a date over 45 days ahead back
            guard var pick = cands.first(where: { $0.1 >= -245 && $0.1 <= 120 }) ?? cands.last(where: { $0.1 <= 0 }) else {
                return nil
            }
            switch tense(s, e) {
            case .future where pick.1 < -1:
                if let f = cands.first(where: { $0.1 >= 0 }) { pick = f }
            case .past where pick.1 > 45:
                if let p = cands.last(where: { $0.1 <= 0 }) { pick = p }
            default: break
            }
            return pick.0
        }
    }

    /// The day a weekday (1 Monday ... 7 Sunday) names.
    func weekdayDate(_ wd: Int, _ mod: RelMod, _ s: Int, _ e: Int) -> DayDate? {
        var base = anchor
        if mod == .previous || mod == .following, case let .day(y, m, d)? = recentRef(s) {
            base = DayDate(year: y, month: m, day: d)
        }
        guard let base else { return nil }
        let a = DateMath.dayNumber(base)
        let back = (DateMath.weekday(ofDays: a) - wd + 7) % 7     // days since the last one
        let ahead = (wd - DateMath.weekday(ofDays: a) + 7) % 7    // days to the next one
        let z: Int
        switch mod {
        case .last, .thisPast, .previous: z = a - (back == 0 ? 7 : back)
        case .next, .thisComing, .following: z = a + (ahead == 0 ? 7 : ahead)
        case .this: z = tense(s, e) == .past ? a - back : a + ahead
        case .none:
            let t = tense(s, e)
            z = t == .future || t == .present ? a + ahead : a - back
        }
        return DateMath.date(fromDays: z)
    }

    /// The year of "the third quarter" with no year written: the anchor's, except that a
    /// quarter two or more ahead of the anchor's is last year's (it has been reported), and in
    /// a future-tense clause one two or more behind is next year's. `reported` (a "third-quarter
    /// loss") never looks ahead.
    func yearForQuarter(_ q: Int, _ s: Int, _ e: Int, reported: Bool = false) -> Int? {
        guard let a = anchor else { return nil }
        let aq = DateMath.quarter(ofMonth: a.month)
        let t = reported ? .past : tense(s, e)
        if t == .future { return q <= aq - 2 ? a.year + 1 : a.year }
        if q >= aq + 2 || (q == aq + 1 && t == .past) { return a.year - 1 }
        return a.year
    }

    /// The last completed quarter before the anchor.
    func latestQuarter() -> DateValue? {
        guard let a = anchor else { return nil }
        return DateValue.quarter(a.year, DateMath.quarter(ofMonth: a.month)).shifted(by: -1, .quarter)
    }

    /// A season (1 spring ... 4 winter); winter belongs to the year its December is in.
    func seasonValue(_ season: Int, _ mod: RelMod, _ s: Int, _ e: Int) -> DateValue? {
        guard let a = anchor else { return nil }
        let cs = DateMath.season(ofMonth: a.month)
        let cy = (cs == 4 && a.month <= 2) ? a.year - 1 : a.year
        let cur = cy * 4 + cs - 1
        let monthIndex = a.year * 12 + a.month
        func centre(_ y: Int) -> Int { y * 12 + [4, 7, 10, 13][season - 1] }
        let years = [cy - 1, cy, cy + 1]
        func idx(_ y: Int) -> Int { y * 4 + season - 1 }
        let y: Int?
        var mode = mod
        if mode == .none {
            switch tense(s, e) {
            case .past: mode = .thisPast
            case .future: mode = .thisComing
            default: mode = .this
            }
            if mode == .thisPast { y = years.last(where: { idx($0) <= cur }); return y.map { .season($0, season) } }
            if mode == .thisComing { y = years.first(where: { idx($0) >= cur }); return y.map { .season($0, season) } }
        }
        switch mode {
        case .last, .thisPast, .previous: y = years.last(where: { idx($0) < cur })
        case .next, .thisComing, .following: y = years.first(where: { idx($0) > cur })
        default:
            y = years.min(by: {
                let d0 = abs(centre($0) - monthIndex), d1 = abs(centre($1) - monthIndex)
                return d0 < d1 || (d0 == d1 && $0 > $1)
            })
        }
        return y.map { .season($0, season) }
    }

    /// "the nineties": the latest such decade not after the anchor year.
    func decadeValue(_ digit: Int) -> DateValue {
        guard let a = anchor else { return .decade(190 + digit) }
        var d = (a.year / 100) * 10 + digit
        if d * 10 > a.year { d -= 10 }
        return .decade(d)
    }

    /// A value relative to the anchor ("last week": -1, "this month": 0) at a unit's granularity.
    func anchorShift(_ unit: TimeUnit, _ n: Int) -> DateValue? {
        guard let a = anchor else { return nil }
        return DateValue.containing(a, unit: unit).shifted(by: n, unit)
    }

    /// The reference-style value used without an anchor: PAST_REF, PRESENT_REF, FUTURE_REF.
    func vagueRef(_ n: Int) -> String { n < 0 ? "PAST_REF" : n > 0 ? "FUTURE_REF" : "PRESENT_REF" }
}
