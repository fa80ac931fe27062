/// Which quote-mark pairs are quotes of speech or writing, and which are names, labels and
/// scare quotes.
///
/// - Never quotes: nothing but punctuation between the marks; a mark right after `=` (markup
///   attributes that survived extraction).
/// - One word ("so-called “liberation”", "the “referendum”"): a quote only when attributed right
///   after the closing mark (`“Never,” she said`).
/// - Two words ("the “special operation”"): a quote only with an attribution in its own
///   sentence, and never right after a labelling word (so-called, dubbed, called, termed,
///   known as, nicknamed, titled ...).
/// - Three or four words in title case ("“Meet the Press”"): a quote only with an attribution in
///   its own sentence (titles of shows, books and campaigns are not speech).
enum QuoteFilter {
    static func isCandidate(_ piece: QuoteScanner.Piece, _ ctx: QuoteContext) -> Bool {
        if piece.open > 0, ctx.scalars[piece.open - 1] == "=" { return false }
        var letters = false
        for i in piece.span.start..<piece.span.end {
            let s = ctx.scalars[i]
            if s.properties.isAlphabetic || (s.value >= 0x30 && s.value <= 0x39) { letters = true; break }
        }
        return letters
    }

    static func keep(_ piece: QuoteScanner.Piece, _ result: Attributor.Result, _ ctx: QuoteContext) -> Bool {
        let range = ctx.text.tokenRange(in: piece.span)
        var words = 0, capitalised = 0, minorWords = 0
        for i in range where ctx.tokens[i].kind != .punctuation {
            words += 1
            if ctx.tokens[i].isCapitalised || ctx.tokens[i].kind == .number { capitalised += 1 }
            else if titleMinorWords.contains(ctx.tokens[i].text) { minorWords += 1 }
            if words > 12 { return true }
        }
        if words == 0 { return false }
        let titleCase = capitalised + minorWords == words && capitalised >= 2
        // Titles of reports, shows and books after "titled", "called", "dubbed" ...
        if titleCase, labelled(piece, ctx) { return false }
        if words > 5 { return true }
        let attributedHere = result.entity != nil && result.direct && !result.inherited && !result.weak
        // "“No,” he said": a speech verb right after the mark, even when "he" is nobody we know.
        let speechRightAfter = result.immediate && !result.inherited && (result.entity != nil || result.blocked)
        if words == 1 { return speechRightAfter }
        if words <= 3, labelled(piece, ctx) { return false }
        if words == 2 { return attributedHere || speechRightAfter }
        if words <= 4, titleCase { return attributedHere }
        return true
    }

    private static let titleMinorWords: WordSet = ["of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "or", "by"]

    private static let labelDeterminers: WordSet = ["the", "a", "an", "as", "its", "his", "her", "their"]

    /// A labelling word right before the opening mark ("so-called", "known as", "the word").
    private static func labelled(_ piece: QuoteScanner.Piece, _ ctx: QuoteContext) -> Bool {
        guard let open = ctx.token(at: piece.open) else { return false }
        var i = open - 1
        // "known as the “...”", "dubbed a “...”"
        if i >= 0, labelDeterminers.contains(lowercasing: ctx.tokens[i].text) { i -= 1 }
        if i >= 0, ctx.lower(i) == "as", i - 1 >= 0 { i -= 1 }
        guard i >= 0, ctx.tokens[i].kind == .word else { return false }
        return SpeechLexicon.word(ctx.lower(i)).contains(.label)
    }
}
