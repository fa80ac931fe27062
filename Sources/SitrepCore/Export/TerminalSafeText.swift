/// Output on its way to a terminal, made harmless: control characters that a terminal would
/// obey (ESC starting a sequence, C1 controls, BEL, backspace, carriage return, DEL) become
/// visible symbols, so an article can never clear the screen, retitle the window or write to
/// the clipboard through `sitrep timeline` and friends. Tab and newline pass.
public enum TerminalSafeText {
    /// Rewrites the UTF-8 `bytes`; returns them unchanged (no copy made) when nothing needs it.
    public static func scrub(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: needsScrubbing) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x20 && b != 0x09 && b != 0x0A {
                out += picture(of: UInt32(b))
            } else if b == 0x7F {
                out += picture(of: 0x21)             // ␡ is U+2421
            } else if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                out += replacement                   // a C1 control (U+0080...U+009F)
                i += 1
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }

    /// `text` made safe, as a string.
    public static func scrub(_ text: String) -> String {
        String(decoding: scrub(Array(text.utf8)), as: UTF8.self)
    }

    private static func needsScrubbing(_ b: UInt8) -> Bool {
        (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x7F || b == 0xC2
    }

    /// The Control Pictures block: U+2400 + the code (␛ for ESC, ␇ for BEL).
    private static func picture(of code: UInt32) -> [UInt8] {
        Array(String(Unicode.Scalar(0x2400 + code)!).utf8)
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
}
