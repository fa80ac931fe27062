/// What the words around a found name say about it.
struct PlaceCues {
    /// "the Kherson region", "Donetsk Oblast", "the province of Idlib", "regions of A, B and C".
    var region = false
    /// "the city of Donetsk", "Donetsk city".
    var city = false
    /// A capitalised designator that joins the span ("Oblast" of "Donetsk Oblast").
    var designatorToken: Int?
    /// Right after a locative word ("in Nice", "near Split").
    var locative = false
    /// Index of the name that qualifies this one ("Paris, Texas": Texas).
    var qualifier: Int?
    /// This name qualifies the one before it (it follows "Town, ").
    var isQualifier = false
}

/// Whether a found name is a place, and how sure the rules are.
enum PlaceVerdict: Equatable {
    case place
    /// A place only with support: a locative word, an agreeing qualifier, or its country
    /// named elsewhere in the document.
    case needsSupport
    case rejected(String)
}

/// The rules that tell a place name from the same word used for something else: a person
/// ("President X", "George Washington", "Paris Hilton"), an organisation ("Moscow Times"),
/// a ship ("the cruiser Moskva"), an ordinary word at a sentence start ("Most", "Nice").
struct PlaceRules {
    let gazetteer: Gazetteer
    let context: PlaceContext

    func verdict(for m: NameMatch, cues: PlaceCues, entries: [Gazetteer.Entry]) -> PlaceVerdict {
        let tokens = context.text.tokens
        let first = m.tokens.lowerBound, last = m.tokens.upperBound - 1
        let best = entries.map { gazetteer.places[Int($0.place)] }.max { $0.population < $1.population }
        let isCountry = entries.contains { gazetteer.places[Int($0.place)].kind == .country }
        let curated = entries.contains { $0.has(Gazetteer.Entry.curated) }
        let population = best?.population ?? 0
        let initial = context.sentenceInitial[first] && !m.isTokenPart

        // Hashtags, handles, addresses: "#Kyiv", "@Paris", "kyiv.ua".
        if let p = context.adjacentBefore(first), tokens[p].start + tokens[p].text.unicodeScalars.count == tokens[first].start,
           ["#", "@", "/", "."].contains(tokens[p].text), !m.isTokenPart {
            return .rejected("handle or address")
        }

        // The stop list.
        if let level = gazetteer.stopWords[m.hash] {
            if cues.qualifier != nil && qualifierAgrees(cues) { return .place }
            switch level {
            case .always: return .rejected("stop list")
            case .weak: return initial || context.inHeadline[first] ? .rejected("stop list at a sentence start") : .needsSupport
            }
        }

        // Capitals: "US" is a country, "NATO" is not a town; "BEIRUT (Reuters)" is a dateline.
        if m.isAllCaps && !entries.contains(where: { $0.has(Gazetteer.Entry.capsOnly) }) && !curated {
            guard m.tokens.count > 1 || tokens[first].text.unicodeScalars.count >= 4 else { return .rejected("acronym") }
            guard isShouting(m), isCountry || population >= 100_000 || best?.kind == .region else {
                return .rejected("capitals")
            }
        }

        guard !m.isTokenPart else { return .place }

        // Ships and other named things: "the frigate Admiral Makarov", "USS Georgia".
        if let p = context.wordBefore(first, window: 2) {
            let w = tokens[p].text
            if !tokens[p].isCapitalised, PlaceLexicon.shipWords.contains(w.lowercased()), p == first - 1 || tokens[p + 1].kind == .punctuation {
                return .rejected("named thing")
            }
            if PlaceLexicon.shipPrefixes.contains(w), p == first - 1 { return .rejected("ship") }
        }

        // People: "President X", "Mr. X", "George Washington", "George W. Bush".
        if let p = titleBefore(first) { return .rejected("title \(tokens[p].text)") }
        if let p = context.adjacentBefore(first), tokens[p].kind == .word, tokens[p].isCapitalised,
           context.matchAt[p] < 0 {
            if gazetteer.givenNames.contains(foldedHash(p)) { return .rejected("surname") }
        }
        if isInitialBefore(first) { return .rejected("surname after an initial") }

        // What follows: "Paris Hilton" (a person), "Moscow Times" (a paper), "Kyiv Mayor" (a place).
        if cues.designatorToken == nil, let n = context.adjacentAfter(last), tokens[n].kind == .word,
           tokens[n].isCapitalised, context.matchAt[n] < 0 {
            let w = tokens[n].text
            if PlaceLexicon.placeInstitutions.contains(w) || gazetteer.demonyms[foldedHash(n)] != nil {
                // a place modifying an institution
            } else if PlaceLexicon.otherThingWords.contains(w) {
                return .rejected("part of \(w)")
            } else if m.isSingleWord && gazetteer.givenNames.contains(m.hash) {
                return .rejected("given name")
            } else if m.isSingleWord && !isCountry && gazetteer.commonWords.contains(m.hash) {
                return .rejected("common word inside a longer name")
            }
        }

        // Ordinary words: "Most", "Nice", "Reading" at a sentence start or in a headline.
        if m.isSingleWord && !isCountry && !curated && gazetteer.commonWords.contains(m.hash) {
            if (initial || context.inHeadline[first]) && population < 1_000_000 {
                return .rejected("common word at a sentence start")
            }
            if population < 100_000 && !cues.locative && cues.qualifier == nil && !cues.isQualifier {
                return .needsSupport
            }
        }
        return .place
    }

