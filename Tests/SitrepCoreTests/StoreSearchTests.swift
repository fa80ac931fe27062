import Foundation
import Testing
@testable import SitrepCore

/// The store's full-text search over quotes and event summaries, and where stores live.
struct StoreSearchTests {
    private func loaded() throws -> (ScratchFolder, CorpusLoad) {
        let scratch = try ScratchFolder()
        try StoreFixtures.write(into: scratch)
        let folder = scratch.url.appendingPathComponent("articles").path
        let load = CorpusLoader.testing([folder], store: scratch.url.appendingPathComponent("s.sqlite").path).load()
        return (scratch, load)
    }

    @Test func quotesByWordIgnoreCaseAndAccents() throws {
        let (scratch, load) = try loaded()
        _ = scratch
        let store = try #require(load.store)
        #expect(load.storeHoldsCorpus)
        let storm = try store.searchQuotes(words: "STORM passes")
        #expect(storm.map(\.text) == ["No boat leaves until the storm passes,"])
        #expect(storm.first?.documentID.hasSuffix("2026-03-03-ferry.txt") == true)
        #expect(storm.first?.date == DayDate(iso: "2026-03-03"))
        #expect(try store.searchQuotes(words: "storm residents").isEmpty)
    }

    @Test func quotesBySpeakerFindNamesAliasesAndAccentFreeSpellings() throws {
        let (scratch, load) = try loaded()
        _ = scratch
        let store = try #require(load.store)
        for query in ["Kovács", "kovacs", "anna kovacs"] {
            #expect(try store.searchQuotes(speaker: query).map(\.speaker) == ["Anna Kovács"], "\(query)")
        }
        #expect(try store.searchQuotes(words: "weeks", speaker: "dubois").isEmpty)
        #expect(try store.searchQuotes(words: "weeks", speaker: "kovacs").count == 1)
    }

    @Test func eventSummariesAreSearchable() throws {
        let (scratch, load) = try loaded()
        _ = scratch
        let store = try #require(load.store)
        let found = try store.searchEvents(words: "ferries")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.summary.lowercased().contains("ferries") })
    }

    @Test func queryTextIsNeverReadAsSyntax() throws {
        let (scratch, load) = try loaded()
        _ = scratch
        let store = try #require(load.store)
        let queries: [String] = ["\u{22}", "AND", "NEAR(storm", "storm*", "text:storm", "-", "'", "(", ""]
        for query in queries {
            _ = try store.searchQuotes(words: query)
            _ = try store.searchQuotes(speaker: query)
        }
        #expect(try store.searchQuotes(words: "*storm*").count == 1)
    }

    @Test func anInMemoryIndexSearchesLikeTheStore() throws {
        let (scratch, load) = try loaded()
        _ = scratch
        let memory = try ExtractionStore.inMemory(indexing: load.extractions)
        let store = try #require(load.store)
        for query in ["early", "residents month", "boat"] {
            #expect(try memory.searchQuotes(words: query) == store.searchQuotes(words: query), "\(query)")
        }
    }

    @Test func theDefaultStoreFollowsXDGAndTheCorpusPaths() throws {
        let xdg = ["XDG_CACHE_HOME": "/var/cache/u", "HOME": "/home/u"]
        let home = ["HOME": "/home/u", "XDG_CACHE_HOME": "relative/ignored"]
        let a = try #require(StoreLocation.defaultURL(forInputs: ["news", "/data/more"], environment: xdg, currentDirectory: "/srv"))
        // Named by the first path in sorted order, so that the name does not depend on the order given.
        #expect(a.path.hasPrefix("/var/cache/u/sitrep/more-"))
        #expect(a.pathExtension == "sqlite")
        // The same corpus from another folder, in another order, finds the same store.
        let b = StoreLocation.defaultURL(forInputs: ["/data/more", "../srv/news/"], environment: xdg, currentDirectory: "/tmp")
        #expect(b?.lastPathComponent == a.lastPathComponent)
        let c = StoreLocation.defaultURL(forInputs: ["news"], environment: xdg, currentDirectory: "/srv")
        #expect(c != a)
        let d = try #require(StoreLocation.defaultURL(forInputs: ["news"], environment: home, currentDirectory: "/srv"))
        #expect(d.path.hasPrefix("/home/u/.cache/sitrep/"))
        // Never inside the articles' folders, and nothing for standard input alone.
        #expect(StoreLocation.defaultURL(forInputs: ["/home/u"], environment: home, currentDirectory: "/") == nil)
        #expect(StoreLocation.defaultURL(forInputs: ["-"], environment: home, currentDirectory: "/") == nil)
        #expect(StoreLocation.defaultURL(forInputs: ["news"], environment: [:], currentDirectory: "/") == nil)
    }
}
