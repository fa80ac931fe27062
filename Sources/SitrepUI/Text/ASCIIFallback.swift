import Foundation

/// The nearest printable ASCII character for a grapheme, for terminals that cannot show
/// UTF-8: box drawing becomes `+ - |`, bars and the sparkline `# = - . _`, arrows and
/// triangles `^ v < >`, typographic punctuation its plain form, a Latin letter with a mark its
/// base letter (`é` `e`, `Đ` `D`), and anything else (Cyrillic, CJK, emoji, the sanitiser's
/// control pictures) `?`. Always one column: a wide grapheme's two cells each become one
/// (`Grid.asciiOnly`).
enum ASCIIFallback {
    /// `grapheme` itself when it is printable ASCII, else its stand-in (one ASCII character).
    static func character(for grapheme: String) -> String {
        let scalars = grapheme.unicodeScalars
        if let first = scalars.first, scalars.count == 1, first.value >= 0x20, first.value < 0x7F { return grapheme }
        guard let first = scalars.first else { return " " }
        if let mapped = symbols[first] { return mapped }
        switch first.value {
        case 0x2500...0x257F: return boxDrawing(first)
        case 0x2800...0x28FF: return first.value == 0x2800 ? " " : "."   // Braille
        case 0x2000...0x200A, 0x00A0, 0x202F, 0x205F, 0x3000: return " "
        default: break
        }
        // A Latin letter with marks: its base letter ("é" is "e" + U+0301).
        if let base = grapheme.decomposedStringWithCanonicalMapping.unicodeScalars.first,
           base.value >= 0x41, base.value < 0x7F, base.properties.isAlphabetic {
            return String(Character(base))
        }
        return "?"
    }

    /// Light, heavy, double and rounded box drawing: lines and corners.
    private static func boxDrawing(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2574, 0x2576, 0x2578, 0x257A, 0x257C, 0x257E:
            return "-"
        case 0x2550: return "="
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B,
             0x257D, 0x257F:
            return "|"
        case 0x2571: return "/"
        case 0x2572: return "\\"
        case 0x2573: return "X"
        default: return "+"   // corners, tees and crossings
        }
    }

    /// Symbols the UI draws, and common typography in article text.
    private static let symbols: [Unicode.Scalar: String] = [
        // Block elements: bars (full and eighths) and the sparkline's levels.
        "\u{2588}": "#", "\u{2589}": "#", "\u{258A}": "#", "\u{258B}": "#", "\u{258C}": "=", "\u{258D}": "=",
        "\u{258E}": "-", "\u{258F}": "-",
        "\u{2581}": "_", "\u{2582}": "_", "\u{2583}": ".", "\u{2584}": "-", "\u{2585}": "-", "\u{2586}": "=",
        "\u{2587}": "#", "\u{2580}": "\"", "\u{2590}": "#", "\u{2591}": ":", "\u{2592}": "%", "\u{2593}": "#",
        // Arrows, triangles, markers.
        "\u{2191}": "^", "\u{2193}": "v", "\u{2190}": "<", "\u{2192}": ">",
        "\u{25B8}": "+", "\u{25B6}": ">", "\u{25BA}": ">", "\u{25BE}": "-", "\u{25BC}": "v",
        "\u{25C2}": "<", "\u{25C0}": "<", "\u{25B4}": "^", "\u{25B2}": "^",
        "\u{2039}": "<", "\u{203A}": ">", "\u{00AB}": "<", "\u{00BB}": ">",
        "\u{2022}": "o", "\u{25C6}": "@", "\u{25CF}": "o", "\u{25CB}": "o", "\u{25CC}": "o", "\u{2605}": "*",
        "\u{2713}": "v", "\u{2714}": "v", "\u{2717}": "x", "\u{00D7}": "x",
        // Punctuation.
        "\u{2026}": "~", "\u{00B7}": "-", "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-",
        "\u{2014}": "-", "\u{2015}": "-", "\u{2212}": "-",
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"",
        "\u{00B0}": "o", "\u{00A9}": "c", "\u{00AE}": "r", "\u{20AC}": "E", "\u{00A3}": "L",
        // Letters that do not decompose.
        "\u{0110}": "D", "\u{0111}": "d", "\u{0141}": "L", "\u{0142}": "l", "\u{00D8}": "O", "\u{00F8}": "o",
        "\u{00DF}": "s", "\u{00C6}": "A", "\u{00E6}": "a", "\u{0152}": "O", "\u{0153}": "o", "\u{0131}": "i",
        "\u{00D0}": "D", "\u{00F0}": "d", "\u{00DE}": "T", "\u{00FE}": "t", "\u{0126}": "H", "\u{0127}": "h",
    ]
}
