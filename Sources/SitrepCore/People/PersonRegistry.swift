/// Who a document mentions: name mentions clustered into people (and the organisations and
/// describing phrases that speak), with the gender and role the text gives them.
///
/// Clustering runs in reading order. A mention with a given name joins the person with a
/// matching surname (``NameSimilarity``: exact keys first, then the spelling-variant rule) and a
/// compatible given name; with a conflicting given name it starts a new person. A bare surname
/// joins the most recently mentioned person with that surname. A one-word name that is neither
/// clearly a person nor clearly something else joins a person only by surname.
struct PersonRegistry {
    enum EntityKind: Sendable, Hashable { case person, organisation, description }

    struct Entity: Sendable {
        var kind: EntityKind
        /// Written forms, first-seen order, titles and possessives removed.
        var forms: [String] = []
        var given: String?
        var surname: String
        var surnameKey: String
        var maleVotes = 0
        var femaleVotes = 0
        var fixedGender: PersonGender = .unknown
        var role: String?
        var spans: [TextSpan] = []
        var lastStart = -1
        var quoteCount = 0
        /// Evidence that a capitalised run names a person: a title, a known given name, an
        /// initial between names.
        var personEvidence = false

        /// Whether the entity belongs in the people list: some evidence that it is a person
        /// (a title, a known given name, a role, pronouns, quotes, a surname used alone).
        var isConfirmedPerson: Bool {
            guard kind == .person else { return kind == .description && quoteCount > 0 }
            if personEvidence || role != nil || quoteCount > 0 || fixedGender != .unknown || maleVotes + femaleVotes > 0 { return true }
            let multi = forms.contains { $0.contains(" ") }
            let single = forms.contains { !$0.contains(" ") }
            return multi && single
        }

        var gender: PersonGender {
            if fixedGender != .unknown { return fixedGender }
            if maleVotes > femaleVotes { return .male }
            if femaleVotes > maleVotes { return .female }
            return .unknown
        }

