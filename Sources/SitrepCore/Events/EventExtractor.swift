/// Turns dated sentences into events: a sentence that carries a resolved DATE or TIME becomes
/// an Event on its most precise date (and one more on each other day it names), with the actor
/// that `ActorCandidates` finds and a short summary.
public enum EventExtractor {
    /// Longest summary, in characters, before it is cut at a clause or word boundary.
    public static let summaryLimit = 100

    /// - Parameter bodyStart: offset where the article body starts; header lines before it
    ///   ("Date: 2026-04-12") date the document, they are not events.
    public static func events(in text: AnalyzedText, timexes: [Timex], documentID: String, bodyStart: Int = 0,
                              actors: ActorCandidates = ActorCandidates()) -> [Event] {
        var events: [Event] = []
        var k = 0
        for whole in text.sentences where whole.start >= bodyStart {
            // A dateline ("BELGRADE, April 16, 2026 —") dates the article, it is not an event.
            let sentence = TextSpan(start: datelineEnd(in: whole, text: text) ?? whole.start, end: whole.end)
            while k < timexes.count, timexes[k].start < sentence.start { k += 1 }
            var dated: [(timex: Timex, date: EventDate)] = []
            var j = k
            while j < timexes.count, timexes[j].start < sentence.end {
                let t = timexes[j]
                j += 1
                guard t.type == .date || t.type == .time, let date = EventDate(timexValue: t.value) else { continue }
                dated.append((t, date))
            }
            guard !dated.isEmpty else { continue }
            let actor = actors.actor(in: sentence, text: text)
            let told = datesTold(dated)
            for (timex, date) in told {
                let timexSpan = TextSpan(start: timex.start, end: timex.end)
                let others = told.filter { $0.timex.start != timex.start }.map { $0.timex.start }
                events.append(Event(date: date, span: sentence, timexSpan: timexSpan, actor: actor,
                                    summary: summary(of: sentence, around: timexSpan, in: text, avoiding: others),
                                    documentID: documentID))
            }
        }
        return events
    }

    /// The dates a sentence tells events on: its most precise date (the first, on a tie), plus
    /// any other day it names ("... annexed a year ago ... will begin on October 1"); a coarser
    /// date ("the call-up of 2023") only dates the sentence when nothing finer does.
    static func datesTold(_ dated: [(timex: Timex, date: EventDate)]) -> [(timex: Timex, date: EventDate)] {
        guard let primary = dated.indices.max(by: { a, b in
            dated[a].date.precision != dated[b].date.precision ? dated[a].date.precision < dated[b].date.precision : a > b
        }) else { return [] }
        var told = [dated[primary]]
        for (i, d) in dated.enumerated() where i != primary && d.date.precision == .day
            && !told.contains(where: { $0.date == d.date }) {
            told.append(d)
        }
        return told.sorted { $0.timex.start < $1.timex.start }
    }

    /// Where a leading dateline ends: the sentence opens with an upper-case place ("BELGRADE",
    /// "TULCEA, Romania,") and a dash or "(Agency) -" follows within a few words.
    static func datelineEnd(in sentence: TextSpan, text: AnalyzedText) -> Int? {
        let range = text.tokenRange(in: sentence)
        guard let first = range.first, text.tokens[first].isAllCaps || isUpperCaseWord(text.tokens[first]) else { return nil }
        for i in range.prefix(14) where text.tokens[i].kind == .punctuation {
            let p = text.tokens[i].text
            if p == "—" || p == "–" || (p == "-" && i > first && text.tokens[i - 1].end < text.tokens[i].start) {
                return i + 1 < range.upperBound ? text.tokens[i + 1].start : nil
            }
        }
        return nil
    }

    /// A capitalised token of more than three characters that upper-casing leaves alone ("KYIV").
    private static func isUpperCaseWord(_ token: Token) -> Bool {
        let word = token.text
        for b in word.utf8 {
            if b >= 0x80 { return word == word.uppercased() && token.isCapitalised && word.count > 3 }
            if b >= 0x61 && b <= 0x7A { return false }
        }
        return token.isCapitalised && word.utf8.count > 3
    }

