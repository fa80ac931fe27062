import Foundation

/// When two spellings name the same person: the rule people clustering uses within a document
/// and across a corpus.
///
/// 1. **Fold**: lower case, diacritics dropped (`Umérov` → `umerov`), letters with no
///    decomposition spelled out (`đ` → `dj`, `ł` → `l`, `ø` → `o`, `æ` → `ae`, `ß` → `ss`),
///    apostrophes, hyphens and spaces removed (`O’Neill` → `oneill`).
/// 2. **Transliteration key**: the spellings that Latin transliterations of the same Cyrillic,
///    Greek or Arabic name differ by are made equal: `kh` → `h`, `ph` → `f`, `ou` → `u`,
///    `sch` → `sh`, `tch`/`tsch` → `ch`, `ck` → `k`, `tz` → `ts`, `x` → `ks`, `w` → `v`,
///    `y` → `i`, `j` after a vowel or at the end → `i`, and doubled letters → one
///    (`Tsimlyansky` and `Tsimlianski` → `tsimlianski`; `Zelenskyy`, `Zelenskiy` and
///    `Zelensky` → `zelenski`; `Djordjevic` and `Đorđević` → `djordjevic`).
/// 3. **Surnames** match when their keys are equal, or when they start with the same letter and
///    differ by at most one edit (keys of 6 to 9 letters) or two edits (10 letters or more).
///    Keys of five letters or fewer must be equal (`Rubio` is not `Rubin`, `Bush` is not `Rush`).
/// 4. **Given names** never conflict when either side has none; an initial matches any name
///    starting with it (`J.` ~ `John`); two full given names must have equal keys (`Mykhailo` ~
///    `Mikhailo`, `Andriy` ~ `Andrii`). Two different given names are two different people,
///    whatever their surnames: `Anna Berg` and `Lars Berg` in one article stay apart, and a bare
///    `Berg` then goes to whichever was mentioned last. Different middle initials (`George W.
///    Bush`, `George P. Bush`) and different suffixes (`Donald Trump Jr.`) are different people too.
public enum NameSimilarity {
    /// Lower case, no diacritics, letters and digits only.
    public static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 128 {
                if v >= 0x41 && v <= 0x5A { out.append(UInt8(v | 0x20)) }
                else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { out.append(UInt8(v)) }
                continue
            }
            if foldTable.append(v, to: &out) { continue }
            var folded = String.UnicodeScalarView()
            foldSlow(scalar, into: &folded)
            out.append(contentsOf: String(folded).utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The fold of one scalar above ASCII.
    private static func foldSlow(_ scalar: Unicode.Scalar, into out: inout String.UnicodeScalarView) {
        switch scalar {
        case "đ", "Đ": out.append("d"); out.append("j"); return
        case "ð", "Ð": out.append("d"); return
        case "ł", "Ł": out.append("l"); return
        case "ø", "Ø": out.append("o"); return
        case "æ", "Æ": out.append("a"); out.append("e"); return
        case "œ", "Œ": out.append("o"); out.append("e"); return
        case "ß": out.append("s"); out.append("s"); return
        case "ı": out.append("i"); return
        case "þ", "Þ": out.append("t"); out.append("h"); return
        default: break
        }
        guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
        for d in decomposed.unicodeScalars where d.properties.isAlphabetic || d.properties.numericType != nil {
            let gc = d.properties.generalCategory
            if gc == .nonspacingMark || gc == .spacingMark || gc == .enclosingMark { continue }
            out.append(d)
        }
    }

    /// `foldSlow` of the Latin, Greek and Cyrillic letters names are written in, computed once
    /// (by `foldSlow` itself, so the same by construction) as UTF-8.
    private static let foldTable = ScalarFoldTable(ranges: [0x80..<0x250, 0x370..<0x530, 0x1E00..<0x1F00]) { scalar, out in
        var folded = String.UnicodeScalarView()
        foldSlow(scalar, into: &folded)
        out.append(contentsOf: String(folded).utf8)
    }

    /// The transliteration key of a name (see the type's rule).
    public static func key(_ s: String) -> String {
        var ascii = true
        for b in s.utf8 where b >= 0x80 { ascii = false; break }
        if ascii { return QuoteContext.bytes(s) { keyOfASCII($0) } }
        let folded = fold(s)
        return QuoteContext.bytes(folded) { keyOfASCII($0) }
    }

    /// The rewrite rules over folded (or ASCII) bytes: upper case is lowered, anything but
    /// letters and digits dropped, then the rules applied and doubled letters collapsed.
    private static func keyOfASCII(_ input: UnsafeBufferPointer<UInt8>) -> String {
        let n = input.count
        @inline(__always) func at(_ k: Int) -> UInt8 {
            guard k < n else { return 0 }
            let b = input[k]
            return b >= 0x41 && b <= 0x5A ? b | 0x20 : b
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * n + 4) { out in
        var w = 0
        @inline(__always) func put(_ b: UInt8) {
            if b >= 0x80 || w == 0 || out[w - 1] != b { out[w] = b; w += 1 }
        }
        let c_ = UInt8(ascii: "c"), h_ = UInt8(ascii: "h"), s_ = UInt8(ascii: "s"), t_ = UInt8(ascii: "t")
        var i = 0
        while i < n {
            let c = at(i)
            let isLetterOrDigit = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c >= 0x80
            guard isLetterOrDigit else { i += 1; continue }
            let c1 = at(i + 1), c2 = at(i + 2), c3 = at(i + 3)
            if c == t_, c1 == s_, c2 == c_, c3 == h_ { put(c_); put(h_); i += 4; continue }
            if c == s_, c1 == c_, c2 == h_ { put(s_); put(h_); i += 3; continue }
            if c == t_, c1 == c_, c2 == h_ { put(c_); put(h_); i += 3; continue }
            if c == UInt8(ascii: "k"), c1 == h_ { put(h_); i += 2; continue }
            if c == UInt8(ascii: "p"), c1 == h_ { put(UInt8(ascii: "f")); i += 2; continue }
            if c == UInt8(ascii: "o"), c1 == UInt8(ascii: "u") { put(UInt8(ascii: "u")); i += 2; continue }
            if c == c_, c1 == UInt8(ascii: "k") { put(UInt8(ascii: "k")); i += 2; continue }
            if c == t_, c1 == UInt8(ascii: "z") { put(t_); put(s_); i += 2; continue }
            if c == UInt8(ascii: "x") { put(UInt8(ascii: "k")); put(s_); i += 1; continue }
            if c == UInt8(ascii: "w") { put(UInt8(ascii: "v")); i += 1; continue }
            if c == UInt8(ascii: "y") { put(UInt8(ascii: "i")); i += 1; continue }
            if c == UInt8(ascii: "j"), w > 0, isVowel(out[w - 1]) || c1 == 0 { put(UInt8(ascii: "i")); i += 1; continue }
            put(c); i += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: out[0..<w]), as: UTF8.self)
        }
    }

