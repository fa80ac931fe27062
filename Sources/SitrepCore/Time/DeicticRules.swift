/// Words that point at the present moment: "today", "yesterday", "tomorrow night", "tonight"
/// (2023-09-29TNI), "now", "currently", "at present" (PRESENT_REF), "recently" (PAST_REF),
/// "soon", "future quarters" (FUTURE_REF), "mid-afternoon", "year-end", "year-ago".
extension TimexScanner {
    func deicticExpression(_ i: Int) -> TMatch? {
        switch word(i) {
        case .today, .yesterday, .tomorrow, .tonight:
            // "USA Today", "The Tonight Show": a capital letter inside a sentence makes a name
            if isCapitalized(i), !startsSentence(i), toks[i].flags & TimexToken.allCaps == 0 { return nil }
            switch word(i) {
            case .today: return dayShift(i, 0)
            case .yesterday: return dayShift(i, -1)
            case .tomorrow: return dayShift(i, 1)
            default: break
            }
            guard let a = anchor else { return match(i, i + 1, .time, "XXXX-XX-XXTNI", .relative) }
            return match(i, i + 1, .time, a.iso + "TNI", .relative, ref: DateValue(a))
        case .these:
            return lowerTextIs(i + 1, "days") ? match(i, i + 2, .date, "PRESENT_REF") : nil
        case .now, .currently, .nowadays:
            return match(i, i + 1, .date, "PRESENT_REF")
        case .right:
            return word(i + 1) == .now ? match(i, i + 2, .date, "PRESENT_REF") : nil
        case .recently, .lately:
            return match(word(i - 1) == .more ? i - 1 : i, i + 1, .date, "PAST_REF")
        case .soon:
            if word(i - 1) == .as, word(i + 1) == .as {
                return lowerTextIs(i + 2, "possible") ? match(i - 1, i + 3, .date, "FUTURE_REF") : nil
            }
            if word(i + 1) == .after || lowerTextIs(i + 1, "afterward") || lowerTextIs(i + 1, "afterwards")
                || lowerTextIs(i + 1, "thereafter") || lowerTextIs(i + 1, "enough") {
                return nil
            }
            return match(i, i + 1, .date, "FUTURE_REF")
        case .future:
            if let e = entry(i + 1), e.unit != nil, e.plural { return match(i, i + 2, .date, "FUTURE_REF") }
            if word(i - 1) == .in, isPunctuation(i + 1) { return match(i, i + 1, .date, "FUTURE_REF") }
            return nil
        case .present:
            if word(i - 1) == .at, isPunctuation(i + 1) || entry(i + 1) != nil {
                return match(i, i + 1, .date, "PRESENT_REF")
            }
            return nil
        default:
            return nil
        }
    }

    /// today / yesterday / tomorrow, with "morning", "night" or "at 3 p.m." after them.
    private func dayShift(_ i: Int, _ n: Int) -> TMatch {
        guard let a = anchor, let d = DateMath.adding(days: n, to: a) else {
            return match(i, i + 1, .date, n == 0 ? "PRESENT_REF" : vagueRef(n), .relative)
        }
        var m = dateMatch(i, i + 1, DateValue(d), .relative)
        m = withPartOfDay(m, dayValue: d.iso)
        if m.type == .date { m = withClock(m, dayValue: d.iso) }
        return m
    }

    /// "mid-afternoon", "mid morning yesterday".
    func midExpression(_ i: Int) -> TMatch? {
        var j = i + 1
        if isPunct(j, 0x2D), glued(j) { j += 1 }
        guard let p = entry(j), p.partOfDay > 0, p.partOfDay < 4, !p.plural else { return nil }
        var end = j + 1
        var day = anchor?.iso ?? "XXXX-XX-XX"
        if let (v, e) = dayAfterClock(end) { day = v; end = e }
        return match(i, end, .time, day + "T" + TimexFormat.partOfDayCodes[Int(p.partOfDay) - 1], .relative)
    }

    /// "year-end", "year end", "year's end" (the anchor's year); "year-ago", "year-earlier"
    /// (the year before, or the quarter a year before the last completed one when a quarter
    /// or period follows).
    func yearNoun(_ i: Int) -> TMatch? {
        var j = i + 1
        let hyphen = isPunct(j, 0x2D) && glued(j) && glued(j + 1)
        if hyphen { j += 1 }
        if !hyphen, isPunct(j, 0x27), glued(j), lowerTextIs(j + 1, "s"), word(j + 2) == .end {
            return yearOfAnchor(i, j + 3)
        }
        switch word(j) {
        case .end:
            return yearOfAnchor(i, j + 1)
        case .ago, .earlier:
            guard hyphen else { return nil }
            var k = j + 1
            if let (_, e) = ordinalAt(k), entry(e)?.unit == .quarter { k = e }
            let recentQuarter = i - lastQuarterEnd <= 150 ? lastQuarter : nil
            if entry(k)?.unit == .quarter && entry(k)?.plural == false || word(k) == .period {
                guard let q = (recentQuarter ?? latestQuarter())?.shifted(by: -1, .year) else {
                    return match(i, k + 1, .date, "PAST_REF")
                }
                var m = dateMatch(i, k + 1, q)
                m.derived = true
                return m
            }
            guard let v = recentQuarter?.shifted(by: -1, .year) ?? anchorShift(.year, -1) else {
                return match(i, j + 1, .date, "PAST_REF")
            }
            var m = dateMatch(i, j + 1, v, [])
            m.derived = true
            return m
        default:
            return nil
        }
    }

    private func yearOfAnchor(_ s: Int, _ e: Int) -> TMatch {
        guard let v = anchorShift(.year, 0) else { return match(s, e, .date, "PRESENT_REF", .vagueDate) }
        return dateMatch(s, e, v, .vagueDate)
    }

    private func isPunctuation(_ k: Int) -> Bool { k >= toks.count || toks[k].kind == .punct }
}
