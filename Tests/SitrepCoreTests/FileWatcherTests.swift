import Foundation
import Testing
@testable import SitrepCore

/// The file watcher on a temporary folder, each story told with inotify and with polling.
struct FileWatcherTests {
    @Test(arguments: WatchTesting.modes)
    func createModifyRenameDelete(mode: WatchMode) throws {
        let folder = try ScratchFolder()
        let root = try folder.folder("news")
        let watcher = FileWatcher(paths: [root], options: WatchTesting.options(mode))
        let a = root + "/a.txt", b = root + "/b.txt"

        try folder.write("news/a.txt", "First version.\n")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: a, kind: .added)])

        try folder.write("news/a.txt", "Second, longer version.\n")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: a, kind: .modified)])

        try folder.move("news/a.txt", to: "news/b.txt")
        let renamed = watcher.changes { Set($0) == [FileChange(path: a, kind: .removed), FileChange(path: b, kind: .added)] }
        #expect(Set(renamed) == [FileChange(path: a, kind: .removed), FileChange(path: b, kind: .added)])

        try folder.remove("news/b.txt")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: b, kind: .removed)])
    }

    @Test(arguments: WatchTesting.modes)
    func filesPresentAtTheStartAreKnownNotReported(mode: WatchMode) throws {
        let folder = try ScratchFolder()
        try folder.write("news/old.txt", "Already there.\n")
        let watcher = FileWatcher(paths: [folder.path + "/news"], options: WatchTesting.options(mode))
        try folder.write("news/new.txt", "Arrived.\n")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: folder.path + "/news/new.txt", kind: .added)])
        #expect(watcher.changes(within: .milliseconds(150)).isEmpty)
    }

    @Test(arguments: WatchTesting.modes)
    func atomicReplaceIsOneModification(mode: WatchMode) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("news/a.txt", "Old text.\n")
        let watcher = FileWatcher(paths: [folder.path + "/news"], options: WatchTesting.options(mode))
        try folder.replaceAtomically("news/a.txt", "New text, same length or not.\n")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: path, kind: .modified)])
        #expect(watcher.changes(within: .milliseconds(150)).isEmpty)
    }

    @Test(arguments: WatchTesting.modes)
    func aSingleFileIsWatchedThroughItsFolder(mode: WatchMode) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("feed/one.txt", "One.\n")
        try folder.write("feed/other.txt", "Not watched.\n")
        let watcher = FileWatcher(paths: [path], options: WatchTesting.options(mode))
        try folder.write("feed/other.txt", "Changed, still not watched.\n")
        try folder.replaceAtomically("feed/one.txt", "Replaced by a rename.\n")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: path, kind: .modified)])
        try folder.remove("feed/one.txt")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: path, kind: .removed)])
        try folder.write("feed/one.txt", "Back again.\n")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: path, kind: .added)])
    }

    @Test(arguments: WatchTesting.modes)
    func hiddenEditorAndForeignFilesAreIgnored(mode: WatchMode) throws {
        let folder = try ScratchFolder()
        let watcher = FileWatcher(paths: [folder.path], options: WatchTesting.options(mode))
        for name in [".#a.txt", "a.txt~", ".a.txt.swp", "#a.txt#", "photo.jpg", "a.txt.part", ".hidden/b.txt"] {
            try folder.write(name, "Not an article.\n")
        }
        try folder.write("real.md", "An article.\n")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: folder.path + "/real.md", kind: .added)])
        #expect(watcher.changes(within: .milliseconds(150)).isEmpty)
    }

    @Test(arguments: WatchTesting.modes)
    func subfoldersCreatedLaterAreWatched(mode: WatchMode) throws {
        let folder = try ScratchFolder()
        let watcher = FileWatcher(paths: [folder.path], options: WatchTesting.options(mode))
        try folder.folder("2026/04")
        try folder.write("2026/04/a.txt", "Nested.\n")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: folder.path + "/2026/04/a.txt", kind: .added)])
        // The new folder's own watch is in place: a later file in it is seen too.
        try folder.write("2026/04/b.txt", "Later.\n")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: folder.path + "/2026/04/b.txt", kind: .added)])
    }

    @Test(arguments: WatchTesting.modes)
    func folderDeletedAndRecreated(mode: WatchMode) throws {
        let folder = try ScratchFolder()
        let root = try folder.folder("news")
        try folder.write("news/sub/a.txt", "Before.\n")
        let watcher = FileWatcher(paths: [root], options: WatchTesting.options(mode))
        try folder.remove("news")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: root + "/sub/a.txt", kind: .removed)])
        try folder.write("news/sub/a.txt", "After.\n")
        try folder.write("news/b.txt", "New.\n")
        let back = watcher.changes { $0.count >= 2 }
        #expect(back == [FileChange(path: root + "/b.txt", kind: .added), FileChange(path: root + "/sub/a.txt", kind: .added)])
        try folder.write("news/c.txt", "Watched again.\n")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: root + "/c.txt", kind: .added)])
    }

    @Test(arguments: WatchTesting.modes)
    func subfolderMovedAwayAndBack(mode: WatchMode) throws {
        let folder = try ScratchFolder()
        try folder.write("news/sub/a.txt", "Inside.\n")
        try folder.folder("elsewhere")
        let root = folder.path + "/news"
        let watcher = FileWatcher(paths: [root], options: WatchTesting.options(mode))
        try folder.move("news/sub", to: "elsewhere/sub")
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: root + "/sub/a.txt", kind: .removed)])
        // Changes in the folder while it is outside are not ours.
        try folder.write("elsewhere/sub/b.txt", "Outside.\n")
        #expect(watcher.changes(within: .milliseconds(150)).isEmpty)
        try folder.move("elsewhere/sub", to: "news/renamed")
        let back = watcher.changes { $0.count >= 2 }
        #expect(back == [FileChange(path: root + "/renamed/a.txt", kind: .added),
                         FileChange(path: root + "/renamed/b.txt", kind: .added)])
    }

    @Test(arguments: WatchTesting.modes)
    func permissionChangeIsAChange(mode: WatchMode) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("a.txt", "Text.\n")
        let watcher = FileWatcher(paths: [folder.path], options: WatchTesting.options(mode))
        chmod(path, 0o000)
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: path, kind: .modified)])
        chmod(path, 0o644)
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: path, kind: .modified)])
    }

    @Test func halfWrittenFileWaitsForItsClose() throws {
        let folder = try ScratchFolder()
        let watcher = FileWatcher(paths: [folder.path], options: WatchTesting.options(.inotify))
        let path = folder.path + "/slow.txt"
        let writer = try RawWriter(path)
        writer.write("The first half of a sentence")
        // Many settle intervals pass with the file open: it is not reported.
        #expect(watcher.changes(within: .milliseconds(400)).isEmpty)
        writer.write(" and its end.\n")
        writer.close()
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: path, kind: .added)])
        #expect(watcher.changes(within: .milliseconds(150)).isEmpty)
    }

    @Test func pollingWaitsUntilAGrowingFileIsStable() throws {
        let folder = try ScratchFolder()
        let watcher = FileWatcher(paths: [folder.path], options: WatchTesting.options(.poll(every: .milliseconds(20)),
                                                                                        settle: .seconds(1)))
        let path = folder.path + "/growing.txt"
        let writer = try RawWriter(path)
        for part in 0..<5 {
            writer.write("Part \(part) of the article.\n")
            Thread.sleep(forTimeInterval: 0.05)
        }
        writer.close()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(watcher.changes { !$0.isEmpty } == [FileChange(path: path, kind: .added)])
        #expect(watcher.changes(within: .milliseconds(100)).isEmpty)
        #expect(size == 5 * "Part 0 of the article.\n".utf8.count)
    }

    @Test(arguments: WatchTesting.modes)
    func thousandsOfFilesArriveInAFewBatches(mode: WatchMode) throws {
        let folder = try ScratchFolder()
        let watcher = FileWatcher(paths: [folder.path], options: WatchTesting.options(mode))
        let count = 2_000
        for index in 0..<count { try folder.write(String(format: "burst/%04d.txt", index), "Article \(index).\n") }
        let clock = ContinuousClock()
        let deadline = clock.now + WatchTesting.patience
        var batches = 0
        var seen: Set<String> = []
        while seen.count < count, clock.now < deadline {
            let batch = watcher.next(timeout: deadline - clock.now)
            if !batch.changes.isEmpty { batches += 1 }
            for change in batch.changes {
                #expect(change.kind == .added)
                seen.insert(change.path)
            }
        }
        #expect(seen.count == count)
        #expect(batches < 100, "2,000 files came in \(batches) batches")
    }

    @Test func pollingIsUsedWhenAskedFor() {
        let watcher = FileWatcher(paths: ["."], options: WatchTesting.options(.poll(every: .seconds(3))))
        #expect(watcher.mode == .poll(every: .seconds(3)))
        #if os(Linux)
        #expect(FileWatcher(paths: ["."], options: WatchTesting.options(.inotify)).mode == .inotify)
        #endif
    }
}

