import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep bench`: speed and memory of each stage on a generated corpus.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed and memory on a generated corpus.",
        discussion: """
        Generates --docs news-like articles (2-6 KB each, the same bytes for the same --seed) \
        into a temporary folder, then times each stage over it: ingest, then every model stage \
        that is built, then export. Figures from a debug build are slow: use \
        `swift run -c release sitrep bench` for real ones. --json prints one object that \
        scripts can compare across commits.
        """
    )

    @Option(help: ArgumentHelp("Number of articles to generate.", valueName: "n"))
    var docs: Int = 10_000

    @Option(help: ArgumentHelp("Seed of the generator: the same seed gives the same corpus.", valueName: "s"))
    var seed: UInt64 = 1

    @Flag(help: "Print one JSON object (machine, build, docs, per-stage figures) instead of the table.")
    var json = false

    @Flag(help: "Keep the generated folder and print where it is.")
    var keep = false

    @Flag(help: "Instead: count the bytes the dashboard writes to a pseudo-terminal (idle, one article, a burst, a resize).")
    var terminal = false

    @Option(help: ArgumentHelp("Instead: time one new article through the model and the dashboard at these corpus sizes.", valueName: "n,n,..."))
    var ui: String?

    /// The configuration this executable was compiled in.
    static var buildConfiguration: String {
        #if DEBUG
        return "debug"
        #else
        return "release"
        #endif
    }

    mutating func validate() throws {
        // Above a million, an eight-digit article number could read as a date in a file name.
        guard (1...1_000_000).contains(docs) else { throw ValidationError("--docs must be between 1 and 1000000") }
    }

    func run() throws {
        if terminal { return try runTerminalBench() }
        if let ui { return try runDashboardUpdateBench(ui) }
        let options = BenchOptions(documents: docs, seed: seed, keepFolder: keep,
                                   buildConfiguration: Self.buildConfiguration)
        let showProgress = isatty(STDERR_FILENO) != 0
        let report: BenchReport
        do {
            report = try BenchRunner(options: options).run { stage in
                if showProgress { printError("sitrep bench: \(stage)...") }
            }
        } catch {
            printError("sitrep bench: could not write the generated corpus to \(options.parentFolder.path): \(error.localizedDescription)")
            throw ExitCode(1)
        }

        for problem in report.problems { printError(problem) }
        var out = OutputBuffer()
        if json {
            out.line(report.json())
            if let folder = report.keptFolder { printError("sitrep bench: kept the generated corpus in \(folder)") }
        } else {
            for line in report.table().split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                out.line(String(line))
            }
            if let folder = report.keptFolder { out.line("Kept the generated corpus in \(folder)") }
        }
        out.flush()
        if !report.problems.isEmpty { throw ExitCode(1) }
    }

    private func runTerminalBench() throws {
        let bench = TerminalBytesBench(executable: "/proc/self/exe")
        let showProgress = isatty(STDERR_FILENO) != 0
        do {
            let rows = try bench.run { if showProgress { printError("sitrep bench: \($0)...") } }
            var out = OutputBuffer()
            out.write(TerminalBytesBench.table(rows))
            out.flush()
        } catch {
            printError("sitrep bench: \(error)")
            throw ExitCode(1)
        }
    }

    private func runDashboardUpdateBench(_ list: String) throws {
        let sizes = list.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !sizes.isEmpty, sizes.allSatisfy({ (1...1_000_000).contains($0) }) else {
            throw ValidationError("--ui takes corpus sizes such as 1000,10000")
        }
        let showProgress = isatty(STDERR_FILENO) != 0
        let rows = DashboardUpdateBench(sizes: sizes).run { if showProgress { printError("sitrep bench: \($0)...") } }
        var out = OutputBuffer()
        out.write(DashboardUpdateBench.table(rows))
        out.flush()
    }
}
