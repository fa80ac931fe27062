/// What the words around a found name say about it.
struct PlaceCues {
    /// "the Kherson region", "Donetsk Oblast", "the province of Idlib", "regions of A, B and C".
    var region = false
    /// The region word is "state", which may also mean a nation.
    var regionWordIsState = false
    /// "the city of Donetsk", "Donetsk city".
    var city = false
    /// A capitalised designator that joins the span ("Oblast" of "Donetsk Oblast").
    var designatorToken: Int?
    /// Right after a locative word ("in Nice", "near Split").
    var locative = false
    /// Index of the name that qualifies this one ("Paris, Texas": Texas).
    var qualifier: Int?
    /// This name may qualify the one before it (it follows "Word, ").
    var isQualifier = false
    /// This name does qualify the one before it: it holds one of its places ("Paris, Texas").
    var qualifiesPrevious = false
}

/// Whether a found name is a place, and how sure the rules are.
enum PlaceVerdict: Equatable {
    case place
    /// A place only with support: a locative word, an agreeing qualifier, or its country
    /// named elsewhere in the document.
    case needsSupport
    /// A place only with a locative word, an agreeing qualifier, or its region named elsewhere
    /// (districts, towns named like people: "Noma", "Levi").
    case needsStrongSupport
    /// A small town, or a name that is only an alternate name of its town ("Mila" for Milan):
    /// a place unless the document is clearly about somewhere else (it names two or more
    /// places, none in that country).
    case unlikelyElsewhere
    case rejected(String)
}

/// The rules that tell a place name from the same word used for something else: a person
/// ("President X", "George Washington", "Paris Hilton"), an organisation ("Moscow Times"),
/// a ship ("the cruiser Moskva"), an ordinary word at a sentence start ("Most", "Nice").
struct PlaceRules {
    let gazetteer: Gazetteer
    let context: PlaceContext
    let matches: [NameMatch]

