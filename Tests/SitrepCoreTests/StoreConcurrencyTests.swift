import Foundation
import Testing
@testable import SitrepCore

/// Readers see whole transactions while a writer updates the store, and two loads of one
/// store at once both finish with every document.
struct StoreConcurrencyTests {
    /// A document of our own, numbered.
    private static func extraction(_ n: Int) -> DocumentExtraction {
        let text = "Pier \(n) in Rijeka reopened on Friday. “Ships can dock again,” said harbour master Ana Horvat \(n)."
        let document = Document(id: "doc-\(n)", title: "Pier \(n)", text: text, date: DayDate(iso: "2026-03-06"), dateSource: .header)
        return storeTestExtractor.extract(document)
    }

    @Test func readersSeeWholeBatchesWhileAWriterUpdates() throws {
        let scratch = try ScratchFolder()
        let url = scratch.url.appendingPathComponent("store.sqlite")
        let (store, _) = try ExtractionStore.open(at: url)
        let keys = StageVersions.current.keys()
        let samples = (0..<4).map(Self.extraction)
        let batches = 40, perBatch = 4

        let failures = Failures()
        let writer = Thread {
            for b in 0..<batches {
                var writes: [StoreWrite] = []
                for d in 0..<perBatch {
                    let path = "file-\(b)-\(d)"
                    let facts = SourceFacts(path: path, stamp: StoreFileStamp(size: Int64(b), modified: Int64(d)), ingest: 1, problems: [])
                    let sample = samples[d]
                    writes += [.source(facts, documentCount: 1),
                               .documents(path: path, [EncodedDocument(sample, ordinal: 0, hash: sample.document.contentHash)]),
                               .stamp(path: path, facts.stamp)]
                }
                do { try store.apply(writes, keys: keys) } catch { failures.add("write \(b): \(error)") }
            }
        }
        let readers = (0..<3).map { r in
            Thread {
                do {
                    guard let reader = try store.reader() else { return failures.add("no reader") }
                    for _ in 0..<30 {
                        let sources = try reader.sources()
                        // Whole batches only: a count that is not a multiple of the batch is a torn read.
                        if sources.count % perBatch != 0 { failures.add("reader \(r) saw \(sources.count) files") }
                        for source in sources.values.prefix(8) {
                            let documents = try reader.documents(of: source, keys: keys, withDocuments: true)
                            if documents.count != 1 || documents[0].stages.isComplete == false {
                                failures.add("reader \(r): a stored file without its document")
                            }
                        }
                    }
                } catch {
                    failures.add("reader \(r): \(error)")
                }
            }
        }
        let threads = [writer] + readers
        threads.forEach { $0.start() }
        while !threads.allSatisfy(\.isFinished) { Thread.sleep(forTimeInterval: 0.01) }
        #expect(failures.all.isEmpty, "\(failures.all)")
        #expect(try store.documentCount() == batches * perBatch)
        #expect(try store.searchQuotes(words: "ships dock").count == batches * perBatch)
    }

    @Test func twoLoadsOfOneStoreAtOnceBothFinish() throws {
        let scratch = try ScratchFolder()
        let paths = try StoreFixtures.write(into: scratch)
        let folder = scratch.url.appendingPathComponent("articles").path
        let store = scratch.url.appendingPathComponent("store.sqlite").path
        let results = Results()
        let threads = (0..<2).map { _ in Thread { results.add(CorpusLoader.testing([folder], store: store).load()) } }
        threads.forEach { $0.start() }
        while !threads.allSatisfy(\.isFinished) { Thread.sleep(forTimeInterval: 0.01) }
        #expect(results.all.count == 2)
        for load in results.all {
            #expect(load.extractions.map(\.document.id) == paths)
            #expect(load.problems.isEmpty, "\(load.problems)")
        }
        let after = CorpusLoader.testing([folder], store: store).load()
        #expect(after.statistics.reused == 3)
    }
}

/// Messages collected from several threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return messages }
}

/// Loads finished on several threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var loads: [CorpusLoad] = []
    func add(_ load: CorpusLoad) { lock.lock(); loads.append(load); lock.unlock() }
    var all: [CorpusLoad] { lock.lock(); defer { lock.unlock() }; return loads }
}
