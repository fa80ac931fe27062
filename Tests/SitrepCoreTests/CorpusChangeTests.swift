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
