/// What a capitalised name run most likely names.
enum NameKind: Sendable, Hashable {
    /// A person: a title, a known given name, or two to four plain capitalised words.
    case person
    /// One capitalised word that is neither known to be a person nor something else ("Tsimlianski",
    /// "Reuters"): a person only when the text links it to one (a surname, a speech verb).
    case unknown
    /// An organisation, a group, a work or an event ("Breitbart News", "NATO").
    case organisation
    /// A place ("Moscow", "Ukraine").
    case place
}

/// One name as read at one place in the text: the run with its title and possessive taken off.
struct NameMention: Sendable {
    /// Tokens of the whole mention, titles included ("Rear Adm. Jonas Weller’s").
    var tokenRange: Range<Int>
    /// Tokens of the name proper ("Jonas Weller’s").
    var nameRange: Range<Int>
    /// Offsets of the name proper, possessive ending excluded.
    var span: TextSpan
    /// The name as written, titles and possessive ending removed ("Jonas Weller").
    var name: String
    /// The title or office written before the name ("Rear Adm.", "Russian President").
    var title: String?
    /// The first of two or more name words; nil for a surname alone.
    var given: String?
    /// The last name word, suffixes ("Jr.") and possessive removed.
    var surname: String
    var surnameKey: String
    var kind: NameKind
    var gender: PersonGender
    var possessive: Bool
    /// The mention starts its sentence (after an opening quote or a leading clause at most).
    var startsSentence: Bool
    /// A place only because it follows "in", "at", "from" ...: a person's surname can override that.
    var placeByPreposition = false
    /// Inside a quote: names there are quoted words, not the narrative's subjects.
    var insideQuote = false
}

/// Reads the document's name runs as name mentions: joins runs split by a title abbreviation or
/// an initial ("Sen. Ana Costa", "George W. Bush"), strips titles and possessives, and guesses
/// what each names.
enum NameReader {
    static func read(_ ctx: QuoteContext) -> [NameMention] {
        let tokens = ctx.tokens
        // Merge runs separated by "Title." or "X." (an initial).
        var ranges: [(Range<Int>, Bool)] = []
        for run in ctx.text.nameRuns {
            if let last = ranges.last {
                let t = last.0.upperBound - 1
                if t + 2 == run.tokenRange.lowerBound, ctx.isPunct(t + 1, "."), tokens[t + 1].start == tokens[t].end,
                   tokens[t + 2].start == tokens[t + 1].end + 1, ctx.scalars[tokens[t + 1].end] == " " {
                    let word = ctx.lower(t)
                    let isInitial = tokens[t].text.unicodeScalars.count == 1
                    if isInitial || Abbreviations.beforeNames.contains(word) || NameLexicon.isTitle(word) {
                        ranges[ranges.count - 1].0 = last.0.lowerBound..<run.tokenRange.upperBound
                        continue
                    }
                }
            }
            ranges.append((run.tokenRange, run.atSentenceStart))
        }
        var mentions: [NameMention] = []
        mentions.reserveCapacity(ranges.count)
        for (range, atStart) in ranges {
            // Split a run after a possessive inside it ("BlazeTV’s Glenn Beck") and before "of"
            // after a person's name ("Benjamin Netanyahu of Israel").
            var start = range.lowerBound
            var first = atStart
            var i = range.lowerBound
            while i < range.upperBound - 1 {
                let t = tokens[i]
                // "Council Turns Against Mayor Ivo Stanev Over Costs": a capitalised function word
                // inside a run marks a headline; each piece between them is read on its own.
                if t.kind == .word, i > start, t.isCapitalised, NameLexicon.flags(forToken: t.text).contains(.startWord),
                   !NameLexicon.flags(forToken: t.text).contains(.title) {
                    if let m = mention(ctx, start..<i, atSentenceStart: first) { mentions.append(m) }
                    start = i + 1; first = false
                } else if t.kind == .word, i + 1 < range.upperBound, possessiveLength(t.text) > 0 {
                    if let m = mention(ctx, start..<(i + 1), atSentenceStart: first) { mentions.append(m) }
                    start = i + 1; first = false
                } else if t.kind == .word, t.text.utf8.count == 2, t.text == "of", i > start, i + 1 < range.upperBound {
                    // "Much of Beck’s ire": a quantifier before "of" is not part of the name.
                    if i == start + 1, first, NameLexicon.flags(forToken: tokens[start].text).contains(.notName)
                        || ["much", "part", "members", "most", "all", "some", "many", "none", "half", "each"].contains(ctx.lower(start)) {
                        start = i + 1; first = false
                    } else if let m = mention(ctx, start..<i, atSentenceStart: first), m.kind == .person, m.given != nil || m.title != nil {
                        mentions.append(m)
                        start = range.upperBound   // what follows "of" is a place or a body, not a name
                        break
                    }
                }
                i += 1
            }
            if start < range.upperBound, let m = mention(ctx, start..<range.upperBound, atSentenceStart: first) { mentions.append(m) }
        }
        return mentions
    }

