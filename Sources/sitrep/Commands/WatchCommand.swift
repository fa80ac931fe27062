import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep watch PATH...`: the dashboard's live updates without a screen. Prints each new,
/// changed or removed timeline entry, quote and place as the inputs change.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Print each new or changed timeline entry, quote and place as articles arrive (headless).",
        discussion: """
            Reads PATH... once, then follows the folders and files (inotify, or --poll), --follow \
            files and '-' (standard input), printing one line per new, changed or removed item. \
            A summary of the first read goes to standard error; --initial prints its items too.
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var liveOptions: LiveOptions

    @Option(help: ArgumentHelp("Output format: text or jsonl.", valueName: "format"))
    var format: OutputFormat = .text

    @Flag(help: "Also print the items of the first read, as new.")
    var initial = false

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    mutating func validate() throws {
        if corpus.isEmpty && liveOptions.follow.isEmpty {
            throw ValidationError("give a folder, a file, --follow FILE or '-' to watch")
        }
    }

    func run() throws {
        let live = LiveCorpus()
        let feeds = LiveFeeds(corpus: corpus, live: liveOptions, demo: false)
        feeds.start(into: live)
        while !live.hasFinishedInitialLoad { live.waitForChange(timeout: 0.5) }
        live.waitUntilIdle()
        var out = OutputBuffer()
        var current = Corpus()
        var problemsShown = 0
        if let update = live.take() {
            if initial { emit(WatchReport(before: current, after: update.corpus, diff: update.diff), to: &out) }
            current = update.corpus
            problemsShown = show(update.problems, from: problemsShown)
        }
        let watching = feeds.description.map { "; following " + $0 } ?? ""
        printError("sitrep watch: \(current.documents.count) documents, \(current.timeline.count) events\(watching)")
        while feeds.isActive || live.isBusy {
            live.waitForChange(timeout: 1)
            // A moment for the rest of a burst, so that it prints as one batch.
            if live.isBusy { Thread.sleep(forTimeInterval: 0.05) }
            guard let update = live.take() else { continue }
            emit(WatchReport(before: current, after: update.corpus, diff: update.diff), to: &out)
            current = update.corpus
            problemsShown = show(update.problems, from: problemsShown)
        }
        if let update = live.take() {
            emit(WatchReport(before: current, after: update.corpus, diff: update.diff), to: &out)
        }
        out.flush()
    }

    private func emit(_ report: WatchReport, to out: inout OutputBuffer) {
        guard !report.items.isEmpty else { return }
        out.write(format == .jsonl ? report.jsonLines() : report.text())
        out.flush()
    }

    /// Prints the problems not printed yet; returns how many are printed now.
    private func show(_ problems: [IngestProblem], from shown: Int) -> Int {
        for problem in problems.dropFirst(shown) { printError(problem.description) }
        return max(shown, problems.count)
    }
}
