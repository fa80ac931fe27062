/// A part of the screen a theme gives a style to. The raw value is the name used in theme files.
public enum ThemeRole: String, CaseIterable, Sendable, Hashable {
    case border, borderFocused, title, titleFocused, text, dim
    case selection, selectionUnfocused, header, statusBar, statusKey
    case accent, warning, error, help
    case headerPeriod, announced, highlight, highlightStrong, fresh

    /// What the role colours, for the comment at the top of a theme file and for errors.
    var purpose: String {
        switch self {
        case .border: return "pane borders"
        case .borderFocused: return "the focused pane's border"
        case .title: return "pane titles and tabs"
        case .titleFocused: return "the focused pane's title and tab"
        case .text: return "ordinary text and the background"
        case .dim: return "secondary text (counts, word counts, hints)"
        case .selection: return "the selected row of the focused pane"
        case .selectionUnfocused: return "the selected row of the other panes"
        case .header: return "day headers in the timeline"
        case .statusBar: return "the status bar"
        case .statusKey: return "key names in the status bar"
        case .accent: return "bars and highlights"
        case .warning: return "problem counts and notices"
        case .error: return "errors"
        case .help: return "the help and reader overlays"
        case .headerPeriod: return "month and year headings in the timeline"
        case .announced: return "timeline events dated after the newest article"
        case .highlight: return "the event's sentence in the reader"
        case .highlightStrong: return "the date words inside that sentence"
        case .fresh: return "the mark of items that arrived a moment ago"
        }
    }

    /// Accepts the file spelling (`borderFocused`) and the friendlier `border-focused`,
    /// `border_focused`, in any case.
    init?(fileName: String) {
        let key = Self.normalised(fileName)
        guard let role = Self.allCases.first(where: { Self.normalised($0.rawValue) == key }) else {
            return nil
        }
        self = role
    }

    private static func normalised(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "-" && $0 != "_" })
    }
}
