/// The one-line text input in the status bar: "jump to date: apr 14", "filter dates: ..apr 14".
///
/// Text inputs keep fixed keys (they are not in the keymap, so remapping can never make a
/// letter untypeable): characters type, Backspace deletes, Ctrl-U clears, Enter applies,
/// Esc cancels.
public struct Prompt: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `d`: select the first timeline entry on (or nearest to) a date.
        case jumpToDate
        /// `f`: show only the timeline entries in a date range.
        case filterDates
        /// `/`: show only the speakers whose name has these letters in order (live).
        case filterSpeakers
    }

    public var kind: Kind
    public var text: String
    /// Why the last Enter was refused; shown after the text until the next edit.
    public var error: String?

    public init(kind: Kind, text: String = "", error: String? = nil) {
        self.kind = kind; self.text = text; self.error = error
    }

    /// The longest text a prompt takes.
    static let maximumLength = 64

    /// "jump to date: " / "filter dates: ".
    var label: String {
        switch kind {
        case .jumpToDate: return "jump to date: "
        case .filterDates: return "filter dates: "
        case .filterSpeakers: return "speaker: "
        }
    }

    /// Shown dim while the text is empty.
    var placeholder: String {
        switch kind {
        case .jumpToDate: return "e.g. " + DateInput.examples
        case .filterDates: return "from..to, e.g. " + DateInput.rangeExamples + "; empty clears"
        case .filterSpeakers: return "letters of a name, in order"
        }
    }

    /// What Enter does, for the key hints.
    var enterHint: String {
        switch kind {
        case .jumpToDate: return "jump"
        case .filterDates: return "apply"
        case .filterSpeakers: return "keep"
        }
    }
}
