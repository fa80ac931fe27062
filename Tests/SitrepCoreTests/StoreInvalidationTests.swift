import Foundation
import Testing
@testable import SitrepCore

/// What a re-open extracts again: changed content, a changed stage version and what depends
/// on it, and nothing else.
struct StoreInvalidationTests {
    private struct Setup {
        let scratch: ScratchFolder
        let paths: [String]
        let folder: String
        let store: String

        init() throws {
            scratch = try ScratchFolder()
            paths = try StoreFixtures.write(into: scratch)
            folder = scratch.url.appendingPathComponent("articles").path
            store = scratch.url.appendingPathComponent("store.sqlite").path
            _ = CorpusLoader.testing([folder], store: store).load()
        }

        func load(_ versions: StageVersions = .current) -> CorpusLoad {
            CorpusLoader.testing([folder], store: store, versions: versions).load()
        }
    }

    @Test func aChangedFileIsExtractedAgainAndOnlyIt() throws {
        let setup = try Setup()
        let changed = StoreFixtures.articles[1].text.replacingOccurrences(of: "Thursday", with: "Saturday")
        try setup.scratch.writeSettled("articles/\(StoreFixtures.articles[1].name)", changed, age: 1800)
        let load = setup.load()
        #expect(load.statistics.extracted == 1)
        #expect(load.statistics.reused == 2)
        #expect(load.statistics.filesRead == 1)
        let fresh = storeTestExtractor.extract(load.extractions[1].document)
        #expect(sameExtraction(load.extractions[1], fresh))
        #expect(load.extractions[1].document.text.contains("Saturday"))
        #expect(setup.load().statistics.reused == 3)
    }

    @Test func aTouchedButUnchangedFileIsReadNotExtracted() throws {
        let setup = try Setup()
        try setup.scratch.touch(setup.paths[0], modified: Date(timeIntervalSince1970: 1_000_000_000))
        let load = setup.load()
        #expect(load.statistics.filesRead == 1)
        #expect(load.statistics.extracted == 0)
        #expect(load.statistics.reused == 3)
    }

    @Test func aFileModifiedJustNowIsReadAgainUntilItSettles() throws {
        let setup = try Setup()
        // A write within the file system's timestamp tick could keep size and time: such a
        // file is not trusted by its stamp yet, but its unchanged documents are not extracted.
        try setup.scratch.write("articles/\(StoreFixtures.articles[0].name)", StoreFixtures.articles[0].text)
        for _ in 0..<2 {
            let load = setup.load()
            #expect(load.statistics.filesRead == 1)
            #expect(load.statistics.extracted == 0)
        }
        try setup.scratch.touch(setup.paths[0], modified: Date(timeIntervalSinceNow: -60))
        _ = setup.load()
        #expect(setup.load().statistics.filesRead == 0)
    }

    @Test func eachStageVersionInvalidatesItselfAndEvents() throws {
        let setup = try Setup()
        let before = setup.load().extractions
        let base = StageVersions.current
        var cases: [(StageVersions, String)] = []
        var v = base; v.places += 1; cases.append((v, "places"))
        v = base; v.time += 1; cases.append((v, "time"))
        v = base; v.quotes += 1; cases.append((v, "quotes"))
        v = base; v.events += 1; cases.append((v, "events"))
        v = base; v.text += 1; cases.append((v, "text"))
        for (versions, name) in cases {
            let load = setup.load(versions)
            #expect(load.statistics.partlyExtracted == 3, "\(name)")
            #expect(load.statistics.extracted == 0, "\(name)")
            #expect(load.statistics.filesRead == 0, "\(name)")
            #expect(sameExtractions(load.extractions, before), "\(name)")
            // Written back: the next open with the same versions extracts nothing.
            #expect(setup.load(versions).statistics.reused == 3, "\(name)")
        }
    }

    @Test func anIngestVersionReadsFilesAgainButKeepsTheirExtractions() throws {
        let setup = try Setup()
        var versions = StageVersions.current
        versions.ingest += 1
        let load = setup.load(versions)
        #expect(load.statistics.filesRead == 3)
        #expect(load.statistics.extracted == 0)
        #expect(load.statistics.reused == 3)
    }

