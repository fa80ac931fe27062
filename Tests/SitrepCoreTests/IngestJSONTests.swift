import Foundation
import Testing
@testable import SitrepCore

/// `.json`, `.jsonl` and JSON Lines from stdin: fields, ids kept exactly, bad lines.
struct IngestJSONTests {
    @Test func jsonObjectFileReadsEveryField() throws {
        let folder = try ScratchFolder()
        let json = #"{"id": "wire-17", "title": "Reservoir levels rise", "date": "2019-11-02", "url": "https://example.org/r", "source": "Valley Post", "extra": {"ignored": [1, 2]}, "text": "Rain filled the reservoir.\r\nLevels rose."}"#
        let path = try folder.write("one.json", json)
        let (document, problems) = readOne(path)
        let doc = try #require(document)
        #expect(problems.isEmpty)
        #expect(doc.id == "wire-17")
        #expect(doc.title == "Reservoir levels rise")
        #expect(doc.text == "Rain filled the reservoir.\nLevels rose.")
        #expect(doc.date == day("2019-11-02"))
        #expect(doc.dateSource == .input)
        #expect(doc.url == "https://example.org/r")
        #expect(doc.source == "Valley Post")
        #expect(doc.path == path)
    }

    @Test func jsonObjectWithoutIdTakesThePath() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("noid.json", #"{"text": "Short note"}"#)
        let (document, _) = readOne(path)
        #expect(document?.id == path)
        #expect(document?.title == "Short note")
        #expect(document?.dateSource == DateSource.none)
        #expect(document?.date == nil)
    }

