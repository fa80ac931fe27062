/// Finds who said each quote, from the patterns English news uses, and resolves the speaker
/// mention to a person, a describing phrase or an organisation.
///
/// Patterns, tried in this order for each quote (the `tier` of a result):
/// 1. right after the closing mark: `...,” X said`, `...,” said X`, `...,” X, the minister, said`,
///    `...,” he added`, `...,” according to X`, `...,” the spokeswoman told reporters`;
/// 2. before the opening mark, in the same sentence, nearest verb first: `X said: “...”`,
///    `X told reporters that “...”`, `according to X, “...”`, a fragment inside reported speech
///    (`X said the plan would “never work”`), a participle taking its clause's subject
///    (`X left, saying “...”`, `he tried to reassure them by pointing out that “...”`,
///    `with X calling it “...”`);
/// 3. a speech verb later in the same sentence (`“...” but to act, says X, a consultant`);
/// 4. the sentence before, when it ends with a colon (`X said:` then the quote's paragraph);
/// 5. the sentence after, when the quote ends its sentence and the next one opens with
///    `X said` (`“...” X said.` written with a full stop);
/// 6. a fragment inside a sentence with no speech verb: the sentence's subject
///    (`X decried the party for “...”`) — weak: enough for a long quote, not a one- or two-word one;
/// 7. a sentence ending with a colon but no speech verb: its subject (`X addressed the crowd:`);
/// 8. pieces of one sentence (`“A,” she said, “B.”`) and paragraph pieces of one long quote share
///    their speaker;
/// 9. quotes in a row: a quote with no attribution of its own keeps the previous quote's
///    speaker when nothing but quotes came between them (same or next paragraph, no other
///    person named, no other speech verb).
///
/// A subject is a name (titles and appositives skipped: `Rear Admiral X, the head of Y,
/// reported`), a pronoun (resolved to the most recent compatible speaker or sentence subject,
/// else a person named in the last two sentences: gender from titles, given names, and he/she
/// used after the name), or a describing phrase with a role noun (`the head of the Atlantic
/// Alliance`), which stands for a named person only when it is just article + office and someone
/// with that office was named before. An attribution that cannot be resolved (`she said` with
/// nobody to be "she") leaves the speaker unknown and stops the quote from inheriting one.
struct Attributor {
    let ctx: QuoteContext
    var registry: PersonRegistry

    /// A speaker site.
    struct Site {
        enum Kind { case name(Int), pronoun(SpeechLexicon.PronounGender), description(Range<Int>) }
        var kind: Kind
        /// Tokens of the mention as written.
        var range: Range<Int>
        /// Whether the pattern was found in the quote's own sentence (vs. a neighbour or a row).
        var direct: Bool
        /// Whether the site sits right after the closing mark.
        var immediate: Bool
        /// Only the sentence's subject, with no speech verb.
        var weak = false
        /// Which pattern found it (1-7, in the order of the type's list; for diagnostics).
        var tier = 0
    }

    /// What attribution decided for one quote.
    struct Result {
        var entity: Int?
        var mention: String?
        var mentionSpan: TextSpan?
        var direct: Bool
        var immediate: Bool
        var inherited: Bool
        /// Found an attribution but could not resolve it.
        var blocked = false
        /// Only the sentence's subject, with no speech verb: enough for a long quote, not for a
        /// one- or two-word one.
        var weak = false
        /// Which pattern found it (see `Site.tier`); 8 = shared within a sentence or long quote,
        /// 9 = kept from the previous quote.
        var tier = 0
    }

    /// Speaker events for pronoun resolution: (offset, entity).
    private var speakerEvents: [(offset: Int, entity: Int)] = []
    /// Sentence subjects among name mentions: (offset, entity).
    private var subjectEvents: [(offset: Int, entity: Int)] = []
    /// Every person named outside quotes: (offset, entity).
    private var mentionEvents: [(offset: Int, entity: Int)] = []

    init(_ ctx: QuoteContext, registry: PersonRegistry) {
        self.ctx = ctx
        self.registry = registry
        for (k, m) in registry.mentions.enumerated() {
            let e = registry.entityOfMention[k]
            guard e >= 0, !m.insideQuote else { continue }
            if registry.entities[e].kind == .person { mentionEvents.append((m.span.start, e)) }
            guard !m.possessive else { continue }
            if isSubjectPosition(m) { subjectEvents.append((m.span.start, e)) }
        }
    }

    private func isSubjectPosition(_ m: NameMention) -> Bool {
        if m.startsSentence { return true }
        let first = m.tokenRange.lowerBound
        if first == 0 || ctx.sentence(ofToken: first - 1) != ctx.sentence(ofToken: first) { return true }
        // After a leading clause: "In addition, X ...", "On Friday, X ..."
        if ctx.isPunct(first - 1, ",") || ctx.isPunct(first - 1, ":") {
            let next = m.tokenRange.upperBound
            if next < ctx.tokens.count, ctx.tokens[next].kind == .word, !ctx.tokens[next].isCapitalised { return true }
        }
        let next = m.tokenRange.upperBound
        if next < ctx.tokens.count, ctx.wordClass(next).contains(.finite) { return true }
        return false
    }

    // MARK: main entry

