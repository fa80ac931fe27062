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
                    if isInitial || Abbreviations.beforeNames.contains(word) || NameLexicon.titles.contains(word) {
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
            if let m = mention(ctx, range, atSentenceStart: atStart) { mentions.append(m) }
        }
        return mentions
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
    private static let notNames: Set<String> = [
        "another", "others", "other", "some", "many", "one", "none", "few", "both", "each",
        "either", "neither", "everyone", "someone", "anyone", "nobody", "somebody", "everybody",
        "all", "most", "several", "i", "we", "you", "he", "she", "they", "it", "who", "what",
        "my", "your", "our", "mine", "yes", "no", "oh", "ok", "okay", "well", "so", "please",
        "thanks", "sorry", "hey", "wow", "sir", "madam", "mr", "mrs", "ms", "dr",
    ]

    private static let initialParticiples: Set<String> = [
        "having", "being", "citing", "following", "including", "according", "speaking", "looking",
        "asked", "given", "during", "regarding", "considering", "concerning", "turning", "going",
        "coming", "running", "taking", "making", "getting", "seeing", "saying", "adding", "noting",
    ]

    private static let placePrepositions: Set<String> = ["in", "at", "from", "near", "across", "into", "throughout", "outside", "inside"]

    /// Builds one mention from a run of tokens.
    static func mention(_ ctx: QuoteContext, _ range: Range<Int>, atSentenceStart: Bool) -> NameMention? {
        let tokens = ctx.tokens
        // The words of the run (dots of abbreviations and initials are separate tokens), with
        // their lower-case forms without dots ("Sen", "us") and what the lexicon says of them.
        var words: [Int] = []
        var lowerWords: [String] = []
        var flags: [NameLexicon.Flags] = []
        words.reserveCapacity(range.count); lowerWords.reserveCapacity(range.count); flags.reserveCapacity(range.count)
        for i in range where tokens[i].kind == .word {
            words.append(i)
            let l = ctx.lower(i)
            let bare = l.utf8.contains(UInt8(ascii: ".")) ? QuoteContext.bare(l) : l
            lowerWords.append(bare)
            flags.append(NameLexicon.flags(bare))
        }
        guard !words.isEmpty else { return nil }
        // "Another", "Some", "I": capitalised words that are not names.
        if words.count == 1, notNames.contains(lowerWords[0]) { return nil }
        // "Citing ...", "Having ...": a sentence-initial participle, not a name.
        if words.count == 1, atSentenceStart, lowerWords[0].hasSuffix("ing"),
           SpeechLexicon.word(lowerWords[0]).contains(.participle) || initialParticiples.contains(lowerWords[0]) { return nil }
        if let i = lowerWords.firstIndex(of: "i") {
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
        var firstNameWord = nameStartWord
        // Connectors kept inside a name ("Ursula von der Leyen") but never at its start.
        while firstNameWord < words.count - 1, !tokens[words[firstNameWord]].isCapitalised { firstNameWord += 1 }
        let count = words.count - firstNameWord

        let titleText: String? = nameStartWord > 0
            ? ctx.text.text(TextSpan(start: tokens[range.lowerBound].start, end: tokens[words[nameStartWord - 1]].end)) + (ctx.isPunct(words[nameStartWord - 1] + 1, ".") ? "." : "")
            : nil

        // Possessive ending on the last word.
        let lastIndex = words[words.count - 1]
        var lastText = tokens[lastIndex].text
        var lastLower = lowerWords[lowerWords.count - 1]
        var lastFlags = flags[flags.count - 1]
        var possessive = false
        var endOffset = tokens[lastIndex].end
        let tail = Array(lastLower.unicodeScalars.suffix(2))
        if tail.count == 2, tail[1] == "s", tail[0] == "’" || tail[0] == "'", lastLower.unicodeScalars.count > 3 {
            lastText = String(lastText.unicodeScalars.dropLast(2)); lastLower = String(lastLower.unicodeScalars.dropLast(2))
            possessive = true; endOffset -= 2; lastFlags = NameLexicon.flags(lastLower)
        } else if tail.count == 2, tail[0] == "s", tail[1] == "’" || tail[1] == "'", lastLower.unicodeScalars.count > 3 {
            lastText = String(lastText.unicodeScalars.dropLast()); lastLower = String(lastLower.unicodeScalars.dropLast())
            possessive = true; endOffset -= 1; lastFlags = NameLexicon.flags(lastLower)
        } else if lastIndex + 1 < tokens.count, tokens[lastIndex + 1].start == tokens[lastIndex].end,
                  tokens[lastIndex + 1].text == "’" || tokens[lastIndex + 1].text == "'" {
            possessive = tail.last == "s"
        }

        // Surname: the last word that is not a suffix.
        var surnamePosition = words.count - 1
        while surnamePosition > firstNameWord, flags[surnamePosition].contains(.suffix) { surnamePosition -= 1 }
        let surname = surnamePosition == words.count - 1 ? lastText : tokens[words[surnamePosition]].text
        let given: String? = surnamePosition > firstNameWord ? tokens[words[firstNameWord]].text : nil

        // The displayed name: the name words with the spacing they had, initials keeping their dot.
        let nameSpan = TextSpan(start: tokens[words[firstNameWord]].start, end: endOffset)
        var name = ctx.text.text(nameSpan)
        if count > 1, name.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\u{00A0}" || $0 == "\t" }) {
            name = name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{00A0}" || $0 == "\t" }).joined(separator: " ")
        }

        // What is it?
        let firstFlags = flags[firstNameWord]
        let firstIsGiven = count >= 2 && (!firstFlags.isDisjoint(with: NameLexicon.Flags.givenName)
            || (lowerWords[firstNameWord].utf8.contains(where: { $0 >= 0x80 }) && NameLexicon.isGivenName(lowerWords[firstNameWord])))
        var personTitle = false
        var gender = PersonGender.unknown
        for k in 0..<nameStartWord where flags[k].contains(.title) {
            personTitle = true
            if flags[k].contains(.maleTitle) { gender = .male }
            if flags[k].contains(.femaleTitle) { gender = .female }
        }
        var organisationWord = lastFlags.contains(.organisation)
        if !organisationWord, count > 1 {
            for k in firstNameWord..<(words.count - 1) where flags[k].contains(.organisation) {
                if k + 1 < words.count, lowerWords[k + 1] == "of" || count <= 4 { organisationWord = true; break }
            }
        }
        let prevLower = range.lowerBound > 0 ? ctx.lower(range.lowerBound - 1) : ""
        var kind: NameKind
        if organisationWord || (count == 1 && !personTitle && isAllCaps(tokens[lastIndex].text)) {
            kind = .organisation
        } else if !personTitle, !firstIsGiven,
                  (count <= 3 && lastFlags.contains(.place))
                    || (count <= 2 && placePrepositions.contains(prevLower)) {
            kind = .place
        } else if personTitle || firstIsGiven || (count >= 2 && count <= 4) {
            kind = .person
        } else {
            kind = .unknown
        }
        // A lone common noun capitalised at a sentence start ("Critics say").
        if kind == .unknown, atSentenceStart, count == 1, !lastFlags.isDisjoint(with: NameLexicon.Flags.anyRole) {
            kind = .organisation
        }
        let needsKey = kind == .person || kind == .unknown

        if gender == .unknown, given != nil {
            let m = firstFlags.contains(.male), f = firstFlags.contains(.female)
            if m != f { gender = m ? .male : .female }
        }

        return NameMention(tokenRange: range, nameRange: words[firstNameWord]..<(lastIndex + 1), span: nameSpan, name: name,
                           title: titleText, given: given, surname: surname, surnameKey: needsKey ? NameSimilarity.key(surname) : "",
                           kind: kind, gender: gender, possessive: possessive, startsSentence: atSentenceStart)
    }
}
