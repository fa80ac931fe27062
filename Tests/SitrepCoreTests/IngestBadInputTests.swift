import Foundation
import Testing
@testable import SitrepCore

/// Inputs that cannot be read: each is one problem naming the file, and the rest is read.
struct IngestBadInputTests {
    @Test func missingFilesAreReportedInInputOrder() throws {
        let folder = try ScratchFolder()
        let good = try folder.write("good.txt", "Fine text.\n")
        let first = folder.path + "/missing-one.txt"
        let second = folder.path + "/missing-two"
        let result = Ingest.read(paths: [first, good, second])
        #expect(result.documents.map(\.id) == [good])
        #expect(result.problems == [IngestProblem(path: first, reason: "does not exist"),
                                    IngestProblem(path: second, reason: "does not exist")])
        #expect(result.problems.first?.description == "sitrep: \(first): does not exist")
        #expect(result.hasFailures)
    }

    @Test func brokenSymbolicLinkSaysSo() throws {
        let folder = try ScratchFolder()
        try folder.link("dangling.txt", to: "nowhere.txt")
        let result = Ingest.read(paths: [folder.path])
        #expect(result.problems.map(\.reason) == ["broken symbolic link (its target does not exist)"])
    }

    @Test func directoryLoopThroughSymbolicLinkIsReportedOnce() throws {
        let folder = try ScratchFolder()
        let root = try folder.folder("root")
        try folder.write("root/a.txt", "Top file.\n")
        try folder.write("root/sub/b.txt", "Nested file.\n")
        try folder.link("root/sub/back", to: "..")
        let result = Ingest.read(paths: [root, root + "/sub"])
        #expect(result.documents.map(\.id) == [root + "/a.txt", root + "/sub/b.txt",
                                               root + "/sub/b.txt", root + "/sub/back/a.txt"])
        #expect(result.problems == [IngestProblem(path: root + "/sub/back",
                                                  reason: "directory loop (leads back to \(root)), skipped")])
    }

    @Test func loopFolderGivenExplicitlyIsWalkedUntilItLoops() throws {
        let folder = try ScratchFolder()
        try folder.write("root/a.txt", "Top file.\n")
        try folder.link("root/self", to: ".")
        let given = folder.path + "/root/self"
        let result = Ingest.read(paths: [given])
        #expect(result.documents.map(\.id) == [given + "/a.txt"])
        #expect(result.problems.map(\.path) == [given + "/self"])
        #expect(result.problems.first?.reason.hasPrefix("directory loop") == true)
    }

    @Test func binaryFileWithNULBytesIsSkipped() throws {
        let folder = try ScratchFolder()
        let binary = try folder.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A] + Array("abc".utf8))
        let good = try folder.write("z.txt", "Kept.\n")
        let result = Ingest.read(paths: [binary, good])
        #expect(result.documents.map(\.id) == [good])
        #expect(result.problems == [IngestProblem(path: binary, reason: "binary file (NUL bytes), skipped")])
    }

    @Test func controlByteHeavyFileIsBinary() throws {
        let folder = try ScratchFolder()
        let bytes: [UInt8] = (0..<200).map { $0 % 3 == 0 ? 0x01 : 0x41 }
        let path = try folder.write("ctl.txt", bytes: bytes)
        let (_, problems) = readOne(path)
        #expect(problems.map(\.reason) == ["binary file (control bytes), skipped"])
    }

    @Test func invalidUTF8IsRepairedAndOffsetsStayRight() throws {
        let folder = try ScratchFolder()
        var bytes = Array("Alpha ".utf8)
        bytes += [0xFF]                       // a stray byte
        bytes += Array(" beta ".utf8)
        bytes += [0xE2, 0x82]                 // a cut-off three-byte sequence
        bytes += Array(" gamma é".utf8)
        let path = try folder.write("damaged.txt", bytes: bytes)
        let (document, problems) = readOne(path)
        let doc = try #require(document)
        #expect(doc.text == "Alpha \u{FFFD} beta \u{FFFD} gamma é")
        let scalars = Array(doc.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[8..<12])) == "beta")
        #expect(String(String.UnicodeScalarView(scalars[15..<20])) == "gamma")
        #expect(problems == [IngestProblem(path: path, reason: "invalid UTF-8 at byte 6 (2 sequences), replaced with U+FFFD",
                                           recovered: true)])
        #expect(!Ingest.read(paths: [path]).hasFailures)
    }

    @Test func invalidUTF8OffsetCountsTheBOM() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0xC0, 0xAF] + Array(" tail text".utf8))
        let (document, problems) = readOne(path)
        #expect(document?.text == "ab\u{FFFD}\u{FFFD} tail text")
        #expect(problems.map(\.reason) == ["invalid UTF-8 at byte 5 (2 sequences), replaced with U+FFFD"])
    }

    @Test func mostlyInvalidUTF8IsSkipped() throws {
        let folder = try ScratchFolder()
        let bytes: [UInt8] = (0..<300).map { $0 % 2 == 0 ? 0xFE : 0x61 }
        let path = try folder.write("latin-junk.txt", bytes: bytes)
        let result = Ingest.read(paths: [path])
        #expect(result.documents.isEmpty)
        #expect(result.problems == [IngestProblem(path: path, reason: "not UTF-8 text (50% of the bytes are invalid), skipped")])
    }

    @Test(arguments: [[UInt8](), Array(" \n\t\r\n  ".utf8), [0xEF, 0xBB, 0xBF] + Array("\u{00A0}\u{3000}\n".utf8)])
    func emptyAndWhitespaceOnlyFilesAreSkipped(bytes: [UInt8]) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("blank.txt", bytes: bytes)
        let result = Ingest.read(paths: [path])
        #expect(result.documents.isEmpty)
        #expect(result.problems == [IngestProblem(path: path, reason: "empty file, skipped")])
    }

    @Test func fileOverTheSizeLimitIsSkipped() throws {
        let folder = try ScratchFolder()
        let big = try folder.write("big.txt", String(repeating: "x", count: 2500))
        let small = try folder.write("small.txt", "tiny\n")
        let result = Ingest.read(paths: [big, small], options: IngestOptions(maxFileBytes: 2048))
        #expect(result.documents.map(\.id) == [small])
        #expect(result.problems == [IngestProblem(path: big, reason: "too large (2.5 KB, limit 2 KiB), skipped")])
    }

    @Test func sizeDescriptionsReadNaturally() {
        #expect(FileLoader.describe(bytes: 20_300_000) == "20.3 MB")
        #expect(FileLoader.describe(bytes: 999) == "999 bytes")
        #expect(FileLoader.describe(limit: 16 * 1024 * 1024) == "16 MiB")
        #expect(FileLoader.describe(limit: 100) == "100 bytes")
    }

    @Test(.enabled(if: getuid() != 0, "running as root: root reads files whatever their permissions"))
    func unreadableFileByPermission() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("secret.txt", "Hidden.\n")
        chmod(path, 0o000)
        let result = Ingest.read(paths: [path])
        #expect(result.documents.isEmpty)
        #expect(result.problems == [IngestProblem(path: path, reason: "permission denied")])
    }

    @Test func deviceIsNotReadAsAFile() {
        let result = Ingest.read(paths: ["/dev/null"])
        #expect(result.documents.isEmpty)
        #expect(result.problems == [IngestProblem(path: "/dev/null", reason: "is a device, not a file; skipped")])
    }

    @Test func arbitraryBytesNeverTrap() throws {
        var generator = SystemRandomNumberGenerator()
        for length in [1, 2, 3, 7, 64, 4097] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = HTMLText(parsing: String(decoding: bytes, as: UTF8.self))
            _ = DateScanner.firstDate(in: String(decoding: bytes, as: UTF8.self))
            _ = Ingest.readJSONLines(Data(bytes), origin: "-", options: IngestOptions())
            var copy = bytes
            _ = TextDecoding.decode(&copy)
        }
        #expect(Bool(true))
    }
}
