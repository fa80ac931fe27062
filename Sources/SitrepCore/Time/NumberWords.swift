/// Numbers written as words, and the quantities that count durations: "18", "2.5", "2 1/2",
/// "twenty-one", "a hundred", "a dozen", "half an", "a few", "several", "a couple of".
enum NumberWords {
    static let digitsAndTeens = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen",
    ]
    static let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let scales: [(String, Int)] = [("hundred", 100), ("thousand", 1000), ("million", 1_000_000)]
    static let ordinals = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth",
    ]
    static let tensOrdinals = [
        "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
        "ninetieth",
    ]
    /// "twenties" ... "nineties": the decade digit is the index + 2.
    static let decades = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
}

/// A counted amount: `value` nil for "several", "a few" and the like.
struct Quantity {
    var value: Double?
    var end: Int
    /// "a"/"an" standing for one.
    var article = false
}

extension TimexScanner {
    /// A cardinal written in words at i: "seven", "twenty-one", "twenty four", "two hundred",
    /// "three thousand five hundred". Returns the value and the end token.
    func wordNumber(_ i: Int) -> (Int, Int)? {
        guard let (first, e1) = smallWordNumber(i) else { return nil }
        var total = 0
        var current = first
        var j = e1
        while let s = entry(j), s.cardinalClass == .scale {
            guard total + current < 1_000_000_000 else { return nil }
            current = max(current, 1) * Int(s.cardinal)
            j += 1
            if s.cardinal >= 1000 { total += current; current = 0 }
            var k = j
            if word(k) == .and { k += 1 }
            if let (more, e2) = smallWordNumber(k) { current += more; j = e2 } else { break }
        }
        return (total + current, j)
    }

    /// One to ninety-nine in words.
    func smallWordNumber(_ i: Int) -> (Int, Int)? {
        guard let e = entry(i), e.cardinal >= 0 else { return nil }
        switch e.cardinalClass {
        case .digit, .teen: return (Int(e.cardinal), i + 1)
        case .tens:
            // "twenty-one", "twenty one"
            var k = i + 1
            if isPunct(k, 0x2D), glued(k), glued(k + 1) { k += 1 }
            if let u = entry(k), u.cardinalClass == .digit, u.cardinal > 0 {
                return (Int(e.cardinal + u.cardinal), k + 1)
            }
            return (Int(e.cardinal), i + 1)
        default: return nil
        }
    }

    /// The number written in digits at i, with a decimal part ("2.5"), thousands separators
    /// ("1,500") or a following fraction ("2 1/2"); nil if the digits run on into a code.
    func digitNumber(_ i: Int) -> (Double, Int)? {
        guard isNumber(i), toks[i].number >= 0 else { return nil }
        var v = Double(toks[i].number)
        var j = i + 1
        if toks[i].digits <= 3 {
            while isPunct(j, 0x2C), glued(j), isNumber(j + 1), glued(j + 1), digits(j + 1) == 3 {
                v = v * 1000 + Double(number(j + 1)); j += 2
            }
        }
        if isPunct(j, 0x2E), glued(j), isNumber(j + 1), glued(j + 1) {
            let d = digits(j + 1)
            guard d <= 6 else { return nil }
            var scale = 1.0
            for _ in 0..<d { scale *= 10 }
            v += Double(number(j + 1)) / scale
            j += 2
        }
        if isPunct(j, 0x2F), glued(j), isNumber(j + 1), glued(j + 1) {
            // "1/2" on its own
            let den = number(j + 1)
            guard j == i + 1, den > 0, v < Double(den), !isPunct(j + 2, 0x2F) else { return nil }
            return (v / Double(den), j + 2)
        }
        if isNumber(j), !glued(j), isPunct(j + 1, 0x2F), glued(j + 1), isNumber(j + 2), glued(j + 2),
           !isPunct(j + 3, 0x2F) {
            let a = number(j), b = number(j + 2)
            if b > 0, a < b { v += Double(a) / Double(b); j += 3 }
        }
        if glued(j), isNumber(j) || isPunct(j, 0x3A) || isPunct(j, 0x2F) { return nil }
        return (v, j)
    }

    /// A quantity that can count a unit, starting at i (nothing absurdly large).
    func quantity(_ i: Int) -> Quantity? {
        guard let q = rawQuantity(i) else { return nil }
        if let v = q.value, !(v >= 0 && v < 10_000_000) { return nil }
        return q
    }

    private func rawQuantity(_ i: Int) -> Quantity? {
        if isNumber(i) {
            guard let (v, e) = digitNumber(i) else { return nil }
            let (v2, e2) = andAHalf(v, e)
            return Quantity(value: v2, end: e2)
        }
        guard let e = entry(i) else { return nil }
        if e.cardinal >= 0 && e.cardinalClass != .scale {
            guard let (v, end) = wordNumber(i) else { return nil }
            let (v2, end2) = andAHalf(Double(v), end)
            return Quantity(value: v2, end: end2)
        }
        switch e.word {
        case .a, .an:
            let n = entry(i + 1)
            if n?.unit != nil { return Quantity(value: 1, end: i + 1, article: true) }
            // "an additional year", "a full week"
            if let w = n?.word, [.additional, .extra, .full, .whole, .further].contains(w), entry(i + 2)?.unit != nil {
                return Quantity(value: 1, end: i + 1, article: true)
            }
            switch word(i + 1) {
            case .few: return Quantity(value: nil, end: i + 2)
            case .couple: return Quantity(value: 2, end: word(i + 2) == .of ? i + 3 : i + 2)
            case .dozen: return Quantity(value: 12, end: i + 2)
            case .half: return Quantity(value: 0.5, end: i + 2)
            default: break
            }
            if let n, n.cardinalClass == .scale {
                var v = Int(n.cardinal), end = i + 2
                var k = end
                if word(k) == .and { k += 1 }
                if let (more, e2) = smallWordNumber(k) { v += more; end = e2 }
                return Quantity(value: Double(v), end: end)
            }
            return nil
        case .few, .several, .many, .numerous:
            return Quantity(value: nil, end: i + 1)
        case .some:
            return entry(i + 1)?.plural == true ? Quantity(value: nil, end: i + 1) : nil
        case .couple:
            return word(i + 1) == .of ? Quantity(value: 2, end: i + 2) : nil
        case .dozen:
            return Quantity(value: 12, end: i + 1)
        case .dozens, .hundreds:
            return word(i + 1) == .of ? Quantity(value: nil, end: i + 2) : nil
        case .half:
            let w = word(i + 1)
            return (w == .a || w == .an) ? Quantity(value: 0.5, end: i + 2) : nil
        default: return nil
        }
    }

    /// "two and a half": adds the half and moves past it.
    private func andAHalf(_ v: Double, _ e: Int) -> (Double, Int) {
        if word(e) == .and, word(e + 1) == .a, word(e + 2) == .half, entry(e + 3)?.unit != nil {
            return (v + 0.5, e + 3)
        }
        return (v, e)
    }
}
