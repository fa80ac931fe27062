/// HTML character references: the named entities news pages use, and numeric ones.
enum HTMLEntities {
    /// Named entities (without `&` and `;`) and their scalar: the HTML 4 Latin-1, symbol,
    /// Greek and punctuation sets, plus the common HTML5 additions.
    static let named: [String: UInt32] = [
        // Markup and spaces
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
        "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "hairsp": 0x200A, "zwnj": 0x200C,
        "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F, "shy": 0xAD, "NewLine": 0x0A, "Tab": 0x09,
        // Punctuation
        "mdash": 0x2014, "ndash": 0x2013, "hellip": 0x2026, "lsquo": 0x2018, "rsquo": 0x2019,
        "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "laquo": 0xAB,
        "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A, "bull": 0x2022, "middot": 0xB7,
        "prime": 0x2032, "Prime": 0x2033, "dagger": 0x2020, "Dagger": 0x2021, "permil": 0x2030,
        "iexcl": 0xA1, "iquest": 0xBF, "sect": 0xA7, "para": 0xB6, "horbar": 0x2015,
        "colon": 0x3A, "comma": 0x2C, "period": 0x2E, "excl": 0x21, "quest": 0x3F,
        "num": 0x23, "dollar": 0x24, "percnt": 0x25, "lpar": 0x28, "rpar": 0x29,
        "ast": 0x2A, "plus": 0x2B, "sol": 0x2F, "semi": 0x3B, "equals": 0x3D, "commat": 0x40,
        "lsqb": 0x5B, "rsqb": 0x5D, "bsol": 0x5C, "lowbar": 0x5F, "grave": 0x60,
        "lcub": 0x7B, "rcub": 0x7D, "verbar": 0x7C, "vert": 0x7C, "hyphen": 0x2010, "dash": 0x2010,
        // Symbols and currency
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7,
        "divide": 0xF7, "micro": 0xB5, "cent": 0xA2, "pound": 0xA3, "yen": 0xA5, "euro": 0x20AC,
        "curren": 0xA4, "brvbar": 0xA6, "uml": 0xA8, "ordf": 0xAA, "ordm": 0xBA, "not": 0xAC,
        "macr": 0xAF, "acute": 0xB4, "cedil": 0xB8, "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3,
        "frac14": 0xBC, "frac12": 0xBD, "frac34": 0xBE, "half": 0xBD, "minus": 0x2212,
        "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "asymp": 0x2248, "infin": 0x221E,
        "larr": 0x2190, "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193, "harr": 0x2194,
        "check": 0x2713, "star": 0x2606, "starf": 0x2605, "hearts": 0x2665, "loz": 0x25CA,
        "circ": 0x2C6, "tilde": 0x2DC, "oline": 0x203E, "frasl": 0x2044, "sum": 0x2211,
        "prod": 0x220F, "radic": 0x221A, "part": 0x2202, "nabla": 0x2207, "isin": 0x2208,
        // Latin-1 letters
        "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4, "Aring": 0xC5,
        "AElig": 0xC6, "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Euml": 0xCB,
        "Igrave": 0xCC, "Iacute": 0xCD, "Icirc": 0xCE, "Iuml": 0xCF, "ETH": 0xD0, "Ntilde": 0xD1,
        "Ograve": 0xD2, "Oacute": 0xD3, "Ocirc": 0xD4, "Otilde": 0xD5, "Ouml": 0xD6, "Oslash": 0xD8,
        "Ugrave": 0xD9, "Uacute": 0xDA, "Ucirc": 0xDB, "Uuml": 0xDC, "Yacute": 0xDD, "THORN": 0xDE,
        "szlig": 0xDF, "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3, "auml": 0xE4,
        "aring": 0xE5, "aelig": 0xE6, "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA,
        "euml": 0xEB, "igrave": 0xEC, "iacute": 0xED, "icirc": 0xEE, "iuml": 0xEF, "eth": 0xF0,
        "ntilde": 0xF1, "ograve": 0xF2, "oacute": 0xF3, "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6,
        "oslash": 0xF8, "ugrave": 0xF9, "uacute": 0xFA, "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD,
        "thorn": 0xFE, "yuml": 0xFF,
        // Latin Extended letters common in names
        "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178,
        "Zcaron": 0x17D, "zcaron": 0x17E, "fnof": 0x192, "Ccaron": 0x10C, "ccaron": 0x10D,
        "Cacute": 0x106, "cacute": 0x107, "Dstrok": 0x110, "dstrok": 0x111, "Lstrok": 0x141,
        "lstrok": 0x142, "Nacute": 0x143, "nacute": 0x144, "Sacute": 0x15A, "sacute": 0x15B,
        "Zacute": 0x179, "zacute": 0x17A, "Zdot": 0x17B, "zdot": 0x17C, "Rcaron": 0x158,
        "rcaron": 0x159, "Ecaron": 0x11A, "ecaron": 0x11B, "Gbreve": 0x11E, "gbreve": 0x11F,
        "Idot": 0x130, "imath": 0x131, "Scedil": 0x15E, "scedil": 0x15F, "Aogon": 0x104,
        "aogon": 0x105, "Eogon": 0x118, "eogon": 0x119,
        // Greek
        "Alpha": 0x391, "Beta": 0x392, "Gamma": 0x393, "Delta": 0x394, "Epsilon": 0x395,
        "Zeta": 0x396, "Eta": 0x397, "Theta": 0x398, "Iota": 0x399, "Kappa": 0x39A,
        "Lambda": 0x39B, "Mu": 0x39C, "Nu": 0x39D, "Xi": 0x39E, "Omicron": 0x39F, "Pi": 0x3A0,
        "Rho": 0x3A1, "Sigma": 0x3A3, "Tau": 0x3A4, "Upsilon": 0x3A5, "Phi": 0x3A6, "Chi": 0x3A7,
        "Psi": 0x3A8, "Omega": 0x3A9, "alpha": 0x3B1, "beta": 0x3B2, "gamma": 0x3B3,
        "delta": 0x3B4, "epsilon": 0x3B5, "zeta": 0x3B6, "eta": 0x3B7, "theta": 0x3B8,
        "iota": 0x3B9, "kappa": 0x3BA, "lambda": 0x3BB, "mu": 0x3BC, "nu": 0x3BD, "xi": 0x3BE,
        "omicron": 0x3BF, "pi": 0x3C0, "rho": 0x3C1, "sigmaf": 0x3C2, "sigma": 0x3C3,
        "tau": 0x3C4, "upsilon": 0x3C5, "phi": 0x3C6, "chi": 0x3C7, "psi": 0x3C8, "omega": 0x3C9,
    ]

