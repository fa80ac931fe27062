/// Durations ("three days", "a two-year term", "for years") and what they turn into with a
/// following "ago", "earlier" or "from now"; and sets ("every week", "twice a month").
extension TimexScanner {
    /// Adjectives allowed between a number and its unit: "20 more years", "five straight days".
    private static let unitAdjectives: Set<TWord> = [
        .more, .additional, .extra, .full, .straight, .consecutive, .whole, .entire, .short, .long,
        .trading, .business, .calendar, .working, .successive, .further,
    ]

    func durationExpression(_ i: Int) -> TMatch? {
        if let e = entry(i), let u = e.unit { return barePluralUnit(i, e, u) }
        guard var q = quantity(i) else { return nil }
        var j = q.end
        // "two to three weeks", "12 to 18 months": one span, the lower bound's value
        if !q.article, word(j) == .to || isPunct(j, 0x2D) && !glued(j + 1), let q2 = quantity(j + 1), !q2.article,
           q2.value != nil, entry(q2.end)?.unit != nil {
            j = q2.end; q.end = j
        }
        var hyphenated = false
        if isPunct(j, 0x2D), glued(j), glued(j + 1) {
            hyphenated = true; j += 1
        } else {
            while Self.unitAdjectives.contains(word(j)) { j += 1 }
        }
        // "a quarter century"
        if q.article, word(j) == .none, entry(j)?.unit == .quarter, entry(j + 1)?.unit == .century {
            return match(i, j + 2, .duration, "P25Y", .approximate)
        }
        guard let ue = entry(j), var unit = ue.unit else { return nil }
        var amount = q.value
        var end = j + 1
        if isAge(end) { return nil }
        // "a year-earlier loss", "a two-year-old": the unit starts a compound word
        if isPunct(end, 0x2D), glued(end), glued(end + 1), isWordToken(end + 1) { return nil }
        if q.article, word(end) != .ago, word(end) != .earlier, word(end) != .later {
            // "ten hours a day": how often, not how long
            if let p = entry(i - 1), p.unit != nil, p.plural, !ue.plural {
                return match(i, end, .set, DurationFormat.value(1, unit))
            }
            if isRate(i - 1) { return nil }
            // "in a year of anger", "on a day when": a period described, not measured
            if word(i - 1) == .in || word(i - 1) == .on,
               word(end) == .of || word(end) == .that || lowerTextIs(end, "when") || word(end) == .in && lowerTextIs(end + 1, "which") {
                return nil
            }
        }
        // "will one day be": some day in the future
        if q.value == 1, unit == .day, !ue.plural, entry(i)?.cardinal == 1, isModal(i - 1) {
            return match(i, end, .date, "FUTURE_REF")
        }
        if hyphenated, isPunct(end, 0x2D), glued(end) { return nil }   // "10-year-old", "two-year-long"?
        if !ue.plural, !hyphenated, amount == nil, q.article == false, word(i) != .a { return nil }
        switch unit {
        case .second:
            // "a second term" is an ordinal
            if q.article, !ue.plural, !(isPunctuation(end) || [.ago, .later, .earlier, .or, .and].contains(word(end))) {
                return nil
            }
        case .quarter:
            // "a quarter of the vote", "three quarters of them" are fractions
            if q.article || word(end) == .of && (q.value ?? 5) <= 4 { return nil }
        case .minute:
            if q.article, !ue.plural, isWordToken(end), entry(end) == nil, !isCapitalized(end) { return nil }
        default: break
        }
        if unit == .fortnight { unit = .week; amount = amount.map { $0 * 2 } }
        if word(end) == .and, word(end + 1) == .a, word(end + 2) == .half, let a = amount {
            amount = a + 0.5; end += 3
        }
        if word(end) == .or, word(end + 1) == .so { end += 2 }
        if !hyphenated, let m = relativeToNow(i, end, amount, unit) { return m }
        return match(i, end, .duration, DurationFormat.value(amount, unit), .approximate)
    }

