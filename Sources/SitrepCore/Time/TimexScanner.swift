/// A candidate timex over tokens [start, end), already resolved.
struct TMatch {
    var start: Int
    var end: Int
    var type: TimexType
    var value: String
    /// Which words may be taken in on the left ("about", "early", "the end of" ...).
    var prefixes: TimexPrefixes = []
    /// The calendar value, remembered so that "a year earlier" can refer back to it.
    var ref: DateValue?
    /// Computed from another mention ("a year earlier"): not itself a quarter to refer back to.
    var derived = false
}

/// Modifier words a match may absorb on its left, per TIMEX3 span conventions.
struct TimexPrefixes: OptionSet {
    let rawValue: UInt8
    /// "about", "nearly", "more than", "at least", "up to" ... (durations, "ago" dates, times)
    static let approximate = TimexPrefixes(rawValue: 1)
    /// "early", "late", "mid", "mid-" (dates and periods)
    static let earlyLate = TimexPrefixes(rawValue: 2)
    /// "earlier", "later" before "this month", "today", "Sunday" ...
    static let earlierLater = TimexPrefixes(rawValue: 4)
    /// "the end of", "the beginning of", "the middle of" ...
    static let partOf = TimexPrefixes(rawValue: 8)
    /// "the" before the expression or its "early/late/mid" ("the 1990s", "the late 1970s")
    static let article = TimexPrefixes(rawValue: 16)
    /// "around" and "sometime" before a date
    static let vagueDate = TimexPrefixes(rawValue: 32)

    static let point: TimexPrefixes = [.earlyLate, .partOf, .vagueDate]
    static let relative: TimexPrefixes = [.earlyLate, .earlierLater, .partOf, .vagueDate]
}

/// The rule engine: walks the tokens left to right, tries every rule that can start at a
/// token, keeps the longest match, widens it with allowed modifiers, and moves past it.
struct TimexScanner {
    let toks: [TimexToken]
    let bytes: UnsafeBufferPointer<UInt8>
    let anchor: DayDate?
    let lex: [LexEntry]
    /// The last resolved calendar value in the text, for anaphoric "a year earlier".
    var lastRef: DateValue?
    /// Token index just past the match that set `lastRef`.
    var lastRefEnd = -1_000
    /// The last quarter mentioned ("the third quarter") and where: "a year ago" in an earnings
    /// report means that quarter a year before.
    var lastQuarter: DateValue?
    var lastQuarterEnd = -1_000

    init(tokens: [TimexToken], bytes: UnsafeBufferPointer<UInt8>, anchor: DayDate?) {
        self.toks = tokens; self.bytes = bytes; self.anchor = anchor
        self.lex = TimexLexicon.entries
    }

    mutating func run() -> [TMatch] {
        var out: [TMatch] = []
        var i = 0
        var lastEnd = 0
        let n = toks.count
        while i < n {
            let t = toks[i]
            if t.lex < 0 && t.kind != .number { i += 1; continue }
            guard var m = bestMatch(at: i), m.end > i else { i += 1; continue }
            m.start = max(m.start, lastEnd)
            m = extendLeft(m, floor: lastEnd)
            extendRight(&m)
            out.append(m)
            lastEnd = m.end
            i = m.end
            if let r = m.ref {
                lastRef = r; lastRefEnd = m.end
                if case .quarter = r, !m.derived { lastQuarter = r; lastQuarterEnd = m.end }
            }
        }
        return out
    }

