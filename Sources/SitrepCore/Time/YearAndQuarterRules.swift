/// Years ("in 2023", "fiscal 1989", "nineteen ninety-six"), decades ("the 1990s", "'80s"),
/// centuries ("the 20th century"), quarters and halves ("the third quarter", "Q3 2023",
/// "third-quarter", "the first half of 2024") and "the 1st of October".
extension TimexScanner {
    /// Words before a bare number that make it a year rather than a count.
    private static let yearPrepositions: Set<TWord> = [
        .in, .since, .by, .until, .till, .through, .throughout, .during, .from, .of, .before,
        .after, .between, .circa, .fiscal, .early, .late, .mid, .around, .for, .to, .and, .or,
        .the, .its, .possessive, .this, .that, .a, .an, .as, .at, .on, .into,
    ]
    /// Words before a number that make it a count: "about 2000", "nearly 1900".
    private static let countWords: Set<TWord> = [
        .about, .nearly, .almost, .some, .over, .under, .than, .approximately, .roughly, .just,
        .least, .most, .up,
    ]

    func yearExpression(_ i: Int) -> TMatch? {
        let y = number(i)
        if digits(i) == 2, isPunct(i - 1, 0x27), glued(i), glued(i + 1), lowerTextIs(i + 1, "s"), y % 10 == 0 {
            // "'80s"
            let v = decadeValue(y / 10 % 10)
            return dateMatch(i - 1, i + 2, v, [.earlyLate, .article, .partOf])
        }
        guard digits(i) == 4 else { return nil }
        if glued(i + 1), lowerTextIs(i + 1, "s"), y % 10 == 0, !runsOnLeft(i) {
            return dateMatch(i, i + 2, .decade(y / 10), [.earlyLate, .article, .partOf])
        }
        guard (1000...2999).contains(y), !runsOn(i) || isRangeStart(i) else { return nil }
        // "1988 third quarter", "1990's first half"
        var k = i + 1
        if isPunct(k, 0x27), glued(k), lowerTextIs(k + 1, "s") { k += 2 }
        if let q = quarterOrHalf(k), q.n > 0 {
            return dateMatch(i, q.end, q.half ? .half(y, q.n) : .quarter(y, q.n))
        }
        if word(i + 1) == .bc { return match(i, i + 2, .date, "BC" + TimexFormat.pad(y - 1, 4)) }
        guard isYearInContext(i, y) else { return nil }
        if word(i + 1) == .ad { return dateMatch(i, i + 2, .year(y)) }
        return dateMatch(i, i + 1, .year(y), [.earlyLate, .partOf, .vagueDate])
    }

    private func runsOnLeft(_ i: Int) -> Bool {
        glued(i) && (isNumber(i - 1) || isPunct(i - 1, 0x2C) || isPunct(i - 1, 0x2E) || isWordToken(i - 1))
    }

    /// "1990-91": a year range starts here (the first year is still a year).
    private func isRangeStart(_ i: Int) -> Bool {
        isPunct(i + 1, 0x2D) && glued(i + 1) && glued(i + 2) && (digits(i + 2) == 2 || digits(i + 2) == 4)
            && !runsOnLeft(i) && !isPunct(i - 1, 0x24)
    }

    /// A lone four-digit number is a year only where it reads as one: after "in", "since",
    /// "the" ..., or before punctuation; not "2023 people", "about 1500", "Flight 1549".
    private func isYearInContext(_ i: Int, _ y: Int) -> Bool {
        let prev = word(i - 1)
        if Self.countWords.contains(prev) || lowerTextIs(i - 1, "number") || lowerTextIs(i - 1, "no") { return false }
        if isWordToken(i - 1), isCapitalized(i - 1), !startsSentence(i - 1), entry(i - 1) == nil { return false }
        let prep = Self.yearPrepositions.contains(prev) || entry(i - 1)?.month ?? 0 > 0
        let strongPrep = prep && ![.and, .or, .to, .the, .a, .an, .its, .possessive, .this, .that].contains(prev)
        if !(1800...2100).contains(y) {
            guard prep, prev != .and, prev != .or, prev != .to, prev != .a, prev != .the else { return false }
        }
        if let e = entry(i + 1), e.unit != nil || e.word == .percent { return false }
        if isPunct(i + 1, 0x25) { return false }
        // "2023 people", "1500 troops": a count before a plural noun
        if !strongPrep, isWordToken(i + 1), !isCapitalized(i + 1), entry(i + 1) == nil {
            if lowerTextIs(i + 1, "people") || lowerTextIs(i + 1, "men") || lowerTextIs(i + 1, "women")
                || lowerTextIs(i + 1, "children") || lowerTextIs(i + 1, "feet") || lowerTextIs(i + 1, "police") {
                return false
            }
            let t = toks[i + 1]
            if bytes[Int(t.byteEnd) - 1] | 0x20 == 0x73 { return false }
        }
        return true
    }

