/// A terminal colour as themes name it: the terminal's default, or an index in the 256-colour
/// palette (0-7 the basic colours, 8-15 their bright forms). The backend maps it down to what
/// the terminal has (256 -> 16 -> 8 -> none).
public enum TermColor: Hashable, Sendable {
    case terminalDefault
    case indexed(UInt8)
}

/// How one cell looks: colours and attributes, already resolved from the theme.
public struct CellStyle: Hashable, Sendable {
    public var foreground: TermColor
    public var background: TermColor
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool
    public var italic: Bool

    public init(foreground: TermColor = .terminalDefault, background: TermColor = .terminalDefault,
                bold: Bool = false, dim: Bool = false, underline: Bool = false,
                reverse: Bool = false, italic: Bool = false) {
        self.foreground = foreground; self.background = background; self.bold = bold
        self.dim = dim; self.underline = underline; self.reverse = reverse; self.italic = italic
    }

    public static let plain = CellStyle()
}