    func bestMatch(at i: Int) -> TMatch? {
        guard i >= 0, i < toks.count, toks[i].lex >= 0 || toks[i].kind == .number else { return nil }
        var best: TMatch?
        func consider(_ m: TMatch?) {
            guard let m else { return }
            if best == nil || m.end > best!.end { best = m }
        }
        let t = toks[i]
        if t.kind == .number {
            consider(numericDate(i))
            consider(ordinalExpression(i))
            consider(clockTime(i))
            consider(dayFirstDate(i))
            consider(yearExpression(i))
            consider(durationExpression(i))
            if word(i + 1) == .times { consider(setExpression(i)) }
            return best
        }
        let e = lex[Int(t.lex)]
        if e.month > 0 { consider(monthExpression(i)) }
        if e.weekday > 0 { consider(weekdayExpression(i)) }
        if e.ordinal > 0 { consider(ordinalExpression(i)) }
        if e.season > 0 { consider(seasonExpression(i, modifier: .none)) }
        if e.decade > 0 { consider(decadeWord(i)) }
        if e.unit == .year, !e.plural { consider(yearNoun(i)) }
        if e.cardinal >= 0 { consider(spelledYear(i)) }
        if e.cardinal >= 0 || e.unit != nil { consider(durationExpression(i)) }
        switch e.word {
        case .none: break
        case .the: consider(theExpression(i))
        case .a, .an, .few, .several, .many, .couple, .dozen, .dozens, .hundreds, .half, .some, .numerous:
            consider(durationExpression(i))
        case .last, .this, .next, .past, .coming, .previous, .following, .current, .latest, .recent,
             .fiscal:
            consider(relativeExpression(i))
        case .every, .each, .once, .twice, .thrice, .daily, .weekly, .monthly, .yearly, .annually,
             .hourly, .nightly:
            consider(setExpression(i))
        case .christmas, .halloween, .thanksgiving, .easter, .valentine, .boxing, .memorial, .labor,
             .new, .good:
            consider(holiday(i))
        case .noon, .midday, .midnight: consider(clockWord(i))
        case .today, .yesterday, .tomorrow, .tonight, .now, .currently, .nowadays, .recently,
             .lately, .soon, .right, .future, .present:
            consider(deicticExpression(i))
        case .mid: consider(midExpression(i))
        case .these: consider(deicticExpression(i))
        case .that: consider(thatExpression(i))
        case .earlier, .later: consider(earlierInThe(i))
        case .q, .h: consider(quarterCode(i))
        default: break
        }
        if e.cardinal >= 0, best == nil { consider(setExpression(i)) }
        return best
    }

    /// Open-ended dates take their qualifier in: "1990 and beyond", "1994 or later".
    private func extendRight(_ m: inout TMatch) {
        guard m.type == .date, m.ref != nil else { return }
        let e = m.end
        if word(e) == .and, lowerTextIs(e + 1, "beyond") { m.end += 2 }
        else if word(e) == .or, word(e + 1) == .later || word(e + 1) == .earlier { m.end += 2 }
    }

    // MARK: - Left modifiers

    private func extendLeft(_ m0: TMatch, floor: Int) -> TMatch {
        var m = m0
        var allowed = m.prefixes
        while m.start - 1 >= floor {
            let j = m.start - 1
            let w = word(j)
            if allowed.contains(.approximate) {
                if let s = approximatorStart(endingAt: j, floor: floor, firstOfCore: m.start) {
                    m.start = s; allowed.remove(.approximate); continue
                }
            }
            if allowed.contains(.earlyLate) {
                if w == .early || w == .late || w == .mid {
                    m.start = j; allowed.remove(.earlyLate); allowed.remove(.vagueDate); continue
                }
                if isPunct(j, 0x2D), glued(j), glued(m.start), word(j - 1) == .mid, j - 1 >= floor {
                    m.start = j - 1; allowed.remove(.earlyLate); allowed.remove(.vagueDate); continue
                }
            }
            if allowed.contains(.earlierLater), w == .earlier || w == .later {
                m.start = j; allowed = []; continue
            }
            if allowed.contains(.vagueDate), w == .around || w == .sometime {
                m.start = j; allowed = []; continue
            }
            if allowed.contains(.partOf), w == .of, j - 2 >= floor, word(j - 2) == .the {
                let head = word(j - 1)
                if head == .end || head == .beginning || head == .start || head == .middle {
                    m.start = j - 2; allowed = [.vagueDate]; continue
                }
            }
            if allowed.contains(.article), w == .the {
                m.start = j; allowed = []; continue
            }
            break
        }
        return m
    }

    /// Start of "about", "nearly", "more than", "at least", "up to", "no more than" ... whose
    /// last word is token j.
    private func approximatorStart(endingAt j: Int, floor: Int, firstOfCore: Int) -> Int? {
        switch word(j) {
        case .about, .around, .approximately, .roughly, .nearly, .almost, .circa: return j
        case .some:
            // "some 20 years"
            return (toks[firstOfCore].kind == .number || entry(firstOfCore)?.cardinal ?? -1 >= 0) ? j : nil
        case .over:
            // "over a week" (more than); not "over three years" (during), "over the past year"
            let f = word(firstOfCore)
            return f == .a || f == .an ? j : nil
        case .than:
            guard j - 1 >= floor else { return nil }
            let w = word(j - 1)
            guard w == .more || w == .less || w == .fewer else { return nil }
            if j - 2 >= floor, word(j - 2) == .no { return j - 2 }
            return j - 1
        case .least, .most:
            return j - 1 >= floor && word(j - 1) == .at ? j - 1 : nil
        case .to:
            return j - 1 >= floor && word(j - 1) == .up ? j - 1 : nil
        default: return nil
        }
    }