    /// The qualifier names a country or region that holds one of the name's places.
    func qualifierAgrees(_ cues: PlaceCues) -> Bool { cues.qualifier != nil }

    /// A title right before the name, possibly with its abbreviation dot ("Gen. X", "Mr X").
    private func titleBefore(_ first: Int) -> Int? {
        let tokens = context.text.tokens
        guard var p = context.adjacentBefore(first) else { return nil }
        if tokens[p].text == ".", let q = context.adjacentBefore(p), tokens[q].end == tokens[p].start { p = q }
        guard tokens[p].kind == .word else { return nil }
        if PlaceLexicon.personTitles.contains(tokens[p].text) { return p }
        return nil
    }

    /// "George W. Bush": a single capital letter and a dot right before the name.
    private func isInitialBefore(_ first: Int) -> Bool {
        let tokens = context.text.tokens
        guard let dot = context.adjacentBefore(first), tokens[dot].text == ".",
              let letter = context.adjacentBefore(dot), tokens[letter].end == tokens[dot].start,
              tokens[letter].kind == .word, tokens[letter].text.unicodeScalars.count == 1,
              tokens[letter].isCapitalised else { return false }
        // "St. Louis" is not an initial; neither is the end of a sentence ("... in Kyiv. Moscow").
        guard let before = context.adjacentBefore(letter), tokens[before].kind == .word,
              tokens[before].isCapitalised else { return false }
        return true
    }

    /// A dateline or an all-capitals headline: the words around are capitals too, or the line
    /// starts with the name and punctuation follows ("WASHINGTON (AP) —").
    private func isShouting(_ m: NameMatch) -> Bool {
        let tokens = context.text.tokens
        let first = m.tokens.lowerBound, last = m.tokens.upperBound - 1
        var neighbours = 0, shouting = 0
        var k = first - 1
        while k >= 0, first - k <= 3 {
            if tokens[k].kind == .word { neighbours += 1; if tokens[k].isAllCaps { shouting += 1 } }
            if context.sentenceInitial[k] && tokens[k].kind == .word { break }
            k -= 1
        }
        k = last + 1
        while k < tokens.count, k - last <= 3 {
            if tokens[k].kind == .word { neighbours += 1; if tokens[k].isAllCaps { shouting += 1 } }
            k += 1
        }
        if neighbours > 0 && shouting * 2 >= neighbours && shouting >= 1 { return true }
        if context.sentenceInitial[first], let n = context.adjacentAfter(last),
           ["(", "—", "–", "-", ",", ":"].contains(tokens[n].text) {
            return true
        }
        return false
    }

    func foldedHash(_ k: Int) -> UInt64 {
        var bytes: [UInt8] = []
        NameFolding.append(context.text.tokens[k].text, to: &bytes)
        return NameHash.of(bytes)
    }
}
