/// Terminal columns taken by one grapheme, from Sitrep's own tables (no `wcwidth`, no locale).
///
/// - East Asian Wide and Fullwidth characters, emoji presentation characters, a character
///   followed by VS16 (U+FE0F), emoji ZWJ sequences and flags take 2 columns;
/// - a grapheme that is only combining marks (one with nothing to attach to) takes 0;
/// - everything else takes 1.
///
/// Graphemes are Swift `Character`s, so a base letter with its combining marks, a ZWJ family or
/// a flag arrive here as one unit and are measured as one.
enum DisplayWidth {
    static func of(_ grapheme: Character) -> Int {
        let scalars = grapheme.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if isWide(first) { return 2 }
        if scalars.count > 1 {
            // VS16 asks for emoji presentation: "❤️", "1️⃣", "🏳️‍🌈".
            if first.properties.isEmoji && scalars.contains(where: { $0.value == 0xFE0F }) {
                return 2
            }
        }
        if isZeroWidth(first) { return 0 }
        return 1
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        if WideRanges.contains(scalar.value) { return true }
        if isRegionalIndicator(scalar) { return true }
        return scalar.value >= 0x1F000 && scalar.properties.isEmojiPresentation
    }

    /// Combining marks: drawn over the previous grapheme, no column of their own.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }
}