    // MARK: - Token access

    @inline(__always) func has(_ i: Int) -> Bool { i >= 0 && i < toks.count }

    @inline(__always) func entry(_ i: Int) -> LexEntry? {
        guard i >= 0, i < toks.count else { return nil }
        let l = toks[i].lex
        return l >= 0 ? lex[Int(l)] : nil
    }

    @inline(__always) func word(_ i: Int) -> TWord {
        guard i >= 0, i < toks.count else { return .none }
        let l = toks[i].lex
        return l >= 0 ? lex[Int(l)].word : .none
    }

    @inline(__always) func isPunct(_ i: Int, _ c: UInt8) -> Bool {
        i >= 0 && i < toks.count && toks[i].kind == .punct && toks[i].char == c
    }

    @inline(__always) func isNumber(_ i: Int) -> Bool { i >= 0 && i < toks.count && toks[i].kind == .number }

    @inline(__always) func isWordToken(_ i: Int) -> Bool { i >= 0 && i < toks.count && toks[i].kind == .word }

    /// The number of a digit token, or -1.
    @inline(__always) func number(_ i: Int) -> Int {
        guard i >= 0, i < toks.count, toks[i].kind == .number else { return -1 }
        return Int(toks[i].number)
    }

    @inline(__always) func digits(_ i: Int) -> Int { isNumber(i) ? Int(toks[i].digits) : 0 }

    /// No whitespace between token i-1 and token i.
    @inline(__always) func glued(_ i: Int) -> Bool {
        i >= 0 && i < toks.count && toks[i].flags & TimexToken.spaceBefore == 0
    }

    @inline(__always) func isCapitalized(_ i: Int) -> Bool {
        i >= 0 && i < toks.count && toks[i].flags & TimexToken.capitalized != 0
    }

    /// Token i begins a sentence, a line or a quotation (so its capital letter says nothing).
    func startsSentence(_ i: Int) -> Bool {
        if i <= 0 { return true }
        if toks[i].flags & TimexToken.newlineBefore != 0 { return true }
        let p = toks[i - 1]
        guard p.kind == .punct else { return false }
        switch p.char {
        case 0x2E, 0x21, 0x3F, 0x22, 0x28, 0x3A, 0x5B, 0x2D, 0x5F, 0x60: return true
        case 0x27: return i >= 2 && toks[i - 2].kind != .word
        default: return false
        }
    }

    /// Token i is "." right after the previous token (an abbreviation's period).
    @inline(__always) func isAbbreviationPeriod(_ i: Int) -> Bool { isPunct(i, 0x2E) && glued(i) }

    /// Lower-case ASCII text of a word token (for the rare checks that need the letters).
    func lowerText(_ i: Int) -> String {
        let t = toks[i]
        var s = ""
        s.reserveCapacity(Int(t.byteEnd - t.byteStart))
        for k in Int(t.byteStart)..<Int(t.byteEnd) {
            let b = bytes[k]
            s.unicodeScalars.append(Unicode.Scalar(b >= 0x41 && b <= 0x5A ? b | 0x20 : b))
        }
        return s
    }

    /// The match covering tokens [s, e).
    func match(_ s: Int, _ e: Int, _ type: TimexType, _ value: String,
               _ prefixes: TimexPrefixes = [], ref: DateValue? = nil) -> TMatch {
        TMatch(start: s, end: e, type: type, value: value, prefixes: prefixes, ref: ref)
    }

    /// A DATE match whose value is a calendar value (remembered for anaphora).
    func dateMatch(_ s: Int, _ e: Int, _ v: DateValue, _ prefixes: TimexPrefixes = .point) -> TMatch {
        TMatch(start: s, end: e, type: .date, value: v.value, prefixes: prefixes, ref: v)
    }
}
