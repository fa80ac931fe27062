/// A span of text in Unicode-scalar offsets (end exclusive), the unit every stage reports in.
public struct TextSpan: Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }
    public var length: Int { end - start }
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
    public static func < (a: TextSpan, b: TextSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// What a token is made of.
public enum TokenKind: Sendable, Hashable {
    /// Letters, possibly with inner apostrophes, hyphens or dots ("don't", "Kherson-based", "U.S.").
    case word
    /// Digits, possibly with inner separators ("2,023", "3.5", "10:30").
    case number
    /// One punctuation or symbol scalar.
    case punctuation
}

/// One token of a document, with its offsets in Unicode scalars.
public struct Token: Sendable, Hashable {
    public var span: TextSpan
    public var kind: TokenKind { didSet { shape = Shape(kind, text) } }
    public var text: String { didSet { shape = Shape(kind, text) } }
    /// What the stages ask of every token many times, read once from the text.
    private var shape: Shape

    public init(span: TextSpan, kind: TokenKind, text: String) {
        self.span = span; self.kind = kind; self.text = text
        shape = Shape(kind, text)
    }

    public var start: Int { span.start }
    public var end: Int { span.end }

    /// True when the first scalar is an upper-case letter ("Kyiv", "NATO", "É").
    public var isCapitalised: Bool { shape.contains(.capitalised) }

    /// True when every letter is upper case and there are at least two ("NATO", "U.S.").
    public var isAllCaps: Bool { shape.contains(.allCaps) }

    /// True when the text is plain ASCII.
    var isASCII: Bool { shape.contains(.ascii) }

    /// True when the text is exactly the one scalar `s`: the same as `text == String(s)` for
    /// every scalar that no other scalar is canonically equivalent to (all but ";", "`", "K",
    /// "Ω", "Å" and a few others that Sitrep never asks about).
    @inline(__always) func isScalar(_ s: Unicode.Scalar) -> Bool {
        let u = text.utf8
        if s.value < 0x80 { return u.count == 1 && u.first == UInt8(s.value) }
        var scalars = text.unicodeScalars.makeIterator()
        return scalars.next() == s && scalars.next() == nil
    }

    /// The single scalar of the text, or nil when it has none or several.
    @inline(__always) var onlyScalar: Unicode.Scalar? {
        let u = text.utf8
        if u.count == 1, let b = u.first { return Unicode.Scalar(b) }
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }

    private struct Shape: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let capitalised = Shape(rawValue: 1)
        static let allCaps = Shape(rawValue: 2)
        static let ascii = Shape(rawValue: 4)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(_ kind: TokenKind, _ text: String) {
            var shape: Shape = []
            var ascii = true, upper = 0, lower = false
            for b in text.utf8 {
                if b >= 0x80 { ascii = false; break }
                if b >= 0x41 && b <= 0x5A { upper += 1 } else if b >= 0x61 && b <= 0x7A { lower = true }
            }
            if ascii { shape.insert(.ascii) }
            if kind == .word, let first = text.unicodeScalars.first {
                let capital = first.value < 0x80 ? first.value >= 0x41 && first.value <= 0x5A : first.properties.isUppercase
                if capital { shape.insert(.capitalised) }
                if ascii ? !lower && upper >= 2 : Self.allCaps(text) { shape.insert(.allCaps) }
            }
            self = shape
        }

        private static func allCaps(_ text: String) -> Bool {
            var letters = 0
            for s in text.unicodeScalars where s.properties.isAlphabetic {
                if !s.properties.isUppercase { return false }
                letters += 1
            }
            return letters >= 2
        }
    }
}