    /// The clause holding the timex, widened with its neighbours while it fits the limit.
    /// When the sentence tells several dated events, `avoiding` holds the other dates' offsets:
    /// the summary never widens into their clauses.
    static func summary(of sentence: TextSpan, around timex: TextSpan, in text: AnalyzedText,
                        avoiding others: [Int] = []) -> String {
        if others.isEmpty, collapsedLength(sentence.start, sentence.end, text.scalars) <= summaryLimit {
            return collapse(sentence, in: text)
        }
        // Clause boundaries: a comma, semicolon, colon or dash followed by a space.
        var cuts = [sentence.start]
        var i = sentence.start
        while i < sentence.end - 1 {
            let s = text.scalars[i]
            if s == "," || s == ";" || s == ":" || s == "—" || s == "–", text.scalars[i + 1] == " " { cuts.append(i + 1) }
            i += 1
        }
        cuts.append(sentence.end)
        guard let home = cuts.indices.dropLast().last(where: { cuts[$0] <= timex.start }) else {
            return truncate(collapse(sentence, in: text))
        }
        var lo = home, hi = home + 1
        func length(_ a: Int, _ b: Int) -> Int { collapsedLength(cuts[a], cuts[b], text.scalars) }
        func free(_ a: Int, _ b: Int) -> Bool { !others.contains { $0 >= cuts[a] && $0 < cuts[b] } }
        while true {
            if hi < cuts.count - 1, free(hi, hi + 1), length(lo, hi + 1) <= summaryLimit { hi += 1; continue }
            if lo > 0, free(lo - 1, lo), length(lo - 1, hi) <= summaryLimit { lo -= 1; continue }
            break
        }
        var clause = collapse(TextSpan(start: cuts[lo], end: cuts[hi]), in: text)
        while let last = clause.last, [",", ";", ":", "—", "–", " "].contains(last) { clause.removeLast() }
        return truncate(clause)
    }

    /// The length in scalars that `collapse` would give the span: whitespace runs count once,
    /// leading and trailing whitespace not at all.
    static func collapsedLength(_ start: Int, _ end: Int, _ scalars: [Unicode.Scalar]) -> Int {
        var n = 0, pendingSpace = false, started = false
        for k in start..<end {
            let s = scalars[k]
            if s == " " || s == "\n" || s == "\t" {
                pendingSpace = started
            } else {
                if pendingSpace { n += 1; pendingSpace = false }
                n += 1; started = true
            }
        }
        return n
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// `collapse(text.text(span))`, written straight from the scalars when every scalar of the
    /// span is its own character (below U+0300, no carriage return), which is when splitting
    /// the characters and splitting the scalars agree.
    static func collapse(_ span: TextSpan, in text: AnalyzedText) -> String {
        let scalars = text.scalars
        let start = max(0, span.start), end = min(scalars.count, span.end)
        guard start < end else { return "" }
        var bytes = 0
        for k in start..<end {
            let v = scalars[k].value
            if v >= 0x300 || v == 0x0D { return collapse(text.text(span)) }
            bytes += v < 0x80 ? 1 : 2
        }
        return String(unsafeUninitializedCapacity: bytes) { out in
            var i = 0
            var pendingSpace = false
            for k in start..<end {
                let v = scalars[k].value
                if v == 0x20 || v == 0x0A || v == 0x09 {
                    pendingSpace = i > 0
                    continue
                }
                if pendingSpace { out[i] = 0x20; i += 1; pendingSpace = false }
                if v < 0x80 {
                    out[i] = UInt8(v); i += 1
                } else {
                    out[i] = UInt8(0xC0 | (v >> 6)); out[i + 1] = UInt8(0x80 | (v & 0x3F)); i += 2
                }
            }
            return i
        }
    }

    /// Cuts at the last word boundary before the limit and adds an ellipsis.
    static func truncate(_ s: String) -> String {
        guard s.count > summaryLimit else { return s }
        let prefix = s.prefix(summaryLimit - 1)
        let cut = prefix.lastIndex(of: " ").map { prefix[..<$0] } ?? prefix
        return String(cut) + "…"
    }
}
