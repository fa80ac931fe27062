import Foundation

/// The one normal form in which place names are looked up: canonical decomposition, non-spacing
/// marks dropped, a few letters without a decomposition mapped ("ł" -> "l", "ß" -> "ss"),
/// apostrophes and dashes unified, lower case. "Zaporiżżja" and "zaporizzja" fold alike.
///
/// `make_gazetteer.py` writes the gazetteer's aliases already folded with the same rules (its
/// `fold()`); the two must stay in step.
enum NameFolding {
    /// Folds `text` and appends its UTF-8 to `out`.
    static func append(_ text: Substring.UnicodeScalarView, to out: inout [UInt8]) {
        for scalar in text { append(scalar, to: &out) }
    }

    static func append(_ text: String, to out: inout [UInt8]) {
        var ascii = true
        for b in text.utf8 where b >= 0x80 { ascii = false; break }
        guard ascii else { append(Substring(text).unicodeScalars, to: &out); return }
        for b in text.utf8 { out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : (b == 0x60 ? 0x27 : b)) }
    }

    /// The folded form of `text` as a String (tests, hand-written files).
    static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !lastWasSpace { bytes.append(0x20) }
                lastWasSpace = true
                continue
            }
            append(scalar, to: &bytes)
            lastWasSpace = false
        }
        if bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            let b = UInt8(v)
            out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : (b == 0x60 ? 0x27 : b))
            return
        }
        if table.append(v, to: &out) { return }
        appendSlow(scalar, to: &out)
    }

    /// The folds of the letters and marks European news is written in, computed once by
    /// `appendSlow` itself (so the same by construction): Latin-1 and Latin Extended, Greek,
    /// Cyrillic, Latin Extended Additional, and the dashes and quotes of General Punctuation.
    private static let table = ScalarFoldTable(ranges: [0x80..<0x250, 0x370..<0x530, 0x1E00..<0x1F00, 0x2010..<0x2028]) {
        appendSlow($0, to: &$1)
    }

    private static func appendSlow(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        if let mapped = special[scalar.value] {
            out.append(contentsOf: mapped.utf8)
            return
        }
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
        for part in decomposed.unicodeScalars {
            if part.properties.generalCategory == .nonspacingMark { continue }
            if let mapped = special[part.value] {
                out.append(contentsOf: mapped.utf8)
                continue
            }
            let lower = part.properties.lowercaseMapping
            for s in lower.unicodeScalars {
                if s.value < 0x80 {
                    out.append(UInt8(s.value))
                } else {
                    out.append(contentsOf: String(s).utf8)
                }
            }
        }
    }

    /// Letters and marks with no canonical decomposition to a base letter; mirrors SPECIAL in
    /// make_gazetteer.py (which maps before lower-casing, hence both cases here).
    private static let special: [UInt32: String] = [
        0xDF: "ss", 0x1E9E: "ss", 0xF8: "o", 0xD8: "o", 0xE6: "ae", 0xC6: "ae", 0x153: "oe",
        0x152: "oe", 0x111: "d", 0x110: "d", 0xF0: "d", 0xD0: "d", 0x142: "l", 0x141: "l",
        0x127: "h", 0x126: "h", 0x131: "i", 0xFE: "th", 0xDE: "th",
        0x2019: "'", 0x2018: "'", 0x2BC: "'", 0x2BB: "'", 0xB4: "'",
        0x2010: "-", 0x2011: "-", 0x2013: "-", 0x2014: "-",
    ]
}

/// 64-bit FNV-1a over folded UTF-8: the gazetteer's index keys. At 64 bits a collision among
/// ~120,000 names is about one chance in a billion; the index does not store the names again.
struct NameHash {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { add($0) }
    }

    mutating func add(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { add($0) }
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var v = value
        for b in bytes { v = (v ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        value = v
    }

    static func of(_ bytes: [UInt8]) -> UInt64 {
        var h = NameHash()
        h.add(bytes)
        return h.value
    }

    static func of(folding text: String) -> UInt64 {
        of(Array(NameFolding.fold(text).utf8))
    }
}
