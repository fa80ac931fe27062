import Foundation

/// One generated article, and what the generator knows about it.
public struct SyntheticArticle: Sendable, Hashable {
    /// How the article tells its date, i.e. which date source Ingest should report.
    public enum Dating: String, Sendable, CaseIterable {
        /// A `Title:` / `Date:` / `Source:` block, a blank line, then the body.
        case header
        /// `YYYY-MM-DD-...` in the file name; the first line is the title.
        case fileName
        /// Neither: the title, then a body opening with "CITY, Month D, YYYY — ".
        case dateline
    }

    public let name: String
    public let text: String
    public let title: String
    public let date: DayDate
    public let dating: Dating
}

/// A deterministic corpus of news-like articles for `sitrep bench`.
///
/// Articles come in stories of twelve (one topic, one main place, a cast of speakers, dates a
/// day or so apart) and are built from the templates in `SyntheticVocabulary`: explicit and
/// relative dates, places at city/region/country level, quotes with varied attributions, named
/// and unnamed speakers, curly and straight quote marks. Each file is 2-6 KB of UTF-8.
///
/// Article `i` depends only on the seed and `i`, so a prefix of a larger corpus is the smaller
/// corpus, and the same seed gives the same bytes on every machine.
public struct SyntheticCorpus: Sendable {
    /// Bounds on each file's size in UTF-8 bytes (inclusive).
    public static let minimumBytes = 2048
    public static let maximumBytes = 6144
    static let storyLength = 12

    public let count: Int
    public let seed: UInt64

    public init(count: Int, seed: UInt64 = 1) {
        precondition(count >= 0, "count must not be negative")
        self.count = count
        self.seed = seed
    }

    public func articles() -> [SyntheticArticle] {
        (0..<count).map(article(at:))
    }

    /// File names and contents, in order.
    public func generate() -> [(name: String, text: String)] {
        articles().map { ($0.name, $0.text) }
    }

    /// Writes every article into `folder` (created if needed) and returns the bytes written.
    @discardableResult
    public func write(to folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var bytes = 0
        for index in 0..<count {
            let article = article(at: index)
            let data = Data(article.text.utf8)
            try data.write(to: folder.appendingPathComponent(article.name, isDirectory: false))
            bytes += data.count
        }
        return bytes
    }

    /// The `index`-th article.
    public func article(at index: Int) -> SyntheticArticle {
        let story = SyntheticStory(seed: seed, index: index / Self.storyLength)
        var rng = SplitMix64(seed: seed, index: UInt64(index))
        let day = story.startDay + (index % Self.storyLength) + rng.below(2)
        let date = BenchCalendar.dayDate(fromDays: day)

        let roll = rng.below(100)
        let dating: SyntheticArticle.Dating = roll < 75 ? .header : roll < 92 ? .fileName : .dateline
        let marks: SyntheticWriter.QuoteStyle = rng.chance(45) ? .curly : rng.chance(85) ? .straight : .mixed
        var writer = SyntheticWriter(story: story, day: day, rng: rng, style: marks)

        let title = capitalized(writer.fill(writer.rng.pick(story.topic.headlines)))
        var head: String
        switch dating {
        case .header:
            head = "Title: \(title)\nDate: \(date.iso)\nSource: \(writer.rng.pick(SyntheticVocabulary.sources))\n\n"
        case .fileName, .dateline:
            head = "\(title)\n\n"
        }
        if dating == .dateline {
            let d = BenchCalendar.date(fromDays: day)
            head += "\(story.place.city.uppercased()), \(BenchCalendar.monthNames[d.month - 1]) \(d.day), \(d.year) \u{2014} "
        }

        let target = head.utf8.count + writer.rng.int(in: 2300...5300)
        // Groups of paragraphs that stay together (a quote running across a paragraph break).
        var groups = [[writer.lead()]]
        func size(_ group: [String]) -> Int { group.reduce(0) { $0 + $1.utf8.count + 2 } }
        var bytes = head.utf8.count + size(groups[0]) - 1
        while bytes < target {
            let group = writer.nextParagraphs()
            groups.append(group)
            bytes += size(group)
        }
        while bytes > Self.maximumBytes, groups.count > 1 {
            bytes -= size(groups.removeLast())
        }
        let text = head + groups.joined().joined(separator: "\n\n") + "\n"

        let number = String(index).leftPadded(to: 6)
        let stem = "\(story.topic.slug)-\(story.slug)-\(number).txt"
        let name = dating == .fileName ? "\(date.iso)-\(stem)" : stem
        return SyntheticArticle(name: name, text: text, title: title, date: date, dating: dating)
    }
}

/// What the articles of one story share.
struct SyntheticStory {
    struct Person {
        let first: String
        let last: String
        let role: String
        let female: Bool
        var full: String { "\(first) \(last)" }
        var pronoun: String { female ? "she" : "he" }
    }

    typealias Place = SyntheticVocabulary.Place
    let topic: SyntheticVocabulary.Topic
    let place: Place
    /// Other places of the story, from the same country when the vocabulary has some.
    let others: [Place]
    let people: [Person]
    let startDay: Int
    /// The main city in lower-case ASCII with hyphens, for file names.
    let slug: String

    init(seed: UInt64, index: Int) {
        var rng = SplitMix64(seed: seed ^ 0x0123_4567_89AB_CDEF, index: UInt64(index))
        let vocabulary = SyntheticVocabulary.self
        let topic = rng.pick(vocabulary.topics)
        let home = rng.pick(vocabulary.places)
        let sameCountry = vocabulary.places.filter { $0.country == home.country && $0.city != home.city }
        let others = sameCountry.isEmpty ? [rng.pick(vocabulary.places)] : sameCountry
        // 2018-01-01 plus up to about eight and a half years.
        let startDay = BenchCalendar.days(year: 2018, month: 1, day: 1) + rng.below(3100)

        var roles = topic.roles
        var cast: [Person] = []
        let filler = TemplateFiller(place: home, others: others, agencies: topic.agencies, day: startDay)
        for _ in 0..<4 where !roles.isEmpty {
            let role = filler.fill(roles.remove(at: rng.below(roles.count)), rng: &rng)
            let female = rng.chance(50)
            let first = rng.pick(female ? vocabulary.femaleFirstNames : vocabulary.maleFirstNames)
            cast.append(Person(first: first, last: rng.pick(vocabulary.lastNames), role: role, female: female))
        }
        self.topic = topic
        self.place = home
        self.others = others
        self.people = cast
        self.startDay = startDay
        self.slug = Self.slug(home.city)
    }

    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out += "-"
            }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }
}

/// The first character in upper case.
func capitalized(_ s: String) -> String {
    guard let first = s.first, first.isLowercase else { return s }
    return first.uppercased() + s.dropFirst()
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
