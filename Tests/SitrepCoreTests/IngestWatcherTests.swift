import Foundation
import Testing
@testable import SitrepCore

/// Incremental ingest: deltas from watched files equal a full re-read, and only changed files count.
struct IngestWatcherTests {
    private func options(_ mode: WatchMode) -> IngestWatchOptions {
        IngestWatchOptions(watch: WatchTesting.options(mode))
    }

    /// A small mixed corpus of every format, with one bad file and one foreign file.
    private func writeCorpus(in folder: ScratchFolder) throws {
        try folder.write("news/2026-03-02-bridge.txt", "Bridge reopens\n\nThe old bridge reopened on Monday after repairs.\n")
        try folder.write("news/notes.md", "---\ntitle: Council notes\ndate: 2026-03-03\n---\nThe council met on Tuesday.\n")
        try folder.write("news/page.html", "<html><head><title>Ferry</title></head><body><p>The ferry ran late.</p></body></html>")
        try folder.write("news/feed.jsonl", #"{"id": "f1", "text": "First item."}"# + "\n" + #"{"text": "Second item, no id."}"# + "\n")
        try folder.write("news/batch.json", #"[{"id": "b1", "text": "One."}, {"id": "b2", "text": "Two.", "date": "2026-03-04"}]"#)
        try folder.write("news/deep/er/inner.txt", "Inner\n\nA story one folder down.\n")
        try folder.write("news/empty.txt", "   \n")
        try folder.write("news/photo.jpg", "not an article")
    }

    @Test func theFirstDeltaIsTheFullRead() throws {
        let folder = try ScratchFolder()
        try writeCorpus(in: folder)
        let root = folder.path + "/news"
        let watcher = IngestWatcher(paths: [root], options: options(.inotify))
        let first = try #require(watcher.next(timeout: WatchTesting.patience))
        let full = Ingest.read(paths: [root])
        #expect(first.upserted == full.documents)
        #expect(first.problems == full.problems)
        #expect(first.skippedFiles == full.skippedFiles)
        #expect(first.removed.isEmpty)
        #expect(watcher.delta(within: .milliseconds(150)).isEmpty)
    }

    /// A watcher started after a load takes the files the load read, unchanged since, as read:
    /// its first delta has only what changed after the load, and later deltas are as usual.
    @Test func filesTheLoadReadAreNotReadAgain() throws {
        let folder = try ScratchFolder()
        try writeCorpus(in: folder)
        let root = folder.path + "/news"
        // Older than the two seconds in which a change could keep a file's size and time.
        let old = Date().addingTimeInterval(-60)
        for name in ["2026-03-02-bridge.txt", "notes.md", "page.html", "feed.jsonl", "batch.json", "deep/er/inner.txt", "empty.txt"] {
            try folder.touch(root + "/" + name, modified: old)
        }
        let load = CorpusLoader.testing([root], store: nil).load()
        #expect(load.files.count == 6)  // the empty file failed: it is read again
        // One file changes between the load and the watcher's start.
        try folder.write("news/notes.md", "---\ntitle: Council notes\ndate: 2026-03-03\n---\nThe council met on Tuesday and Wednesday.\n")
        let watcher = IngestWatcher(paths: [root], options: options(.inotify), known: load.files)
        let first = try #require(watcher.next(timeout: WatchTesting.patience))
        #expect(first.upserted.map(\.id) == [root + "/notes.md"])
        #expect(first.removed.isEmpty)
        // The files taken as read are known to the watcher: a later change is a replacement.
        try folder.write("news/batch.json", #"[{"id": "b1", "text": "One, corrected."}]"#)
        let delta = watcher.delta(until: { !$0.removed.isEmpty })
        #expect(delta.upserted.map(\.id) == ["b1"])
        #expect(delta.removed == ["b2"])
    }

    @Test(arguments: WatchTesting.modes)
    func deltasAddUpToAFullReread(mode: WatchMode) throws {
        let folder = try ScratchFolder()
        try writeCorpus(in: folder)
        let root = folder.path + "/news"
        let watcher = IngestWatcher(paths: [root], options: options(mode))
        var documents = try #require(watcher.next(timeout: WatchTesting.patience)).applied(to: [])

        func settle(_ done: (IngestDelta) -> Bool) -> IngestDelta {
            let delta = watcher.delta(until: done)
            documents = delta.applied(to: documents)
            return delta
        }

        // A new file: only its document comes.
        try folder.write("news/2026-03-05-storm.txt", "Storm\n\nA storm closed the port on Thursday.\n")
        var delta = settle { !$0.upserted.isEmpty }
        #expect(delta.upserted.map(\.id) == [root + "/2026-03-05-storm.txt"])
        #expect(delta.removed.isEmpty)

        // A changed JSON array: the changed and the new item, and the dropped one removed.
        try folder.write("news/batch.json", #"[{"id": "b1", "text": "One, corrected."}, {"id": "b3", "text": "Three."}]"#)
        delta = settle { !$0.removed.isEmpty && $0.upserted.count >= 2 }
        #expect(delta.upserted.map(\.id) == ["b1", "b3"])
        #expect(delta.removed == ["b2"])

        // A rename: the old id goes, the new one comes.
        try folder.move("news/notes.md", to: "news/deep/notes.md")
        delta = settle { !$0.removed.isEmpty && !$0.upserted.isEmpty }
        #expect(delta.removed == [root + "/notes.md"])
        #expect(delta.upserted.map(\.id) == [root + "/deep/notes.md"])

        // An atomic replace and a deletion.
        try folder.replaceAtomically("news/page.html", "<p>The ferry ran on time.</p>")
        try folder.remove("news/deep/er")
        delta = settle { !$0.removed.isEmpty && !$0.upserted.isEmpty }
        #expect(delta.upserted.map(\.id) == [root + "/page.html"])
        #expect(delta.removed == [root + "/deep/er/inner.txt"])

        // A file that becomes empty gives its problem and loses its document, as a full read would.
        try folder.write("news/2026-03-05-storm.txt", "\n")
        delta = settle { !$0.removed.isEmpty }
        #expect(delta.removed == [root + "/2026-03-05-storm.txt"])
        #expect(delta.problems == [IngestProblem(path: root + "/2026-03-05-storm.txt", reason: "empty file, skipped")])

        let full = Ingest.read(paths: [root])
        #expect(byID(documents) == byID(full.documents))
        #expect(documents.count == full.documents.count)
    }

    @Test func aHalfWrittenArticleIsReadOnceComplete() throws {
        let folder = try ScratchFolder()
        let watcher = IngestWatcher(paths: [folder.path], options: options(.inotify))
        _ = watcher.next(timeout: WatchTesting.patience)
        let writer = try RawWriter(folder.path + "/item.json")
        writer.write(#"{"id": "late", "text": "A sentence that"#)
        #expect(watcher.delta(within: .milliseconds(300)).isEmpty)
        writer.write(#" ends here."}"#)
        writer.close()
        let delta = watcher.delta { !$0.upserted.isEmpty }
        #expect(delta.upserted.map(\.text) == ["A sentence that ends here."])
        #expect(delta.problems.isEmpty)
    }

    @Test func unchangedContentGivesNoDelta() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("a.txt", "Same words.\n")
        let watcher = IngestWatcher(paths: [folder.path], options: options(.inotify))
        _ = watcher.next(timeout: WatchTesting.patience)
        // Rewritten with the same bytes (a new mtime): read again, and nothing to tell.
        try folder.write("a.txt", "Same words.\n")
        chmod(path, 0o600)
        #expect(watcher.delta(within: .milliseconds(300)).isEmpty)
    }

    @Test(.enabled(if: getuid() != 0, "running as root: root reads files whatever their permissions"),
          arguments: WatchTesting.modes)
    func unreadableFileSaysSoOnceAndKeepsItsDocument(mode: WatchMode) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("a.txt", "Readable at first.\n")
        let watcher = IngestWatcher(paths: [folder.path], options: options(mode))
        _ = watcher.next(timeout: WatchTesting.patience)
        chmod(path, 0o000)
        let denied = watcher.delta { !$0.problems.isEmpty }
        #expect(denied.problems == [IngestProblem(path: path, reason: "permission denied")])
        #expect(denied.changesNothing)
        // Write-only: still unreadable, a change it cannot be read for is not said again.
        chmod(path, 0o200)
        try folder.write("a.txt", "Changed while unreadable.\n")
        #expect(watcher.delta(within: .milliseconds(300)).isEmpty)
        chmod(path, 0o644)
        let back = watcher.delta { !$0.upserted.isEmpty }
        #expect(back.upserted.map(\.text) == ["Changed while unreadable.\n"])
        #expect(back.removed.isEmpty && back.problems.isEmpty)
    }

    @Test func thousandsOfArticlesAllArrive() throws {
        let folder = try ScratchFolder()
        let watcher = IngestWatcher(paths: [folder.path], options: options(.inotify))
        _ = watcher.next(timeout: WatchTesting.patience)
        let count = 2_000
        for index in 0..<count { try folder.write(String(format: "in/%04d.txt", index), "Article number \(index).\n") }
        let delta = watcher.delta { $0.upserted.count >= count }
        #expect(Set(delta.upserted.map(\.id)).count == count)
        #expect(byID(delta.upserted) == byID(Ingest.read(paths: [folder.path]).documents))
    }

    @Test func aFolderThatComesBackIsReadAgain() throws {
        let folder = try ScratchFolder()
        try folder.write("news/a.txt", "Alpha.\n")
        let root = folder.path + "/news"
        let watcher = IngestWatcher(paths: [root], options: options(.inotify))
        _ = watcher.next(timeout: WatchTesting.patience)
        try folder.remove("news")
        #expect(watcher.delta { !$0.removed.isEmpty }.removed == [root + "/a.txt"])
        try folder.write("news/a.txt", "Alpha again.\n")
        #expect(watcher.delta { !$0.upserted.isEmpty }.upserted.map(\.text) == ["Alpha again.\n"])
    }
}
