import Foundation
import Testing
@testable import SitrepCore

/// The watcher's small parts on their own: inotify records, the document ledger, deltas, paths.
struct WatchPartsTests {
    #if os(Linux)
    /// One `struct inotify_event` as the kernel writes it: header, then the name NUL-padded to `length`.
    private func record(watch: Int32, mask: UInt32, cookie: UInt32 = 0, name: [UInt8], length: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        withUnsafeBytes(of: watch.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: mask.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: cookie.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: UInt32(length).littleEndian) { bytes += $0 }
        return bytes + name + [UInt8](repeating: 0, count: length - name.count)
    }

    @Test func inotifyRecordsOfEverySizeAreDecoded() {
        var bytes = record(watch: 1, mask: 0x100, name: Array("a.txt".utf8), length: 16)
        bytes += record(watch: 2, mask: 0x400, name: [], length: 0)  // about the folder itself
        bytes += record(watch: 1, mask: 0x40, cookie: 7, name: Array("a-much-longer-name.md".utf8), length: 32)
        bytes += record(watch: 1, mask: 0x100, name: [0x66, 0xFF, 0x2E, 0x74], length: 16)  // not UTF-8
        bytes += Array(record(watch: 3, mask: 0x2, name: Array("cut.txt".utf8), length: 16).prefix(20))  // truncated
        var events: [InotifyEvent] = []
        bytes.withUnsafeBytes { InotifyEvent.decode($0, into: &events) }
        #expect(events == [
            InotifyEvent(watch: 1, mask: 0x100, cookie: 0, name: "a.txt"),
            InotifyEvent(watch: 2, mask: 0x400, cookie: 0, name: nil),
            InotifyEvent(watch: 1, mask: 0x40, cookie: 7, name: "a-much-longer-name.md"),
            InotifyEvent(watch: 1, mask: 0x100, cookie: 0, name: nil, undecodableName: true),
        ])
    }
    #endif

    private func document(_ id: String, _ text: String) -> Document {
        Document(id: id, title: id, text: text, date: nil, dateSource: .none)
    }

    @Test func ledgerGivesOnlyWhatChanged() {
        var ledger = DocumentLedger()
        var delta = ledger.replace("f.json", with: [document("a", "A"), document("b", "B")])
        #expect(delta.upserted.map(\.id) == ["a", "b"] && delta.removed.isEmpty)
        delta = ledger.replace("f.json", with: [document("a", "A"), document("c", "C")])
        #expect(delta.upserted.map(\.id) == ["c"])
        #expect(delta.removed == ["b"])
        delta = ledger.remove("f.json")
        #expect(delta.upserted.isEmpty)
        #expect(Set(delta.removed) == ["a", "c"])
    }

    @Test func anIdGivenByTwoFilesStaysUntilBothAreGone() {
        var ledger = DocumentLedger()
        _ = ledger.replace("one.json", with: [document("x", "from one")])
        var delta = ledger.replace("two.json", with: [document("x", "from two")])
        #expect(delta.upserted.map(\.text) == ["from two"])
        delta = ledger.remove("two.json")
        #expect(delta.upserted.map(\.text) == ["from one"])
        #expect(delta.removed.isEmpty)
        delta = ledger.remove("one.json")
        #expect(delta.removed == ["x"])
    }

    @Test func mergedDeltasEqualDeltasAppliedInTurn() {
        let start = [document("a", "A"), document("b", "B")]
        let first = IngestDelta(upserted: [document("c", "C"), document("a", "A2")], removed: ["b"])
        let second = IngestDelta(upserted: [document("b", "B again")], removed: ["c"],
                                 problems: [IngestProblem(path: "p", reason: "r")])
        var merged = first
        merged.merge(second)
        #expect(merged.applied(to: start) == second.applied(to: first.applied(to: start)))
        #expect(merged.applied(to: start).map(\.text) == ["A2", "B again"])
        #expect(merged.problems.count == 1)
        // Any number at once, one pass: the same as applying them in turn.
        let third = IngestDelta(upserted: [document("c", "C back"), document("d", "D")], removed: ["a"])
        let all = IngestDelta(merging: [first, second, third])
        #expect(all.applied(to: start) == third.applied(to: second.applied(to: first.applied(to: start))))
        #expect(all.removed == ["a"])
        #expect(all.upserted.map(\.id) == ["b", "c", "d"])
    }

    @Test func pathsAreWrittenAsTheWalkWritesThem() {
        #expect(InputWalker.join("demo", "a.txt") == "demo/a.txt")
        #expect(InputWalker.join("demo/", "a.txt") == "demo/a.txt")
        #expect(WatchPaths.parent(of: "a/b.txt") == "a")
        #expect(WatchPaths.parent(of: "b.txt") == ".")
        #expect(WatchPaths.parent(of: "/b.txt") == "/")
        #expect(WatchPaths.parent(of: "a/b/") == "a")
        #expect(WatchPaths.lastName(of: "demo/") == "demo")
        #expect(WatchPaths.isInside("demo/a.txt", folder: "demo/"))
        #expect(WatchPaths.isInside("demo", folder: "demo"))
        #expect(!WatchPaths.isInside("demo2/a.txt", folder: "demo"))
        let paths = ["a.txt", "a/z.txt", "B.txt", "a/b/c.txt"]
        #expect(paths.sorted(by: WatchPaths.walkOrder) == ["B.txt", "a/b/c.txt", "a/z.txt", "a.txt"])
    }

    @Test func walkOrderMatchesTheIngestWalk() throws {
        let folder = try ScratchFolder()
        for name in ["a.txt", "a/z.txt", "B.txt", "a/b/c.txt", "é.txt", "a-b.txt"] { try folder.write(name, "Text.\n") }
        let walked = Ingest.read(paths: [folder.path]).documents.map(\.id)
        #expect(walked.sorted(by: WatchPaths.walkOrder) == walked)
    }

    @Test func theIngestFilterDecidesWhatIsAnArticle() {
        for name in ["a.txt", "b.MD", "c.html", "d.json", "e.ndjson"] { #expect(InputWalker.articleFormat(ofEntry: name) != nil) }
        for name in [".#a.txt", "a.txt~", ".a.txt.swp", "#a.txt#", "a.jpg", ".hidden.txt", "README"] {
            #expect(InputWalker.articleFormat(ofEntry: name) == nil, "\(name)")
        }
    }

    @Test func pollTimeoutsRoundUp() {
        #expect(WakePipe.milliseconds(nil) == -1)
        #expect(WakePipe.milliseconds(.zero) == 0)
        #expect(WakePipe.milliseconds(.microseconds(1)) == 1)
        #expect(WakePipe.milliseconds(.milliseconds(250)) == 250)
        #expect(WakePipe.milliseconds(.seconds(2) + .nanoseconds(1)) == 2001)
    }
}