    mutating func attribute(_ pieces: [QuoteScanner.Piece]) -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(pieces.count)
        var previousEnd = -1
        for (q, piece) in pieces.enumerated() {
            var site = findSite(piece, index: q, pieces: pieces, previousEnd: previousEnd)
            var result = Result(entity: nil, mention: nil, mentionSpan: nil, direct: false, immediate: false, inherited: false)
            if let s = site {
                let resolved = resolve(s, before: ctx.tokens[s.range.lowerBound].start)
                // An attribution we cannot resolve ("she said" with nobody to be "she") still
                // says the speaker is someone new: no inheriting.
                if resolved == nil { result.blocked = true; result.immediate = s.immediate }
                if resolved == nil, case .pronoun = s.kind { site = nil }
                result.entity = resolved
                result.mention = mentionText(s.range)
                result.mentionSpan = TextSpan(start: ctx.tokens[s.range.lowerBound].start, end: ctx.tokens[s.range.upperBound - 1].end)
                result.direct = s.direct
                result.immediate = s.immediate
                result.weak = s.weak
                result.tier = s.tier
                if let e = resolved { speakerEvents.append((ctx.tokens[s.range.lowerBound].start, e)) }
            }
            results.append(result)
            previousEnd = piece.close ?? piece.span.end
        }
        shareWithinSentencesAndChains(pieces, &results)
        inheritInRows(pieces, &results)
        return results
    }

    private func mentionText(_ range: Range<Int>) -> String {
        var s = ctx.text(tokens: range)
        let cut = NameReader.possessiveLength(s)
        if cut == 2 { s = String(s.unicodeScalars.dropLast(2)) }
        return s
    }

    // MARK: finding the site

    private func findSite(_ piece: QuoteScanner.Piece, index q: Int, pieces: [QuoteScanner.Piece], previousEnd: Int) -> Site? {
        guard let openToken = ctx.token(at: piece.open) else { return nil }
        let closeToken = piece.close.flatMap { ctx.token(at: $0) }
        let nextOpen = q + 1 < pieces.count ? pieces[q + 1].open : Int.max
        let prevClose = q > 0 ? (pieces[q - 1].close ?? pieces[q - 1].span.end) : -1

        // 1. Right after the closing mark.
        var afterRange: Range<Int> = 0..<0
        if let c = closeToken, c + 1 < ctx.tokens.count {
            let sentence = ctx.sentence(ofToken: c)
            var end = c + 1
            while end < ctx.tokens.count, ctx.sentence(ofToken: end) == sentence, ctx.tokens[end].start < nextOpen { end += 1 }
            if ctx.sentence(ofToken: c + 1) == sentence { afterRange = (c + 1)..<end }
            if var site = afterSite(afterRange, closeToken: c, nearOnly: true) { site.tier = 1; return site }
        }
        // 2. Before the opening mark, same sentence.
        let sentence = ctx.sentence(ofToken: openToken)
        var start = openToken
        while start > 0, ctx.sentence(ofToken: start - 1) == sentence, ctx.tokens[start - 1].end <= piece.open,
              ctx.tokens[start - 1].start > prevClose || prevClose < 0 {
            start -= 1
        }
        if prevClose >= 0 {
            while start < openToken, ctx.tokens[start].start <= prevClose { start += 1 }
        }
        if var site = beforeSite(start..<openToken) { site.tier = 2; return site }
        // 3. Later in the sentence.
        if let c = closeToken, !afterRange.isEmpty, var site = afterSite(afterRange, closeToken: c, nearOnly: false) { site.tier = 3; return site }
        // 4. The sentence before ends with a colon.
        if start == openToken || onlyPunctuation(start..<openToken), sentence > 0 {
            let prev = ctx.text.sentences[sentence - 1]
            let prevRange = ctx.text.tokenRange(in: prev)
            if let last = prevRange.last, ctx.isPunct(last, ":") || ctx.isPunct(last, ",") {
                if var site = beforeSite(prevRange.lowerBound..<last) { site.direct = true; site.tier = 4; return site }
                // "X addressed the volunteers:" with no speech verb: the sentence's subject.
                if ctx.isPunct(last, ":"), let subject = clauseSubject(sentenceStart: prevRange.lowerBound, before: last),
                   subject.range.upperBound < last, ctx.tokens[subject.range.upperBound].kind == .word || ctx.isPunct(subject.range.upperBound, ",") {
                    if case .name(let m) = subject.kind, registry.mentions[m].kind == .place { return nil }
                    return Site(kind: subject.kind, range: subject.range, direct: true, immediate: false, weak: true, tier: 7)
                }
            }
        }
        // 5. The next sentence opens with "X said".
        if let c = closeToken, afterRange.isEmpty || onlyPunctuation(afterRange) {
            let s = ctx.sentence(ofToken: c)
            if s + 1 < ctx.text.sentences.count, ctx.text.sentences[s + 1].start < nextOpen,
               ctx.paragraph(of: ctx.text.sentences[s + 1].start) == ctx.paragraph(of: c) || !ctx.lineBreakBetween(c, c + 1) {
                let next = ctx.text.tokenRange(in: ctx.text.sentences[s + 1])
                if let first = next.first, !ctx.isQuoteMark(first), var site = afterSite(next, closeToken: first - 1, nearOnly: true) {
                    site.direct = true
                    site.tier = 5
                    return site
                }
            }
        }
        // 6. A fragment inside a sentence: the sentence's subject ("X decried the GOP for “...”").
        if start < openToken, !onlyPunctuation(start..<openToken), start == sentenceStartToken(openToken),
           let subject = clauseSubject(sentenceStart: start, before: openToken),
           subject.range.upperBound < openToken,
           (ctx.tokens[subject.range.upperBound].kind == .word && !ctx.tokens[subject.range.upperBound].isCapitalised)
            || ctx.isPunct(subject.range.upperBound, ",") {
            if case .name(let m) = subject.kind, registry.mentions[m].kind == .place { return nil }
            return Site(kind: subject.kind, range: subject.range, direct: true, immediate: false, weak: true, tier: 6)
        }
        return nil
    }

    private func onlyPunctuation(_ r: Range<Int>) -> Bool {
        r.allSatisfy { ctx.tokens[$0].kind == .punctuation }
    }

    private static let finiteOrAfter: SpeechLexicon.WordClass = [.finite, .afterQuote]
    private static let invertibleOrAfter: SpeechLexicon.WordClass = [.invertible, .afterQuote]

    /// A speech verb after the quote: "X said", "said X", "according to X".
    private func afterSite(_ range: Range<Int>, closeToken c: Int, nearOnly: Bool) -> Site? {
        guard !range.isEmpty else { return nil }
        let limit = nearOnly ? min(range.upperBound, range.lowerBound + 14) : range.upperBound
        var i = range.lowerBound
        // Leading punctuation right after the mark.
        var firstWord = i
        while firstWord < limit, ctx.tokens[firstWord].kind == .punctuation { firstWord += 1 }
        while i < limit {
            defer { i += 1 }
            guard ctx.tokens[i].kind == .word else {
                // A sentence-like break ends the search for the near pattern.
                if nearOnly, ctx.isPunct(i, oneOf: ";:()") { return nil }
                continue
            }
            let w = ctx.lower(i)
            if w == "according", i + 1 < limit, ctx.lower(i + 1) == "to" {
                if let site = forwardSubject(from: i + 2, limit: range.upperBound) {
                    return Site(kind: site.kind, range: site.range, direct: true, immediate: i == firstWord)
                }
                return nil
            }
            let c = SpeechLexicon.word(w)
            let isVerb = !c.isDisjoint(with: Self.finiteOrAfter)
            guard isVerb, !ctx.tokens[i].isCapitalised || i == firstWord else {
                // In the near pattern, a participle right after the quote belongs to the sentence's subject.
                if nearOnly, i == firstWord, c.contains(.participle) { return nil }
                continue
            }
            if c.contains(.needsOut), !(i + 1 < limit && ctx.lower(i + 1) == SpeechLexicon.particles[w]) { continue }
            if c.contains(.needsIt), !(i + 1 < limit && ctx.lower(i + 1) == "it") { continue }
            if c.contains(.nearQuoteOnly), !nearOnly { continue }
            if c.contains(.afterQuote), !c.contains(.finite), !nearOnly { continue }
            if i == firstWord {
                // Inverted: "said X".
                guard !c.isDisjoint(with: Self.invertibleOrAfter) else { return nil }
                if let site = forwardSubject(from: i + 1, limit: range.upperBound) {
                    return Site(kind: site.kind, range: site.range, direct: true, immediate: true)
                }
                return nil
            }
            if let site = backwardSubject(endingBefore: i, floor: range.lowerBound) {
                // Near the quote the subject opens the words after it ("...,” Smith, the minister,
                // said"); later ("...” and he said", "...” while Smith suggests") it starts a new clause.
                if nearOnly, site.range.lowerBound != firstWord, !(ctx.isQuoteMark(firstWord) && site.range.lowerBound == firstWord + 1) { return nil }
                if !nearOnly, clauseBreak(between: range.lowerBound, and: site.range.lowerBound) { return nil }
                return Site(kind: site.kind, range: site.range, direct: true, immediate: nearOnly)
            }
            // "..., says X, a consultant."
            if c.contains(.invertible), ctx.isPunct(i - 1, ","), let site = forwardSubject(from: i + 1, limit: range.upperBound) {
                return Site(kind: site.kind, range: site.range, direct: true, immediate: false)
            }
            // "...,” Smith said" failed: maybe inverted after an adverb ("...,” then said X").
            if nearOnly { return nil }
        }
        return nil
    }

    /// The nearest speech verb before the quote in its sentence, and its subject.
    private func beforeSite(_ range: Range<Int>) -> Site? {
        guard !range.isEmpty else { return nil }
        var i = range.upperBound - 1
        // "X: “...”" at a paragraph start (interviews and transcripts): a name and a colon only.
        if ctx.isPunct(i, ":"), let k = registry.mentionEnding(at: i - 1), registry.mentions[k].tokenRange.lowerBound == range.lowerBound {
            let m = registry.mentions[k]
            return Site(kind: .name(k), range: m.tokenRange, direct: true, immediate: false)
        }
        while i >= range.lowerBound {
            defer { i -= 1 }
            guard ctx.tokens[i].kind == .word else { continue }
            let w = ctx.lower(i)
            if w == "to", i > range.lowerBound, ctx.lower(i - 1) == "according" {
                if let site = forwardSubject(from: i + 1, limit: range.upperBound) {
                    return Site(kind: site.kind, range: site.range, direct: true, immediate: false)
                }
                continue
            }
            let c = SpeechLexicon.word(w)
            if c.isEmpty { continue }
            if c.contains(.needsOut), !(i + 1 < range.upperBound && ctx.lower(i + 1) == SpeechLexicon.particles[w]) { continue }
            if c.contains(.needsIt), !(i + 1 < range.upperBound && ctx.lower(i + 1) == "it") { continue }
            if c.contains(.nearQuoteOnly) {
                // "called it “...”", not "called on members to be “...”".
                if range.upperBound - i > 5 { continue }
                if i + 1 < range.upperBound, ["on", "for", "up", "off", "out", "in", "back", "upon"].contains(ctx.lower(i + 1)) { continue }
            }
            if c.contains(.finite), !ctx.tokens[i].isCapitalised || i == range.lowerBound {
                if let site = backwardSubject(endingBefore: i, floor: range.lowerBound) {
                    return Site(kind: site.kind, range: site.range, direct: true, immediate: false)
                }
                // Inverted before the quote only when the subject runs up to it ("said Smith: “...”"),
                // or when the verb opens the sentence ("Said Ana Costa, who ...: “...”").
                if c.contains(.invertible), let site = forwardSubject(from: i + 1, limit: range.upperBound),
                   site.range.upperBound == range.upperBound || i == sentenceStartToken(i)
                    || (site.range.upperBound == range.upperBound - 1 && ctx.tokens[range.upperBound - 1].kind == .punctuation) {
                    return Site(kind: site.kind, range: site.range, direct: true, immediate: false)
                }
                // A verb with no subject we can read ("which was said to be"): keep looking further back.
                continue
            }
            // "with Sen. Ana Costa calling it “...”": the name right before the participle.
            if c.contains(.participle), !ctx.tokens[i].isCapitalised, let m = registry.mentionEnding(at: i - 1),
               registry.mentions[m].tokenRange.lowerBound > range.lowerBound, !registry.mentions[m].possessive,
               ["with", ","].contains(ctx.lower(registry.mentions[m].tokenRange.lowerBound - 1)) {
                return Site(kind: .name(m), range: registry.mentions[m].nameRange, direct: true, immediate: false)
            }
            if c.contains(.participle), !ctx.tokens[i].isCapitalised, participleTakesSubject(i, floor: range.lowerBound) {
                // "with Donald Trump tweeting ... and asking": an earlier participle's named subject.
                var w2 = i - 1
                while w2 > range.lowerBound, i - w2 < 25 {
                    if ctx.tokens[w2].kind == .word, ctx.wordClass(w2).contains(.participle),
                       let m = registry.mentionEnding(at: w2 - 1), registry.mentions[m].tokenRange.lowerBound > range.lowerBound,
                       !registry.mentions[m].possessive, ["with", ","].contains(ctx.lower(registry.mentions[m].tokenRange.lowerBound - 1)) {
                        return Site(kind: .name(m), range: registry.mentions[m].nameRange, direct: true, immediate: false)
                    }
                    w2 -= 1
                }
                // "X said, adding": the subject of the speech verb before the participle.
                var v = i - 1
                while v >= range.lowerBound, i - v < 16, !(ctx.tokens[v].kind == .word && ctx.wordClass(v).contains(.finite)) { v -= 1 }
                if v >= range.lowerBound, i - v < 16, let site = backwardSubject(endingBefore: v, floor: range.lowerBound) {
                    return Site(kind: site.kind, range: site.range, direct: true, immediate: false)
                }
                if let site = clauseSubject(sentenceStart: sentenceStartToken(i), before: i) {
                    return Site(kind: site.kind, range: site.range, direct: true, immediate: false)
                }
                continue
            }
        }
        return nil
    }

    /// Adverbs and auxiliaries between a subject and its verb ("also", "has", "flatly").
    private func isBetweenWord(_ k: Int) -> Bool {
        let w = ctx.lower(k)
        if SpeechLexicon.word(w).contains(.between) { return true }
        return !ctx.tokens[k].isCapitalised && w.utf8.count > 4 && QuoteContext.ends(w, "ly") && !SpeechLexicon.word(w).contains(.role)
    }

    /// A participle takes the clause's subject after a comma or a linking word
    /// ("..., saying", "by pointing out"), not as a modifier ("an editorial telling him").
    private func participleTakesSubject(_ i: Int, floor: Int) -> Bool {
        var p = i - 1
        while p >= floor, ctx.tokens[p].kind == .word, isBetweenWord(p) { p -= 1 }
        guard p >= floor else { return false }
        if ctx.tokens[p].kind == .punctuation { return ctx.isPunct(p, oneOf: ",—–;-") }
        return ["by", "while", "before", "after", "when", "in", "without", "and"].contains(ctx.lower(p))
    }

    private func sentenceStartToken(_ i: Int) -> Int {
        let s = ctx.sentence(ofToken: i)
        var j = i
        while j > 0, ctx.sentence(ofToken: j - 1) == s { j -= 1 }
        return j
    }

    // MARK: subjects

    private struct SubjectSite { var kind: Site.Kind; var range: Range<Int> }

    /// Words opening a leading phrase that ends at a comma ("In addition, he ...").
    private static let introWords: Set<String> = [
        "in", "on", "at", "after", "before", "meanwhile", "however", "speaking", "earlier",
        "later", "when", "while", "as", "despite", "during", "following", "since", "instead",
        "today", "yesterday", "asked", "according", "with", "for", "from", "by", "under", "over",
        "last", "this", "that", "if", "although", "though", "because", "once", "addressing",
        "writing", "responding", "separately", "amid", "among", "across", "against", "around",
        "throughout", "within", "without", "beyond", "besides", "unlike", "like", "upon", "via",
        "toward", "towards", "regarding", "concerning", "considering", "given", "including",
        "pressed", "reached", "contacted", "interviewed", "appearing", "campaigning", "standing",
        "sitting", "talking", "visiting", "preceded", "followed", "introduced", "joined",
        "flanked", "surrounded", "facing", "looking", "returning", "arriving", "leaving",
    ]

    /// Single adverbs before a subject ("Now X said", "Still, X ..."): only the word is skipped.
    private static let introAdverbs: Set<String> = [
        "now", "then", "still", "also", "yet", "but", "and", "so", "meanwhile", "however",
        "indeed", "instead", "later", "earlier", "finally", "again", "separately", "similarly",
    ]

    /// The subject of a clause: its first noun phrase after a leading adverbial ("In addition, he").
    private func clauseSubject(sentenceStart: Int, before limit: Int) -> SubjectSite? {
        var j = sentenceStart
        while j < limit, ctx.tokens[j].kind == .punctuation { j += 1 }
        guard j < limit else { return nil }
        // A dateline ("Washington (AFP) – ...").
        var d = j
        while d < limit, d - j < 8, ctx.tokens[d].kind != .punctuation || ctx.isPunct(d, "(") || ctx.isPunct(d, ")") || ctx.isPunct(d, ",") { d += 1 }
        if d < limit, d > j, ctx.isPunct(d, oneOf: "—–-"), ctx.tokens[d - 1].isCapitalised || ctx.isPunct(d - 1, ")") {
            j = d + 1
        }
        for _ in 0..<3 {
            guard j < limit else { return nil }
            if Self.introAdverbs.contains(ctx.lower(j)), j + 1 < limit, !ctx.isPunct(j + 1, ",") || Self.introAdverbs.contains(ctx.lower(j)) {
                j += ctx.isPunct(j + 1, ",") ? 2 : 1
                continue
            }
            let jw = ctx.lower(j)
            if Self.introWords.contains(jw) || (ctx.tokens[j].isCapitalised && registry.mentionStarting(at: j) == nil
                && (QuoteContext.ends(jw, "ing") || QuoteContext.ends(jw, "ed")) && j + 1 < limit && !ctx.tokens[j + 1].isCapitalised) {
                var k = j
                while k < limit, !ctx.isPunct(k, ","), !ctx.isPunct(k, ":") { k += 1 }
                guard k < limit, k - j <= 14 else { return nil }
                j = k + 1
                continue
            }
            // Lead-ins such as "Ukraine reacted immediately:".
            var k = j
            while k < limit, k - j < 8, !ctx.isPunct(k, ":") { k += 1 }
            if k < limit, ctx.isPunct(k, ":"), k - j < 8 { j = k + 1 }
            guard let subject = forwardSubject(from: j, limit: limit) else { return nil }
            // "..., in Salem, New Hampshire, Trump went": a place followed by a comma is not it.
            if case .name(let m) = subject.kind, registry.mentions[m].kind == .place || registry.mentions[m].kind == .organisation,
               ctx.isPunct(subject.range.upperBound, ",") {
                j = subject.range.upperBound + 1
                continue
            }
            return subject
        }
        return nil
    }

    /// Words that never name a speaker on their own, even capitalised ("Another said").
    private static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tomorrow", "tonight", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "earlier", "later",
    ]

    /// A subject starting at `j`: a name, a pronoun, or a describing phrase. A role written
    /// before a name belongs to the name ("Republican party boss Reince Priebus",
    /// "Pentagon spokesman Navy Capt. Jeff Davis").
    private func forwardSubject(from j: Int, limit: Int) -> SubjectSite? {
        guard j < limit, j < ctx.tokens.count, ctx.tokens[j].kind == .word else { return nil }
        let w = ctx.lower(j)
        if let g = SpeechLexicon.subjectPronouns[w] {
            return SubjectSite(kind: .pronoun(g), range: j..<(j + 1))
        }
        if let named = nameAfterRole(from: j, limit: limit) { return named }
        // "the Daily News", "The Democratic National Committee": an article before a name.
        if SpeechLexicon.word(w).contains(.determiner), j + 1 < limit, let k = registry.mentionStarting(at: j + 1),
           !registry.mentions[k].possessive, registry.mentions[k].tokenRange.upperBound <= limit,
           describingPhrase(forwardFrom: j, limit: limit) == nil {
            return SubjectSite(kind: .name(k), range: registry.mentions[k].nameRange)
        }
        if let k = registry.mentionStarting(at: j) {
            let m = registry.mentions[k]
            guard !m.possessive else {
                // "Trump’s spokeswoman said": a describing phrase.
                return describingPhrase(forwardFrom: j, limit: limit)
            }
            guard m.tokenRange.upperBound <= limit else { return nil }
            if m.kind != .person, m.nameRange.count == 1, Self.timeWords.contains(QuoteContext.lowercased(m.surname)) { return nil }
            return SubjectSite(kind: .name(k), range: m.nameRange)
        }
        if SpeechLexicon.word(w).contains(.determiner) || !ctx.tokens[j].isCapitalised {
            guard let d = describingPhrase(forwardFrom: j, limit: limit) else { return nil }
            // "said one resident, Maria Popescu, 71": the name in the appositive.
            let after = d.range.upperBound
            if ctx.isPunct(after, ","), let m = registry.mentionStarting(at: after + 1), registry.mentions[m].kind == .person,
               !registry.mentions[m].possessive, registry.mentions[m].tokenRange.upperBound <= limit {
                let end = registry.mentions[m].tokenRange.upperBound
                if end >= limit || ctx.tokens[end].kind == .punctuation { return SubjectSite(kind: .name(m), range: registry.mentions[m].nameRange) }
            }
            return d
        }
        return nil
    }

    /// A person's name within a few words of `j`, right after a role word or title, with only
    /// modifiers before it ("former Sen. Evan Bayh", "Concord resident Whit Symms").
    private func nameAfterRole(from j: Int, limit: Int) -> SubjectSite? {
        var k = j
        while k < limit, k - j < 9 {
            if let m = registry.mentionStarting(at: k) {
                let mention = registry.mentions[m]
                if mention.possessive {
                    k = mention.tokenRange.upperBound; continue
                }
                let personLike = mention.kind == .person || mention.kind == .unknown
                let hasTitle = mention.nameRange.lowerBound > mention.tokenRange.lowerBound
                let afterRole = k > j && ctx.tokens[k - 1].kind == .word
                    && (ctx.wordClass(k - 1).contains(.role) || NameLexicon.isTitle(ctx.lower(k - 1)))
                // "Soviet dissident Milovan Djilas": an affiliation, lower-case words, a full name.
                let afterModifiers = k > j && ctx.tokens[k - 1].kind == .word
                    && mention.kind == .person && mention.nameRange.count >= 2
                if personLike, mention.tokenRange.upperBound <= limit, hasTitle || afterRole || afterModifiers {
                    return SubjectSite(kind: .name(m), range: mention.nameRange)
                }
                if k == j, mention.kind == .person {
                    // Only an affiliation when a lower-case role word follows ("Latino Decisions researcher X").
                    let next = mention.tokenRange.upperBound
                    guard next < limit, ctx.tokens[next].kind == .word, !ctx.tokens[next].isCapitalised else { return nil }
                }
                k = mention.tokenRange.upperBound
                continue
            }
            let t = ctx.tokens[k]
            guard t.kind == .word || ctx.isPunct(k, "-") || ctx.isPunct(k, ".") else { return nil }
            if t.kind == .word {
                let w = ctx.lower(k)
                let c = SpeechLexicon.word(w)
                if c.contains(.stopper) || c.contains(.finite) || c.contains(.preposition) || c.contains(.participle) { return nil }
                if !t.isCapitalised, QuoteContext.ends(w, "ed") { return nil }
            }
            k += 1
        }
        return nil
    }

    /// "the spokeswoman", "a senior official with the ministry", "Trump’s campaign manager Robby Mook".
    private func describingPhrase(forwardFrom j: Int, limit: Int) -> SubjectSite? {
        var k = j
        var sawRole = false
        var headEnd = j
        var afterPreposition = false
        var lastContent = j
        while k < limit, k - j < 12 {
            let t = ctx.tokens[k]
            // Words, hyphens, and the dot of an initial ("George W. Bush").
            if t.kind != .word {
                if ctx.isPunct(k, "-") { k += 1; continue }
                if ctx.isPunct(k, "."), k > j, ctx.tokens[k - 1].kind == .word, ctx.tokens[k - 1].text.unicodeScalars.count == 1,
                   ctx.tokens[k - 1].isCapitalised { k += 1; continue }
                break
            }
            let w = ctx.lower(k)
            let c = SpeechLexicon.word(w)
            if k > j, c.contains(.stopper) || c.contains(.finite) || c.contains(.participle) { break }
            if let m = registry.mentionStarting(at: k), k > j, !registry.mentions[m].possessive, !afterPreposition {
                // A name closing the phrase is the speaker ("campaign manager Robby Mook").
                let mention = registry.mentions[m]
                if sawRole, mention.kind == .person || mention.kind == .unknown {
                    return SubjectSite(kind: .name(m), range: mention.nameRange)
                }
            }
            if c.contains(.preposition) {
                if !sawRole { return nil }
                afterPreposition = true
            } else if afterPreposition, !t.isCapitalised, !c.contains(.determiner), w != "and",
                      QuoteContext.ends(w, "ed") || w == "to" || registry.mentionStarting(at: k) == nil && k > 0 && ctx.tokens[k - 1].isCapitalised && !QuoteContext.ends(ctx.tokens[k - 1].text, "’s") {
                // The verb after "One operative inside Trump Tower".
                break
            }
            // "The famously gruff senator started on Wednesday": a verb after the head ends it.
            if sawRole, !t.isCapitalised, QuoteContext.ends(w, "ed") { break }
            if !afterPreposition, c.contains(.role) || SpeechLexicon.word(singular(w)).contains(.role) { sawRole = true; headEnd = k + 1 }
            if !c.contains(.determiner), !c.contains(.preposition) { lastContent = k }
            k += 1
        }
        guard sawRole else { return nil }
        // Prepositional tails only when short and followed by the verb ("the head of the alliance said").
        let end = afterPreposition ? max(headEnd, lastContent + 1) : headEnd
        return SubjectSite(kind: .description(j..<end), range: j..<end)
    }

    private func singular(_ w: String) -> String {
        QuoteContext.ends(w, "s") && w.count > 3 ? String(w.dropLast()) : w
    }

    /// The subject ending just before a verb at `v`: skips adverbs and auxiliaries, one to three
    /// appositives between commas, a parenthesis, and "who".
    private func backwardSubject(endingBefore v: Int, floor: Int) -> SubjectSite? {
        guard let s = backwardSubjectSite(endingBefore: v, floor: floor) else { return nil }
        // "disprove Republican claims": a verb form that is also a plural noun takes a subject
        // only at a clause start.
        if case .name = s.kind, Self.nounLikeForms.contains(ctx.lower(v)), s.range.lowerBound > floor,
           !opensSubject(s.range.lowerBound - 1) || ctx.tokens[s.range.lowerBound - 1].isCapitalised { return nil }
        return s
    }

    private static let nounLikeForms: Set<String> = [
        "claims", "notes", "reports", "states", "calls", "remarks", "promises", "vows", "demands",
        "comments", "charges", "counters", "posts", "answers", "questions", "mentions", "recalls",
        "cautions", "wonders", "points", "quotes", "tweets", "texts", "emails", "pledges", "warns",
        "concerns", "fears", "hopes", "worries", "orders", "protests", "objects", "attacks",
    ]

    private func backwardSubjectSite(endingBefore v: Int, floor: Int) -> SubjectSite? {
        var k = v - 1
        while k >= floor, ctx.tokens[k].kind == .word, isBetweenWord(k) { k -= 1 }
        guard k >= floor else { return nil }
        if ctx.isPunct(k, ")") {
            var p = k - 1
            while p >= floor, !ctx.isPunct(p, "("), k - p < 12 { p -= 1 }
            guard p >= floor, ctx.isPunct(p, "(") else { return nil }
            k = p - 1
            guard k >= floor else { return nil }
        }
        // "Sen. Jack Reed (D-R.I.), said": a parenthesis and a stray comma.
        if ctx.isPunct(k, ","), ctx.isPunct(k - 1, ")") {
            var p = k - 2
            while p >= floor, !ctx.isPunct(p, "("), k - p < 12 { p -= 1 }
            if p - 1 >= floor, ctx.isPunct(p, "("), let s = subjectEnding(at: p - 1, floor: floor), case .name = s.kind { return s }
        }
        if ctx.isPunct(k, ",") || ctx.isPunct(k, "—") || ctx.isPunct(k, "–") { return appositiveChain(comma: k, floor: floor) }
        // "X said ..., but called it “...”": the first verb's subject.
        if ["and", "but"].contains(ctx.lower(k)), k > floor {
            return clauseSubject(sentenceStart: max(floor, sentenceStartToken(k)), before: k)
        }
        if ctx.lower(k) == "who", k - 1 >= floor, ctx.isPunct(k - 1, ",") {
            return subjectEnding(at: k - 2, floor: floor)
        }
        if let s = subjectEnding(at: k, floor: floor) { return s }
        // "a White House official who spoke anonymously said": the antecedent of "who".
        var r = k
        while r > floor, k - r < 14, ctx.tokens[r].kind == .word, ctx.lower(r) != "who" { r -= 1 }
        if r > floor, ctx.lower(r) == "who" {
            let a = ctx.isPunct(r - 1, ",") ? r - 2 : r - 1
            if let s = subjectEnding(at: a, floor: floor) { return s }
        }
        return nil
    }

    /// Whether the token before a name lets the name be a clause's subject: punctuation, a
    /// conjunction, an adverb, a role word or title ("former congressman X"), an article.
    private func opensSubject(_ p: Int) -> Bool {
        let t = ctx.tokens[p]
        guard t.kind == .word else { return true }
        if t.isCapitalised { return true }
        let w = ctx.lower(p)
        if Self.clauseWords.contains(w) || Self.subjectOpeners.contains(w) { return true }
        let c = SpeechLexicon.word(w)
        if c.contains(.role) || c.contains(.determiner) || c.contains(.between) || c.contains(.finite) { return true }
        if NameLexicon.isTitle(w) { return true }
        return QuoteContext.ends(w, "ly")
    }

    private static let subjectOpeners: Set<String> = [
        "then", "also", "yet", "only", "even", "now", "finally", "meanwhile", "later", "earlier",
        "today", "yesterday", "tonight", "nor", "former", "late", "fellow", "longtime", "veteran",
        "senior", "top", "chief", "deputy", "acting", "interim", "retired", "incoming", "outgoing",
    ]

    private static let clauseWords: Set<String> = [
        "and", "but", "while", "whereas", "as", "when", "because", "although", "though", "after",
        "before", "since", "until", "which", "who", "that", "if", "so", "or", "where",
    ]

    /// A conjunction or relative word between two tokens: what follows is another clause.
    private func clauseBreak(between a: Int, and b: Int) -> Bool {
        var i = a
        while i < b {
            if ctx.tokens[i].kind == .word, Self.clauseWords.contains(ctx.lower(i)) { return true }
            i += 1
        }
        return false
    }

    /// "X, the minister, said" / "X, adviser to Y, occupied by Z, alerted": the noun phrase before
    /// the first comma of the chain that reads as a person.
    private func appositiveChain(comma: Int, floor: Int) -> SubjectSite? {
        var c = comma
        var description: SubjectSite? = nil
        var fallback: SubjectSite? = nil
        for _ in 0..<5 {
            var p = c - 1
            let dash = ctx.isPunct(c, "—") || ctx.isPunct(c, "–")
            while p >= floor, !(dash ? ctx.isPunct(p, "—") || ctx.isPunct(p, "–") : ctx.isPunct(p, ",")), !ctx.isQuoteMark(p), c - p <= 20,
                  !ctx.isPunct(p, oneOf: ".;:()") { p -= 1 }
            guard p >= floor, ctx.isPunct(p, ",") || (dash && (ctx.isPunct(p, "—") || ctx.isPunct(p, "–"))), c - p > 1, c - p <= 20 else { break }
            let first = p + 1
            // "the spokeswoman, Anna Berg, said": a chunk that is just a person's name.
            if let m = registry.mentionStarting(at: first), registry.mentions[m].nameRange.upperBound == c,
               !registry.mentions[m].possessive, registry.mentions[m].kind == .person {
                if let d = subjectEnding(at: p - 1, floor: floor), case .description = d.kind {
                    return SubjectSite(kind: .name(m), range: registry.mentions[m].tokenRange)
                }
                break
            }
            // The chunk between p and c must read as an appositive: lower-case start, an article, a number.
            let fw = ctx.lower(first)
            let chunkOK = ctx.tokens[first].kind == .number || SpeechLexicon.word(fw).contains(.determiner)
                || (ctx.tokens[first].kind == .word && !ctx.tokens[first].isCapitalised && !["and", "or", "but", "which", "that"].contains(fw))
                || NameLexicon.isTitle(fw) || registry.mentionStarting(at: first).map { registry.mentions[$0].possessive } == true
                || NameLexicon.placeSpeakers.contains(fw)
                || registry.mentionStarting(at: first).map { registry.mentions[$0].kind != .person
                    && registry.mentions[$0].tokenRange.upperBound == c } == true
            guard chunkOK else { break }
            // "Ed Rendell (D), a supporter, praised": a parenthesis after the name.
            var end = p - 1
            if ctx.isPunct(end, ")") {
                var o = end - 1
                while o > floor, !ctx.isPunct(o, "("), end - o < 8 { o -= 1 }
                if ctx.isPunct(o, "(") { end = o - 1 }
            }
            if let s = subjectEnding(at: end, floor: floor) {
                switch s.kind {
                case .pronoun: return s
                case .description: if description == nil { description = s }
                case .name: if isStrong(s) { return s }; if fallback == nil { fallback = s }
                }
            }
            c = p
        }
        return description ?? fallback
    }

    private func isStrong(_ s: SubjectSite) -> Bool {
        switch s.kind {
        case .pronoun, .description: return true
        case .name(let k):
            let m = registry.mentions[k]
            return m.kind == .person || registry.entityOfMention[k] >= 0
        }
    }

    /// A subject whose last token is `k`.
    private func subjectEnding(at k: Int, floor: Int) -> SubjectSite? {
        guard k >= floor, ctx.tokens[k].kind == .word else { return nil }
        let w = ctx.lower(k)
        if let g = SpeechLexicon.subjectPronouns[w] {
            return SubjectSite(kind: .pronoun(g), range: k..<(k + 1))
        }
        if let m = registry.mentionEnding(at: k) {
            let mention = registry.mentions[m]
            guard !mention.possessive else { return nil }
            // "the head of the Atlantic Alliance", "a spokesman for Ana Costa": the name is inside
            // a describing phrase, which is the subject.
            let before = mention.tokenRange.lowerBound - 1
            if before >= floor, ctx.tokens[before].kind == .word {
                let c = ctx.wordClass(before)
                if c.contains(.preposition) || c.contains(.determiner) {
                    if let d = describingPhrase(endingAt: k, floor: floor), d.range.lowerBound < mention.tokenRange.lowerBound { return d }
                    if c.contains(.preposition) { return personBeforeOf(ofToken: before, floor: floor) }
                    if before - 1 >= floor, ctx.tokens[before - 1].kind == .word, ctx.lower(before - 1) == "of" {
                        return personBeforeOf(ofToken: before - 1, floor: floor)
                    }
                }
            }
            // A name after a verb or an adjective is an object or a modifier ("disprove
            // Republican claims"), not the subject.
            // "former congressman Dan Maffei": the name is the subject; the role words are context.
            return SubjectSite(kind: .name(m), range: max(mention.nameRange.lowerBound, floor)..<mention.nameRange.upperBound)
        }
        if SpeechLexicon.word(w).contains(.nonSubject) { return nil }
        return describingPhrase(endingAt: k, floor: floor)
    }

    /// "Archbishop Aris Shirvanian of the Armenian Patriarchate": the person named before "of".
    private func personBeforeOf(ofToken o: Int, floor: Int) -> SubjectSite? {
        guard o > floor, ctx.lower(o) == "of", let m = registry.mentionEnding(at: o - 1) else { return nil }
        let mention = registry.mentions[m]
        guard mention.kind == .person, !mention.possessive else { return nil }
        return SubjectSite(kind: .name(m), range: max(mention.nameRange.lowerBound, floor)..<mention.nameRange.upperBound)
    }

    /// A describing phrase ending at k with a role noun as its head, walked back to its article.
    private func describingPhrase(endingAt k: Int, floor: Int) -> SubjectSite? {
        var s = k
        var steps = 0
        while s - 1 >= floor, steps < 12 {
            let p = s - 1
            guard ctx.tokens[p].kind == .word || ctx.isPunct(p, "-") else { break }
            let pc = ctx.wordClass(p)
            if pc.contains(.stopper) || pc.contains(.finite) { break }
            if pc.contains(.determiner) {
                // "head of the alliance": an article after a preposition is inside the phrase.
                if p - 1 >= floor, ctx.wordClass(p - 1).contains(.preposition) { s = p; steps += 1; continue }
                s = p; break
            }
            s = p; steps += 1
        }
        // The head noun: the last word before the first preposition.
        var head = k
        var j = s
        while j <= k {
            if ctx.wordClass(j).contains(.preposition), j > s { head = j - 1; break }
            j += 1
        }
        let hw = ctx.lower(head)
        guard SpeechLexicon.word(hw).contains(.role) || SpeechLexicon.word(singular(hw)).contains(.role) else { return nil }
        // Must start with an article, a possessive or a lower-case modifier; not mid-clause.
        let fw = ctx.lower(s)
        let possessiveStart = registry.mentionStarting(at: s).map { registry.mentions[$0].possessive } ?? false
        guard SpeechLexicon.word(fw).contains(.determiner) || possessiveStart || !ctx.tokens[s].isCapitalised || s == sentenceStartToken(s)
                || NameLexicon.isTitle(fw) else { return nil }
        return SubjectSite(kind: .description(s..<(k + 1)), range: s..<(k + 1))
    }

    // MARK: resolution

    private mutating func resolve(_ site: Site, before offset: Int) -> Int? {
        switch site.kind {
        case .name(let k):
            return registry.entity(forMention: k)
        case .pronoun(let g):
            return resolvePronoun(g, before: offset)
        case .description(let r):
            var phrase = ctx.text(tokens: r)
            let first = ctx.lower(r.lowerBound)
            if ["the", "a", "an"].contains(first), r.count > 1 {
                phrase = ctx.text(tokens: (r.lowerBound + 1)..<r.upperBound)
            }
            var gender = PersonGender.unknown
            var head = ""
            for i in r {
                let w = ctx.lower(i)
                if SpeechLexicon.word(w).contains(.femaleRole) { gender = .female }
                if SpeechLexicon.word(w).contains(.maleRole) { gender = .male }
                if SpeechLexicon.word(w).contains(.preposition) { break }
                if SpeechLexicon.word(w).contains(.role) || SpeechLexicon.word(singular(w)).contains(.role) { head = w }
            }
            let after = r.upperBound
            if after < ctx.tokens.count {
                if ctx.lower(after) == "himself" { gender = .male }
                if ctx.lower(after) == "herself" { gender = .female }
            }
            if head.isEmpty { return nil }
            // Plural descriptions ("officials", "residents") speak as a group, not as a person.
            let group = Self.pluralRoles.contains(head)
                || (QuoteContext.ends(head, "s") && !SpeechLexicon.word(head).contains(.role) && SpeechLexicon.word(singular(head)).contains(.role))
            let span = TextSpan(start: ctx.tokens[r.lowerBound].start, end: ctx.tokens[r.upperBound - 1].end)
            return registry.description(phrase, head: head, span: span, gender: gender, at: offset, group: group)
        }
    }

    private static let pluralRoles: Set<String> = ["officials", "residents", "witnesses", "sources", "spokespeople", "experts", "analysts"]

    /// The most recent compatible speaker or sentence subject before `offset`.
    private func resolvePronoun(_ g: SpeechLexicon.PronounGender, before offset: Int) -> Int? {
        let window = 2500
        func compatible(_ e: Int) -> Bool {
            let entity = registry.entities[e]
            switch g {
            case .male: return entity.kind != .organisation && entity.gender != .female
            case .female: return entity.kind != .organisation && entity.gender != .male
            case .neuter, .plural: return entity.kind == .organisation
            }
        }
        var best: (offset: Int, entity: Int)? = nil
        for event in speakerEvents.reversed() where event.offset < offset {
            if offset - event.offset > window { break }
            if compatible(event.entity) { best = event; break }
        }
        if g == .male || g == .female {
            for event in subjectEvents.reversed() where event.offset < offset {
                if offset - event.offset > window { break }
                if let b = best, event.offset <= b.offset { break }
                if compatible(event.entity) { best = event; break }
            }
            // Nobody speaking or leading a sentence lately: a person named in this or the last
            // two sentences, when more recent than the speaker or subject found.
            if let s = ctx.text.sentenceIndex(containing: offset) {
                let from = ctx.text.sentences[max(0, s - 2)].start
                if best == nil {
                    for event in mentionEvents.reversed() where event.offset < offset {
                        if event.offset < from { break }
                        if compatible(event.entity) { best = event; break }
                    }
                }
            }
        }
        return best?.entity
    }

    // MARK: sharing

    /// Pieces of one sentence ("“A,” she said, “B.”") and of one multi-paragraph quote share a speaker.
    private func shareWithinSentencesAndChains(_ pieces: [QuoteScanner.Piece], _ results: inout [Result]) {
        guard pieces.count > 1 else { return }
        for pass in 0..<2 {
            let order: [Int] = pass == 0 ? Array(1..<pieces.count) : Array((0..<(pieces.count - 1)).reversed())
            for q in order {
                let other = pass == 0 ? q - 1 : q + 1
                guard results[q].entity == nil, !results[q].blocked, results[other].entity != nil, results[other].direct || results[other].inherited else { continue }
                let a = min(q, other), b = max(q, other)
                let chained = pieces[a].continuesNext && pieces[b].continuesPrevious
                let sameSentence = pieces[a].close != nil && sameSentence(pieces[a].close!, pieces[b].open)
                guard chained || sameSentence else { continue }
                if sameSentence, !chained, betweenHasName(pieces[a], pieces[b]) && pass == 1 { continue }
                results[q].entity = results[other].entity
                results[q].mention = results[other].mention
                results[q].mentionSpan = results[other].mentionSpan
                results[q].inherited = true
                results[q].direct = results[other].direct
                results[q].weak = results[other].weak
                results[q].tier = 8
            }
        }
    }

    private func sameSentence(_ a: Int, _ b: Int) -> Bool {
        guard let sa = ctx.text.sentenceIndex(containing: a), let sb = ctx.text.sentenceIndex(containing: b) else { return false }
        return sa == sb
    }

    private func betweenHasName(_ a: QuoteScanner.Piece, _ b: QuoteScanner.Piece) -> Bool {
        let from = a.close ?? a.span.end, to = b.open
        for (k, m) in registry.mentions.enumerated() where m.span.start > from && m.span.start < to {
            if m.kind == .person || registry.entityOfMention[k] >= 0 { return true }
        }
        return false
    }

    /// A quote with no attribution keeps the previous quote's speaker when only quotes came
    /// between them: the same paragraph, or the next paragraph opening with the quote, with no
    /// other person named and no other speech verb after the previous quote's own sentence.
    private func inheritInRows(_ pieces: [QuoteScanner.Piece], _ results: inout [Result]) {
        guard pieces.count > 1 else { return }
        for q in 1..<pieces.count where results[q].entity == nil && !results[q].blocked {
            let prev = results[q - 1]
            guard let e = prev.entity else { continue }
            let a = pieces[q - 1], b = pieces[q]
            let close = a.close ?? a.span.end
            let pa = ctx.paragraph(of: close), pb = ctx.paragraph(of: b.open)
            // Paragraph numbers count line breaks: a blank line adds two.
            let gapParagraphs = pb - pa
            guard gapParagraphs <= 2 else { continue }
            if gapParagraphs > 0 {
                // The new paragraph must open with the quote.
                var i = b.open - 1
                while i >= 0, ctx.scalars[i] == " " || ctx.scalars[i] == "\t" { i -= 1 }
                guard i < 0 || ctx.scalars[i] == "\n" else { continue }
            }
            // What came after the previous quote's own sentence.
            var from = close
            if let s = ctx.text.sentenceIndex(containing: close), ctx.text.sentences[s].end < b.open {
                from = ctx.text.sentences[s].end
            }
            if otherPersonNamed(between: from, and: b.open, except: e) { continue }
            if hasSpeechVerb(between: from, and: b.open) { continue }
            results[q].entity = e
            results[q].mention = prev.mention
            results[q].mentionSpan = prev.mentionSpan
            results[q].inherited = true
            results[q].tier = 9
        }
    }

    /// A person (or an unknown one-word name) other than `entity` named between two offsets.
    private func otherPersonNamed(between from: Int, and to: Int, except entity: Int) -> Bool {
        let mentions = registry.mentions
        var lo = 0, hi = mentions.count
        while lo < hi { let mid = (lo + hi) / 2; if mentions[mid].span.start < from { lo = mid + 1 } else { hi = mid } }
        var k = lo
        while k < mentions.count, mentions[k].span.start < to {
            let e = registry.entityOfMention[k]
            if e >= 0 ? e != entity : mentions[k].kind == .person { return true }
            k += 1
        }
        return false
    }

    private func hasSpeechVerb(between from: Int, and to: Int) -> Bool {
        var i = ctx.firstToken(atOrAfter: from)
        while i < ctx.tokens.count, ctx.tokens[i].start < to {
            if ctx.tokens[i].kind == .word, ctx.wordClass(i).contains(.finite) { return true }
            i += 1
        }
        return false
    }
}