    func verdict(for m: NameMatch, cues: PlaceCues, entries: [Gazetteer.Entry]) -> PlaceVerdict {
        let tokens = context.text.tokens
        let first = m.tokens.lowerBound, last = m.tokens.upperBound - 1
        let places = entries.map { gazetteer.facts[Int($0.place)] }
        let best = places.max { $0.population < $1.population }
        let isCountry = places.contains { $0.kind == .country }
        let isCity = places.allSatisfy { $0.kind == .city }
        let curated = entries.contains { $0.has(Gazetteer.Entry.curated) }
        let aliasOnly = !entries.contains { $0.has(Gazetteer.Entry.primary) || $0.has(Gazetteer.Entry.curated) }
        let population = best?.population ?? 0
        let initial = context.sentenceInitial[first] && !m.isTokenPart
        let qualified = cues.qualifier != nil
        let stop = gazetteer.stopWords[m.hash]
        var weak = false, veryWeak = false

        // Hashtags, handles, addresses: "#Kyiv", "@Paris", "kyiv.ua".
        if let p = context.adjacentBefore(first), tokens[p].end == context.text.tokens[first].start,
           let mark = tokens[p].onlyScalar, mark == "#" || mark == "@" || mark == "/" || mark == ".", !m.isTokenPart {
            return .rejected("handle or address")
        }

        // The stop list.
        if let stop, !qualified {
            if stop == .always || m.isTokenPart { return .rejected("stop list") }
            if initial || context.inHeadline[first] { return .rejected("stop list at a sentence start") }
            weak = true
        }

        // Capitals: "US" is a country, "NATO" is not a town; "BEIRUT (Reuters)" is a dateline.
        if m.isAllCaps && !entries.contains(where: { $0.has(Gazetteer.Entry.capsOnly) }) && !curated {
            guard m.tokens.count > 1 || tokens[first].text.unicodeScalars.count >= 4 else { return .rejected("acronym") }
            // Datelines name small towns too: "SEVERN, Md. (ABC7)", "WAUSAU, Wis.".
            let dateline = isShouting(m) && (qualified || isBeforeCredit(last))
            guard dateline || (isShouting(m) && (isCountry || population >= 100_000 || best?.kind == .region)) else {
                return .rejected("capitals")
            }
        }

        // A part of a hyphenated word ("Kherson-based", "Russia-Ukraine") only for names that
        // are surely places, and only when the other parts are places too or lower case
        // ("Melbourne-Blake" is a surname).
        if m.isTokenPart {
            let sure = entries.contains { e in
                let p = gazetteer.facts[Int(e.place)]
                return e.has(Gazetteer.Entry.curated) || (e.has(Gazetteer.Entry.primary)
                    && (p.kind != .city || p.population >= 100_000))
            }
            guard sure else { return .rejected("part of a hyphenated word") }
            return otherPartsArePlaces(m) ? .place : .rejected("part of a hyphenated name")
        }

        // Ships and other named things: "the frigate Admiral Makarov", "USS Georgia".
        if let p = context.wordBefore(first, window: 2) {
            let w = tokens[p].text
            if !tokens[p].isCapitalised, PlaceLexicon.shipWords.contains(lowercasing: w), p == first - 1 || tokens[p + 1].kind == .punctuation {
                return .rejected("named thing")
            }
            if PlaceLexicon.shipPrefixes.contains(w), p == first - 1 { return .rejected("ship") }
        }

        // People: "President X", "Mr. X", "George W. Bush", "Roger van Boxtel". After a title a
        // country is a person only when its name is also a given name ("Ms. Georgia Fields").
        let givenName = m.isSingleWord && gazetteer.givenNames.contains(m.hash)
        if !isCountry || givenName, let p = titleBefore(first) { return .rejected("person: title \(tokens[p].text)") }
        if isInitialBefore(first) { return .rejected("person: after an initial") }
        if isParticleBefore(first) { return .rejected("person: after a name particle") }

        // Inside a longer name: "Dave Allen", "Air France", "Moscow Times", "Paris Hilton".
        // Headlines (and title-case lines such as "Source: Balkan Wire Service") capitalise
        // every word, so there the neighbours prove nothing either way: such a name is a place
        // only with support from the rest of the document.
        if !m.isAllCaps, let why = longerName(m, cues: cues, isCountry: isCountry, givenName: givenName,
                                              population: population, aliasOnly: aliasOnly) {
            if !context.inHeadline[first] { return .rejected(why) }
            if !isCountry { weak = true }
        }

        // Districts, and towns named like people ("Nelson", "Tyler"), need support.
        if best?.isDistrict == true && !cues.locative && !qualified { veryWeak = true }
        if m.isSingleWord && !isCountry && population < 1_000_000 && gazetteer.givenNames.contains(m.hash)
            && !cues.locative && !qualified {
            if population < 100_000 { veryWeak = true } else { weak = true }
        }

        // Ordinary words: "Most", "Nice", "Reading" at a sentence start or in a headline.
        if m.isSingleWord && !isCountry && !curated && gazetteer.commonWords.contains(m.hash) {
            if (initial || context.inHeadline[first]) && population < 1_000_000 {
                return .rejected("common word at a sentence start")
            }
            if population < 100_000 && !cues.locative && !qualified && !cues.isQualifier { weak = true }
        }
        // Followed by a number a name is a thing's ("Mila 23", "Kanal 13"); a year may follow.
        if m.isSingleWord && !isCountry, let n = context.adjacentAfter(last), tokens[n].kind == .number,
           tokens[n].start > tokens[last].end, !isYear(tokens[n].text) {
            return .rejected("followed by a number")
        }
        // Towns take no article: "the Traun," "the Arona." name a river, a car, a team.
        if m.isSingleWord && isCity && !qualified && !cues.isQualifier, isAfterThe(first),
           context.adjacentAfter(last).map({ tokens[$0].kind == .punctuation }) ?? (last + 1 == tokens.count) {
            return .rejected("the + a town's name: a thing named after it")
        }
        if veryWeak { return .needsStrongSupport }
        if weak { return .needsSupport }
        // Small towns and alternate names in a story about somewhere else.
        if m.isSingleWord && isCity && !cues.locative && !qualified && !cues.qualifiesPrevious {
            // An alternate name alone ("Mobil" for Mobile) needs its region named.
            if aliasOnly && population < 1_000_000 { return .needsStrongSupport }
            if population < 50_000 { return .unlikelyElsewhere }
        }
        return .place
    }

    /// Why the capitalised words around `m` make it part of a longer name, or nil. A place with
    /// a possessive ends its name ("Russia's Sputnik"); a country keeps its name before an
    /// institution ("U.S. Trade Representative") but not before a company ("Malta plc").
    private func longerName(_ m: NameMatch, cues: PlaceCues, isCountry: Bool, givenName: Bool,
                            population: Int, aliasOnly: Bool) -> String? {
        let tokens = context.text.tokens
        let first = m.tokens.lowerBound, last = m.tokens.upperBound - 1
        if let p = context.adjacentBefore(first), isNameWord(p), !allowedBefore(p) {
            let given = gazetteer.givenNames.contains(foldedHash(p))
            let surname = given || (!isCountry && m.isSingleWord && (population < 100_000 || aliasOnly))
            return surname ? "person: surname" : "part of a longer name"
        }
        let possessive = m.span.end < tokens[last].end
        if cues.designatorToken == nil, !possessive, let n = context.adjacentAfter(last), isNameWord(n), !allowedAfter(n) {
            if givenName { return "person: given name" }   // "Jordan Henderson"
            if !isCountry || PlaceLexicon.companyWords.contains(tokens[n].text) { return "part of a longer name" }
        }
        return nil
    }