    /// Scalars of a possessive ending: 2 for "’s" / "'s", 1 for a plural's "s’" / "s'", else 0.
    static func possessiveLength(_ s: String) -> Int {
        QuoteContext.bytes(s) { u in
            let n = u.count
            guard n >= 3 else { return 0 }
            let last = u[n - 1], s_ = UInt8(ascii: "s"), S_ = UInt8(ascii: "S"), q = UInt8(ascii: "'")
            // "’" is E2 80 99.
            if last == s_ || last == S_ {
                if n > 5, u[n - 2] == 0x99, u[n - 3] == 0x80, u[n - 4] == 0xE2 { return 2 }
                if n > 3, u[n - 2] == q { return 2 }
                return 0
            }
            if n > 5, last == 0x99, u[n - 2] == 0x80, u[n - 3] == 0xE2, u[n - 4] == s_ { return 1 }
            if n > 3, last == q, u[n - 2] == s_ { return 1 }
            return 0
        }
    }

    /// `isAllCaps(token.text)`, from the token's shape when it is ASCII (the same test there).
    private static func isAllCaps(_ token: Token) -> Bool {
        token.isASCII ? token.isAllCaps : isAllCaps(token.text)
    }

    /// Two or more letters, all upper case ("NATO", "CNN").
    private static func isAllCaps(_ s: String) -> Bool {
        var letters = 0
        for b in s.utf8 {
            if b >= 0x41 && b <= 0x5A { letters += 1; continue }
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x80 { return s.unicodeScalars.allSatisfy { !$0.properties.isLowercase } && s.unicodeScalars.count >= 2 }
        }
        return letters >= 2
    }

    /// Capitalised words that are never a name by themselves.
    static let notNames: Set<String> = [
        "another", "others", "other", "some", "many", "one", "none", "few", "both", "each",
        "either", "neither", "everyone", "someone", "anyone", "nobody", "somebody", "everybody",
        "all", "most", "several", "i", "we", "you", "he", "she", "they", "it", "who", "what",
        "my", "your", "our", "mine", "yes", "no", "oh", "ok", "okay", "well", "so", "please",
        "thanks", "sorry", "hey", "wow", "madam", "everything",
        "nothing", "something", "anything", "that", "there", "here", "let", "this", "these",
        "those", "don", "can", "won", "isn", "didn", "doesn", "wasn", "weren", "aren", "haven",
        "hasn", "couldn", "wouldn", "shouldn", "where", "when", "why", "how", "which", "whose",
        "likewise", "otherwise", "meanwhile", "moreover", "furthermore", "nevertheless",
        "nonetheless", "however", "instead", "indeed", "thus", "therefore", "hence", "besides",
        "overall", "alas", "additionally", "consequently", "accordingly", "regardless", "anyway",
        "still", "yet", "also", "again", "perhaps", "maybe", "instead", "sometimes", "often",
    ]

