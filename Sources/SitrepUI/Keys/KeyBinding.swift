/// One row of the keymap: the keys, the action they trigger, and the sentence shown in the
/// help overlay and the README.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [Key]
    public var action: Action
    public var description: String

    public init(keys: [Key], action: Action, description: String) {
        self.keys = keys; self.action = action; self.description = description
    }

    /// The keys as people write them: "j, Down".
    public var keyLabel: String { keys.map(\.label).joined(separator: ", ") }
}

extension Key {
    /// How the key is written in help and docs: "Shift-Tab", "Ctrl-F", "PgDn", "g".
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .control(let character): return "Ctrl-" + String(character).uppercased()
        case .function(let number): return "F\(number)"
        }
    }
}
