import Foundation

/// Turns a file's bytes into text: BOM, UTF-16, binary sniffing, UTF-8 repair, line endings.
///
/// NFC normalisation is not done here: HTML and JSON produce their text from the decoded
/// file, and it is their result that is normalised (see `TextNormalization`).
enum TextDecoding {
    /// The decoded text and, when it had to be repaired, a warning for the user.
    enum Outcome {
        case text(String, warning: String?)
        /// Not text Sitrep can read; the reason is shown to the user.
        case rejected(String)
    }

    /// How much of the start of a file is sniffed for binary content.
    static let sniffLength = 8 * 1024
    /// More than this share of ill-formed bytes and a file is not taken for (damaged) text.
    static let maxInvalidShare = 0.30
    /// More than this share of control bytes in the sniffed part and a file is binary.
    static let maxControlShare = 0.10

    /// Decodes `bytes` (which it may rewrite in place to fold line endings).
    /// - Parameter windows1252Fallback: decode ill-formed UTF-8 as Windows-1252 instead of
    ///   repairing it (an HTML page that declares a Latin-1 charset).
    static func decode(_ bytes: inout [UInt8], windows1252Fallback: Bool = false) -> Outcome {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return .rejected("UTF-32 text is not supported (convert it to UTF-8), skipped")
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes, bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes, bigEndian: true) }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0

        if let reason = binaryReason(bytes, from: start) { return .rejected(reason) }
        let damage = bytes.withUnsafeBufferPointer {
            UTF8Damage.scan(UnsafeBufferPointer(rebasing: $0[start...]))
        }
        var warning: String?
        if !damage.isClean {
            if windows1252Fallback {
                let end = foldLineEndings(&bytes, from: start)
                return .text(Windows1252.decode(bytes[start..<end]), warning: nil)
            }
            let total = bytes.count - start
            if Double(damage.bytes) > Double(total) * maxInvalidShare {
                let percent = Int((Double(damage.bytes) * 100 / Double(total)).rounded())
                return .rejected("not UTF-8 text (\(percent)% of the bytes are invalid), skipped")
            }
            let offset = start + (damage.firstOffset ?? 0)
            let noun = damage.sequences == 1 ? "sequence" : "sequences"
            warning = "invalid UTF-8 at byte \(offset) (\(damage.sequences) \(noun)), replaced with U+FFFD"
        }
        let end = foldLineEndings(&bytes, from: start)
        return .text(String(decoding: bytes[start..<end], as: UTF8.self), warning: warning)
    }

    /// Why the start of the file looks binary, or nil when it looks like text.
    static func binaryReason(_ bytes: [UInt8], from start: Int) -> String? {
        let end = min(bytes.count, start + sniffLength)
        guard start < end else { return nil }
        var controls = 0
        for byte in bytes[start..<end] where byte < 0x20 || byte == 0x7F {
            switch byte {
            case 0: return "binary file (NUL bytes), skipped"
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B: continue
            default: controls += 1
            }
        }
        if Double(controls) > Double(end - start) * maxControlShare {
            return "binary file (control bytes), skipped"
        }
        return nil
    }

    /// CRLF and lone CR become LF, in place from `start`; returns the new end.
    static func foldLineEndings(_ bytes: inout [UInt8], from start: Int) -> Int {
        guard let firstCR = bytes[start...].firstIndex(of: 0x0D) else { return bytes.count }
        var write = firstCR
        var read = firstCR
        let count = bytes.count
        while read < count {
            let byte = bytes[read]
            if byte == 0x0D {
                bytes[write] = 0x0A
                if read + 1 < count && bytes[read + 1] == 0x0A { read += 1 }
            } else {
                bytes[write] = byte
            }
            write += 1
            read += 1
        }
        return write
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> Outcome {
        let pairs = (bytes.count - 2) / 2
        var units = [UInt16]()
        units.reserveCapacity(pairs)
        var i = 2
        var previousCR = false
        for _ in 0..<pairs {
            let unit = bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                                 : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
            i += 2
            if unit == 0x0A && previousCR { previousCR = false; continue }
            previousCR = unit == 0x0D
            units.append(previousCR ? 0x0A : unit)
        }
        var unpaired = 0
        var firstBad: Int?
        var k = 0
        while k < units.count {
            let unit = units[k]
            if UTF16.isLeadSurrogate(unit), k + 1 < units.count, UTF16.isTrailSurrogate(units[k + 1]) {
                k += 2
                continue
            }
            if UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) {
                unpaired += 1
                if firstBad == nil { firstBad = k }
            }
            k += 1
        }
        var warning: String?
        if unpaired > 0 {
            // Line-ending folding can shift unit positions; the offset is approximate then.
            warning = "invalid UTF-16 near byte \(2 + 2 * (firstBad ?? 0)) (\(unpaired) unpaired surrogate"
                + (unpaired == 1 ? ")" : "s)") + ", replaced with U+FFFD"
        }
        if bytes.count % 2 == 1 {
            let note = "odd number of bytes in UTF-16 text, last byte dropped"
            warning = warning.map { "\($0); \(note)" } ?? note
        }
        return .text(String(decoding: units, as: UTF16.self), warning: warning)
    }
}

/// Windows-1252, the superset of ISO 8859-1 that browsers use for pages labelled Latin-1.
enum Windows1252 {
    /// Scalars for 0x80...0x9F; the five undefined bytes keep their C1 value, as browsers do.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The scalar a byte stands for.
    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// C1 control code points as HTML numeric references read them (`&#150;` is an en dash).
    static func remapC1(_ value: UInt32) -> UInt32 {
        (0x80...0x9F).contains(value) ? high[Int(value) - 0x80] : value
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(scalar(for: byte)) }
        return String(scalars)
    }
}
