import Foundation
import Testing
@testable import SitrepCore

/// `LiveCorpus`: submissions are extracted in the background and taken as coalesced updates.
struct LiveCorpusTests {
    private static func document(_ n: Int, day: Int = 14) -> Document {
        Document(id: "doc-\(n).txt", title: "Doc \(n)",
                 text: "The ferry at pier \(n) in Vidin reopened on April \(day) after the flood, officials said.",
                 date: DayDate(year: 2026, month: 4, day: 20), dateSource: .header)
    }

    private func drain(_ live: LiveCorpus) -> [LiveCorpus.Update] {
        live.waitUntilIdle()
        var updates: [LiveCorpus.Update] = []
        while let update = live.take() { updates.append(update) }
        return updates
    }

    @Test func theFirstLoadIsDeliveredAsInitialAndArrivalsAsNews() {
        let live = LiveCorpus(batchSize: 4)
        live.submit(upserted: (0..<10).map { Self.document($0) }, initialLoad: true)
        live.finishInitialLoad()
        let first = drain(live)
        #expect(first.count == 1, "everything submitted before the take comes as one update")
        #expect(first.last?.isInitialLoad == true)
        #expect(first.last?.corpus.documents.count == 10)
        #expect(first.last?.progress == nil)

        live.submit(upserted: [Self.document(10)])
        let second = drain(live)
        #expect(second.count == 1)
        #expect(second.last?.isInitialLoad == false)
        #expect(second.last?.diff.added == ["doc-10.txt"])
        #expect(live.take() == nil, "nothing new: nothing to take")
    }

    @Test func aBurstIsCoalescedAndEqualsARebuild() {
        let live = LiveCorpus(batchSize: 16)
        live.finishInitialLoad()
        _ = drain(live)
        let documents = (0..<200).map { Self.document($0, day: 10 + $0 % 5) }
        for document in documents { live.submit(upserted: [document]) }
        let updates = drain(live)
        #expect(updates.count == 1)
        #expect(updates[0].diff.added.count == 200)
        #expect(updates[0].corpus.timeline == Corpus(documents: documents).timeline)
    }

    /// Extracted batches that queue up are applied together, but never across an unextracted
    /// submission or a removal: the order of the submissions is kept.
    @Test func queuedExtractedBatchesKeepTheOrderOfSubmissions() {
        let live = LiveCorpus(batchSize: 8)
        let extractor = Extractor()
        let documents = (0..<60).map { Self.document($0, day: 10 + $0 % 4) }
        let extracted = extractor.extractAll(documents)
        for first in stride(from: 0, to: 30, by: 5) {
            live.submit(extractions: Array(extracted[first..<(first + 5)]), initialLoad: true)
        }
        live.submit(upserted: Array(documents[30..<40]), initialLoad: true)
        for first in stride(from: 40, to: 60, by: 5) {
            live.submit(extractions: Array(extracted[first..<(first + 5)]), initialLoad: true)
        }
        var rewritten = documents[3]
        rewritten.text = "Engineers closed the dam at Calafat on April 12, the agency said."
        live.submit(extractions: [extractor.extract(rewritten)], removed: ["doc-7.txt"])
        live.submit(extractions: [extracted[7]])
        let updates = drain(live)
        let corpus = updates.last!.corpus
        var expected = documents
        expected[3] = rewritten
        expected.remove(at: 7)
        expected.append(documents[7])
        #expect(corpus.documents.map(\.id) == expected.map(\.id))
        #expect(corpus.timeline == Corpus(documents: expected).timeline)
        #expect(updates.last?.progress == nil)
        #expect(!live.isBusy)
    }

    @Test func removalsAndReplacementsReachTheCorpus() {
        let live = LiveCorpus()
        live.submit(upserted: [Self.document(1), Self.document(2)], initialLoad: true)
        live.finishInitialLoad()
        _ = drain(live)
        var changed = Self.document(2)
        changed.text = "The bridge at Ruse closed on April 15, the police said."
        live.submit(upserted: [changed], removed: ["doc-1.txt"])
        let update = drain(live).last
        #expect(update?.diff.removed == ["doc-1.txt"])
        #expect(update?.diff.replaced == ["doc-2.txt"])
        #expect(update?.corpus.documents.map(\.id) == ["doc-2.txt"])
        #expect(update?.corpus.timeline.first?.summary.contains("bridge") == true)
    }

    @Test func aReplayedMemoGivesTheCorpusAMergeGives() async {
        let extractor = Extractor()
        let extractions = (0..<40).map { extractor.extract(Self.document($0, day: 10 + $0 % 5)) }
        let merged = Corpus(extractions: extractions)
        let live = LiveCorpus()
        live.replay(merged.mergeMemo())
        for start in stride(from: 0, to: 40, by: 8) {
            live.submit(extractions: Array(extractions[start..<start + 8]), initialLoad: true)
        }
        let applied: Corpus = await withCheckedContinuation { done in live.whenApplied { done.resume(returning: $0) } }
        #expect(applied.replayedWholeMemo)
        #expect(applied.timeline == merged.timeline)
        #expect(applied.people.map == merged.people.map)
        // Some ferries' events merged, so the replay had decisions to follow.
        #expect(applied.timeline.count < extractions.reduce(0) { $0 + $1.events.count })
    }

    @Test func problemsAloneAreAnUpdate() {
        let live = LiveCorpus()
        live.finishInitialLoad()
        _ = drain(live)
        live.submit(upserted: [], problems: [IngestProblem(path: "x.bin", reason: "binary file")])
        #expect(drain(live).last?.problems.count == 1)
    }
}
