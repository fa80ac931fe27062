/// The TIMEX3 type of a temporal expression (TimeML): a calendar date or period, a time of
/// day, a length of time, or a recurring time.
public enum TimexType: String, Sendable, Codable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// One temporal expression found in a text, with its TIMEX3 type and normalised value.
///
/// `start` and `end` count Unicode scalars of the text as given (end exclusive); `text` is
/// exactly those scalars. `value` follows TIMEX3: `2023-09-29`, `2023-09`, `2023-W39`,
/// `2023-Q3`, `2023-SU`, `2023`, `199` (the 1990s), `PRESENT_REF`, `2023-09-29T10:00`,
/// `2023-09-29TNI`, `P3D`, `PT30M`, `PXY`, and, when no anchor date is known, underspecified
/// forms such as `XXXX-10-01` or `XXXX-WXX-5`.
public struct Timex: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String
    public var type: TimexType
    public var value: String

    public init(start: Int, end: Int, text: String, type: TimexType, value: String) {
        self.start = start; self.end = end; self.text = text; self.type = type; self.value = value
    }
}
