/// JSON string escaping, by hand and on UTF-8 bytes: `"` `\` and control characters are
/// escaped (`\n`, `\t`, ... or `\u00XX`), U+2028 and U+2029 too (JavaScript reads them as
/// line ends); all other text, emoji included, stays UTF-8.
public enum JSONString {
    /// `text` as a quoted JSON string.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a quoted JSON string.
    public static func append(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { source in
            let count = source.count
            var runStart = 0
            var i = 0
            while i < count {
                let byte = source[i]
                // Fast path: bytes that are copied as they are.
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0xE2 {
                    i += 1
                    continue
                }
                if byte == 0xE2 {
                    // U+2028 / U+2029 are E2 80 A8 / E2 80 A9.
                    guard i + 2 < count, source[i + 1] == 0x80, source[i + 2] == 0xA8 || source[i + 2] == 0xA9 else {
                        i += 1
                        continue
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i]))
                    bytes.append(contentsOf: source[i + 2] == 0xA8 ? escapedLineSeparator : escapedParagraphSeparator)
                    i += 3
                    runStart = i
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i]))
                appendEscape(for: byte, to: &bytes)
                i += 1
                runStart = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let escapedLineSeparator = Array(#"\u2028"#.utf8)
    private static let escapedParagraphSeparator = Array(#"\u2029"#.utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func appendEscape(for byte: UInt8, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22: bytes.append(UInt8(ascii: "\""))
        case 0x5C: bytes.append(UInt8(ascii: "\\"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]])
        }
    }
}
