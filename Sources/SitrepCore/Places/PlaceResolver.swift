import Foundation

/// Finds the places a text names and resolves each to one gazetteer row.
///
///     let mentions = PlaceResolver().places(in: AnalyzedText(article.text))
///
/// Steps: find names (longest match over tokens, `PlaceMatcher`); read the words around them
/// (designators, qualifiers, titles: `PlaceCues`, `PlaceRules`); drop what is not a place;
/// then choose among homonyms by population, kind, the name's standing, and what the rest
/// of the document says (other places in the same country or region, demonyms, "Paris, Texas").
public struct PlaceResolver: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    public func places(in text: String) -> [PlaceMention] {
        places(in: AnalyzedText(text))
    }

    public func places(in text: AnalyzedText) -> [PlaceMention] {
        resolve(text).mentions
    }

    /// One found name on its way to a mention.
    struct Found {
        var match: NameMatch
        var entries: [Gazetteer.Entry]
        var cues = PlaceCues()
        var verdict = PlaceVerdict.place
        var chosen: Int?
    }

    /// The mentions, and every name considered with the reason it was dropped (for tests and
    /// the development harness).
    func resolve(_ text: AnalyzedText) -> (mentions: [PlaceMention], found: [Found]) {
        guard !gazetteer.places.isEmpty else { return ([], []) }
        let (matches, demonyms) = PlaceMatcher(gazetteer: gazetteer).matches(in: text)
        let context = PlaceContext(text: text, matches: matches)
        var found = matches.map { Found(match: $0, entries: $0.entries) }
        readCues(&found, context: context)
        let rules = PlaceRules(gazetteer: gazetteer, context: context, matches: matches)
        for k in found.indices {
            found[k].entries = usableEntries(found[k].entries, isQualifier: found[k].cues.isQualifier)
            if found[k].entries.isEmpty { found[k].verdict = .rejected("qualifier form out of place"); continue }
            found[k].verdict = rules.verdict(for: found[k].match, cues: found[k].cues, entries: found[k].entries)
        }
        rejectNamesOfPeople(&found, text)
        settleWeakNames(&found, evidence: Evidence(found: found, demonyms: demonyms, gazetteer: gazetteer))
        // First choice on the unambiguous evidence; then again on what every other name was
        // taken to be ("Savannah" counts for Georgia, US, once it is the Savannah in Georgia).
        let evidence = Evidence(found: found, demonyms: demonyms, gazetteer: gazetteer)
        let first = found.indices.map { k -> Int? in
            found[k].verdict == .place ? choose(found[k].entries, cues: found[k].cues, evidence: evidence) : nil
        }
        let second = Evidence(chosen: first, found: found, demonyms: demonyms, gazetteer: gazetteer)
        var mentions: [PlaceMention] = []
        for k in found.indices {
            if case .rejected = found[k].verdict { continue }
            guard let initial = first[k] else { continue }
            let own = Evidence.contribution(of: initial, entries: found[k].entries, gazetteer: gazetteer)
            guard let id = choose(found[k].entries, cues: found[k].cues, evidence: second.without(own)) else { continue }
            found[k].chosen = id
            let p = gazetteer.places[id]
            var span = found[k].match.span
            if let d = found[k].cues.designatorToken, p.kind == .region { span.end = text.tokens[d].end }
            mentions.append(PlaceMention(span: span, text: text.text(span), name: p.name, kind: p.kind,
                                         countryCode: p.countryCode, latitude: p.latitude,
                                         longitude: p.longitude, placeID: id))
        }
        mentions.sort { $0.span < $1.span }
        return (mentions, found)
    }

    /// Names that are places only with support (`PlaceVerdict`) become places or are dropped.
    private func settleWeakNames(_ found: inout [Found], evidence: Evidence) {
        for k in found.indices {
            let verdict = found[k].verdict
            guard verdict == .needsSupport || verdict == .needsStrongSupport || verdict == .unlikelyElsewhere else { continue }
            let cues = found[k].cues
            // With fewer than two other places named, nothing says the story is elsewhere.
            let quietDocument = verdict == .unlikelyElsewhere && evidence.total < 2
            let supported = quietDocument || cues.locative || cues.qualifier != nil || cues.qualifiesPrevious
                || found[k].entries.contains {
                    evidence.supports(gazetteer.facts[Int($0.place)], regionOnly: verdict == .needsStrongSupport)
                }
            found[k].verdict = supported ? .place : .rejected("no support")
        }
    }

    /// One sense per document: a word used as a person's name somewhere ("Dave Allen", "Mr
    /// Allen") is that person elsewhere too ("Allen said"), unless a locative or a qualifier says
    /// otherwise ("in Allen, Texas").
    private func rejectNamesOfPeople(_ found: inout [Found], _ text: AnalyzedText) {
        var people = Set<UInt64>()
        for k in found.indices where found[k].match.isSingleWord {
            if case .rejected(let why) = found[k].verdict, why.hasPrefix("person") { people.insert(found[k].match.hash) }
        }
        guard !people.isEmpty else { return }
        for k in found.indices where found[k].match.isSingleWord && people.contains(found[k].match.hash) {
            if case .rejected = found[k].verdict { continue }
            let places = found[k].entries.map { gazetteer.facts[Int($0.place)] }
            let aliasOnly = !found[k].entries.contains { $0.has(Gazetteer.Entry.primary) || $0.has(Gazetteer.Entry.curated) }
            guard places.allSatisfy({ $0.kind != .country && $0.population < 1_000_000 && ($0.kind == .city || aliasOnly) })
            else { continue }
            if found[k].cues.qualifier != nil || strongLocative(found[k].match, text) { continue }
            found[k].verdict = .rejected("person named so elsewhere in the document")
        }
    }

    /// "in Allen", "near Allen" (not "to Allen", "from Allen": people receive and send).
    private func strongLocative(_ m: NameMatch, _ text: AnalyzedText) -> Bool {
        let first = m.tokens.lowerBound
        guard first > 0 else { return false }
        let t = text.tokens[first - 1]
        return t.kind == .word && Self.strongLocatives.contains(lowercasing: t.text)
    }

    private static let strongLocatives: WordSet = ["in", "near", "outside", "inside", "throughout"]
    private static let stateWords: WordSet = ["state", "states"]
    private static let pluralRegionWords: WordSet = ["regions", "oblasts", "provinces", "states", "governorates"]

    /// Drops entries that do not fit where the name stands: qualifier-only forms ("Ga.") away
    /// from a qualifier position.
    private func usableEntries(_ entries: [Gazetteer.Entry], isQualifier: Bool) -> [Gazetteer.Entry] {
        entries.filter { !$0.has(Gazetteer.Entry.qualifierOnly) || isQualifier }
    }

    // MARK: - cues

    private func readCues(_ found: inout [Found], context: PlaceContext) {
        let tokens = context.text.tokens
        for k in found.indices {
            let m = found[k].match
            let first = m.tokens.lowerBound, last = m.tokens.upperBound - 1
            var cues = PlaceCues()
            if !m.isTokenPart, let n = context.adjacentAfter(last), tokens[n].kind == .word {
                let w = tokens[n].text
                let after = context.adjacentAfter(n).map { tokens[$0] }
                // "Enugu State University" is not the state; "Lagos State Governor" is.
                let nameGoesOn = after.map {
                    $0.kind == .word && $0.isCapitalised && !PlaceLexicon.placeFollowers.contains($0.text)
                } ?? false
                // "Tulcea County", "Pest County": counties are first-level regions in many
                // countries, but in the US a county is never the state ("Ohio County").
                let designates = PlaceLexicon.regionWordsInName.contains(w) ? hasRegion(found[k].entries)
                    : w == "County" && hasRegion(found[k].entries, outside: "US")
                if designates && !nameGoesOn {
                    cues.region = true; cues.designatorToken = n
                } else if !tokens[n].isCapitalised && PlaceLexicon.regionWordsAfter.contains(w) {
                    cues.region = true
                    cues.regionWordIsState = w == "state" || w == "states"
                } else if !tokens[n].isCapitalised && PlaceLexicon.cityWords.contains(w) {
                    cues.city = true
                }
            }
            // "the province of Idlib", "the city of Donetsk".
            if let of = context.wordBefore(first, window: 1), tokens[of].text == "of",
               let w = context.wordBefore(of, window: 1) {
                let word = tokens[w].text
                if PlaceLexicon.regionWordsBeforeOf.contains(lowercasing: word) {
                    cues.region = true
                    cues.regionWordIsState = Self.stateWords.contains(lowercasing: word)
                }
                if PlaceLexicon.cityWords.contains(lowercasing: word) { cues.city = true }
            }
            if let p = context.wordBefore(first, window: 1), !tokens[p].isCapitalised || context.sentenceInitial[p],
               PlaceLexicon.locativeWords.contains(lowercasing: tokens[p].text) {
                cues.locative = true
            }
            found[k].cues = cues
        }
        // A name right after "Word, " may be a qualifier even when the word is no known place
        // ("HORRY COUNTY, SC").
        for k in found.indices where !found[k].match.isTokenPart {
            let first = found[k].match.tokens.lowerBound
            guard first >= 2, tokens[first - 1].text == ",", tokens[first - 1].start == tokens[first - 2].end,
                  tokens[first - 2].kind == .word, tokens[first - 2].isCapitalised else { continue }
            found[k].cues.isQualifier = true
        }
        // Qualifiers: "Paris, Texas", "Marietta, Ga.", "Kramatorsk, Ukraine".
        for k in found.indices.dropLast() {
            let a = found[k].match, b = found[k + 1].match
            guard !a.isTokenPart, !b.isTokenPart else { continue }
            let comma = a.tokens.upperBound
            guard comma < tokens.count, tokens[comma].text == ",", tokens[comma].start == tokens[comma - 1].end,
                  b.tokens.lowerBound == comma + 1 else { continue }
            found[k + 1].cues.isQualifier = true
            let bEntries = found[k + 1].entries
            let agreeing = found[k].entries.filter { e in
                let p = gazetteer.places[Int(e.place)]
                return bEntries.contains { q in contains(gazetteer.places[Int(q.place)], p) }
            }
            if !agreeing.isEmpty {
                found[k].entries = agreeing
                found[k].cues.qualifier = k + 1
                found[k + 1].cues.qualifiesPrevious = true
                found[k + 1].entries = bEntries.filter { q in
                    agreeing.contains { e in contains(gazetteer.places[Int(q.place)], gazetteer.places[Int(e.place)]) }
                }
            }
        }
        propagateListCues(&found, context: context)
    }

    /// "the regions of Kherson, Zaporizhzhia, Donetsk and Lugansk", "the Donetsk and Luhansk
    /// regions": the designator covers every name of the list.
    private func propagateListCues(_ found: inout [Found], context: PlaceContext) {
        let tokens = context.text.tokens
        func joined(_ a: Int, _ b: Int) -> Bool {
            let from = found[a].match.tokens.upperBound, to = found[b].match.tokens.lowerBound
            guard from <= to, to - from <= 2 else { return false }
            for t in from..<to where !PlaceLexicon.listJoiners.contains(tokens[t].text) { return false }
            return true
        }
        // Forwards from "regions of A".
        for k in found.indices.dropLast() where found[k].cues.region && found[k].cues.designatorToken == nil {
            let first = found[k].match.tokens.lowerBound
            guard let of = context.wordBefore(first, window: 1), tokens[of].text == "of" else { continue }
            var j = k
            while j + 1 < found.count, joined(j, j + 1) {
                found[j + 1].cues.region = true
                j += 1
            }
        }
        // Backwards from "A and B regions".
        for k in found.indices.reversed() where found[k].cues.region {
            let last = found[k].match.tokens.upperBound - 1
            guard let n = context.adjacentAfter(last), Self.pluralRegionWords.contains(tokens[n].text) else { continue }
            var j = k
            while j > 0, joined(j - 1, j) {
                found[j - 1].cues.region = true
                j -= 1
            }
        }
    }

    private func hasRegion(_ entries: [Gazetteer.Entry], outside excluded: String? = nil) -> Bool {
        entries.contains {
            let i = Int($0.place)
            return gazetteer.facts[i].kind == .region && (excluded == nil || gazetteer.places[i].countryCode != excluded)
        }
    }

    /// True when `outer` is the country or region that holds `inner`.
    private func contains(_ outer: GazetteerPlace, _ inner: GazetteerPlace) -> Bool {
        guard outer.key != inner.key, !outer.countryCode.isEmpty, outer.countryCode == inner.countryCode else { return false }
        switch outer.kind {
        case .country: return true
        case .region: return inner.kind == .city && inner.regionKey == outer.key
        default: return false
        }
    }

    // MARK: - choice

    private func choose(_ entries: [Gazetteer.Entry], cues: PlaceCues, evidence: Evidence) -> Int? {
        var best: (id: Int, score: Double)?
        // "the state of Georgia" may be the nation: "state" does not outweigh a country.
        let hasCountry = entries.contains { gazetteer.facts[Int($0.place)].kind == .country }
        // Countries with a town of this very name ("Donetsk"), not just an alternate name of one
        // ("Oklahoma" for Oklahoma City).
        let cityNames = entries.compactMap { e -> Int32? in
            let p = gazetteer.facts[Int(e.place)]
            let own = e.has(Gazetteer.Entry.primary) || e.has(Gazetteer.Entry.curated)
            return p.kind == .city && own ? p.country : nil
        }
        for e in entries {
            let id = Int(e.place)
            let p = gazetteer.facts[id]
            var score = log10(Double(max(p.population, 1000)))
            switch p.kind {
            case .country: score += 3
            case .region: score += 0.3
            case .city: score += p.isDistrict ? -1 : 0
            case .other: score += 0
            }
            if p.isCapital { score += 1 }
            if e.has(Gazetteer.Entry.primary) || e.has(Gazetteer.Entry.curated) { score += 1 }
            score += evidence.bonus(for: p)
            if cues.qualifier != nil { score += 10 }
            if cues.region && !(cues.regionWordIsState && hasCountry) {
                if p.kind == .region { score += 6 }
            } else if p.kind == .region && cityNames.contains(p.country) {
                score -= 4   // "Donetsk" alone is the city, not the oblast
            }
            if cues.city && p.kind == .city { score += 4 }
            if best == nil || score > best!.score { best = (id, score) }
        }
        return best?.id
    }
}