    @Test func jsonArrayReadsEachObjectAndReportsOthers() throws {
        let folder = try ScratchFolder()
        let json = #"[{"text": "First item text"}, {"id": 7, "text": "Second item text"}, 3, {"title": "no text"}]"#
        let path = try folder.write("many.json", json)
        let result = Ingest.read(paths: [path])
        #expect(result.documents.map(\.id) == ["\(path):1", "7"])
        #expect(result.documents.map(\.text) == ["First item text", "Second item text"])
        #expect(result.problems.map(\.reason) == ["item 3: not a JSON object, skipped",
                                                   "item 4: no \"text\" string, skipped"])
    }

    @Test func jsonFileThatDoesNotParseIsOneProblem() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("broken.json", #"{"text": "unterminated"#)
        let result = Ingest.read(paths: [path])
        #expect(result.documents.isEmpty)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.path == path)
        #expect(result.problems.first?.reason.hasPrefix("not valid JSON") == true)
        #expect(result.problems.first?.recovered == false)
    }

    @Test func jsonLinesFileDefaultsIdsToPathAndLineNumber() throws {
        let folder = try ScratchFolder()
        let lines = "{\"text\": \"Alpha line\"}\n\n{\"id\": \"kept\", \"text\": \"Beta line\"}\r\n{\"text\": \"Gamma line\"}"
        let path = try folder.write("feed.ndjson", lines)
        let result = Ingest.read(paths: [path])
        #expect(result.problems.isEmpty)
        #expect(result.documents.map(\.id) == ["\(path):1", "kept", "\(path):4"])
        #expect(result.documents.map(\.title) == ["Alpha line", "Beta line", "Gamma line"])
    }

    @Test func standardInputStyleLinesKeepIdsExactlyAndIgnoreUnknownKeys() {
        let input = """
        {"id": 12345678901234567890, "text": "Big number id", "lang": "en", "tags": ["a"]}
        {"id": 1.50, "text": "Decimal id"}
        {"id": -3e2, "text": "Exponent id"}
        {"id": "  spaced/Ünïcode:id ", "text": "String id"}
        {"text": "No id", "date": "2023-09-29T23:30:00-05:00"}
        {"id": null, "text": "Null id"}
        """
        let result = Ingest.readJSONLines(Data(input.utf8), origin: "-", options: IngestOptions())
        #expect(result.problems.isEmpty)
        #expect(result.documents.map(\.id) == ["12345678901234567890", "1.50", "-3e2", "  spaced/Ünïcode:id ", "-:5", "-:6"])
        #expect(result.documents[4].date == day("2023-09-29"))
        #expect(result.documents[4].dateSource == .input)
        #expect(result.documents.allSatisfy { $0.path == nil })
    }

    @Test func badLinesAreReportedAndTheOthersStillRead() {
        let input = """
        {"id": "a", "text": "Good one"}
        {not json at all
        {"title": "lacks text"}
        [1, 2]
        {"id": "b", "text": 42}
        {"id": "c", "text": "   "}
        {"id": "d", "text": "Good two", "date": "soon"}
        """
        let result = Ingest.readJSONLines(Data(input.utf8), origin: "feed.jsonl", options: IngestOptions())
        #expect(result.documents.map(\.id) == ["a", "d"])
        #expect(result.documents.last?.dateSource == DateSource.none)
        let reasons = result.problems.map(\.reason)
        #expect(reasons.count == 6)
        #expect(reasons[0].hasPrefix("line 2: not valid JSON"))
        #expect(reasons[1] == "line 3: no \"text\" string, skipped")
        #expect(reasons[2] == "line 4: not a JSON object, skipped")
        #expect(reasons[3] == "line 5: no \"text\" string, skipped")
        #expect(reasons[4] == "line 6: empty \"text\", skipped")
        #expect(reasons[5] == "line 7: date \"soon\" not understood, ignored (use YYYY-MM-DD)")
        #expect(result.problems.map(\.recovered) == [false, false, false, false, false, true])
        #expect(result.problems.allSatisfy { $0.path == "feed.jsonl" })
        #expect(result.hasFailures)
    }

    @Test func invalidUTF8InALineIsRepairedAndKept() {
        var bytes = Array(#"{"id": "x", "text": "caf"#.utf8)
        bytes.append(0xFF)
        bytes += Array("\"}\n".utf8)
        let result = Ingest.readJSONLines(Data(bytes), origin: "-", options: IngestOptions())
        #expect(result.documents.first?.text == "caf\u{FFFD}")
        #expect(result.problems.map(\.recovered) == [true])
        #expect(result.problems.first?.reason.hasPrefix("line 1: invalid UTF-8 at byte 24 of the line (1 sequence)") == true)
    }

    @Test func jsonLinesFileByPathWhateverItsExtension() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("dump.data", "{\"text\": \"From a file\"}\n")
        let result = Ingest.readJSONLines(path: path)
        #expect(result.documents.map(\.id) == ["\(path):1"])
        let missing = Ingest.readJSONLines(path: folder.path + "/absent.jsonl")
        #expect(missing.problems.map(\.reason) == ["does not exist"])
    }

    @Test func sizeLimitAppliesToEachJSONLinesLineNotTheWholeFile() throws {
        let folder = try ScratchFolder()
        let small = #"{"text": "short enough"}"#
        let big = #"{"text": "\#(String(repeating: "w", count: 200))"}"#
        let path = try folder.write("corpus.jsonl", [small, small, big, small].joined(separator: "\n"))
        let result = Ingest.read(paths: [path], options: IngestOptions(maxFileBytes: 100))
        #expect(result.documents.map(\.id) == ["\(path):1", "\(path):2", "\(path):4"])
        #expect(result.problems == [IngestProblem(path: path, reason: "line 3: too large (212 bytes, limit 100 bytes), skipped")])
    }

    @Test func jsonTitleFallsBackToTheLeadCutAtAWord() {
        let text = String(repeating: "Grain prices climbed for a third week running ", count: 4)
        let result = Ingest.readJSONLines(Data(#"{"text": "\#(text)"}"#.utf8), origin: "-", options: IngestOptions())
        let title = result.documents.first?.title ?? ""
        #expect(title.hasSuffix("…"))
        #expect(title.hasPrefix("Grain prices climbed for a third week running Grain"))
        #expect(title.unicodeScalars.count <= 81)
    }
}
