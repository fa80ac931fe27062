import Testing
@testable import SitrepCore

/// `Corpus.apply`: adding, replacing and removing documents gives the corpus a full rebuild on
/// the same documents would give.
struct CorpusChangeTests {
    private static let extractor = Extractor()

    private static func extraction(_ id: String, _ date: String, _ text: String) -> DocumentExtraction {
        extractor.extract(Document(id: id, title: id, text: text, date: DayDate(iso: date), dateSource: .header))
    }

    private static let a = extraction("a.txt", "2026-04-15",
        "The river authority closed the Ruse bridge to trucks on Tuesday. Volunteers in Vidin filled sandbags on Monday.")
    private static let b = extraction("b.txt", "2026-04-16",
        "The river authority closed the Ruse bridge to trucks on April 14, officials said. A school in Vidin reopened on Wednesday.")
    private static let c = extraction("c.txt", "2026-04-17",
        "The ferry to Calafat will resume on April 25. Engineers inspected the Iron Gates dam on Thursday.")
    private static let bEdited = extraction("b.txt", "2026-04-16",
        "The mayor of Vidin said on April 14 that the school would stay shut. A bridge in Ruse reopened on Wednesday.")

    private func assertSame(_ x: Corpus, _ y: Corpus) {
        #expect(x.timeline == y.timeline)
        #expect(x.documents == y.documents)
        #expect(x.newestArticleDate == y.newestArticleDate)
        #expect(x.places == y.places)
        #expect(x.people.people == y.people.people)
        #expect(x.people.map == y.people.map)
        #expect(x.speakers == y.speakers)
    }

    @Test func addingADocumentEqualsARebuild() {
        var corpus = Corpus(extractions: [Self.a, Self.b])
        let diff = corpus.apply(CorpusChange(upserted: [Self.c]))
        #expect(diff.added == ["c.txt"])
        assertSame(corpus, Corpus(extractions: [Self.a, Self.b, Self.c]))
        #expect(corpus.timeline.contains { $0.sources.map(\.documentID) == ["a.txt", "b.txt"] })
    }

    @Test func removingADocumentEqualsARebuild() {
        var corpus = Corpus(extractions: [Self.a, Self.b, Self.c])
        let diff = corpus.apply(CorpusChange(removed: ["b.txt"]))
        #expect(diff.removed == ["b.txt"])
        assertSame(corpus, Corpus(extractions: [Self.a, Self.c]))
        #expect(!corpus.timeline.contains { $0.sources.contains { $0.documentID == "b.txt" } })
    }

    @Test func replacingADocumentKeepsItsPlaceAndEqualsARebuild() {
        var corpus = Corpus(extractions: [Self.a, Self.b, Self.c])
        let diff = corpus.apply(CorpusChange(upserted: [Self.bEdited]))
        #expect(diff.replaced == ["b.txt"])
        #expect(corpus.documents.map(\.id) == ["a.txt", "b.txt", "c.txt"])
        assertSame(corpus, Corpus(extractions: [Self.a, Self.bEdited, Self.c]))
    }

    @Test func addingThenRemovingGivesTheCorpusBack() {
        var corpus = Corpus(extractions: [Self.a, Self.b])
        corpus.apply(CorpusChange(upserted: [Self.c]))
        corpus.apply(CorpusChange(removed: ["c.txt"]))
        assertSame(corpus, Corpus(extractions: [Self.a, Self.b]))
    }

    @Test func aNewerArticleTurnsAnnouncedEntriesIntoReports() {
        var corpus = Corpus(extractions: [Self.c])
        #expect(corpus.timeline.first { $0.date.description == "2026-04-25" }?.isAnnounced == true)
        let later = Self.extraction("d.txt", "2026-04-26", "Officials in Calafat spoke on Sunday.")
        corpus.apply(CorpusChange(upserted: [later]))
        #expect(corpus.timeline.first { $0.date.description == "2026-04-25" }?.isAnnounced == false)
        assertSame(corpus, Corpus(extractions: [Self.c, later]))
    }

    @Test func removingAnUnknownIdChangesNothing() {
        var corpus = Corpus(extractions: [Self.a])
        let diff = corpus.apply(CorpusChange(removed: ["nope.txt"]))
        #expect(diff.isEmpty)
        assertSame(corpus, Corpus(extractions: [Self.a]))
    }

    @Test func manySmallChangesEqualOneRebuild() {
        let all = [Self.a, Self.b, Self.c]
        var corpus = Corpus()
        for extraction in all { corpus.apply(CorpusChange(upserted: [extraction])) }
        corpus.apply(CorpusChange(upserted: [Self.bEdited], removed: ["a.txt"]))
        assertSame(corpus, Corpus(extractions: [Self.bEdited, Self.c]))
    }

    /// The places tally is carried from state to state on arrivals, whether or not the views
    /// of the states between were looked at.
    @Test func arrivalsOneByOneGiveTheViewsOfARebuild() {
        let d = Self.extraction("d.txt", "2026-04-18", "Flooding reached Calafat and Vidin again, the mayor of Vidin said.")
        var corpus = Corpus()
        corpus.apply(CorpusChange(upserted: [Self.a]))
        _ = corpus.places
        corpus.apply(CorpusChange(upserted: [Self.b]))
        corpus.apply(CorpusChange(upserted: [Self.c]))
        _ = corpus.places
        corpus.apply(CorpusChange(upserted: [d]))
        let rebuilt = Corpus(extractions: [Self.a, Self.b, Self.c, d])
        assertSame(corpus, rebuilt)
        #expect(corpus.places.contains { $0.name == "Bulgaria" })
        #expect(!corpus.places.isEmpty)
    }
}