/// The engine driven by hand, for what a real watcher cannot be made to do on demand.
struct WatchEngineTests {
    /// Steps the engine at its own deadlines until a batch comes out.
    private func nextBatch(_ engine: WatchEngine) -> FileWatcher.Batch? {
        let clock = ContinuousClock()
        let giveUp = clock.now + WatchTesting.patience
        while clock.now < giveUp {
            if let batch = engine.step(now: clock.now) { return batch }
            guard let deadline = engine.nextDeadline() else { return nil }
            if deadline > clock.now { Thread.sleep(forTimeInterval: (deadline - clock.now).inSeconds) }
        }
        return nil
    }

    #if os(Linux)
    @Test func aQueueOverflowRescansEverything() throws {
        let folder = try ScratchFolder()
        try folder.write("news/kept.txt", "Kept.\n")
        try folder.write("news/gone.txt", "Gone soon.\n")
        let root = folder.path + "/news"
        let engine = WatchEngine(paths: [root], options: WatchTesting.options(.inotify))
        engine.start(now: .now)
        try folder.write("news/sub/new.txt", "New.\n")
        try folder.remove("news/gone.txt")
        // The events are lost, as when the kernel's queue overflows; only the overflow is told.
        _ = engine.inotify?.readEvents()
        engine.handle([InotifyEvent(watch: -1, mask: UInt32(bitPattern: IN_Q_OVERFLOW), cookie: 0, name: nil)], now: .now)
        // The removal goes out at once, the new file once it has settled.
        var changes: [FileChange] = []
        while changes.count < 2, let batch = nextBatch(engine) { changes += batch.changes }
        #expect(changes == [FileChange(path: root + "/gone.txt", kind: .removed),
                            FileChange(path: root + "/sub/new.txt", kind: .added)])
        // The new folder got its watch in the rescan: a file there is an event again.
        try folder.write("news/sub/later.txt", "Later.\n")
        engine.handle(engine.inotify?.readEvents() ?? [], now: .now)
        #expect(nextBatch(engine)?.changes == [FileChange(path: root + "/sub/later.txt", kind: .added)])
    }
    #endif

    @Test func nothingPendingMeansNoDeadline() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "A.\n")
        let engine = WatchEngine(paths: [folder.path], options: WatchTesting.options(.inotify))
        engine.start(now: .now)
        // Idle with inotify: the loop sleeps in poll() with no timeout at all.
        #expect(engine.nextDeadline() == nil)
        #expect(engine.step(now: .now) == nil)
    }
}
