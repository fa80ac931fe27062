import ArgumentParser
import Foundation
import SitrepCore

/// The options every command that reads a corpus shares: paths, `-` for stdin, `--date`.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or folders of articles (.txt .md .html .json .jsonl); '-' reads JSON Lines from standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("input-jsonl"), help: ArgumentHelp("Read documents from a JSON Lines file (the same as '-' from a file).", valueName: "file"))
    var inputJSONL: [String] = []

    @Option(help: ArgumentHelp("Date for documents that carry none of their own (YYYY-MM-DD).", valueName: "YYYY-MM-DD"))
    var date: String?

    mutating func validate() throws {
        if let date, DayDate(iso: date) == nil {
            throw ValidationError("--date '\(date)' is not a valid YYYY-MM-DD date")
        }
    }

    var ingestOptions: IngestOptions {
        IngestOptions(fallbackDate: date.flatMap { DayDate(iso: $0) })
    }

    var isEmpty: Bool { paths.isEmpty && inputJSONL.isEmpty }

    /// Reads every input in the order given; problems are collected, never thrown.
    func load() -> IngestResult {
        var result = IngestResult()
        let options = ingestOptions
        var pending: [String] = []
        func flushPaths() {
            guard !pending.isEmpty else { return }
            let r = Ingest.read(paths: pending, options: options)
            result.documents += r.documents
            result.problems += r.problems
            pending = []
        }
        for path in paths {
            if path == "-" {
                flushPaths()
                let r = Ingest.readStandardInput(options: options)
                result.documents += r.documents
                result.problems += r.problems
            } else {
                pending.append(path)
            }
        }
        flushPaths()
        for file in inputJSONL {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                let r = Ingest.readJSONLines(data, origin: file, options: options)
                result.documents += r.documents
                result.problems += r.problems
            } catch {
                result.problems.append(IngestProblem(path: file, reason: Self.reason(error)))
            }
        }
        return result
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain && ns.code == NSFileReadNoSuchFileError { return "no such file" }
        return ns.localizedDescription
    }
}
