/// Expressions that start with "the": "the future" (FUTURE_REF), "the past" (PAST_REF), "the
/// past three years" (DURATION P3Y), "the past year" (DATE), "the third quarter", "the
/// quarter" (the last completed one), "the year" (ended ...: DURATION P1Y), "the weekend",
/// "the 1990s", "the year 2000", "the nine months", "the eve of October 1", "the day before
/// yesterday", "the following day".
extension TimexScanner {
    func theExpression(_ i: Int) -> TMatch? {
        let j = i + 1
        guard let e = entry(j) else {
            if isNumber(j) { return theNumber(i, j) }
            return nil
        }
        if e.season > 0, !e.plural { return seasonExpression(j, modifier: .none, start: i) }
        if e.decade > 0 { return decadeWord(j).map { widened($0, i) } }
        if e.ordinal > 0 || e.cardinalClass == .tens || e.word == .fiscal {
            if let q = quarterOrHalf(j), q.hyphen { return nil }   // "the third-quarter loss"
        }
        if e.ordinal > 0 || e.cardinalClass == .tens {
            if let m = ordinalExpression(j) { return widened(m, i) }
            if e.ordinal == 1, let m = relativeSpan(j, j + 1, .last), m.type == .duration { return widened(m, i) }
        }
        if let u = e.unit { return theUnit(i, j, u, e.plural) }
        switch e.word {
        case .near, .foreseeable, .distant, .immediate:
            if word(j + 1) == .future { return match(i, j + 2, .date, "FUTURE_REF") }
            if e.word == .near, word(j + 1) == .term, !isPunct(j + 2, 0x2D) { return match(i, j + 2, .date, "FUTURE_REF") }
            return nil
        case .short, .long:
            guard word(j + 1) == .term, !isPunct(j + 2, 0x2D) else { return nil }
            return match(i, j + 2, .date, "FUTURE_REF")
        case .future:
            return word(j + 1) == .of ? nil : match(i, j + 1, .date, "FUTURE_REF")
        case .past:
            if let m = relativeExpression(j) { return widened(m, i) }
            return endsNounPhrase(j + 1) ? match(i, j + 1, .date, "PAST_REF") : nil
        case .present:
            return endsNounPhrase(j + 1) ? match(i, j + 1, .date, "PRESENT_REF") : nil
        case .weekend:
            return weekendMatch(i, j + 1, .none)
        case .last, .next, .previous, .prior, .following, .coming, .current, .latest, .recent:
            if let d = entry(j + 1), d.unit == .day, !d.plural, e.word != .current, e.word != .latest {
                return followingDay(i, j + 2, e.word == .last || e.word == .previous || e.word == .prior ? -1 : 1)
            }
            if let q = quarterOrHalf(j) { return quarterMatch(i, q.n, q.half, q.end, hyphen: false) }
            // "the recent closing", "the current system": the adjective alone, without "the"
            if let m = relativeExpression(j) { return m.end > j + 1 ? widened(m, i) : m }
            return nil
        case .full, .entire, .whole:
            if let u = entry(j + 1), u.unit == .year, !u.plural, let v = anchorShift(.year, 0) {
                return dateMatch(i, j + 2, v)
            }
            return nil
        case .fiscal:
            if let q = quarterOrHalf(j) { return quarterMatch(i, q.n, q.half, q.end, hyphen: false) }
            if let u = entry(j + 1), u.unit == .year, !u.plural { return theUnit(i, j + 1, .year, false) }
            return nil
        case .comparable, .corresponding, .same:
            if entry(j + 1)?.unit == .year, let m = yearNoun(j + 1), m.end > j + 4 { return widened(m, i) }
            return nil
        case .eve:
            return eveOf(i, j)
        case .time:
            // "at the time": then
            guard word(i - 1) == .at, isPunctuation(j + 1) || word(j + 1) == .and || word(j + 1) == .or else { return nil }
            return match(i, j + 1, .date, "PAST_REF")
        case .end, .beginning, .middle, .start:
            // "the end of the month": the unit of the anchor
            guard word(j + 1) == .of, word(j + 2) == .the, let u = entry(j + 3), let unit = u.unit, !u.plural,
                  unit >= .week, unit != .year else { return nil }
            guard let v = anchorShift(unit, 0) else { return match(i, j + 4, .date, "PRESENT_REF") }
            return dateMatch(i, j + 4, v)
        default:
            if e.cardinal >= 0 || e.word == .few || e.word == .several { return theDuration(i, j) }
            return nil
        }
    }

