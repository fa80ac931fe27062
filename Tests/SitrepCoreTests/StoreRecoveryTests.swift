import Foundation
import Testing
@testable import SitrepCore

/// A store file that is not a usable store is reported in one line, set aside and made again;
/// the corpus still loads in full.
struct StoreRecoveryTests {
    private func corpusWithStore() throws -> (ScratchFolder, folder: String, store: String) {
        let scratch = try ScratchFolder()
        try StoreFixtures.write(into: scratch)
        let folder = scratch.url.appendingPathComponent("articles").path
        let store = scratch.url.appendingPathComponent("store.sqlite").path
        let first = CorpusLoader.testing([folder], store: store).load()
        #expect(first.statistics.written == 3)
        return (scratch, folder, store)
    }

    /// Loads, expects one recovered problem naming the store and saying `why`, and a rebuilt store.
    private func expectRecovery(folder: String, store: String, why: String) throws {
        let load = CorpusLoader.testing([folder], store: store).load()
        #expect(load.extractions.count == 3)
        #expect(load.statistics.extracted == 3)
        #expect(load.problems.count == 1)
        let problem = try #require(load.problems.first)
        #expect(problem.path == store)
        #expect(problem.recovered)
        #expect(problem.description.contains(why), "\(problem)")
        #expect(!problem.description.contains("\n"))
        #expect(FileManager.default.fileExists(atPath: store + ".bad"))
        // Made again: the next open takes everything from it, with nothing to report.
        let again = CorpusLoader.testing([folder], store: store).load()
        #expect(again.statistics.reused == 3)
        #expect(again.problems.isEmpty)
    }

    @Test func aTruncatedStoreIsRebuilt() throws {
        let (scratch, folder, store) = try corpusWithStore()
        _ = scratch
        let size = try #require(try FileManager.default.attributesOfItem(atPath: store)[.size] as? Int)
        #expect(size > 16_384)
        let handle = try #require(FileHandle(forWritingAtPath: store))
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()
        try expectRecovery(folder: folder, store: store, why: "truncated")
    }

    @Test func aGarbageFileIsRebuilt() throws {
        let (scratch, folder, store) = try corpusWithStore()
        _ = scratch
        var rng = SplitMix64(seed: 7)
        let garbage = (0..<50_000).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        try Data(garbage).write(to: URL(fileURLWithPath: store))
        try expectRecovery(folder: folder, store: store, why: "not an SQLite database")
    }

    @Test func anotherProgramsDatabaseIsSetAsideNotOverwritten() throws {
        let scratch = try ScratchFolder()
        try StoreFixtures.write(into: scratch)
        let folder = scratch.url.appendingPathComponent("articles").path
        let store = scratch.url.appendingPathComponent("theirs.db").path
        do {
            let connection = try SQLiteConnection(path: store)
            try connection.execute("CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES('soup');")
        }
        try expectRecovery(folder: folder, store: store, why: "another program")
        let kept = try SQLiteConnection(path: store + ".bad", create: false)
        #expect(try kept.integer("SELECT count(*) FROM recipes") == 1)
    }

    @Test func damageFoundWhileReadingRebuildsAndKeepsTheLoad() throws {
        let (scratch, folder, store) = try corpusWithStore()
        _ = scratch
        // Scribble over the pages after the first: the header is fine, the tables are not.
        let handle = try #require(FileHandle(forUpdatingAtPath: store))
        try handle.seek(toOffset: 8192)
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 8192)
        handle.write(Data(repeating: 0xA5, count: Int(size) - 8192))
        try handle.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        let load = CorpusLoader.testing([folder], store: store).load()
        #expect(load.extractions.count == 3)
        #expect(load.problems.count == 1)
        #expect(load.problems.first?.path == store)
        #expect(load.problems.first?.recovered == true)
        let again = CorpusLoader.testing([folder], store: store).load()
        #expect(again.statistics.reused == 3)
        #expect(again.problems.isEmpty)
    }

    @Test func aFolderNamedAsTheStoreIsLeftAlone() throws {
        let scratch = try ScratchFolder()
        try StoreFixtures.write(into: scratch)
        let folder = scratch.url.appendingPathComponent("articles").path
        let load = CorpusLoader.testing([folder], store: folder).load()
        #expect(load.extractions.count == 3)
        #expect(load.problems.count == 1)
        #expect(load.problems.first?.description.contains("is a folder") == true)
        #expect(!FileManager.default.fileExists(atPath: folder + ".bad"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 3)
    }

    @Test func aStoreThatCannotBeMadeIsReportedAndTheLoadGoesOn() throws {
        let scratch = try ScratchFolder()
        try StoreFixtures.write(into: scratch)
        let folder = scratch.url.appendingPathComponent("articles").path
        let blocker = try scratch.write("not-a-folder", "a file where the store's folder should be")
        let load = CorpusLoader.testing([folder], store: blocker + "/store.sqlite").load()
        #expect(load.extractions.count == 3)
        #expect(load.problems.count == 1)
        #expect(load.problems.first?.recovered == true)
        #expect(load.problems.first?.description.contains("without a store") == true)
        #expect(load.store == nil)
    }
}