    @Test func reusingAnySetOfStagesEqualsAFullExtraction() throws {
        for (_, text) in StoreFixtures.articles {
            let document = Document(id: "x", title: "t", text: text, date: DayDate(iso: "2026-03-02"), dateSource: .header)
            let full = storeTestExtractor.extract(document)
            for mask in 0..<16 {
                let kept = ReusableStages(timexes: mask & 1 != 0 ? full.timexes : nil,
                                          quotesAndPeople: mask & 2 != 0 ? (full.quotes, full.people) : nil,
                                          places: mask & 4 != 0 ? full.places : nil,
                                          events: mask & 8 != 0 ? full.events : nil)
                #expect(sameExtraction(storeTestExtractor.extract(document, reusing: kept), full), "mask \(mask)")
            }
        }
    }

    @Test func goneFilesAreForgotten() throws {
        let setup = try Setup()
        try FileManager.default.removeItem(atPath: setup.paths[2])
        let load = setup.load()
        #expect(load.statistics.removedFiles == 1)
        #expect(load.extractions.count == 2)
        let (store, _) = try ExtractionStore.open(at: URL(fileURLWithPath: setup.store))
        #expect(try store.documentCount() == 2)
        #expect(try store.searchQuotes(words: "residents").isEmpty)
        #expect(try store.searchQuotes(words: "storm").count == 1)
    }

    @Test func anUpdateOfOneFileKeepsTheOthersAndForgetRemovesOne() throws {
        let setup = try Setup()
        let (store, _) = try ExtractionStore.open(at: URL(fileURLWithPath: setup.store))
        let added = try setup.scratch.writeSettled("articles/2026-03-05-extra.txt", StoreFixtures.articles[0].text
            .replacingOccurrences(of: "Chain Bridge", with: "Liberty Bridge"))
        var update = CorpusLoader(inputs: [.path(added)], store: .open(store), makeExtractor: { storeTestExtractor })
        update.dropsGoneFiles = false
        let one = update.load()
        #expect(one.statistics.extracted == 1)
        #expect(try store.documentCount() == 4)
        try store.forget(paths: [setup.paths[1], "/not/stored"])
        #expect(try store.documentCount() == 3)
        #expect(try store.searchQuotes(words: "storm").isEmpty)
        let all = setup.load()
        #expect(all.statistics.extracted == 1)
        #expect(all.statistics.reused == 3)
    }

    @Test func jsonLinesReorderedKeepTheirExtractions() throws {
        let scratch = try ScratchFolder()
        let lines = StoreFixtures.articles.enumerated().map { i, article in
            #"{"id": "doc-\#(i)", "date": "2026-03-0\#(i + 2)", "text": \#(jsonString(article.text))}"#
        }
        let file = try scratch.writeSettled("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let store = scratch.url.appendingPathComponent("store.sqlite").path
        let first = CorpusLoader.testing([file], store: store).load()
        #expect(first.statistics.extracted == 3)
        try scratch.writeSettled("feed.jsonl", lines.reversed().joined(separator: "\n") + "\n", age: 1800)
        let second = CorpusLoader.testing([file], store: store).load()
        #expect(second.statistics.extracted == 0)
        #expect(second.statistics.reused == 3)
        #expect(sameExtractions(second.extractions, first.extractions.reversed()))
        #expect(CorpusLoader.testing([file], store: store).load().statistics.filesRead == 0)
    }

    @Test func problemsReadingAFileAreRepeatedFromTheStore() throws {
        let scratch = try ScratchFolder()
        var bytes = Array("Title: Damaged\nDate: 2026-03-05\n\nThe bridge in Budapest was closed on Monday.\n".utf8)
        bytes.insert(0xFF, at: 40)
        try scratch.writeSettled("articles/damaged.txt", bytes: bytes)
        let folder = scratch.url.appendingPathComponent("articles").path
        let store = scratch.url.appendingPathComponent("store.sqlite").path
        let first = CorpusLoader.testing([folder], store: store).load()
        let second = CorpusLoader.testing([folder], store: store).load()
        #expect(first.problems.count == 1)
        #expect(first.problems.first?.recovered == true)
        #expect(second.problems == first.problems)
        #expect(second.statistics.filesRead == 0)
    }

    private func jsonString(_ text: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [text], options: [])
        return data.map { String(decoding: $0, as: UTF8.self).dropFirst().dropLast() }.map(String.init) ?? "\"\""
    }
}