    static let initialParticiples: Set<String> = [
        "having", "being", "citing", "following", "including", "according", "speaking", "looking",
        "asked", "given", "during", "regarding", "considering", "concerning", "turning", "going",
        "coming", "running", "taking", "making", "getting", "seeing", "saying", "adding", "noting",
    ]

    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "christmas", "easter", "today", "tonight", "yesterday", "tomorrow",
    ]

    /// Endings of a sentence-initial verb form or abstract noun ("Preceded", "Fundraising").
    private static let verbOrNounEndings = ["ing", "ed", "tion", "sion", "ness", "ment", "ity", "ism"]

    static let placePrepositions: Set<String> = ["in", "at", "from", "near", "across", "into", "throughout", "outside", "inside"]

    /// Builds one mention from a run of tokens.
    static func mention(_ ctx: QuoteContext, _ range: Range<Int>, atSentenceStart: Bool) -> NameMention? {
        let tokens = ctx.tokens
        // The words of the run (dots of abbreviations and initials are separate tokens), with
        // what the lexicon says of them.
        var words: [Int] = []
        var flags: [NameLexicon.Flags] = []
        words.reserveCapacity(range.count); flags.reserveCapacity(range.count)
        for i in range where tokens[i].kind == .word {
            words.append(i)
            flags.append(NameLexicon.flags(forToken: tokens[i].text))
        }
        guard !words.isEmpty else { return nil }
        // "Thanks Sarah", "That Clinton": a leading word that is never a name; at a sentence
        // start (or a headline's) also a function word or a verb form ("Unlike Hillary Clinton",
        // "Certainly Donald Trump", "Bashing Trump").
        if words.count > 1 {
            let firstText = tokens[words[0]].text
            let given = !flags[0].isDisjoint(with: NameLexicon.Flags.givenName)
            if !given, !flags[0].contains(.title),
               flags[0].contains(.notName) || flags[0].contains(.startWord)
                || (tokens[words[1]].isCapitalised && (QuoteContext.ends(firstText, "ing") || QuoteContext.ends(firstText, "ly"))) {
                return mention(ctx, (words[0] + 1)..<range.upperBound, atSentenceStart: atSentenceStart)
            }
        }
        if words.count == 1 {
            // "Another", "Some", "I": capitalised words that are not names.
            if flags[0].contains(.notName) || flags[0].contains(.courtesy) && flags[0].contains(.title) { return nil }
            let text = tokens[words[0]].text
            if text.utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 }) {
                let lower = ctx.lower(words[0])
                if let apostrophe = lower.firstIndex(where: { $0 == "’" || $0 == "'" }),
                   notNames.contains(String(lower[..<apostrophe])) { return nil }   // "I’m", "It’s"
            }
            // "Apparently, ...": a sentence-initial adverb.
            if atSentenceStart, QuoteContext.ends(text, "ly"), ctx.isPunct(words[0] + 1, ",") { return nil }
            // "Citing ...", "Having ...": a sentence-initial participle, not a name.
            if atSentenceStart, flags[0].contains(.initialParticiple) { return nil }
            // "Preceded by ...", "Fundraising was ...": a sentence-initial verb form or abstract
            // noun followed by a lower-case word that is not a speech verb.
            let next = words[0] + 1
            if atSentenceStart, next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalised,
               !SpeechLexicon.word(tokens[next].text).contains(.finite),
               verbOrNounEndings.contains(where: { QuoteContext.ends(text, $0) }),
               !flags[0].contains(.male), !flags[0].contains(.female) { return nil }
        }
        if let i = words.firstIndex(where: { tokens[$0].text.utf8.count == 1 && tokens[$0].text == "I" }) {
            // A run through "I" ("When I"): keep what comes before it, if anything.
            guard i > 0 else { return nil }
            return mention(ctx, range.lowerBound..<words[i], atSentenceStart: atSentenceStart)
        }

        // Titles: everything up to the last title word, when a name follows it.
        var nameStartWord = 0
        var sawTitle = false
        for k in 0..<(words.count - 1) {
            if flags[k].contains(.title) {
                nameStartWord = k + 1; sawTitle = true
            } else if sawTitle, k == nameStartWord, flags[k].contains(.titleModifier) {
                nameStartWord = k + 1   // "Secretary of State John Kerry"
            }
        }
        // "Secretary of State" swallowed the name? Keep at least one word.
        if nameStartWord >= words.count { nameStartWord = words.count - 1 }
        // "Governor of New York Kathy Hochul": after a title, the name starts at a known given name.
        if sawTitle, words.count - nameStartWord >= 3, flags[nameStartWord].isDisjoint(with: NameLexicon.Flags.givenName),
           let p = ((nameStartWord + 1)..<(words.count - 1)).first(where: { !flags[$0].isDisjoint(with: NameLexicon.Flags.givenName) }) {
            nameStartWord = p
        }
        var firstNameWord = nameStartWord
        // Connectors kept inside a name ("Ursula von der Leyen") but never at its start.
        while firstNameWord < words.count - 1, !tokens[words[firstNameWord]].isCapitalised { firstNameWord += 1 }
        let count = words.count - firstNameWord
        // A long capitalised run is a headline or a title; a person's name may end it
        // ("Rand Paul Scores Direct Hit On Donald Trump").
        if count > 4 {
            for p in (words.count - 3)..<(words.count - 1) where !flags[p].isDisjoint(with: NameLexicon.Flags.givenName) {
                return mention(ctx, words[p]..<range.upperBound, atSentenceStart: false)
            }
        }

        let titleText: String? = nameStartWord > 0
            ? ctx.text.text(TextSpan(start: tokens[range.lowerBound].start, end: tokens[words[nameStartWord - 1]].end)) + (ctx.isPunct(words[nameStartWord - 1] + 1, ".") ? "." : "")
            : nil

        // Possessive ending on the last word.
        let lastIndex = words[words.count - 1]
        var lastText = tokens[lastIndex].text
        var lastFlags = flags[flags.count - 1]
        var possessive = false
        var endOffset = tokens[lastIndex].end
        let cut = possessiveLength(lastText)
        if cut > 0 {
            lastText = String(lastText.unicodeScalars.dropLast(cut))
            possessive = true; endOffset -= cut; lastFlags = NameLexicon.flags(forToken: lastText)
        } else if lastIndex + 1 < tokens.count, tokens[lastIndex + 1].start == tokens[lastIndex].end,
                  ctx.isPunct(lastIndex + 1, "’") || ctx.isPunct(lastIndex + 1, "'") {
            possessive = lastText.utf8.last == UInt8(ascii: "s")
        }

        // Surname: the last word that is not a suffix.
        var surnamePosition = words.count - 1
        while surnamePosition > firstNameWord, flags[surnamePosition].contains(.suffix) { surnamePosition -= 1 }
        let surname = surnamePosition == words.count - 1 ? lastText : tokens[words[surnamePosition]].text
        let given: String? = surnamePosition > firstNameWord ? tokens[words[firstNameWord]].text : nil

        // The displayed name: the name words with the spacing they had, initials keeping their dot.
        if !possessive, lastFlags.contains(.suffix), ctx.isPunct(lastIndex + 1, "."), tokens[lastIndex + 1].start == endOffset {
            endOffset += 1   // "Jr."
        }
        let nameSpan = TextSpan(start: tokens[words[firstNameWord]].start, end: endOffset)
        var name = count == 1 && cut == 0 && endOffset == tokens[lastIndex].end ? lastText : ctx.text.text(nameSpan)
        if count > 1, ctx.scalars[nameSpan.start..<nameSpan.end].contains(where: { $0 == "\u{00A0}" || $0 == "\n" || $0 == "\t" }) {
            name = String(String.UnicodeScalarView(ctx.scalars[nameSpan.start..<nameSpan.end].map {
                $0 == "\u{00A0}" || $0 == "\n" || $0 == "\t" ? " " : $0
            }))
        }

        // What is it?
        let firstFlags = flags[firstNameWord]
        let firstIsGiven = count >= 2 && (!firstFlags.isDisjoint(with: NameLexicon.Flags.givenName)
            || (tokens[words[firstNameWord]].text.utf8.contains(where: { $0 >= 0x80 }) && NameLexicon.isGivenName(tokens[words[firstNameWord]].text)))
        var personTitle = false
        var gender = PersonGender.unknown
        for k in 0..<nameStartWord where flags[k].contains(.title) {
            personTitle = true
            if flags[k].contains(.maleTitle) { gender = .male }
            if flags[k].contains(.femaleTitle) { gender = .female }
        }
        var organisationWord = lastFlags.contains(.organisation)
            || (count > 1 && QuoteContext.ends(lastText, "s") && NameLexicon.flags(forToken: String(lastText.dropLast())).contains(.organisation))
        if !organisationWord, count > 1 {
            for k in firstNameWord..<(words.count - 1) where flags[k].contains(.organisation) {
                if k + 1 < words.count, tokens[words[k + 1]].text == "of" { organisationWord = true; break }
            }
        }
        var kind: NameKind
        var placeByPreposition = false
        let allCaps = words[firstNameWord...].allSatisfy { isAllCaps(tokens[$0]) || tokens[$0].onlyScalar != nil }
        // "Lena Park", "Dr. Ann Church": an organisation word that is also a surname.
        if organisationWord, lastFlags.contains(.surnameLike), (count >= 2 && firstIsGiven) || personTitle || count == 1 {
            organisationWord = false
        }
        if organisationWord || (!personTitle && allCaps) {
            kind = .organisation
        } else if !personTitle, !firstIsGiven,
                  (count <= 3 && lastFlags.contains(.place))
                    || (count <= 2 && !possessive && range.lowerBound > 0 && tokens[range.lowerBound - 1].kind == .word
                        && NameLexicon.flags(forToken: tokens[range.lowerBound - 1].text).contains(.placePreposition) && !lastFlags.contains(.time)) {
            kind = .place
            placeByPreposition = !(count <= 3 && lastFlags.contains(.place))
        } else if count > 4 || (count > 2 && words[firstNameWord...].contains(where: { tokens[$0].text == "of" })) {
            kind = .organisation   // a headline, or "Bank of America", "Book of Daniel"
        } else if personTitle || firstIsGiven || (count >= 2 && count <= 4)
                    || (count == 1 && !lastFlags.isDisjoint(with: NameLexicon.Flags.givenName) && !lastFlags.contains(.surnameLike)) {
            kind = .person   // a title, a known given name, several name words, or a given name alone ("Brad")
        } else {
            kind = .unknown
        }
        // A lone common noun capitalised at a sentence start ("Critics say").
        if kind == .unknown, atSentenceStart, count == 1, !lastFlags.isDisjoint(with: NameLexicon.Flags.anyRole) {
            kind = .organisation
        }
        // Months and days are dates, whatever else the run looks like.
        if count == 1, lastFlags.contains(.time), !lastFlags.contains(.timeNameLike) { kind = .organisation }
        let needsKey = kind == .person || kind == .unknown

        if gender == .unknown, given != nil {
            let m = firstFlags.contains(.male), f = firstFlags.contains(.female)
            if m != f { gender = m ? .male : .female }
        }

        return NameMention(tokenRange: range, nameRange: words[firstNameWord]..<(lastIndex + 1), span: nameSpan, name: name,
                           title: titleText, given: given, surname: surname, surnameKey: needsKey ? NameSimilarity.key(surname) : "",
                           kind: kind, gender: gender, possessive: possessive, startsSentence: atSentenceStart,
                           placeByPreposition: placeByPreposition)
    }
}
