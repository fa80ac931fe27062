import ArgumentParser
import Foundation
import SitrepCore

/// The options every command that reads a corpus shares: paths, `-` for stdin, `--date`,
/// and where extractions are kept between runs (`--store`, `--no-store`).
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or folders of articles (.txt .md .html .json .jsonl); '-' reads JSON Lines from standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("input-jsonl"), help: ArgumentHelp("Read documents from a JSON Lines file (the same as '-' from a file).", valueName: "file"))
    var inputJSONL: [String] = []

    @Option(help: ArgumentHelp("Date for documents that carry none of their own (YYYY-MM-DD).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("Keep extractions in this file (default: one per corpus in $XDG_CACHE_HOME/sitrep or ~/.cache/sitrep).", valueName: "file"))
    var store: String?

    @Flag(name: .customLong("no-store"), help: "Keep no store: read and extract every document.")
    var noStore = false

    mutating func validate() throws {
        if let date, DayDate(iso: date) == nil {
            throw ValidationError("--date '\(date)' is not a valid YYYY-MM-DD date")
        }
        if noStore, store != nil { throw ValidationError("--store and --no-store exclude each other") }
        if let store, store.isEmpty || store == "-" { throw ValidationError("--store needs a file name") }
    }

    /// The inputs in the order given (`--input-jsonl` files last, as `load()` reads them).
    var inputs: [CorpusInput] { paths.map(CorpusInput.path) + inputJSONL.map(CorpusInput.jsonLines) }

    var storeChoice: StoreChoice {
        if noStore { return .none }
        if let store { return .file(URL(fileURLWithPath: store)) }
        return .automatic
    }

    /// Reads and extracts every input through the store, with a progress line on standard
    /// error while it is a terminal.
    func loadCorpus(store choice: StoreChoice? = nil) -> CorpusLoad {
        let line = ProgressLine()
        defer { line.clear() }
        let loader = CorpusLoader(inputs: inputs, options: ingestOptions, store: choice ?? storeChoice)
        return loader.load(progress: line.show)
    }

    var ingestOptions: IngestOptions {
        IngestOptions(fallbackDate: date.flatMap { DayDate(iso: $0) })
    }

    var isEmpty: Bool { paths.isEmpty && inputJSONL.isEmpty }

    /// Reads every input in the order given; problems are collected, never thrown.
    func load() -> IngestResult {
        var result = IngestResult()
        let options = ingestOptions
        func absorb(_ r: IngestResult) {
            result.documents += r.documents
            result.problems += r.problems
            result.skippedFiles += r.skippedFiles
        }
        var pending: [String] = []
        for path in paths {
            if path == "-" {
                if !pending.isEmpty { absorb(Ingest.read(paths: pending, options: options)); pending = [] }
                absorb(Ingest.readStandardInput(options: options))
            } else {
                pending.append(path)
            }
        }
        if !pending.isEmpty { absorb(Ingest.read(paths: pending, options: options)) }
        for file in inputJSONL { absorb(Ingest.readJSONLines(path: file, options: options)) }
        return result
    }
}