    /// "nineteen ninety-six", "nineteen hundred", "twenty twenty-three", "the nineteen nineties".
    func spelledYear(_ i: Int) -> TMatch? {
        guard let e = entry(i) else { return nil }
        let lead: Int
        switch e.cardinalClass {
        case .teen where e.cardinal >= 11: lead = Int(e.cardinal)
        case .tens where e.cardinal == 20: lead = 20
        default: return nil
        }
        guard let n = entry(i + 1) else { return nil }
        if n.decade > 0, lead >= 11 { return dateMatch(i, i + 2, .decade(lead * 10 + Int(n.decade)), [.earlyLate, .article]) }
        var y: Int, end: Int
        if n.cardinalClass == .tens, let (v, e2) = smallWordNumber(i + 1) {
            (y, end) = (lead * 100 + v, e2)
        } else if n.cardinalClass == .scale, n.cardinal == 100, lead >= 11,
                  [.in, .since, .by, .until, .from, .of, .the, .before, .after].contains(word(i - 1)) {
            (y, end) = (lead * 100, i + 2)
        } else {
            return nil
        }
        if entry(end)?.unit != nil || entry(end)?.cardinalClass == .scale || isAge(end) { return nil }
        if isWordToken(end), !isCapitalized(end), entry(end) == nil {
            let t = toks[end]
            if bytes[Int(t.byteEnd) - 1] | 0x20 == 0x73 { return nil }
        }
        if y < 1100 { return nil }
        return dateMatch(i, end, .year(y), [.earlyLate, .partOf])
    }

    private func isAge(_ k: Int) -> Bool { word(k) == .old || (isPunct(k, 0x2D) && word(k + 1) == .old) }

    /// An ordinal at i: "3rd", "third", "twenty-first".
    func ordinalAt(_ i: Int) -> (Int, Int)? {
        if isNumber(i) {
            guard digits(i) <= 3, glued(i + 1), isOrdinalSuffix(i + 1) else { return nil }
            return (number(i), i + 2)
        }
        return ordinalWordAt(i)
    }

    /// "third quarter", "3rd-quarter", "first half", "second-half" right at k.
    func quarterOrHalf(_ k: Int) -> (n: Int, half: Bool, end: Int, hyphen: Bool)? {
        var j = k
        if word(j) == .fiscal { j += 1 }
        guard let (n, e) = ordinalAt(j) else {
            if word(j) == .last, word(j + 1) == .half { return (2, true, j + 2, false) }
            return nil
        }
        var u = e
        var hyphen = false
        if isPunct(u, 0x2D), glued(u), glued(u + 1) { u += 1; hyphen = true }
        if let q = entry(u), q.unit == .quarter, !q.plural, (1...4).contains(n) { return (n, false, u + 1, hyphen) }
        if word(u) == .half, (1...2).contains(n) { return (n, true, u + 1, hyphen) }
        return nil
    }

    /// Ordinals: quarters and halves, centuries, "the 1st of October".
    func ordinalExpression(_ i: Int) -> TMatch? {
        if let q = quarterOrHalf(i) {
            return quarterMatch(i, q.n, q.half, q.end, hyphen: q.hyphen)
        }
        guard let (n, j) = ordinalAt(i) else { return nil }
        var k = j
        if isPunct(k, 0x2D), glued(k) { k += 1 }
        if let c = entry(k), c.unit == .century, !c.plural, (1...30).contains(n) {
            if word(k + 1) == .bc { return match(i, k + 2, .date, "BC" + TimexFormat.pad(n - 1, 2)) }
            return dateMatch(i, k + 1, .century(n - 1), [.earlyLate, .partOf])
        }
        if word(j) == .of, let e = entry(j + 1), e.month > 0, isCapitalized(j + 1), (1...31).contains(n),
           n <= DayDate.daysIn(month: Int(e.month), year: 2000) {
            var k2 = j + 2
            if e.abbreviation, isAbbreviationPeriod(k2) { k2 += 1 }
            let m = Int(e.month)
            if let (y, end) = yearAfter(k2), DayDate(year: y, month: m, day: n) != nil {
                return dateMatch(i, end, .day(y, m, n))
            }
            guard let y = yearForMonthDay(m, n, .none, i, k2) else {
                return match(i, k2, .date, "XXXX-" + TimexFormat.pad(m, 2) + "-" + TimexFormat.pad(n, 2))
            }
            return dateMatch(i, k2, .day(y, m, n))
        }
        return nil
    }

    /// A quarter or half whose words end at `end`; a year may follow ("of 1990", "of last year").
    func quarterMatch(_ s: Int, _ n: Int, _ half: Bool, _ end0: Int, hyphen: Bool) -> TMatch {
        var end = end0
        var year: Int?
        if !hyphen, word(end) == .of {
            var k = end + 1
            if word(k) == .fiscal { k += 1 }
            if let (y, e) = yearAfter(k), !isPunct(k, 0x2C) {
                year = y; end = e
            } else if let u = entry(k + 1), u.unit == .year, !u.plural, let a = anchor {
                switch word(k) {
                case .this, .the: year = a.year; end = k + 2
                case .last: year = a.year - 1; end = k + 2
                case .next: year = a.year + 1; end = k + 2
                default: break
                }
            }
        }
        if year == nil { year = half ? anchor?.year : yearForQuarter(n, s, end, reported: hyphen) }
        guard let y = year else {
            return match(s, end, .date, "XXXX-" + (half ? "H" : "Q") + "\(n)", hyphen ? [] : .point)
        }
        return dateMatch(s, end, half ? .half(y, n) : .quarter(y, n), hyphen ? [] : .point)
    }

    /// "Q3", "Q3 2023", "H1 2024".
    func quarterCode(_ i: Int) -> TMatch? {
        guard isCapitalized(i), glued(i + 1), isNumber(i + 1), digits(i + 1) == 1 else { return nil }
        let n = number(i + 1)
        let half = word(i) == .h
        guard half ? (1...2).contains(n) : (1...4).contains(n) else { return nil }
        if glued(i + 2), isWordToken(i + 2) || isNumber(i + 2) { return nil }
        if let (y, e) = yearAfter(i + 2), !isPunct(i + 2, 0x2C) {
            return dateMatch(i, e, half ? .half(y, n) : .quarter(y, n))
        }
        guard !half else { return nil }
        return quarterMatch(i, n, false, i + 2, hyphen: false)
    }
}
