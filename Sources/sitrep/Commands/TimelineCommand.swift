import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep timeline`: the merged timeline of a corpus, for scripts and calendars.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the merged timeline (text, jsonl, csv or ics).",
        discussion: "Events told by several articles are merged into one entry that lists its sources. Entries after the newest article's date are marked announced."
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: ArgumentHelp("Only entries on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("Only entries on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(help: "Output format: text, jsonl, csv or ics.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl, csv, ics }

    mutating func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, DayDate(iso: value) == nil { throw ValidationError("\(name) '\(value)' is not a valid YYYY-MM-DD date") }
        }
        guard !corpus.isEmpty else { throw ValidationError("give at least one PATH, '-' or --input-jsonl FILE") }
    }

    func run() throws {
        let result = corpus.loadCorpus()
        for problem in result.problems { printError(problem.description) }
        let model = Corpus(extractions: result.extractions, replaying: result.memo)
        let entries = TimelineExport.filter(Array(model.timeline), from: from.flatMap { DayDate(iso: $0) }, to: to.flatMap { DayDate(iso: $0) })
        var out = OutputBuffer()
        switch format {
        case .text: out.write(TimelineExport.text(entries))
        case .jsonl: out.write(TimelineExport.jsonLines(entries))
        case .csv: out.write(TimelineExport.csv(entries))
        case .ics: out.write(TimelineExport.iCalendar(entries))
        }
        out.flush()
        if result.hasFailures { throw ExitCode(1) }
    }
}
