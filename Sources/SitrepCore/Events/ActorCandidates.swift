/// Who can be the actor of an event: the people and places the other stages found in the
/// document, outside quotes (words inside a quote are the speaker's, not the narrator's).
public struct ActorCandidates: Sendable {
    struct Mention: Sendable { let span: TextSpan; let name: String; let isPlace: Bool }
    let mentions: [Mention]

    public init(people: [Person] = [], places: [PlaceMention] = [], quotes: [Quote] = []) {
        let quoted = quotes.map(\.span)
        var all: [Mention] = []
        for person in people {
            for span in person.mentionSpans where !quoted.contains(where: { $0.overlaps(span) }) {
                all.append(Mention(span: span, name: person.name, isPlace: false))
            }
        }
        for place in places where !quoted.contains(where: { $0.overlaps(place.span) }) {
            all.append(Mention(span: place.span, name: place.name, isPlace: true))
        }
        mentions = all.sorted { $0.span < $1.span }
    }

    /// The sentence's actor: the first person named (or described) in it; else a place that opens the
    /// sentence as its subject ("Russia announced ..."); else nil.
    func actor(in sentence: TextSpan, text: AnalyzedText) -> String? {
        // Mentions are sorted by span: the ones inside start in [sentence.start, sentence.end].
        var lo = 0, hi = mentions.count
        while lo < hi { let mid = (lo + hi) / 2; if mentions[mid].span.start < sentence.start { lo = mid + 1 } else { hi = mid } }
        var inside: [Mention] = []
        while lo < mentions.count, mentions[lo].span.start <= sentence.end {
            if mentions[lo].span.end <= sentence.end { inside.append(mentions[lo]) }
            lo += 1
        }
        if let person = inside.first(where: { !$0.isPlace }) { return person.name }
        guard let place = inside.first(where: \.isPlace) else { return nil }
        // The place opens the sentence, after at most a determiner ("The Netherlands") or a
        // short introductory phrase closed by a comma ("Meanwhile, Ukraine ...").
        let before = text.tokenRange(in: TextSpan(start: sentence.start, end: place.span.start))
        if before.isEmpty { return place.name }
        if before.count == 1, text.tokens[before.lowerBound].text.lowercased() == "the" { return place.name }
        if before.count <= 4, text.tokens[before.upperBound - 1].text == "," { return place.name }
        return nil
    }
}
