import Foundation

/// The last step for every document text: LF line endings and Unicode NFC.
enum TextNormalization {
    /// `text` with CRLF / CR folded to LF and in NFC.
    static func normalize(_ text: String) -> String {
        var text = text
        if text.withUTF8({ buffer in buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false }) {
            var bytes = Array(text.utf8)
            let end = TextDecoding.foldLineEndings(&bytes, from: 0)
            text = String(decoding: bytes[..<end], as: UTF8.self)
        }
        return nfc(text)
    }

    /// NFC, skipped when no scalar could change: most news text (ASCII, Latin, Cyrillic,
    /// CJK, typographic quotes and dashes, emoji) is already in NFC, and Foundation's
    /// normalisation costs more than all the rest of reading a file.
    static func nfc(_ text: String) -> String {
        var text = text
        let mayChange = text.withUTF8 { mayChangeUnderNFC($0) }
        return mayChange ? text.precomposedStringWithCanonicalMapping : text
    }

    /// False when every scalar is NFC-inert: below U+0300, or in `inertRanges`.
    /// `utf8` must be well-formed (it comes from a `String`).
    static func mayChangeUnderNFC(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return false }
        let count = utf8.count
        var i = 0
        while i < count {
            if i + 8 <= count,
               UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let lead = base[i]
            // ASCII, continuation bytes, and the leads of U+0080...U+02FF (0xC2...0xCB).
            guard lead >= 0xCC else { i += 1; continue }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard i + length <= count else { return true }
            var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { scalar = scalar << 6 | UInt32(base[i + k] & 0x3F) }
            if !isInert(scalar) { return true }
            i += length
        }
        return false
    }

    /// Scalars that NFC leaves alone whatever surrounds them: in NFC themselves, combining
    /// class 0, and never the second half of a canonical composition. Checked against the
    /// Unicode data (unicodedata 14.0) and, in the tests, against Foundation.
    static let inertRanges: [ClosedRange<UInt32>] = [
        0x0386...0x0386, 0x0388...0x038A, 0x038C...0x038C, 0x038E...0x03A1,  // Greek
        0x03A3...0x0482, 0x0488...0x052F,                                    // Greek, Cyrillic
        0x05D0...0x05EA,                                                     // Hebrew letters
        0x061B...0x064A, 0x0660...0x066F, 0x0671...0x06D5,                   // Arabic letters, digits
        0x1E00...0x1F15,                                                     // Latin Extended Additional
        0x2002...0x2064,                                                     // General Punctuation
        0x20A0...0x20C0,                                                     // currency
        0x2100...0x2125, 0x212C...0x218B,                                    // letterlike, number forms
        0x2190...0x2328, 0x232B...0x2426, 0x2460...0x27BF,                   // arrows, symbols, dingbats
        0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF,  // CJK punctuation, kana
        0x3400...0x4DBF, 0x4E00...0x9FFF,                                    // CJK ideographs
        0xAC00...0xD7A3,                                                     // Hangul syllables
        0xFE00...0xFE0F,                                                     // variation selectors
        0xFF01...0xFFBE,                                                     // full- and half-width forms
        0x1F1E6...0x1F202, 0x1F300...0x1F6D7, 0x1F900...0x1FA53,             // flags, emoji
    ]

    static func isInert(_ scalar: UInt32) -> Bool {
        var low = 0
        var high = inertRanges.count
        while low < high {
            let middle = (low + high) / 2
            let range = inertRanges[middle]
            if scalar < range.lowerBound { high = middle }
            else if scalar > range.upperBound { low = middle + 1 }
            else { return true }
        }
        return false
    }

    /// True when `text` holds nothing but white space.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
