/// One person (or an unnamed speaker known only by a describing phrase) as a document or a
/// corpus mentions them.
public struct Person: Sendable, Hashable {
    /// The fullest form of the name seen ("Vladimir Tsimlyansky"), titles removed; for an
    /// unnamed speaker, the describing phrase without its article ("head of the Atlantic Alliance").
    public var name: String
    /// Every other form seen ("Tsimlyansky", "Tsimlianski"), first-seen order.
    public var aliases: [String]
    /// The role the text gives ("Rear Admiral, head of ..."; "advisor to the mayor of Mariupol"), if any.
    public var role: String?
    /// Where the person is mentioned by name (or by the phrase), in Unicode-scalar offsets.
    public var mentionSpans: [TextSpan]
    /// How many quotes are attributed to the person.
    public var quoteCount: Int
    /// True for an unnamed speaker known only by a describing phrase.
    public var isDescription: Bool

    public init(name: String, aliases: [String] = [], role: String? = nil, mentionSpans: [TextSpan] = [],
                quoteCount: Int = 0, isDescription: Bool = false) {
        self.name = name; self.aliases = aliases; self.role = role; self.mentionSpans = mentionSpans
        self.quoteCount = quoteCount; self.isDescription = isDescription
    }

    /// Every form of the name: the canonical one first, then the aliases.
    public var allNames: [String] { [name] + aliases }
}
