import Foundation
import Testing
@testable import SitrepCore

/// Folders: byte-order sorting, hidden names, unknown extensions, ids joined from the path given.
struct IngestFolderTests {
    @Test func folderIsWalkedInByteOrderSkippingHiddenAndUnknown() throws {
        let folder = try ScratchFolder()
        for name in ["b.txt", "a.md", "C.txt", "é.txt", "sub/z.txt", "sub/y.htm", ".hidden.txt", ".git/config.txt",
                     "image.png", "notes", "feed.JSONL"] {
            let text = name.hasSuffix(".htm") ? "<p>Some page</p>" : name.hasSuffix(".JSONL") ? #"{"text": "line"}"# : "Text of \(name)\n"
            try folder.write("demo/\(name)", text)
        }
        let demo = folder.path + "/demo"
        let result = Ingest.read(paths: [demo])
        #expect(result.problems.isEmpty)
        #expect(result.documents.map(\.id) == [
            demo + "/C.txt", demo + "/a.md", demo + "/b.txt", demo + "/feed.JSONL:1",
            demo + "/sub/y.htm", demo + "/sub/z.txt", demo + "/é.txt",
        ])
        #expect(result.skippedFiles == [demo + "/image.png", demo + "/notes"])
    }

    @Test func idsJoinThePathAsGiven() throws {
        let folder = try ScratchFolder()
        try folder.write("demo/a.txt", "A.\n")
        // Relative paths: the id is the path exactly as it would be typed.
        let relativeResult = withCurrentDirectory(folder.path) {
            (Ingest.read(paths: ["demo"]), Ingest.read(paths: ["demo/"]))
        }
        #expect(relativeResult.0.documents.map(\.id) == ["demo/a.txt"])
        #expect(relativeResult.1.documents.map(\.id) == ["demo/a.txt"])
    }

    @Test func pathsAreReadInTheOrderGiven() throws {
        let folder = try ScratchFolder()
        let b = try folder.write("b.txt", "B.\n")
        let a = try folder.write("a.txt", "A.\n")
        #expect(Ingest.read(paths: [b, a]).documents.map(\.id) == [b, a])
    }

    @Test func symbolicLinkToFileIsFollowed() throws {
        let folder = try ScratchFolder()
        try folder.write("store/real.txt", "Linked text.\n")
        try folder.folder("view")
        try folder.link("view/alias.txt", to: "../store/real.txt")
        let result = Ingest.read(paths: [folder.path + "/view"])
        #expect(result.documents.map(\.text) == ["Linked text.\n"])
        #expect(result.documents.map(\.id) == [folder.path + "/view/alias.txt"])
    }

    @Test func extensionsMapToFormats() {
        #expect(InputFormat(fileName: "a.TXT") == .plainText)
        #expect(InputFormat(fileName: "a.markdown") == .markdown)
        #expect(InputFormat(fileName: "a.HTM") == .html)
        #expect(InputFormat(fileName: "a.ndjson") == .jsonLines)
        #expect(InputFormat(fileName: "a.json") == .json)
        #expect(InputFormat(fileName: "a.pdf") == nil)
        #expect(InputFormat(fileName: "README") == nil)
    }
}

/// Runs `body` with the process's current directory set to `path`. Tests that change the
/// current directory are serialised through this lock.
private func withCurrentDirectory<T>(_ path: String, _ body: () -> T) -> T {
    currentDirectoryLock.lock()
    defer { currentDirectoryLock.unlock() }
    let previous = FileManager.default.currentDirectoryPath
    _ = FileManager.default.changeCurrentDirectoryPath(path)
    defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
    return body()
}

private let currentDirectoryLock = NSLock()