    private func isModal(_ k: Int) -> Bool {
        lowerTextIs(k, "will") || lowerTextIs(k, "would") || lowerTextIs(k, "could") || lowerTextIs(k, "might")
            || lowerTextIs(k, "may") || lowerTextIs(k, "can") || lowerTextIs(k, "should") || lowerTextIs(k, "must")
            || lowerTextIs(k, "shall") || lowerTextIs(k, "ll")
    }

    /// "$2 million a year", "5% a year": a rate, not a duration.
    private func isRate(_ k: Int) -> Bool {
        guard has(k) else { return false }
        // "33,000 people a year", "163 pesos a day"
        if isWordToken(k), entry(k) == nil, !isCapitalized(k), isNumber(k - 1) { return true }
        if isNumber(k) || isPunct(k, 0x25) || word(k) == .percent || entry(k)?.cardinalClass == .scale { return true }
        return lowerTextIs(k, "billion") || lowerTextIs(k, "trillion") || lowerTextIs(k, "cents")
            || lowerTextIs(k, "dollars") || lowerTextIs(k, "euros") || lowerTextIs(k, "pounds")
    }

    /// "52 years old", "a 10-year-old": an age, not a timex.
    private func isAge(_ k: Int) -> Bool {
        word(k) == .old || (isPunct(k, 0x2D) && glued(k) && word(k + 1) == .old)
    }

    private func isPunctuation(_ k: Int) -> Bool { k >= toks.count || toks[k].kind == .punct }

    /// "years", "months", "weeks" with no number: "for years", "within weeks", "months of talks".
    private func barePluralUnit(_ i: Int, _ e: LexEntry, _ unit: TimeUnit) -> TMatch? {
        guard e.plural, unit != .quarter, unit != .second, unit != .minute else { return nil }
        if isAge(i + 1) { return nil }
        if word(i + 1) == .ago {
            return match(i, i + 2, .date, "PAST_REF", .approximate)
        }
        let after = word(i + 1)
        switch word(i - 1) {
        case .for, .within, .after: break
        case .in: guard isPunctuation(i + 1) else { return nil }
        default: return nil
        }
        var end = i + 1
        // "weeks or months"
        if after == .or, let e2 = entry(i + 2), e2.unit != nil, e2.plural { end = i + 3 }
        return match(i, end, .duration, DurationFormat.value(nil, unit))
    }

    /// "three days ago", "a year earlier", "two weeks from now": a DATE; "later" stays out of
    /// the span (TimeBank), the duration stays a DURATION.
    private func relativeToNow(_ s: Int, _ e: Int, _ amount: Double?, _ unit: TimeUnit) -> TMatch? {
        switch word(e) {
        case .ago:
            return shiftedDate(s, e + 1, amount, unit, sign: -1, anaphoric: false)
        case .earlier:
            return shiftedDate(s, e + 1, amount, unit, sign: -1, anaphoric: true)
        case .hence:
            return shiftedDate(s, e + 1, amount, unit, sign: 1, anaphoric: false)
        case .from where word(e + 1) == .now:
            return shiftedDate(s, e + 2, amount, unit, sign: 1, anaphoric: false)
        default:
            return nil
        }
    }

    /// The anchor (or, for "earlier", the last date mentioned) moved by the amount, at the
    /// unit's granularity: "a year ago" 2022, "two weeks ago" 2023-W37, "three days ago" 2023-09-26.
    private func shiftedDate(_ s: Int, _ e: Int, _ amount: Double?, _ unit0: TimeUnit, sign: Int,
                             anaphoric: Bool) -> TMatch {
        let vague = sign < 0 ? "PAST_REF" : "FUTURE_REF"
        guard var a = amount else { return match(s, e, .date, vague, .approximate) }
        var unit = unit0
        // fractions go down one unit: "a year and a half ago" is 18 months ago
        if a != a.rounded(.down) {
            switch unit {
            case .year: a *= 12; unit = .month
            case .decade: a *= 10; unit = .year
            case .month: a *= 30; unit = .day
            case .week: a *= 7; unit = .day
            case .quarter: a *= 3; unit = .month
            default: break
            }
            a = a.rounded()
        }
        let n = Int(a) * sign
        if unit.isClock {
            guard let anchor else { return match(s, e, .date, vague, .approximate) }
            return dateMatch(s, e, DateValue(anchor), .approximate)
        }
        if unit == .year, sign < 0, s - lastQuarterEnd <= 150, let q = lastQuarter?.shifted(by: n, .year) {
            var m = dateMatch(s, e, q, .approximate)
            m.derived = true
            return m
        }
        if anaphoric, let ref = recentRef(s), let v = (unit >= .decade ? ref.at(.year) : ref)?.shifted(by: n, unit) {
            return dateMatch(s, e, v, .approximate)
        }
        guard let anchor, let v = DateValue(anchor).shifted(by: n, unit),
              (1...9999).contains(v.year) else {
            return match(s, e, .date, vague, .approximate)
        }
        return dateMatch(s, e, v, .approximate)
    }

