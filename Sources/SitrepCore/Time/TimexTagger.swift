/// Finds temporal expressions in English text and resolves them, TimeML TIMEX3 style,
/// against the document's date (the anchor).
///
/// ```swift
/// let tagger = TimexTagger()
/// tagger.tag("The talks resumed on Friday.", anchor: DayDate(year: 2026, month: 4, day: 17))
/// // [Timex(start: 21, end: 27, text: "Friday", type: .date, value: "2026-04-17")]
/// ```
///
/// The result is sorted by `start` and never overlaps. Span conventions follow TimeBank: a
/// leading "the" belongs to the expression when the expression is the head of its phrase
/// ("the third quarter", not the "the" of "the third-quarter loss"); "last", "this", "next",
/// "ago", "earlier" and modifiers such as "about", "nearly", "early", "the end of" are inside;
/// prepositions ("on", "in", "for") are outside. Without an anchor, relative expressions get
/// underspecified values (`XXXX-10-01`, `XXXX-WXX-5`) or `PAST_REF`/`PRESENT_REF`/`FUTURE_REF`.
/// See `CalendarResolution.swift` for how a year or a week is chosen for "October 1" or
/// "Friday".
public struct TimexTagger: Sendable {
    public init() {}

    /// The temporal expressions of `text`; offsets count the Unicode scalars of `text`.
    public func tag(_ text: String, anchor: DayDate?) -> [Timex] {
        var s = text
        return s.withUTF8 { bytes in
            let tokens = TimexTokenizer.tokenize(bytes)
            var scanner = TimexScanner(tokens: tokens, bytes: bytes, anchor: anchor)
            let matches = scanner.run()
            return matches.map { m in
                let first = tokens[m.start], last = tokens[m.end - 1]
                let slice = UnsafeBufferPointer(rebasing: bytes[Int(first.byteStart)..<Int(last.byteEnd)])
                return Timex(start: Int(first.start), end: Int(last.end),
                             text: String(decoding: slice, as: UTF8.self), type: m.type, value: m.value)
            }
        }
    }
}
