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
    public var kind: TokenKind
    public var text: String

    public init(span: TextSpan, kind: TokenKind, text: String) {
        self.span = span; self.kind = kind; self.text = text
    }

    public var start: Int { span.start }
    public var end: Int { span.end }

    /// True when the first scalar is an upper-case letter ("Kyiv", "NATO", "É").
    public var isCapitalised: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        if first.value < 0x80 { return first.value >= 0x41 && first.value <= 0x5A }
        return first.properties.isUppercase
    }

    /// True when every letter is upper case and there are at least two ("NATO", "U.S.").
    public var isAllCaps: Bool {
        guard kind == .word else { return false }
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}
