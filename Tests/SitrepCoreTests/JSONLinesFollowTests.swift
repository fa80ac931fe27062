import Foundation
import Testing
@testable import SitrepCore

/// JSON Lines that keep growing: a followed file (`--follow`) and a stream (`sitrep -`).
struct JSONLinesFollowTests {
    private func line(_ id: String, _ text: String) -> String { #"{"id": "\#(id)", "text": "\#(text)"}"# + "\n" }

    @Test(arguments: WatchTesting.modes)
    func aFollowedFileGivesCompleteLinesOnly(mode: WatchMode) throws {
        let folder = try ScratchFolder()
        let path = folder.path + "/feed.jsonl"
        let writer = try RawWriter(path)
        writer.write(line("a", "Alpha.") + line("b", "Bravo.") + #"{"id": "c", "text": "Char"#)
        let watcher = IngestWatcher(paths: [], follow: [path], options: IngestWatchOptions(watch: WatchTesting.options(mode)))
        let first = try #require(watcher.next(timeout: WatchTesting.patience))
        #expect(first.upserted.map(\.id) == ["a", "b"])
        #expect(first.problems.isEmpty)

        // The partial line completes: its document comes, once, with nothing re-read before it.
        writer.write(#"lie."}"# + "\n" + #"{"text": "No id, line four."}"# + "\n")
        let second = watcher.delta { $0.upserted.count >= 2 }
        #expect(second.upserted.map(\.id) == ["c", path + ":4"])
        #expect(second.upserted.first?.text == "Charlie.")
        writer.close()

        // Truncated and written again from the start: only what is new or changed comes.
        let rewrite = try RawWriter(path)
        rewrite.write(line("a", "Alpha.") + line("b", "Bravo, corrected.") + line("d", "Delta."))
        rewrite.close()
        let third = watcher.delta { $0.upserted.count >= 2 }
        #expect(third.upserted.map(\.id) == ["b", "d"])
        #expect(third.upserted.first?.text == "Bravo, corrected.")
        #expect(third.removed.isEmpty)

        // Replaced by a rename (another inode) with the same lines: nothing new.
        try folder.replaceAtomically("feed.jsonl", line("a", "Alpha.") + line("b", "Bravo, corrected.") + line("d", "Delta."))
        #expect(watcher.delta(within: .milliseconds(300)).isEmpty)
    }

    @Test func aFileRewrittenPastItsOldEndIsReadFromTheStart() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("feed.jsonl", line("a", "Alpha.") + line("b", "Bravo."))
        var tail = JSONLinesTail(path: path, options: IngestOptions())
        #expect(tail.readAppended().upserted.map(\.id) == ["a", "b"])
        // Truncated and written longer in place (same inode) before the tail looks again.
        let writer = try RawWriter(path)
        writer.write(line("a", "Alpha, now much longer than before.") + line("b", "Bravo.") + line("c", "Charlie."))
        writer.close()
        let delta = tail.readAppended()
        #expect(delta.upserted.map(\.id) == ["a", "c"])
        #expect(delta.upserted.first?.text == "Alpha, now much longer than before.")
        #expect(tail.readAppended().isEmpty)
    }

    @Test func aBinaryFileIsRefusedOnce() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("feed.jsonl", bytes: [0x7B, 0x00, 0x01, 0x02, 0x0A])
        var tail = JSONLinesTail(path: path, options: IngestOptions())
        #expect(tail.readAppended().problems == [IngestProblem(path: path, reason: "binary file (NUL bytes), skipped")])
        #expect(tail.readAppended().isEmpty)
    }

    @Test func aFollowedFileThatDoesNotExistYetIsPickedUp() throws {
        let folder = try ScratchFolder()
        let path = folder.path + "/later/feed.jsonl"
        let watcher = IngestWatcher(paths: [], follow: [path], options: IngestWatchOptions(watch: WatchTesting.options(.inotify)))
        let first = watcher.delta { !$0.problems.isEmpty }
        #expect(first.problems == [IngestProblem(path: path, reason: "does not exist")])
        try folder.write("later/feed.jsonl", line("x", "Finally."))
        #expect(watcher.delta { !$0.upserted.isEmpty }.upserted.map(\.id) == ["x"])
    }

    @Test func aBadLineIsOneProblemAndSaidOnce() throws {
        let folder = try ScratchFolder()
        let path = folder.path + "/feed.jsonl"
        let writer = try RawWriter(path)
        writer.write("{not json\n" + line("ok", "Fine."))
        let watcher = IngestWatcher(paths: [], follow: [path], options: IngestWatchOptions(watch: WatchTesting.options(.inotify)))
        let first = try #require(watcher.next(timeout: WatchTesting.patience))
        let full = Ingest.readJSONLines(path: path)
        #expect(first.upserted == full.documents)
        #expect(first.problems == full.problems)
        #expect(first.problems.count == 1)
        writer.close()
        // Rewritten from the start with the same bad line: not said again.
        let rewrite = try RawWriter(path)
        rewrite.write("{not json\n" + line("ok", "Fine.") + line("new", "New."))
        rewrite.close()
        let second = watcher.delta { !$0.upserted.isEmpty }
        #expect(second.upserted.map(\.id) == ["new"])
        #expect(second.problems.isEmpty)
    }

    @Test func standardInputIsReadAsLinesArrive() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let (input, output) = (ends[0], ends[1])
        defer { close(input) }
        let watcher = IngestWatcher(paths: ["-"], follow: [], input: input, options: IngestWatchOptions())
        #expect(try #require(watcher.next(timeout: WatchTesting.patience)).isEmpty)

        func send(_ text: String) { _ = text.utf8CString.withUnsafeBufferPointer { write(output, $0.baseAddress, $0.count - 1) } }
        send(line("s1", "First.") + #"{"text": "Sec"#)
        #expect(watcher.delta { !$0.upserted.isEmpty }.upserted.map(\.id) == ["s1"])
        #expect(!watcher.standardInputEnded)
        send(#"ond."}"# + "\n")
        #expect(watcher.delta { !$0.upserted.isEmpty }.upserted.map(\.id) == ["-:2"])
        // The last line needs no newline once the stream ends.
        send(#"{"text": "Last, no newline."}"#)
        close(output)
        #expect(watcher.delta { !$0.upserted.isEmpty }.upserted.map(\.id) == ["-:3"])
        let clock = ContinuousClock()
        let deadline = clock.now + WatchTesting.patience
        while !watcher.standardInputEnded, clock.now < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(watcher.standardInputEnded)
    }

    @Test func piecesCutAnywhereReadAsTheWhole() {
        let text = "\u{FEFF}" + line("a", "Ünïcode ✓.") + "\r\n" + "{bad\n" + #"{"text": "no id"}"# + "\r\n" + line("b", "Last.")
        let bytes = Array(text.utf8)
        let whole = Ingest.readJSONLines(Data(bytes), origin: "src")
        #expect(whole.documents.count == 3 && whole.problems.count == 1)
        for cut in 0...bytes.count {
            for second in stride(from: cut, through: bytes.count, by: 7) {
                var cursor = JSONLinesCursor(origin: "src", options: IngestOptions())
                var result = cursor.consume(bytes[..<cut])
                result.append(cursor.consume(bytes[cut..<second]))
                result.append(cursor.consume(bytes[second...]))
                result.append(cursor.finish())
                #expect(result.documents == whole.documents, "cut at \(cut), \(second)")
                #expect(result.problems == whole.problems, "cut at \(cut), \(second)")
            }
        }
    }

    @Test func aPartialLineOverTheLimitIsDroppedAndSaid() {
        var cursor = JSONLinesCursor(origin: "-", options: IngestOptions(maxFileBytes: 16))
        var result = cursor.consume(ArraySlice(Array(#"{"text": "far too long for"#.utf8)))
        let rest = #" the limit"}"# + "\n" + #"{"text": "ok"}"# + "\n"
        result.append(cursor.consume(ArraySlice(Array(rest.utf8))))
        #expect(result.problems == [IngestProblem(path: "-", reason: "line 1: too large (more than 16 bytes), skipped")])
        #expect(result.documents.map(\.id) == ["-:2"])
    }
}