    // MARK: - Sets

    /// "every week", "each Thursday", "every other month", "every two years", "twice a week",
    /// "three times a year", "once a month".
    func setExpression(_ i: Int) -> TMatch? {
        switch word(i) {
        case .every, .each:
            var j = i + 1
            if word(j) == .of { return nil }
            var step = 1.0
            var other = false
            if word(j) == .other { step = 2; j += 1; other = true } else if let q = quantity(j), q.value != nil, !q.article {
                step = q.value!; j = q.end
            }
            guard let e = entry(j) else { return nil }
            if let u = e.unit, step == 1 || e.plural || other {
                return match(i, j + 1, .set, DurationFormat.value(step, u))
            }
            if step == 1, e.weekday > 0, !e.abbreviation {
                if let p = entry(j + 1), p.partOfDay > 0 {
                    return match(i, j + 2, .set, "XXXX-WXX-\(e.weekday)T" + TimexFormat.partOfDayCodes[Int(p.partOfDay) - 1])
                }
                return match(i, j + 1, .set, "XXXX-WXX-\(e.weekday)")
            }
            if step == 1, e.month > 0, !e.abbreviation, isCapitalized(j) { return match(i, j + 1, .set, "XXXX-" + TimexFormat.pad(Int(e.month), 2)) }
            if step == 1, e.season > 0 { return match(i, j + 1, .set, "XXXX-" + TimexFormat.seasonCodes[Int(e.season) - 1]) }
            if step == 1, e.partOfDay > 0 {
                return match(i, j + 1, .set, "XXXX-XX-XXT" + TimexFormat.partOfDayCodes[Int(e.partOfDay) - 1])
            }
            if step == 1, e.word == .weekend { return match(i, j + 1, .set, "XXXX-WXX-WE") }
            return nil
        case .once, .twice, .thrice:
            return perUnit(i, i + 1)
        case .daily, .weekly, .monthly, .yearly, .annually, .hourly, .nightly:
            return adverbialFrequency(i)
        default:
            // "three times a year"
            if isNumber(i) || entry(i)?.cardinal ?? -1 > 0, let q = quantity(i), word(q.end) == .times {
                return perUnit(i, q.end + 1)
            }
            return nil
        }
    }

    /// "paid annually.", "meets weekly and ...": the adverb, not the adjective of "a weekly
    /// magazine" or "daily flights".
    private func adverbialFrequency(_ i: Int) -> TMatch? {
        guard isPunctuation(i + 1) && !isPunct(i + 1, 0x2D) || word(i + 1) == .and || word(i + 1) == .or else { return nil }
        if [.the, .a, .an, .its, .possessive, .this, .that].contains(word(i - 1)) { return nil }
        let value: String
        switch word(i) {
        case .daily: value = "P1D"
        case .weekly: value = "P1W"
        case .monthly: value = "P1M"
        case .hourly: value = "PT1H"
        case .nightly: value = "XXXX-XX-XXTNI"
        default: value = "P1Y"
        }
        return match(i, i + 1, .set, value)
    }

    private func perUnit(_ s: Int, _ j: Int) -> TMatch? {
        let w = word(j)
        guard w == .a || w == .an || w == .per || w == .every || w == .each,
              let e = entry(j + 1), let u = e.unit, !e.plural else { return nil }
        return match(s, j + 2, .set, DurationFormat.value(1, u))
    }
}