    /// "the 1990s", "the 1990's", "the 1988 period", "the 1988 third quarter", "the 18
    /// months", "the 1st of October", "the 20th century", "the '80s".
    private func theNumber(_ i: Int, _ j: Int) -> TMatch? {
        if let m = ordinalExpression(j) { return widened(m, i) }
        // "the 60s" (without the apostrophe of "the '60s")
        if digits(j) == 2, glued(j + 1), lowerTextIs(j + 1, "s"), number(j) % 10 == 0 {
            return dateMatch(i, j + 2, decadeValue(number(j) / 10), [.partOf])
        }
        if digits(j) == 4, !runsOnLeftOfYear(j) {
            let y = number(j)
            if isPunct(j + 1, 0x27), glued(j + 1), lowerTextIs(j + 2, "s"), y % 10 == 0 {
                return dateMatch(i, j + 3, .decade(y / 10), [.partOf])
            }
            if let m = yearExpression(j), m.end > j + 1 { return widened(m, i) }
            if (1000...2999).contains(y) {
                if word(j + 1) == .period { return dateMatch(i, j + 2, .year(y)) }
                if let q = entry(j + 1), q.unit == .quarter, !q.plural, let lq = latestQuarter(), case let .quarter(_, n) = lq {
                    return dateMatch(i, j + 2, .quarter(y, n))
                }
            }
        }
        return theDuration(i, j)
    }

    private func runsOnLeftOfYear(_ j: Int) -> Bool { glued(j + 1) && isNumber(j + 1) }

    /// "the nine months", "the four days" (a head noun takes its article; "the two-day
    /// rally" does not).
    private func theDuration(_ i: Int, _ j: Int) -> TMatch? {
        guard let m = durationExpression(j), m.type == .duration, m.start == j,
              let u = entry(m.end - 1), u.unit != nil, u.plural else { return nil }
        return widened(m, i)
    }

    /// "the year", "the quarter", "the week", "the year 2000", "the month of May", "the
    /// year-ago quarter", "the weeks ahead", "the day before yesterday".
    private func theUnit(_ i: Int, _ j: Int, _ u: TimeUnit, _ plural: Bool) -> TMatch? {
        if plural {
            if word(j + 1) == .ahead { return match(i, j + 2, .date, "FUTURE_REF") }
            // "over the years"
            if u == .year, [.over, .through, .throughout].contains(word(i - 1)), isPunctuation(j + 1) {
                return match(i, j + 1, .duration, "PXY")
            }
            return nil
        }
        let next = word(j + 1)
        switch u {
        case .year:
            if let m = yearNoun(j) { return m.end > j + 3 || m.end == j + 3 && word(j + 2) == .end ? widened(m, i) : m }
            if digits(j + 1) == 4, let m = yearExpression(j + 1) ?? yearAfter(j + 1).map({ dateMatch(j + 1, $0.1, .year($0.0)) }) {
                return widened(m, i)
            }
            if let m = spelledYear(j + 1) { return widened(m, i) }
            if entry(j + 1)?.cardinal == 2, entry(j + 2)?.cardinal == 1000 {
                var end = j + 3
                var y = 2000
                if word(end) == .and { end += 1 }
                if let (v, e2) = smallWordNumber(end) { y += v; end = e2 } else if word(j + 3) == .and { end = j + 3 }
                return dateMatch(i, end, .year(y))
            }
            if isCapitalized(j) && !startsSentence(j) { return nil }
            if next == .ended || next == .ending || (next == .to && !lowerTextIs(j + 2, "date")) {
                return match(i, j + 1, .duration, "P1Y")
            }
            if next == .before || next == .after || next == .of || next == .that || lowerTextIs(j + 1, "when") { return nil }
            guard let v = anchorShift(.year, 0) else { return match(i, j + 1, .date, "PRESENT_REF") }
            return dateMatch(i, j + 1, v)
        case .quarter:
            if next == .ended || next == .ending, let d = quarterEndDate(j + 2) {
                return dateMatch(i, j + 1, .quarter(d.0, DateMath.quarter(ofMonth: d.1)))
            }
            if next == .of { return nil }
            let n = tense(i, j + 1) == .future ? 0 : -1
            guard let a = anchor, let v = DateValue.quarter(a.year, DateMath.quarter(ofMonth: a.month)).shifted(by: n, .quarter) else {
                return match(i, j + 1, .date, "PRESENT_REF")
            }
            return dateMatch(i, j + 1, v)
        case .week:
            if next == .ended || next == .ending { return match(i, j + 1, .duration, "P1W") }
            if next == .of || next == .before || next == .after { return nil }
            guard let v = anchorShift(.week, 0) else { return match(i, j + 1, .date, "PRESENT_REF") }
            return dateMatch(i, j + 1, v)
        case .month:
            if next == .of, let e = entry(j + 2), e.month > 0, isCapitalized(j + 2), let m = monthExpression(j + 2) {
                return widened(m, i)
            }
            if word(i - 1) == .of, [.end, .beginning, .middle, .start, .rest].contains(word(i - 2)),
               let v = anchorShift(.month, 0) {
                return dateMatch(i, j + 1, v)
            }
            return nil
        case .day:
            if next == .before || next == .after, word(j + 2) == .yesterday || word(j + 2) == .tomorrow {
                let n = (word(j + 2) == .yesterday ? -1 : 1) + (next == .before ? -1 : 1)
                guard let a = anchor, let d = DateMath.adding(days: n, to: a) else {
                    return match(i, j + 3, .date, vagueRef(n), .relative)
                }
                return dateMatch(i, j + 3, DateValue(d), .relative)
            }
            return nil
        default:
            return nil
        }
    }

