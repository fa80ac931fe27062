/// Times of day: "10 a.m.", "3:30 p.m. EST", "0800 GMT", "at 15:30", "noon", "midnight",
/// "10 a.m. on Friday", "Friday at 10 a.m.", "noon Thursday". Values are the day (the anchor
/// unless a day is written) plus `T10:00`; midnight is `T24:00` of its day.
extension TimexScanner {
    struct Clock {
        var hour: Int
        var minute: Int
        var end: Int
    }

    /// Words before a bare "15:30" that make it a time: "at 15:30", "by 10:45".
    private static let clockCues: Set<TWord> = [
        .at, .around, .about, .by, .until, .till, .from, .before, .after, .since, .to, .circa,
    ]

    func clockAt(_ k: Int) -> Clock? {
        guard isNumber(k), !glued(k) || !isNumber(k - 1) else { return nil }
        if glued(k), isPunct(k - 1, 0x3A) || isPunct(k - 1, 0x2E) || isPunct(k - 1, 0x2C) { return nil }
        var h = number(k)
        var mi = 0
        var j = k + 1
        var minutes = false
        if digits(k) == 4 {
            // "0800 GMT", "1530 hours"
            guard word(j) == .zone || lowerTextIs(j, "hours") || lowerTextIs(j, "hrs") else { return nil }
            mi = h % 100; h /= 100
            guard h <= 23, mi <= 59 else { return nil }
            return Clock(hour: h, minute: mi, end: j + 1)
        }
        guard digits(k) <= 2 else { return nil }
        if isPunct(j, 0x3A) || isPunct(j, 0x2E), glued(j), isNumber(j + 1), glued(j + 1), digits(j + 1) == 2 {
            let dot = isPunct(j, 0x2E)
            mi = number(j + 1)
            if dot, meridiem(j + 2) == nil { return nil }
            j += 2; minutes = true
            if isPunct(j, 0x3A), glued(j), isNumber(j + 1), glued(j + 1), digits(j + 1) == 2 { j += 2 }
        }
        if let (pm, e) = meridiem(j) {
            guard (1...12).contains(h) else { return nil }
            h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h)
            j = e
        } else if word(j) == .o, isPunct(j + 1, 0x27), glued(j + 1), word(j + 2) == .clock {
            guard (1...12).contains(h) else { return nil }
            j += 3
        } else {
            guard minutes, h <= 23, Self.clockCues.contains(word(k - 1)) || word(j) == .zone else { return nil }
        }
        guard mi <= 59, h <= 24 else { return nil }
        if word(j) == .zone, toks[j].flags & TimexToken.allCaps != 0 { j += 1 }
        else if word(j) == .local, word(j + 1) == .time { j += 2 }
        return Clock(hour: h, minute: mi, end: j)
    }

    /// "a.m.", "p.m", "am", "PM" at j: (is p.m., end).
    private func meridiem(_ j: Int) -> (Bool, Int)? {
        if word(j) == .am || word(j) == .pm {
            return (word(j) == .pm, j + 1)
        }
        let a = word(j) == .a
        guard a || lowerTextIs(j, "p"), isAbbreviationPeriod(j + 1), glued(j + 2), lowerTextIs(j + 2, "m") else { return nil }
        var e = j + 3
        if isAbbreviationPeriod(e) { e += 1 }
        return (!a, e)
    }

    private func clockValue(_ day: String, _ h: Int, _ m: Int) -> String {
        day + "T" + TimexFormat.pad(h, 2) + ":" + TimexFormat.pad(m, 2)
    }

    /// "10 a.m.", "3:30 p.m. on Friday", "5 p.m. EST Nov. 9".
    func clockTime(_ i: Int) -> TMatch? {
        guard let c = clockAt(i) else { return nil }
        var end = c.end
        var day = anchor?.iso ?? "XXXX-XX-XX"
        if let (v, e) = dayAfterClock(end) { day = v; end = e }
        return match(i, end, .time, clockValue(day, c.hour, c.minute), .approximate)
    }

    /// "noon", "midnight", "noon Thursday", "midnight on Friday".
    func clockWord(_ i: Int) -> TMatch? {
        let h = word(i) == .midnight ? 24 : 12
        var end = i + 1
        var day = anchor?.iso ?? "XXXX-XX-XX"
        if let (v, e) = dayAfterClock(end) { day = v; end = e }
        return match(i, end, .time, clockValue(day, h, 0), .approximate)
    }

    /// A day named right after a time: "[,] [on] Friday", "yesterday", "Nov. 9".
    func dayAfterClock(_ k0: Int) -> (String, Int)? {
        var k = k0
        if isPunct(k, 0x2C) { k += 1 }
        if word(k) == .on { k += 1 }
        guard let e = entry(k) else { return nil }
        var m: TMatch?
        if e.weekday > 0 { m = weekdayExpression(k, allowClock: false) }
        else if e.month > 0 { m = monthExpression(k) }
        else if e.word == .today || e.word == .yesterday || e.word == .tomorrow { m = deicticExpression(k) }
        guard let m, m.type == .date, isDayValue(m.value) else { return nil }
        return (m.value, m.end)
    }

    func isDayValue(_ v: String) -> Bool { v.utf8.count == 10 || v.hasPrefix("XXXX-WXX-") }

    /// A date match followed by "at 10 a.m.", ", 3:30 p.m." or "at noon" becomes one TIME.
    func withClock(_ m: TMatch, dayValue: String) -> TMatch {
        var k = m.end
        if isPunct(k, 0x2C) { k += 1 }
        if word(k) == .at { k += 1 }
        if let c = clockAt(k) {
            return match(m.start, c.end, .time, clockValue(dayValue, c.hour, c.minute), m.prefixes, ref: m.ref)
        }
        if word(k) == .noon || word(k) == .midnight, k > m.end {
            return match(m.start, k + 1, .time, clockValue(dayValue, word(k) == .noon ? 12 : 24, 0), m.prefixes, ref: m.ref)
        }
        return m
    }

    /// "Friday night", "yesterday morning": the day plus TIMEX3's part-of-day code.
    func withPartOfDay(_ m: TMatch, dayValue: String) -> TMatch {
        guard let p = entry(m.end), p.partOfDay > 0, !p.plural else { return m }
        return match(m.start, m.end + 1, .time, dayValue + "T" + TimexFormat.partOfDayCodes[Int(p.partOfDay) - 1],
                     m.prefixes, ref: m.ref)
    }
}
