/// How tab and line breaks in untrusted text are shown.
public enum WhitespacePolicy: Sendable, Hashable {
    /// Tab, CR, LF and the Unicode line/paragraph separators become a plain space.
    case space
    /// They become visible symbols (␉, ␍, ␤), like every other control character.
    case visible
}

/// One grapheme that is safe to hand to a terminal, and the columns it takes.
struct SafeGrapheme: Hashable, Sendable {
    var text: String
    var width: Int
}

/// The only way untrusted text reaches the grid (DESIGN.md, "Untrusted text").
///
/// Per grapheme: C0 controls, ESC and DEL become Control Pictures (ESC -> ␛, BEL -> ␇, DEL
/// -> ␡); C1 controls (U+0080-U+009F) become �; bidi controls (LRE, RLE, PDF, LRO, RLO, LRI,
/// RLI, FSI, PDI, LRM, RLM, ALM) become ⁇; other invisible format characters standing alone
/// (zero width space, soft hyphen, BOM...) are dropped. A combining mark with nothing to attach
/// to is drawn on a dotted circle (◌). Nothing else is changed.
enum Sanitizer {
    static let c1Replacement = "\u{FFFD}"
    static let bidiReplacement = "\u{2047}"
    static let dottedCircle = "\u{25CC}"

    /// The graphemes of `text` as they will be drawn: each safe, measured, and zero-width marks
    /// already merged into the grapheme before them.
    static func graphemes(of text: some StringProtocol, whitespace: WhitespacePolicy = .space)
        -> [SafeGrapheme] {
        var result: [SafeGrapheme] = []
        result.reserveCapacity(text.utf8.count)
        for character in text {
            guard let safe = safe(character, whitespace: whitespace) else { continue }
            if safe.width == 0 {
                if let last = result.indices.last {
                    result[last].text += safe.text
                } else {
                    result.append(SafeGrapheme(text: dottedCircle + safe.text, width: 1))
                }
            } else {
                result.append(safe)
            }
        }
        return result
    }

    /// One grapheme made safe, or nil when it is dropped (an invisible format character).
    static func safe(_ character: Character, whitespace: WhitespacePolicy) -> SafeGrapheme? {
        let scalars = character.unicodeScalars
        if character == "\r\n" {
            return SafeGrapheme(text: whitespace == .space ? " " : "\u{2424}", width: 1)
        }
        guard let first = scalars.first else { return nil }
        if scalars.count == 1 {
            if let replacement = replacement(for: first, whitespace: whitespace) {
                return SafeGrapheme(text: replacement, width: 1)
            }
            if first.properties.generalCategory == .format { return nil }
        } else if scalars.contains(where: isForbidden) {
            // Unicode never clusters a control with other scalars; if it happens, refuse it whole.
            return SafeGrapheme(text: c1Replacement, width: 1)
        }
        return SafeGrapheme(text: String(character), width: DisplayWidth.of(character))
    }

    /// True for every scalar that must never reach the terminal raw.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || isBidiControl(value)
            || value == 0x2028 || value == 0x2029
    }

    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C
    }

    private static func replacement(for scalar: Unicode.Scalar, whitespace: WhitespacePolicy)
        -> String? {
        let value = scalar.value
        switch value {
        case 0x09:
            return whitespace == .space ? " " : "\u{2409}"
        case 0x0A, 0x2028, 0x2029:
            return whitespace == .space ? " " : "\u{2424}"
        case 0x0D:
            return whitespace == .space ? " " : "\u{240D}"
        case 0x00..<0x20:
            return controlPicture(value)
        case 0x7F:
            return "\u{2421}"
        case 0x80...0x9F:
            return c1Replacement
        default:
            return isBidiControl(value) ? bidiReplacement : nil
        }
    }

    /// U+2400 + the control's value: ␀ ... ␟ (ESC -> ␛, BEL -> ␇).
    private static func controlPicture(_ value: UInt32) -> String {
        Unicode.Scalar(0x2400 + value).map { String(Character($0)) } ?? c1Replacement
    }
}
