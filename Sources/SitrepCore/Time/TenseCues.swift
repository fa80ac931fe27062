/// A light tense guess for choosing which Friday or which October a text means: the nearest
/// tense-marking word in the same sentence, looking left first (12 tokens), then right (10).
/// No parser: auxiliaries, a list of irregular past forms, and "-ed" words.
extension TimexScanner {
    func tense(_ s: Int, _ e: Int) -> Tense {
        if word(s - 1) == .since || word(s - 2) == .since && word(s - 1) == .on { return .past }
        if word(s - 1) == .and, word(s - 2) == .now { return .future }   // "between now and November"
        if word(s - 1) == .of, word(s - 2) == .ahead { return .future }  // "ahead of Tuesday's vote"
        var j = s - 1
        var steps = 0
        while j >= 0, steps < 12 {
            if toks[j + 1].flags & TimexToken.newlineBefore != 0 || endsSentence(j) { break }
            if let t = tenseOf(j) { return t }
            j -= 1; steps += 1
        }
        j = e
        steps = 0
        while j < toks.count, steps < 10 {
            if toks[j].flags & TimexToken.newlineBefore != 0 || endsSentence(j) { break }
            // a present tense after the date belongs to another clause ("Friday's sales are up")
            if let t = tenseOf(j), t != .present { return t }
            j += 1; steps += 1
        }
        return .unknown
    }

    private func endsSentence(_ j: Int) -> Bool {
        let t = toks[j]
        guard t.kind == .punct else { return false }
        switch t.char {
        case 0x21, 0x3F, 0x3B: return true
        case 0x2E:
            // "a.m. on Monday", "U.S. officials": a period inside a sentence
            guard j + 1 < toks.count else { return true }
            if glued(j + 1) || isAbbreviation(j - 1) { return false }
            return toks[j + 1].kind != .word || isCapitalized(j + 1)
        default: return false
        }
    }

    /// The word before a period is an abbreviation: "p.m.", "U.S.", "Sept.", "Mr.", "Corp."
    private func isAbbreviation(_ k: Int) -> Bool {
        guard isWordToken(k), glued(k + 1) else { return false }
        let t = toks[k]
        if t.byteEnd - t.byteStart == 1 { return true }
        if let e = entry(k), e.abbreviation { return true }
        return lowerTextIs(k, "mr") || lowerTextIs(k, "mrs") || lowerTextIs(k, "ms") || lowerTextIs(k, "dr")
            || lowerTextIs(k, "st") || lowerTextIs(k, "gov") || lowerTextIs(k, "sen") || lowerTextIs(k, "rep")
            || lowerTextIs(k, "gen") || lowerTextIs(k, "corp") || lowerTextIs(k, "inc") || lowerTextIs(k, "co")
            || lowerTextIs(k, "ltd") || lowerTextIs(k, "jr") || lowerTextIs(k, "no") || lowerTextIs(k, "vs")
    }

    private func tenseOf(_ j: Int) -> Tense? {
        guard isWordToken(j) else { return nil }
        let t = toks[j]
        if t.lex >= 0 {
            let e = lex[Int(t.lex)]
            switch e.word {
            case .going: return word(j + 1) == .to ? .future : nil
            case .will, .would:
                // "Will Smith" is a name, not an auxiliary
                return isCapitalized(j) && !startsSentence(j) ? nil : .future
            default: break
            }
            if lowerTextIs(j, "ll") { return isPunct(j - 1, 0x27) ? .future : nil }
            if lowerTextIs(j, "won") { return isPunct(j + 1, 0x27) ? .future : .past }
            switch e.tense {
            case .unknown:
                if lowerTextIs(j, "set"), word(j + 1) == .to { return auxiliaryTense(j) ?? .future }
            case .past:
                if e.month > 0 || e.weekday > 0 { return nil }
                return participleTense(j) ?? .past
            case .future:
                if e.month > 0 || e.weekday > 0 { return nil }
                // "plans to", "expected to"; not "the plans", "as expected"
                if lowerTextIs(j, "plans") || lowerTextIs(j, "planned") || lowerTextIs(j, "expects")
                    || lowerTextIs(j, "expect") || lowerTextIs(j, "expected") || lowerTextIs(j, "intends")
                    || lowerTextIs(j, "aims") || lowerTextIs(j, "hopes") || lowerTextIs(j, "wants") {
                    // "expect the crest to reach": the "to" may follow a short object
                    let limit = lowerTextIs(j, "expect") || lowerTextIs(j, "expects") || lowerTextIs(j, "expected") ? 5 : 1
                    guard (1...limit).contains(where: { word(j + $0) == .to }) else { return nil }
                }
                return auxiliaryTense(j) ?? .future
            default:
                if e.month > 0 || e.weekday > 0 { return nil }
                return e.tense
            }
            if e.month > 0 || e.weekday > 0 || e.unit != nil { return nil }
        }
        // regular past forms: "announced", "reported"
        let len = Int(t.byteEnd - t.byteStart)
        if len >= 5, t.flags & TimexToken.capitalized == 0,
           bytes[Int(t.byteEnd) - 2] == 0x65, bytes[Int(t.byteEnd) - 1] == 0x64 {
            return participleTense(j) ?? .past
        }
        return nil
    }

    /// "had been scheduled", "was due", "as previously planned": a future-looking participle
    /// under a past auxiliary is past.
    private func auxiliaryTense(_ j: Int) -> Tense? {
        var k = j - 1
        if isWordToken(k), entry(k) == nil, lowerText(k).hasSuffix("ly") { k -= 1 }
        if lowerTextIs(k, "been") || lowerTextIs(k, "was") || lowerTextIs(k, "were") || lowerTextIs(k, "had")
            || lowerTextIs(k, "previously") || lowerTextIs(k, "originally") || lowerTextIs(k, "initially") {
            return .past
        }
        return nil
    }

    /// "will be held", "is to be announced": a participle after "be" is not a past tense.
    private func participleTense(_ j: Int) -> Tense? {
        if lowerTextIs(j - 1, "be") { return .future }
        if lowerTextIs(j - 1, "being") { return .present }
        return nil
    }

    /// Token i is a word whose lower-case ASCII letters are exactly `s`.
    func lowerTextIs(_ i: Int, _ s: StaticString) -> Bool {
        guard isWordToken(i) else { return false }
        let t = toks[i]
        let n = Int(t.byteEnd - t.byteStart)
        guard n == s.utf8CodeUnitCount else { return false }
        let p = s.utf8Start
        for k in 0..<n where bytes[Int(t.byteStart) + k] | 0x20 != p[k] { return false }
        return true
    }
}
