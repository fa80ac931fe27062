import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep extract`: the model's answer for scripts, one JSON object per document.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print one JSON object per document (JSON Lines), in input order.",
        discussion: """
        Fields: id, title, date, dateSource, then one field per model stage that is built.
        Offsets count Unicode scalars of the NFC-normalised text; --with-text adds that text.
        Problems go to standard error, one line each; the exit status is 1 if any input failed.
        """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Output format (only jsonl for now).")
    var format: String = "jsonl"

    @Flag(name: .customLong("with-text"), help: "Include each document's text (the text the offsets count in).")
    var withText = false

    mutating func validate() throws {
        guard format == "jsonl" else { throw ValidationError("--format '\(format)' is not supported; use jsonl") }
        guard !corpus.isEmpty else { throw ValidationError("give at least one PATH, '-' or --input-jsonl FILE") }
    }

    func run() throws {
        let result = corpus.loadCorpus()
        for problem in result.problems { printError(problem.description) }
        var out = OutputBuffer()
        for extraction in result.extractions {
            out.line(ExtractionJSON.line(for: extraction, includeText: withText))
        }
        out.flush()
        if result.hasFailures { throw ExitCode(1) }
    }
}