/// `Corpus.speakers`, filed as documents arrive (`SpeakerTally`), and `SpeakerIndex.speakers`
/// equal a plain restatement of the grouping rule at each step, when the people merge's second
/// pass moves earlier documents' surnames onto people who arrive later.
struct SpeakerTallyTests {
    /// The rule, quote by quote: its final person's group, else its speaker's name (case aside,
    /// first spelling shown), else "Unattributed"; most quoted first, ties in order of first
    /// quote, "Unattributed" last.
    static func reference(_ extractions: [DocumentExtraction]) -> [Speaker] {
        let people = PeopleIndex.merge(extractions.map(\.people))
        var speakers: [Speaker] = []
        var byPerson: [Int: Int] = [:], byName: [String: Int] = [:]
        var unattributed: [QuoteReference] = []
        for (d, extraction) in extractions.enumerated() {
            for (q, quote) in extraction.quotes.enumerated() {
                let reference = QuoteReference(document: d, quote: q)
                if let p = quote.personIndex, let m = people.map[PeopleIndex.Key(document: d, person: p)] {
                    if let known = byPerson[m] { speakers[known].quotes.append(reference); continue }
                    byPerson[m] = speakers.count
                    let person = people.people[m]
                    speakers.append(Speaker(name: person.name, aliases: person.aliases, role: person.role, quotes: [reference]))
                } else if let name = quote.speaker, !name.isEmpty {
                    if let known = byName[name.lowercased()] { speakers[known].quotes.append(reference); continue }
                    byName[name.lowercased()] = speakers.count
                    speakers.append(Speaker(name: name, quotes: [reference]))
                } else {
                    unattributed.append(reference)
                }
            }
        }
        let ordered = speakers.enumerated().sorted {
            $0.element.quotes.count != $1.element.quotes.count ? $0.element.quotes.count > $1.element.quotes.count : $0.offset < $1.offset
        }.map(\.element)
        return ordered + (unattributed.isEmpty ? [] : [Speaker(name: SpeakerIndex.unattributed, quotes: unattributed)])
    }

    /// Documents whose people and quotes come from `PeopleMergeTests`' generator: few surnames,
    /// surnames alone, describing phrases, speakers with no person and unattributed quotes.
    static func extractions(count: Int, seed: UInt64) -> [DocumentExtraction] {
        var rng = PeopleMergeTests.SplitMix(state: seed)
        return (0..<count).map { d in
            let people = (0..<Int.random(in: 0...4, using: &rng)).map { _ in PeopleMergeTests.person(&rng) }
            let quotes = (0..<Int.random(in: 0...5, using: &rng)).map { q -> Quote in
                let span = TextSpan(start: q * 10, end: q * 10 + 5)
                switch Int.random(in: 0..<6, using: &rng) {
                case 0: return Quote(span: span, text: "q\(q)")
                case 1: return Quote(span: span, text: "q\(q)", speaker: ["the Red Cross", "The Red Cross", "a witness"].randomElement(using: &rng)!)
                case 2: return Quote(span: span, text: "q\(q)", speaker: "nobody", personIndex: people.count + 1)
                default:
                    guard !people.isEmpty else { return Quote(span: span, text: "q\(q)") }
                    let p = Int.random(in: 0..<people.count, using: &rng)
                    return Quote(span: span, text: "q\(q)", speaker: people[p].name, personIndex: p)
                }
            }
            let document = Document(id: "d\(d).txt", title: "d\(d)", text: "", date: nil, dateSource: .none)
            return DocumentExtraction(document: document, quotes: quotes, people: people)
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func arrivalsInBatchesEqualAFreshIndexAtEachStep(seed: UInt64) {
        let all = Self.extractions(count: 160, seed: seed)
        var rng = PeopleMergeTests.SplitMix(state: seed &* 31)
        var corpus = Corpus()
        var taken = 0
        var checked = 0
        while taken < all.count {
            let batch = min(all.count - taken, Int.random(in: 1...12, using: &rng))
            corpus.apply(CorpusChange(upserted: Array(all[taken..<(taken + batch)])))
            taken += batch
            let expected = Self.reference(corpus.extractions)
            #expect(corpus.speakers == expected, "after \(taken) documents")
            #expect(SpeakerIndex.speakers(of: corpus.extractions, people: corpus.people) == expected)
            checked += 1
        }
        // The generator must give speakers that gather several groups, or this checks little.
        let merged = corpus.speakers.filter { Set($0.quotes.map(\.document)).count > 1 }
        #expect(merged.count > 5)
        #expect(checked > 10)
    }

    @Test func aReplacementRebuildsTheSpeakersFromEveryDocument() {
        let all = Self.extractions(count: 60, seed: 9)
        var corpus = Corpus(extractions: all)
        _ = corpus.speakers
        var edited = all[10]
        edited.quotes = []
        corpus.apply(CorpusChange(upserted: [edited], removed: [all[20].document.id]))
        #expect(corpus.speakers == Self.reference(corpus.extractions))
        #expect(!corpus.speakers.contains { $0.quotes.contains { $0.document == 10 } })
    }
}
