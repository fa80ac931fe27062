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
    /// What the stages ask of every token many times, read once from the text (declared
    /// here, beside `kind`, the two fit in the padding before `text`).
    private var shape: Shape
    public var text: String { didSet { shape = Shape(kind, text) } }

    public init(span: TextSpan, kind: TokenKind, text: String) {
        self.span = span; self.kind = kind; self.text = text
        shape = Shape(kind, text)
    }

    /// A token whose text is `scalars` (the tokenizer's: the shape is read from the scalars).
    init(span: TextSpan, kind: TokenKind, scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self.span = span; self.kind = kind
        var utf8Count = 0
        shape = Shape(kind, scalars, utf8Count: &utf8Count)
        text = Tokenizer.string(scalars, utf8Count: utf8Count)
    }

    public var start: Int { span.start }
    public var end: Int { span.end }

    /// True when the first scalar is an upper-case letter ("Kyiv", "NATO", "É").
    public var isCapitalised: Bool { shape.has(Shape.capitalised) }

    /// True when every letter is upper case and there are at least two ("NATO", "U.S.").
    public var isAllCaps: Bool { shape.has(Shape.allCaps) }

    /// True when the text is plain ASCII.
    var isASCII: Bool { shape.has(Shape.ascii) }

    /// True when the last scalar is "." ("U.S.", "."): a token without it never ends with a dot.
    var endsWithDotScalar: Bool { shape.has(Shape.endsWithDot) }

    /// The text's only scalar, or nil when it has none or several. `onlyScalar == s` is
    /// `text == String(s)` for every scalar that no other scalar is canonically equivalent to
    /// (all but ";", "`", "K", "Ω", "Å" and a few others that Sitrep never asks about).
    @inline(__always) var onlyScalar: Unicode.Scalar? { Unicode.Scalar(shape.bits & Shape.scalarMask) }

    /// Flags in the top byte, the only scalar (or `scalarMask`, not a scalar, for none) below.
    private struct Shape: Sendable, Hashable {
        static let capitalised: UInt32 = 1 << 24
        static let allCaps: UInt32 = 1 << 25
        static let ascii: UInt32 = 1 << 26
        static let endsWithDot: UInt32 = 1 << 27
        static let scalarMask: UInt32 = 0x1F_FFFF

        var bits: UInt32

        @inline(__always) func has(_ flag: UInt32) -> Bool { bits & flag != 0 }

        init(_ kind: TokenKind, _ text: String) {
            let scalars = Array(text.unicodeScalars)
            var utf8Count = 0
            self = scalars.withUnsafeBufferPointer { Shape(kind, $0, utf8Count: &utf8Count) }
        }

        init(_ kind: TokenKind, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, utf8Count: inout Int) {
            var ascii = true, upper = 0, lower = false, bytes = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    bytes += 1
                    if v >= 0x41 && v <= 0x5A { upper += 1 } else if v >= 0x61 && v <= 0x7A { lower = true }
                } else {
                    ascii = false
                    bytes += v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
                }
            }
            utf8Count = bytes
            bits = scalars.count == 1 ? scalars[0].value : Self.scalarMask
            if ascii { bits |= Self.ascii }
            if let last = scalars.last, last == "." { bits |= Self.endsWithDot }
            if kind == .word, let first = scalars.first {
                let capital = first.value < 0x80 ? first.value >= 0x41 && first.value <= 0x5A : ScalarProperties.isUppercase(first)
                if capital { bits |= Self.capitalised }
                if ascii ? !lower && upper >= 2 : Self.allCaps(scalars) { bits |= Self.allCaps }
            }
        }

        @inline(never)
        private static func allCaps(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
            var letters = 0
            for s in scalars where s.properties.isAlphabetic {
                if !s.properties.isUppercase { return false }
                letters += 1
            }
            return letters >= 2
        }
    }
}
