/// Fills `{key}` placeholders of the templates in `SyntheticVocabulary` (see there for keys),
/// with date phrases that agree with the article's own date.
struct TemplateFiller {
    let place: SyntheticVocabulary.Place
    let others: [SyntheticVocabulary.Place]
    let agencies: [String]
    /// The article's date, in days since 1970-01-01.
    let day: Int

    func fill(_ template: String, rng: inout SplitMix64) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        out.reserveCapacity(template.utf8.count + 32)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            out += value(for: rest[rest.index(after: open)..<close], rng: &rng)
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    private func value(for key: Substring, rng: inout SplitMix64) -> String {
        switch key {
        case "city": return place.city
        case "region": return place.region
        case "country": return place.country
        case "city2": return rng.pick(others).city
        case "agency": return agencies.isEmpty ? "the authorities" : fill(rng.pick(agencies), rng: &rng)
        case "n": return String(rng.int(in: 2...95))
        case "big": return Self.grouped(rng.int(in: 120...48_000))
        case "pct": return String(rng.int(in: 3...78))
        case "dec": return "\(rng.int(in: 4...7)).\(rng.int(in: 0...9))"
        case "temp": return String(rng.int(in: 38...46))
        case "month": return BenchCalendar.monthNames[BenchCalendar.date(fromDays: day).month - 1]
        case "oldYear": return String(rng.int(in: 1890...1975))
        case "past": return past(rng: &rng)
        case "future": return future(rng: &rng)
        case "earlier": return earlier(rng: &rng)
        default: return "{\(key)}"
        }
    }

    /// When something happened, before the article's date.
    func past(rng: inout SplitMix64) -> String {
        switch rng.below(11) {
        case 0: return "yesterday"
        case 1: return "this morning"
        case 2: return "overnight"
        case 3: return "two days earlier"
        case 4: return "last week"
        case 5: return "three days ago"
        case 6, 7: return "on " + BenchCalendar.weekdayNames[BenchCalendar.weekday(days: day - rng.int(in: 2...6))]
        case 8, 9: return "on " + monthDay(day - rng.int(in: 1...9))
        default: return "on " + dayMonthYear(day - rng.int(in: 1...20))
        }
    }

    /// When something is expected, after the article's date.
    func future(rng: inout SplitMix64) -> String {
        switch rng.below(8) {
        case 0: return "tomorrow"
        case 1: return "next week"
        case 2: return "within 48 hours"
        case 3: return "in the coming days"
        case 4, 5: return "on " + BenchCalendar.weekdayNames[BenchCalendar.weekday(days: day + rng.int(in: 2...6))]
        default: return "by " + monthDay(day + rng.int(in: 3...14))
        }
    }

    /// A time well before the story.
    func earlier(rng: inout SplitMix64) -> String {
        let year = BenchCalendar.date(fromDays: day).year
        switch rng.below(6) {
        case 0: return "last year"
        case 1: return "two years ago"
        case 2: return "a decade ago"
        case 3: return "in \(BenchCalendar.monthNames[rng.below(12)]) \(year - rng.int(in: 1...6))"
        default: return "in \(year - rng.int(in: 2...15))"
        }
    }

    /// "March 3".
    func monthDay(_ days: Int) -> String {
        let d = BenchCalendar.date(fromDays: days)
        return "\(BenchCalendar.monthNames[d.month - 1]) \(d.day)"
    }

    /// "3 March 2026".
    func dayMonthYear(_ days: Int) -> String {
        let d = BenchCalendar.date(fromDays: days)
        return "\(d.day) \(BenchCalendar.monthNames[d.month - 1]) \(d.year)"
    }

    /// 48000 -> "48,000".
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return out
    }
}

/// Writes the paragraphs of one article: a lead, then facts, plans, background and quotes in a
/// random mix, with every attribution pattern the quote stage should recognise.
struct SyntheticWriter {
    enum QuoteStyle { case curly, straight, mixed }

    let story: SyntheticStory
    let filler: TemplateFiller
    let style: QuoteStyle
    var rng: SplitMix64
    /// People already introduced with their full name and role in this article.
    private var introduced: Set<Int> = []
    /// Templates already used in this article, so that repeats come only once a list runs out.
    private var used: Set<String> = []

    init(story: SyntheticStory, day: Int, rng: SplitMix64, style: QuoteStyle) {
        self.story = story
        self.filler = TemplateFiller(place: story.place, others: story.others, agencies: story.topic.agencies, day: day)
        self.rng = rng
        self.style = style
    }

    mutating func fill(_ template: String) -> String { filler.fill(template, rng: &rng) }

    private mutating func fact() -> String {
        fill(fresh(rng.chance(85) ? story.topic.facts : SyntheticVocabulary.genericFacts))
    }

    private mutating func quoteText() -> String {
        fill(fresh(rng.chance(80) ? story.topic.quotes : SyntheticVocabulary.genericQuotes))
    }

    /// A template from `list` not yet used in this article, if a few tries find one.
    private mutating func fresh(_ list: [String]) -> String {
        var choice = rng.pick(list)
        for _ in 0..<3 where used.contains(choice) { choice = rng.pick(list) }
        used.insert(choice)
        return choice
    }