    /// Legacy names that browsers also accept without the closing `;`.
    static let legacyWithoutSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    /// The scalar a numeric reference's value stands for, as browsers read it: C1 values as
    /// Windows-1252, NUL, surrogates and values past U+10FFFF as U+FFFD.
    static func scalar(numeric value: UInt32) -> Unicode.Scalar {
        guard value != 0 else { return "\u{FFFD}" }
        return Unicode.Scalar(Windows1252.remapC1(value)) ?? "\u{FFFD}"
    }

    /// Decodes the reference starting at `bytes[i]` (an `&`).
    /// - Returns: the scalar and the index after the reference, or nil when it is a lone `&`.
    static func decode(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
        let count = bytes.count
        var j = i + 1
        guard j < count else { return nil }
        if bytes[j] == UInt8(ascii: "#") {
            j += 1
            let hex = j < count && bytes[j] | 0x20 == UInt8(ascii: "x")
            if hex { j += 1 }
            let digitsStart = j
            var value: UInt32 = 0
            while j < count, let digit = digitValue(bytes[j], hex: hex) {
                // Saturate past the last code point instead of overflowing.
                value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + digit
                j += 1
            }
            guard j > digitsStart else { return nil }
            if j < count && bytes[j] == UInt8(ascii: ";") { j += 1 }
            return (scalar(numeric: value), j)
        }
        let nameStart = j
        while j < count, j - nameStart < 32, isAlphanumeric(bytes[j]) { j += 1 }
        guard j > nameStart else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<j]), as: UTF8.self)
        guard let value = named[name], let scalar = Unicode.Scalar(value) else { return nil }
        if j < count && bytes[j] == UInt8(ascii: ";") { return (scalar, j + 1) }
        return legacyWithoutSemicolon.contains(name) ? (scalar, j) : nil
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - 0x30)
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - 0x61 + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - 0x41 + 10)
        default: return nil
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        TextBytes.isDigit(byte) || TextBytes.isASCIILetter(byte)
    }
}