    /// "ended Sept. 30": the date (year, month) a reporting period ends on.
    private func quarterEndDate(_ k: Int) -> (Int, Int)? {
        guard let e = entry(k), e.month > 0, let m = monthExpression(k), let v = m.ref,
              case let .day(y, mo, _) = v else { return nil }
        return (y, mo)
    }

    /// "the following day", "the next day", "the previous day": the last date mentioned plus
    /// or minus one day (the anchor when none is near).
    private func followingDay(_ s: Int, _ e: Int, _ n: Int) -> TMatch {
        var base = anchor
        if case let .day(y, m, d)? = recentRef(s) { base = DayDate(year: y, month: m, day: d) }
        guard let b = base, let d = DateMath.adding(days: n, to: b) else {
            return match(s, e, .date, vagueRef(n), .relative)
        }
        return dateMatch(s, e, DateValue(d), .relative)
    }

    /// "the eve of October 1": the day before, when the day is known. "The eve of the
    /// anniversary / the summit": an event the text does not date; news reports such eves on
    /// the day they happen, so the value is the anchor (no timex without one).
    private func eveOf(_ i: Int, _ j: Int) -> TMatch? {
        guard word(j + 1) == .of else { return nil }
        if let m = bestMatch(at: j + 2) {
            guard case let .day(y, mo, d)? = m.ref, let day = DayDate(year: y, month: mo, day: d),
                  let eve = DateMath.adding(days: -1, to: day) else { return nil }
            return dateMatch(i, m.end, DateValue(eve))
        }
        guard let anchor, isWordToken(j + 2),
              ["the", "its", "this", "their", "his", "her", "a", "an"].contains(lowerText(j + 2)) else { return nil }
        // Up to three capitalised words, then the event noun: "the NATO summit", "the vote".
        var k = j + 3
        while k < j + 6, isWordToken(k), isCapitalized(k) { k += 1 }
        guard isWordToken(k), !isCapitalized(k), entry(k) == nil else { return nil }
        return dateMatch(i, k + 1, DateValue(anchor))
    }

    /// "nineties" after "the", "early", "late" or "mid": the 1990s.
    func decadeWord(_ i: Int) -> TMatch? {
        guard let e = entry(i), e.decade > 0 else { return nil }
        switch word(i - 1) {
        case .the, .early, .late, .mid: break
        default: return nil
        }
        return dateMatch(i, i + 1, decadeValue(Int(e.decade)), [.earlyLate, .article, .partOf])
    }

    /// "the past": a noun here, not an adjective ("the past president").
    private func endsNounPhrase(_ k: Int) -> Bool {
        if k >= toks.count || toks[k].kind != .word { return true }
        guard let e = entry(k) else { return false }
        if e.tense != .unknown { return true }
        switch e.word {
        case .and, .or, .that, .to, .of, .in, .on, .at, .for, .before, .after, .since, .through,
             .until, .by, .during, .will, .would:
            return true
        default:
            return lowerTextIs(k, "when") || lowerTextIs(k, "with") || lowerTextIs(k, "because") || lowerTextIs(k, "but")
        }
    }

    /// "that year", "that week", "that morning": the last date mentioned, at that granularity.
    func thatExpression(_ i: Int) -> TMatch? {
        guard let e = entry(i + 1), !e.plural, !isPunct(i + 2, 0x2D) else { return nil }
        let ref = recentRef(i)
        if let u = e.unit, u >= .day, u != .fortnight {
            guard let v = ref?.at(u) else { return match(i, i + 2, .date, "PAST_REF") }
            return dateMatch(i, i + 2, v)
        }
        if e.partOfDay > 0, case let .day(y, m, d)? = ref {
            return match(i, i + 2, .time, TimexFormat.day(y, m, d) + "T" + TimexFormat.partOfDayCodes[Int(e.partOfDay) - 1])
        }
        return nil
    }

    /// "earlier in the day", "later in the year": the anchor's day, week, month or year.
    func earlierInThe(_ i: Int) -> TMatch? {
        guard word(i + 1) == .in, word(i + 2) == .the, let u = entry(i + 3), let unit = u.unit, !u.plural,
              unit == .day || unit == .week || unit == .month || unit == .year else { return nil }
        guard let v = anchorShift(unit, 0) else { return match(i, i + 4, .date, "PRESENT_REF") }
        return dateMatch(i, i + 4, v)
    }

    private func isPunctuation(_ k: Int) -> Bool { k >= toks.count || toks[k].kind == .punct }

    private func widened(_ m: TMatch, _ s: Int) -> TMatch {
        var m = m
        m.start = s
        return m
    }
}
