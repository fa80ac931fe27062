/// The one keymap: it drives key dispatch, the `?` overlay and the README's key list.
public enum Keymap {
    /// Every binding, in the order the help overlay lists them.
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.tab], action: .focusNext, description: "Focus the next pane"),
        KeyBinding(keys: [.backTab], action: .focusPrevious, description: "Focus the previous pane"),
        KeyBinding(keys: [.character("1")], action: .focusTimeline, description: "Focus Timeline"),
        KeyBinding(keys: [.character("2")], action: .focusRegions, description: "Focus Regions"),
        KeyBinding(keys: [.character("3")], action: .focusQuotes, description: "Focus Quotes"),
        KeyBinding(keys: [.character("j"), .down], action: .moveDown,
                   description: "Select the next item (scroll in the reader)"),
        KeyBinding(keys: [.character("k"), .up], action: .moveUp,
                   description: "Select the previous item (scroll in the reader)"),
        KeyBinding(keys: [.pageDown, .control("f")], action: .pageDown, description: "One page down"),
        KeyBinding(keys: [.pageUp, .control("b")], action: .pageUp, description: "One page up"),
        KeyBinding(keys: [.character("g"), .home], action: .top, description: "Go to the first item"),
        KeyBinding(keys: [.character("G"), .end], action: .bottom, description: "Go to the last item"),
        KeyBinding(keys: [.character("o")], action: .toggleOrder,
                   description: "Timeline: oldest or newest first"),
        KeyBinding(keys: [.character("d")], action: .jumpToDate,
                   description: "Timeline: jump to a date (apr 14, -3d, today)"),
        KeyBinding(keys: [.character("f")], action: .filterDates,
                   description: "Timeline: only a date range (from..to)"),
        KeyBinding(keys: [.character("N")], action: .jumpToNewest,
                   description: "Go to the newest arrival (and mark everything seen)"),
        KeyBinding(keys: [.character("/"), .character("s")], action: .filterSpeakers,
                   description: "Quotes: filter speakers as you type"),
        KeyBinding(keys: [.right, .character("+")], action: .expand,
                   description: "Regions: open the place (show what lies inside)"),
        KeyBinding(keys: [.left, .character("-")], action: .collapse,
                   description: "Regions: close the place (if closed: go to its parent)"),
        KeyBinding(keys: [.character(" ")], action: .toggleExpand,
                   description: "Regions: open or close the place"),
        KeyBinding(keys: [.enter], action: .open,
                   description: "Read the article at the item; Regions: filter by the place"),
        KeyBinding(keys: [.character("n"), .character("]")], action: .nextSource,
                   description: "Reader: the event's next source"),
        KeyBinding(keys: [.character("p"), .character("[")], action: .previousSource,
                   description: "Reader: the event's previous source"),
        KeyBinding(keys: [.character("?")], action: .toggleHelp, description: "Show or hide this help"),
        KeyBinding(keys: [.escape], action: .close,
                   description: "Close the reader or help; clear a filter (speaker, place, date)"),
        KeyBinding(keys: [.character("q")], action: .quit,
                   description: "Quit (closes the reader or the help first)"),
        KeyBinding(keys: [.control("c")], action: .forceQuit, description: "Quit at once"),
    ]

    /// The mouse, described for the help overlay and the README (mouse events are not keys,
    /// so `Dashboard.update` handles them directly).
    public static let mouseHelp: [(gesture: String, description: String)] = [
        ("Click", "Focus the pane and select the row"),
        ("Click again", "Read the selected article"),
        ("Wheel", "Scroll the pane under the pointer"),
    ]

    /// The fixed keys of the prompts (dates `d`, `f`; speakers `/`). Text inputs are not remappable, so that
    /// every letter can be typed; the help overlay and the README list them from here.
    public static let promptHelp: [(keys: String, description: String)] = [
        ("Enter", "Jump, or apply (speakers: keep) the filter"),
        ("Esc", "Cancel the prompt (speakers: clear the filter)"),
        ("Backspace", "Delete the last character"),
        ("Ctrl-U", "Clear the prompt"),
    ]

    private static let table: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys where table[key] == nil { table[key] = binding.action }
        }
        return table
    }()

    /// The action bound to `key`, or nil when the key does nothing.
    public static func action(for key: Key) -> Action? { table[key] }

    /// The keymap as a Markdown table for the README.
    public static func markdownTable() -> String {
        var lines = ["| Keys | Action |", "| --- | --- |"]
        for binding in bindings {
            let keys = binding.keys.map { "`\($0.label)`" }.joined(separator: ", ")
            lines.append("| \(keys) | \(binding.description) |")
        }
        for (gesture, description) in mouseHelp {
            lines.append("| \(gesture) (mouse) | \(description) |")
        }
        for (keys, description) in promptHelp {
            lines.append("| `\(keys)` (prompt) | \(description) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
