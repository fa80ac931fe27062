/// Styles for every `ThemeRole`, read from a `.theme` file (see `Theme.parse(_:name:)`).
///
/// Pick one with `Theme.load(named:)`; under `NO_COLOR` use its `colorless` variant.
public struct Theme: Sendable, Hashable {
    /// The name it was loaded under ("default", "mono", or a user file's name).
    public var name: String
    private var styles: [ThemeRole: CellStyle]

    /// A theme with the given styles; roles left out get `Theme.fallback`'s style.
    public init(name: String, styles: [ThemeRole: CellStyle]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: ThemeRole) -> CellStyle {
        get { styles[role] ?? Theme.fallbackStyle(role) }
        set { styles[role] = newValue }
    }

    /// Built into the binary, attributes only: usable on any terminal and when no theme file
    /// can be found. Also what a theme file's missing roles fall back to.
    public static let fallback = Theme(name: "fallback", styles: [:])

    /// The same theme with every colour dropped and the attributes kept, for `NO_COLOR` and
    /// terminals without colour. A style that relied on a background colour (a selection bar,
    /// the status bar) turns into reverse video, so it stays visible.
    public var colorless: Theme {
        var result = Theme(name: name, styles: [:])
        for role in ThemeRole.allCases {
            var style = self[role]
            if style.background != .terminalDefault { style.reverse = true }
            style.foreground = .terminalDefault
            style.background = .terminalDefault
            result[role] = style
        }
        return result
    }

    static func fallbackStyle(_ role: ThemeRole) -> CellStyle {
        switch role {
        case .border, .text, .title, .help: return .plain
        case .borderFocused, .accent, .warning: return CellStyle(bold: true)
        case .titleFocused: return CellStyle(bold: true, reverse: true)
        case .dim: return CellStyle(dim: true)
        case .selection, .statusBar: return CellStyle(reverse: true)
        case .selectionUnfocused: return CellStyle(underline: true)
        case .header: return CellStyle(bold: true, underline: true)
        case .statusKey: return CellStyle(bold: true, reverse: true)
        case .error: return CellStyle(bold: true, underline: true)
        case .headerPeriod: return CellStyle(bold: true, italic: true)
        case .announced: return CellStyle(italic: true)
        case .highlight: return CellStyle(underline: true)
        case .highlightStrong: return CellStyle(bold: true, reverse: true)
        case .fresh: return CellStyle(bold: true)
        }
    }
}