    private static func isVowel(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o") || c == UInt8(ascii: "u")
    }


    /// True when two surnames (or their keys) may name the same person.
    public static func surnamesMatch(_ a: String, _ b: String) -> Bool {
        keysMatch(key(a), key(b))
    }

    /// The surname rule on keys already computed.
    static func keysMatch(_ a: String, _ b: String) -> Bool {
        if a == b { return !a.isEmpty }
        let ca = Array(a.unicodeScalars), cb = Array(b.unicodeScalars)
        guard let fa = ca.first, fa == cb.first else { return false }
        let len = min(ca.count, cb.count)
        let allowed = len >= 10 ? 2 : (len >= 6 ? 1 : 0)
        guard allowed > 0, abs(ca.count - cb.count) <= allowed else { return false }
        return editDistance(ca, cb, limit: allowed) <= allowed
    }

    /// True when two given names (possibly initials, possibly empty) do not conflict.
    public static func givenNamesCompatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        let ka = key(a), kb = key(b)
        if ka.isEmpty || kb.isEmpty || ka == kb { return true }
        let ia = isInitial(a), ib = isInitial(b)
        if ia || ib { return ka.unicodeScalars.first == kb.unicodeScalars.first }
        return false
    }

    /// True when two full names (given names, middle names or initials, surname, suffix) may
    /// be one person: compatible given names, no conflicting middle initials ("George W. Bush"
    /// is not "George P. Bush"), and the same generational suffix when both have a given name
    /// ("Donald Trump Jr." is not "Donald J. Trump"). Surnames are compared by the caller.
    public static func fullNamesCompatible(_ a: String, _ b: String) -> Bool {
        let pa = nameParts(a), pb = nameParts(b)
        guard NameSimilarity.givenNamesCompatible(pa.given, pb.given) else { return false }
        if pa.given != nil, pb.given != nil, pa.suffix != pb.suffix { return false }
        if let ma = pa.middle.first, let mb = pb.middle.first,
           key(ma).unicodeScalars.first != key(mb).unicodeScalars.first { return false }
        return true
    }

    /// Given name, middle names or initials, surname and suffix of a name written in one line.
    static func nameParts(_ name: String) -> (given: String?, middle: [String], surname: String, suffix: String?) {
        var words = name.split(whereSeparator: { $0 == " " }).map(String.init)
        var suffix: String? = nil
        if words.count > 1, NameLexicon.suffixes.contains(QuoteContext.bare(words[words.count - 1])) {
            suffix = QuoteContext.bare(words.removeLast())
        }
        guard let surname = words.last else { return (nil, [], name, suffix) }
        if words.count == 1 { return (nil, [], surname, suffix) }
        return (words[0], Array(words[1..<(words.count - 1)]), surname, suffix)
    }

    /// "J." or "J": one letter, maybe with a dot.
    static func isInitial(_ s: String) -> Bool {
        var letters = 0
        for u in s.unicodeScalars {
            if u == "." { continue }
            guard u.properties.isAlphabetic else { return false }
            letters += 1
        }
        return letters == 1
    }

    /// Levenshtein distance, stopping early once it must exceed `limit`.
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Edit distance between two strings' folded forms.
    public static func foldedDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(fold(a).unicodeScalars), Array(fold(b).unicodeScalars))
    }
}