        /// The fullest form: most words, then longest, then first seen.
        var canonical: String {
            func wordCount(_ s: String) -> Int { s.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) } }
            var best = forms.first ?? surname
            var bestWords = wordCount(best)
            for form in forms.dropFirst() {
                let words = wordCount(form)
                if words > bestWords || (words == bestWords && form.unicodeScalars.count > best.unicodeScalars.count && kind != .description) {
                    best = form; bestWords = words
                }
            }
            return best
        }

        mutating func add(form: String, span: TextSpan?) {
            if !forms.contains(form) { forms.append(form) }
            if let span {
                if spans.last != span { spans.append(span) }
                lastStart = max(lastStart, span.start)
            }
        }
    }

    private(set) var entities: [Entity] = []
    let mentions: [NameMention]
    /// Entity of each name mention, or -1.
    private(set) var entityOfMention: [Int]
    /// Name mention that ends at each token (its last name token, possessive included), or -1.
    private let endingAt: [Int32]
    /// Name mention that starts at each token (titles included), or -1.
    private let startingAt: [Int32]
    /// Describing phrases already seen, by their lower-cased text without the article.
    private var descriptions: [String: Int] = [:]
    private var organisations: [String: Int] = [:]

    init(_ ctx: QuoteContext, mentions: [NameMention]) {
        self.mentions = mentions
        self.entityOfMention = [Int](repeating: -1, count: mentions.count)
        var endingAt = [Int32](repeating: -1, count: ctx.tokens.count)
        var startingAt = [Int32](repeating: -1, count: ctx.tokens.count)
        for (k, m) in mentions.enumerated() {
            endingAt[m.nameRange.upperBound - 1] = Int32(k)
            startingAt[m.tokenRange.lowerBound] = Int32(k)
        }
        self.endingAt = endingAt
        self.startingAt = startingAt
        // Pass 1: people with some evidence, in order.
        for (k, m) in mentions.enumerated() where m.kind == .person {
            let e = attach(m, allowNew: true)
            entityOfMention[k] = e
        }
        // Pass 2: one-word names that share a surname with someone (before or after them).
        for (k, m) in mentions.enumerated() where (m.kind == .unknown || m.placeByPreposition) && entityOfMention[k] < 0 {
            if let e = nearestBySurname(m) {
                entities[e].add(form: m.name, span: m.span)
                entityOfMention[k] = e
            }
        }
        for k in mentions.indices where entityOfMention[k] >= 0 {
            readGenderAndRole(ctx, mention: k)
        }
    }

    /// The name mention whose last name token is `i`.
    func mentionEnding(at i: Int) -> Int? {
        guard i >= 0, i < endingAt.count else { return nil }
        let k = endingAt[i]
        return k >= 0 ? Int(k) : nil
    }

    /// The name mention whose first token (title included) is `i`.
    func mentionStarting(at i: Int) -> Int? {
        guard i >= 0, i < startingAt.count else { return nil }
        let k = startingAt[i]
        return k >= 0 ? Int(k) : nil
    }

    // MARK: clustering

    /// People by surname key, and the keys by their first byte (spelling variants share it).
    private var bySurnameKey: [String: [Int]] = [:]
    private var keysByInitial: [UInt8: [String]] = [:]

    private func candidates(for m: NameMention) -> [Int] {
        if let exact = bySurnameKey[m.surnameKey], !exact.isEmpty { return exact }
        var fuzzy: [Int] = []
        let length = m.surnameKey.utf8.count
        guard length >= 6, let initial = m.surnameKey.utf8.first else { return [] }
        for key in keysByInitial[initial] ?? [] where abs(key.utf8.count - length) <= 2 {
            if NameSimilarity.keysMatch(key, m.surnameKey) { fuzzy.append(contentsOf: bySurnameKey[key] ?? []) }
        }
        return fuzzy
    }

    private mutating func attach(_ m: NameMention, allowNew: Bool) -> Int {
        let found = candidates(for: m)
        var chosen: Int? = nil
        if let given = m.given {
            // "Wasserman Schultz" after "Debbie Wasserman Schultz": the end of a fuller name.
            let compatible = found.filter {
                entities[$0].forms.contains(m.name)
                    || (NameSimilarity.givenNamesCompatible(entities[$0].given, given)
                        && entities[$0].forms.allSatisfy { NameSimilarity.fullNamesCompatible($0, m.name) })
                    || entities[$0].forms.contains { QuoteContext.ends($0, " " + m.name) }
            }
            // Prefer the same given name, then a surname-only person, most recent first.
            let same = compatible.filter { entities[$0].given != nil }
            chosen = (same.isEmpty ? compatible : same).max { entities[$0].lastStart < entities[$1].lastStart }
            if let c = chosen, entities[c].given == nil || NameSimilarity.isInitial(entities[c].given!) {
                entities[c].given = given
            }
        } else {
            chosen = found.max { entities[$0].lastStart < entities[$1].lastStart }
            // "Sarah" after "Sarah Palin": a given name alone is the person who has it.
            if chosen == nil, m.kind == .person, m.nameRange.count == 1 {
                let key = m.surnameKey
                chosen = entities.indices.filter { entities[$0].kind == .person && entities[$0].given.map { NameSimilarity.key($0) } == key }
                    .max { entities[$0].lastStart < entities[$1].lastStart }
            }
        }
        let evidence = m.title != nil || m.gender != .unknown
            || (m.given.map { g in
                !NameLexicon.flags(g).isDisjoint(with: NameLexicon.Flags.givenName) || (g.utf8.contains { $0 >= 0x80 } && NameLexicon.isGivenName(g))
            } ?? false)
            || (m.nameRange.count > 2 && m.name.utf8.contains(UInt8(ascii: ".")))
        if let c = chosen {
            if m.kind == .person, m.surname.count > entities[c].surname.count, m.given != nil { entities[c].surname = m.surname }
            entities[c].add(form: m.name, span: m.span)
            if evidence { entities[c].personEvidence = true }
            return c
        }
        var e = Entity(kind: .person, given: m.given, surname: m.surname, surnameKey: m.surnameKey)
        e.personEvidence = evidence
        e.add(form: m.name, span: m.span)
        entities.append(e)
        if bySurnameKey[m.surnameKey] == nil, let initial = m.surnameKey.utf8.first { keysByInitial[initial, default: []].append(m.surnameKey) }
        bySurnameKey[m.surnameKey, default: []].append(entities.count - 1)
        return entities.count - 1
    }

    /// The person with a matching surname mentioned nearest before `m` (else the first after).
    private func nearestBySurname(_ m: NameMention) -> Int? {
        var best: Int? = nil, bestDistance = Int.max
        for i in candidates(for: m) {
            if let g = m.given, !NameSimilarity.givenNamesCompatible(entities[i].given, g) { continue }
            for span in entities[i].spans {
                let d = span.start <= m.span.start ? m.span.start - span.start : (span.start - m.span.start) * 4
                if d < bestDistance { bestDistance = d; best = i }
            }
        }
        return best
    }

    // MARK: lookups used by attribution

    /// The entity a name mention stands for, creating one for a speaking one-word name.
    mutating func entity(forMention k: Int) -> Int? {
        if entityOfMention[k] >= 0 { return entityOfMention[k] }
        let m = mentions[k]
        switch m.kind {
        case .organisation, .place:
            let key = NameSimilarity.fold(m.name)
            if let e = organisations[key] { entities[e].add(form: m.name, span: m.span); entityOfMention[k] = e; return e }
            var e = Entity(kind: .organisation, surname: m.name, surnameKey: key)
            e.add(form: m.name, span: m.span)
            entities.append(e)
            organisations[key] = entities.count - 1
            entityOfMention[k] = entities.count - 1
            return entities.count - 1
        case .person, .unknown:
            // "Court", "Park", "House" alone and nobody's surname: an institution.
            if m.kind == .unknown, m.nameRange.count == 1, candidates(for: m).isEmpty,
               NameLexicon.flags(m.surname).contains(.organisation) {
                var copy = m
                copy.kind = .organisation
                let key = NameSimilarity.fold(m.name)
                if let e = organisations[key] { entities[e].add(form: m.name, span: m.span); entityOfMention[k] = e; return e }
                var e = Entity(kind: .organisation, surname: m.name, surnameKey: key)
                e.add(form: copy.name, span: m.span)
                entities.append(e)
                organisations[key] = entities.count - 1
                entityOfMention[k] = entities.count - 1
                return entities.count - 1
            }
            let e = attach(m, allowNew: true)
            entityOfMention[k] = e
            return e
        }
    }

    /// The entity for a describing phrase ("the spokeswoman"): a named person whose role has the
    /// same head noun when the phrase is just article + role, else the phrase itself.
    mutating func description(_ phrase: String, head: String, span: TextSpan, gender: PersonGender, at position: Int, group: Bool) -> Int {
        let key = QuoteContext.lowercased(phrase)
        if let e = descriptions[key] {
            entities[e].add(form: phrase, span: span)
            return e
        }
        if !group, !phrase.utf8.contains(UInt8(ascii: " ")), Self.offices.contains(head) {
            var best: Int? = nil
            for (i, e) in entities.enumerated() where e.kind == .person && e.lastStart < position && position - e.lastStart < 3000 {
                guard let role = e.role else { continue }
                let words = QuoteContext.lowercased(role).split(whereSeparator: { !$0.isLetter && $0 != "-" })
                if words.contains(where: { $0 == head }) { if best == nil || e.lastStart > entities[best!].lastStart { best = i } }
            }
            if let best { return best }
        }
        var e = Entity(kind: group ? .organisation : .description, surname: phrase, surnameKey: key)
        e.fixedGender = gender
        e.add(form: phrase, span: span)
        entities.append(e)
        descriptions[key] = entities.count - 1
        return entities.count - 1
    }

    /// Offices held by one person at a time: "the mayor" may stand for the mayor named earlier;
    /// "the official" or "the resident" may not.
    static let offices: Set<String> = [
        "mayor", "minister", "president", "governor", "senator", "spokesman", "spokeswoman",
        "spokesperson", "chairman", "chairwoman", "chair", "director", "chief", "head", "secretary",
        "ambassador", "commander", "general", "prosecutor", "judge", "sheriff", "premier",
        "chancellor", "king", "queen", "pope", "ceo", "coach", "admiral", "captain", "colonel",
        "congressman", "congresswoman", "commissioner", "superintendent", "envoy",
    ]

    mutating func noteQuote(entity e: Int) { entities[e].quoteCount += 1 }

    mutating func noteGender(entity e: Int, _ g: PersonGender) {
        if g == .male { entities[e].maleVotes += 2 }
        if g == .female { entities[e].femaleVotes += 2 }
    }

    // MARK: gender and role

    private static let malePronouns: Set<String> = ["he", "his", "him", "himself"]
    private static let femalePronouns: Set<String> = ["she", "her", "hers", "herself"]

    private mutating func readGenderAndRole(_ ctx: QuoteContext, mention k: Int) {
        let m = mentions[k]
        let e = entityOfMention[k]
        if m.gender == .male { entities[e].fixedGender = .male }
        if m.gender == .female { entities[e].fixedGender = .female }
        // Pronouns after a mention that starts its sentence, before the next name.
        let end = m.tokenRange.upperBound
        if !m.insideQuote, m.startsSentence || (m.tokenRange.lowerBound > 0 && ctx.sentence(ofToken: m.tokenRange.lowerBound - 1) != ctx.sentence(ofToken: m.tokenRange.lowerBound)) {
            let sentence = ctx.sentence(ofToken: m.tokenRange.lowerBound)
            var i = end
            var quoteDepth = 0
            while i < ctx.tokens.count, i < end + 30, ctx.sentence(ofToken: i) == sentence {
                if ctx.isQuoteMark(i) { quoteDepth ^= 1 }
                if startingAt[i] >= 0, mentions[Int(startingAt[i])].kind == .person { break }
                if quoteDepth == 0, ctx.tokens[i].kind == .word, let b = ctx.tokens[i].text.utf8.first,
                   b | 0x20 == UInt8(ascii: "h") || b | 0x20 == UInt8(ascii: "s") {
                    let w = ctx.lower(i)
                    if Self.malePronouns.contains(w) { entities[e].maleVotes += 1; break }
                    if Self.femalePronouns.contains(w) { entities[e].femaleVotes += 1; break }
                }
                i += 1
            }
        }
        let before = m.tokenRange.lowerBound - 1
        if entities[e].role == nil, m.title != nil || ctx.isPunct(m.tokenRange.upperBound, ",")
            || (before >= 0 && ctx.tokens[before].kind == .word && !ctx.tokens[before].isCapitalised
                && (SpeechLexicon.word(ctx.tokens[before].text).contains(.role) || NameLexicon.isTitle(ctx.tokens[before].text))),
           let role = Self.role(ctx, m) {
            entities[e].role = role
        }
    }

    /// The role the text gives at a mention: an appositive ("X, the mayor of Y,"), a role before
    /// the name ("Y's mayor X", "former congressman X"), or the title ("Defense Minister X").
    static func role(_ ctx: QuoteContext, _ m: NameMention) -> String? {
        let tokens = ctx.tokens
        var title: String? = nil
        if let t = m.title {
            let words = t.split(separator: " ").map { QuoteContext.bare(String($0)) }
            if words.contains(where: { NameLexicon.isTitle($0) && !NameLexicon.isCourtesy($0) }) {
                title = t
            }
        }
        // Appositive after the name.
        var appositive: String? = nil
        var i = m.tokenRange.upperBound
        if ctx.isPunct(i, ","), !m.possessive {
            i += 1
            // Skip an age ("Smith, 45, a teacher").
            if i < tokens.count, tokens[i].kind == .number, ctx.isPunct(i + 1, ",") { i += 2 }
            let start = i
            var j = i
            while j < tokens.count, j - start < 18 {
                // The dot of a title abbreviation ("adviser to Mr. Obama") does not end it.
                if ctx.isPunct(j, "."), j > start, Abbreviations.beforeNames.contains(ctx.lower(j - 1)) { j += 1; continue }
                if ctx.isPunct(j, oneOf: ",.;:)(—–?!") || ctx.isQuoteMark(j) { break }
                j += 1
            }
            if j > start, j - start < 18, let first = tokens[start..<j].first, first.kind == .word {
                let firstLower = ctx.lower(start)
                let opensPhrase = SpeechLexicon.word(firstLower).contains(.determiner) || !first.isCapitalised
                let stop = ["who", "which", "that", "and", "but", "said", "says", "told", "according", "where", "when", "as",
                            "is", "was", "has", "had", "it", "he", "she", "they", "like", "unlike", "including", "not", "also",
                            "for", "with", "in", "on", "at", "by", "from", "to", "of", "after", "before", "while", "if"]
                if opensPhrase, !stop.contains(firstLower) {
                    // A role noun before the first preposition, or right after it ("head of ...").
                    var hasRole = false
                    for k in start..<min(j, start + 6) {
                        let w = ctx.lower(k)
                        let c = SpeechLexicon.word(w)
                        if c.contains(.role) || c.contains(.rolePlural) || NameLexicon.isTitle(w) && !NameLexicon.isCourtesy(w) { hasRole = true; break }
                        if k > start, c.contains(.stopper) || c.contains(.preposition) || c.contains(.finite) { break }
                    }
                    if hasRole {
                        var from = start
                        if ["the", "a", "an"].contains(firstLower), j - start > 1 { from = start + 1 }
                        appositive = ctx.text(tokens: from..<j)
                    }
                }
            }
        }
        // A role just before the name ("Clinton's campaign manager Robby Mook", "former congressman X").
        var before: String? = nil
        let b = m.tokenRange.lowerBound - 1
        if appositive == nil, b >= 0, tokens[b].kind == .word, !tokens[b].isCapitalised,
           SpeechLexicon.word(ctx.lower(b)).contains(.role) || NameLexicon.isTitle(ctx.lower(b)) && !NameLexicon.isCourtesy(ctx.lower(b)) {
            var s = b
            while s - 1 >= 0, tokens[s - 1].kind == .word, b - s < 5, ctx.sentence(ofToken: s - 1) == ctx.sentence(ofToken: b) {
                let w = ctx.lower(s - 1)
                let c = SpeechLexicon.word(w)
                if c.contains(.determiner) || c.contains(.stopper) || c.contains(.finite) || c.contains(.preposition) || c.contains(.participle) { break }
                if !tokens[s - 1].isCapitalised, QuoteContext.ends(w, "ed") || QuoteContext.ends(w, "ing") { break }
                if tokens[s - 1].isCapitalised, !(QuoteContext.ends(w, "’s") || QuoteContext.ends(w, "'s")) {
                    // A capitalised modifier belongs to the role only as a possessive or adjective run.
                    if s - 1 == 0 || ctx.sentence(ofToken: s - 2) != ctx.sentence(ofToken: s - 1) { break }
                }
                s -= 1
            }
            before = ctx.text(tokens: s..<(b + 1))
        }
        let parts = [title, appositive ?? before].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