    /// A lower-case "the" right before the name.
    private func isAfterThe(_ first: Int) -> Bool {
        guard let p = context.adjacentBefore(first) else { return false }
        let t = context.text.tokens[p]
        return t.kind == .word && t.text == "the"
    }

    /// "1999", "2024": a year may follow a place ("Paris 2024").
    private func isYear(_ text: String) -> Bool {
        guard text.utf8.count == 4, let n = Int(text) else { return false }
        return (1800...2100).contains(n)
    }

    /// "Russia-Ukraine", "Kherson-based": every other part is lower case or a place.
    private func otherPartsArePlaces(_ m: NameMatch) -> Bool {
        let token = context.text.tokens[m.tokens.lowerBound]
        var start = token.start
        for k in token.start...token.end where k == token.end || context.text.scalars[k] == "-" {
            defer { start = k + 1 }
            guard k > start, start != m.span.start else { continue }
            let part = context.text.text(TextSpan(start: start, end: k))
            guard let first = part.unicodeScalars.first, first.properties.isUppercase else { continue }
            if gazetteer.places(named: part).isEmpty && gazetteer.demonyms[NameHash.of(folding: part)] == nil { return false }
        }
        return true
    }

    /// "Roger van Boxtel", "Marigny de Mandeville": a lower-case particle between a capitalised
    /// word and the name.
    private func isParticleBefore(_ first: Int) -> Bool {
        let tokens = context.text.tokens
        guard let p = context.adjacentBefore(first), tokens[p].kind == .word, !tokens[p].isCapitalised,
              PlaceLexicon.nameParticles.contains(tokens[p].text),
              let q = context.adjacentBefore(p), tokens[q].kind == .word, tokens[q].isCapitalised else { return false }
        return true
    }

    /// A capitalised word (not a number, not an all-capitals acronym of one letter).
    private func isNameWord(_ k: Int) -> Bool {
        let t = context.text.tokens[k]
        return t.kind == .word && t.isCapitalised && !t.text.unicodeScalars.contains { $0.value >= 0x30 && $0.value <= 0x39 }
    }

    /// Capitalised words that may stand right before a place: a sentence's first word ("In
    /// Kyiv"), a compass point or other modifier ("Eastern Ukraine"), a demonym, another place.
    private func allowedBefore(_ p: Int) -> Bool {
        let t = context.text.tokens[p]
        if PlaceLexicon.placeModifiers.contains(t.text) { return true }
        // "Ben Carson", "Georgia Meloni": a given name is never a place's modifier.
        if gazetteer.givenNames.contains(foldedHash(p)) { return false }
        if context.sentenceInitial[p] && !t.isAllCaps { return true }
        if gazetteer.demonyms[foldedHash(p)] != nil { return true }
        // "Russian-occupied Melitopol", "Kyiv-based": a hyphenated modifier, not a name.
        if let dash = t.text.firstIndex(of: "-"), let next = t.text[t.text.index(after: dash)...].unicodeScalars.first,
           next.properties.isLowercase {
            return true
        }
        if context.matchAt[p] >= 0 { return strongPlace(context.matchAt[p]) }
        return false
    }

    /// Capitalised words that may follow a place: its officials' titles, dates, another place.
    private func allowedAfter(_ n: Int) -> Bool {
        let t = context.text.tokens[n]
        if PlaceLexicon.placeFollowers.contains(t.text) { return true }
        // "the mayor of Kyiv Vitali Klitschko": a person's name after the place.
        if gazetteer.givenNames.contains(foldedHash(n)) { return true }
        if context.matchAt[n] >= 0 { return strongPlace(context.matchAt[n]) }
        return false
    }

    /// A neighbouring match that is a country or region ("Paris Texas", "Ukraine Russia").
    private func strongPlace(_ index: Int) -> Bool {
        let m = matches[index]
        if gazetteer.stopWords[m.hash] != nil { return false }
        return m.entries.contains {
            let kind = gazetteer.facts[Int($0.place)].kind
            return kind == .country || kind == .region
        }
    }

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

    /// "(AP)", "(Reuters)", "(ABC7)": a news agency's credit right after the name.
    private func isBeforeCredit(_ last: Int) -> Bool {
        let tokens = context.text.tokens
        guard let open = context.adjacentAfter(last), tokens[open].text == "(", open + 1 < tokens.count else { return false }
        let credit = tokens[open + 1]
        return credit.kind == .word && credit.isCapitalised
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
        if isBeforeCredit(last) { return true }
        // A dateline: the line's first words ("WASHINGTON (AP) —", "LONDON The Latest").
        return context.sentenceInitial[first]
    }

    func foldedHash(_ k: Int) -> UInt64 {
        var bytes: [UInt8] = []
        NameFolding.append(context.text.tokens[k].text, to: &bytes)
        return NameHash.of(bytes)
    }
}
