import Testing
@testable import SitrepCore

/// A corpus that replays an earlier merge's decisions (`MergeMemo`) equals one that merges:
/// whole, in batches, followed by arrivals the memo does not cover, after a document that
/// differs, and with a memo that cannot be trusted.
struct MergeMemoTests {
    /// A generated corpus: stories told by several articles, so entries and people merge.
    private static let extractions: [DocumentExtraction] = extract(SyntheticCorpus(count: 120, seed: 11).articles())
    /// Articles of another corpus, to put in place of some of the first.
    private static let others: [DocumentExtraction] = extract(SyntheticCorpus(count: 6, seed: 12).articles())

    private static func extract(_ articles: [SyntheticArticle]) -> [DocumentExtraction] {
        let extractor = Extractor()
        return articles.map { article in
            extractor.extract(Document(id: article.name, title: article.title, text: article.text,
                                       date: article.date, dateSource: .header))
        }
    }

    private func assertSame(_ x: Corpus, _ y: Corpus) {
        #expect(x.timeline == y.timeline)
        #expect(x.documents == y.documents)
        #expect(x.places == y.places)
        #expect(x.people.people == y.people.people)
        #expect(x.people.map == y.people.map)
        #expect(x.people.documentCounts == y.people.documentCounts)
        #expect(x.speakers == y.speakers)
    }

    @Test func theMemoHoldsRealDecisions() {
        let memo = Corpus(extractions: Self.extractions).mergeMemo()
        let events = Self.extractions.reduce(0) { $0 + $1.events.count }
        let people = Self.extractions.reduce(0) { $0 + $1.people.count }
        #expect(memo.documentCount == Self.extractions.count)
        #expect(memo.entries.count == events)
        #expect(memo.people.count == people)
        // Events joined entries opened before them, and people joined people of earlier articles.
        #expect(memo.entries.filter { $0 > 0 }.count > 10)
        #expect(!memo.entries.contains(-1))
        #expect(memo.people.filter { $0 >= 0 }.count > 10)
        #expect(memo.people.contains(PeopleIndex.Merging.started))
    }

    @Test func aReplayedCorpusEqualsAMergedOne() {
        let merged = Corpus(extractions: Self.extractions)
        let memo = merged.mergeMemo()
        let replayed = Corpus(extractions: Self.extractions, replaying: memo)
        assertSame(replayed, merged)
        #expect(replayed.replayedWholeMemo)
        #expect(!merged.replayedWholeMemo)
        #expect(replayed.mergeMemo() == memo)
    }

    @Test func aMemoReplayedInBatchesEqualsAMergedCorpus() {
        let merged = Corpus(extractions: Self.extractions)
        var replayed = Corpus()
        replayed.replay(merged.mergeMemo())
        for start in stride(from: 0, to: Self.extractions.count, by: 16) {
            replayed.apply(CorpusChange(upserted: Array(Self.extractions[start..<min(start + 16, Self.extractions.count)])))
            // A state on the way is read, as the dashboard reads each one it publishes.
            _ = replayed.speakers
        }
        assertSame(replayed, merged)
        #expect(replayed.replayedWholeMemo)
    }

    @Test func arrivalsAfterTheMemoMergeAsUsual() {
        let merged = Corpus(extractions: Self.extractions)
        let first = Array(Self.extractions.prefix(70))
        var replayed = Corpus(extractions: first, replaying: Corpus(extractions: first).mergeMemo())
        #expect(replayed.replayedWholeMemo)
        // One at a time, on dates whose replayed members are indexed only now.
        for extraction in Self.extractions.dropFirst(70) {
            replayed.apply(CorpusChange(upserted: [extraction]))
        }
        assertSame(replayed, merged)
        #expect(!replayed.replayedWholeMemo)
        #expect(replayed.mergeMemo() == merged.mergeMemo())
    }

    @Test func aDocumentThatDiffersEndsTheReplay() {
        let memo = Corpus(extractions: Self.extractions).mergeMemo()
        var changed = Self.extractions
        changed[40] = Self.others[0]
        changed[41].events.removeLast()
        let replayed = Corpus(extractions: changed, replaying: memo)
        assertSame(replayed, Corpus(extractions: changed))
        #expect(!replayed.replayedWholeMemo)
    }

    @Test func aReplacedDocumentEndsTheReplay() {
        var replayed = Corpus(extractions: Self.extractions, replaying: Corpus(extractions: Self.extractions).mergeMemo())
        var edited = Self.others[1]
        edited.document.id = Self.extractions[5].document.id
        replayed.apply(CorpusChange(upserted: [edited]))
        var expected = Self.extractions
        expected[5] = edited
        assertSame(replayed, Corpus(extractions: expected))
        #expect(!replayed.replayedWholeMemo)
    }

    @Test func aMemoThatCannotBeTrustedIsNotReplayed() {
        let merged = Corpus(extractions: Self.extractions)
        let memo = merged.mergeMemo()

        var otherRules = memo
        otherRules.rules &+= 1
        let underOtherRules = Corpus(extractions: Self.extractions, replaying: otherRules)
        assertSame(underOtherRules, merged)
        #expect(!underOtherRules.replayedWholeMemo)

        // Decisions out of range are merged as usual, item by item.
        var outOfRange = memo
        outOfRange.entries = outOfRange.entries.map { $0 + 100_000 }
        outOfRange.people = outOfRange.people.map { $0 >= 0 ? $0 + 100_000 : $0 }
        assertSame(Corpus(extractions: Self.extractions, replaying: outOfRange), merged)

        // Too few decisions: the replay stops where they run out.
        var short = memo
        short.entries.removeLast(short.entries.count / 2)
        short.people.removeLast(short.people.count / 2)
        assertSame(Corpus(extractions: Self.extractions, replaying: short), merged)
    }

    @Test func theDigestSeesWhatTheMergesRead() {
        let base = Self.extractions.first { !$0.events.isEmpty && !$0.people.isEmpty }!
        let digest = MergeMemo.digest(base)
        var summary = base; summary.events[0].summary += " again"
        var actor = base; actor.events[0].actor = (actor.events[0].actor ?? "") + "x"
        var date = base; date.events[0].date.year += 1
        var name = base; name.people[0].name += "x"
        var alias = base; alias.people[0].aliases.append("Someone Else")
        var kind = base; kind.people[0].isDescription.toggle()
        for changed in [summary, actor, date, name, alias, kind] { #expect(MergeMemo.digest(changed) != digest) }
        // What the merges do not read does not count.
        var quotes = base; quotes.quotes = []
        var places = base; places.places = []
        var text = base; text.document.text += " More."
        for same in [quotes, places, text] { #expect(MergeMemo.digest(same) == digest) }
    }
}