    private mutating func agency() -> String { fill("{agency}") }

    /// The opening paragraph.
    mutating func lead() -> String {
        let first: String
        switch rng.below(3) {
        case 0: first = "\(capitalized(agency())) said \(filler.past(rng: &rng)) that \(fact())."
        case 1: first = "\(capitalized(fact())) \(filler.past(rng: &rng)), according to \(agency())."
        default: first = "\(capitalized(filler.past(rng: &rng))), \(fact()), \(agency()) said."
        }
        return rng.chance(50) ? first : first + " " + capitalized(fact()) + "."
    }

    /// One paragraph, or two for a quote that runs across a paragraph break.
    mutating func nextParagraphs() -> [String] {
        switch rng.below(20) {
        case 0..<8: return quoteParagraphs()
        case 8..<13: return [factParagraph()]
        case 13..<16: return [planParagraph()]
        case 16..<18:
            // History is told once per template; when it runs out, report more facts instead.
            guard let history = story.topic.background.first(where: { !used.contains($0) }) else {
                return [factParagraph()]
            }
            used.insert(history)
            return [fill(history)]
        default: return [placesParagraph()]
        }
    }

    private mutating func factParagraph() -> String {
        var sentences: [String] = []
        for _ in 0..<rng.int(in: 1...2) {
            switch rng.below(3) {
            case 0: sentences.append("\(capitalized(fact())) \(filler.past(rng: &rng)).")
            case 1: sentences.append("\(capitalized(filler.past(rng: &rng))), \(fact()).")
            default: sentences.append("\(capitalized(fact())), \(agency()) said.")
            }
        }
        return sentences.joined(separator: " ")
    }

    private mutating func planParagraph() -> String {
        let plan = fill(fresh(story.topic.plans))
        let when = filler.future(rng: &rng)
        switch rng.below(3) {
        case 0: return "\(capitalized(plan)) \(when), \(agency()) said."
        case 1: return "According to \(agency()), \(plan) \(when)."
        default:
            let (who, _) = speaker()
            return "\(who) said \(plan) \(when)."
        }
    }

    private mutating func placesParagraph() -> String {
        let other = rng.pick(story.others)
        switch rng.below(3) {
        case 0:
            return "In \(other.city), in \(other.region), officials said \(fact())."
        case 1:
            return "The situation in \(story.place.city) and the rest of \(story.place.region) was being followed closely in \(story.place.country), where \(fact())."
        default:
            let far = rng.pick(SyntheticVocabulary.places)
            return "Officials in \(far.city), \(far.country), offered help \(filler.past(rng: &rng)), and \(fact())."
        }
    }

    /// The name to use for a speaker: full name and role the first time, surname afterwards.
    private mutating func speaker() -> (name: String, person: SyntheticStory.Person) {
        let index = rng.below(story.people.count)
        let person = story.people[index]
        if introduced.insert(index).inserted { return ("\(person.full), \(person.role),", person) }
        return (person.last, person)
    }

    private mutating func marks() -> (open: String, close: String) {
        switch style {
        case .curly: return ("\u{201C}", "\u{201D}")
        case .straight: return ("\"", "\"")
        case .mixed: return rng.chance(50) ? ("\u{201C}", "\u{201D}") : ("\"", "\"")
        }
    }

    private mutating func quoteParagraphs() -> [String] {
        let (o, c) = marks()
        let q = quoteText()
        if rng.chance(15) {
            let source = agency()
            return rng.chance(50)
                ? ["\(o)\(q),\(c) a spokesperson for \(source) said."]
                : ["\(o)\(q),\(c) said a spokesperson for \(source), who was not authorised to speak publicly."]
        }
        let index = rng.below(story.people.count)
        let person = story.people[index]
        let isNew = introduced.insert(index).inserted
        let described = "\(person.full), \(person.role)"
        switch (isNew, rng.below(6)) {
        case (true, 0), (true, 1):
            return ["\(o)\(q),\(c) said \(described)."]
        case (true, 2):
            return ["\(described), said: \(o)\(q).\(c)"]
        case (true, 3):
            return ["\(o)\(q),\(c) \(person.full) told reporters \(filler.past(rng: &rng)). \(capitalized(person.pronoun)) is \(person.role)."]
        case (true, _):
            // A quote that runs on: no closing mark at the end of the first paragraph.
            return ["\(described), said: \(o)\(q).", "\(o)\(quoteText()).\(c)"]
        case (false, 0):
            return ["\(o)\(q),\(c) \(person.last) said."]
        case (false, 1):
            return ["\(o)\(q),\(c) \(person.last) said. \(o)\(quoteText()).\(c) \(o)\(quoteText()),\(c) \(person.pronoun) added."]
        case (false, 2):
            return ["\(person.last) described the situation as \(o)\(rng.pick(SyntheticVocabulary.partialQuotes))\(c)."]
        case (false, 3):
            return ["According to \(person.last), \(fact()). \(o)\(q),\(c) \(person.pronoun) said."]
        case (false, 4):
            return ["\(person.last) said: \(o)\(q).\(c)"]
        default:
            return ["\(o)\(q),\(c) \(person.last) told reporters."]
        }
    }
}
