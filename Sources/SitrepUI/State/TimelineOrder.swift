/// The order of the Timeline pane.
public enum TimelineOrder: Sendable, Hashable {
    case oldestFirst, newestFirst

    public var toggled: TimelineOrder { self == .oldestFirst ? .newestFirst : .oldestFirst }

    /// In the pane's title: "↑ oldest first", "↓ newest first".
    var label: String { self == .oldestFirst ? "\u{2191} oldest first" : "\u{2193} newest first" }
    var arrow: String { self == .oldestFirst ? "\u{2191}" : "\u{2193}" }
}
