import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep bench`: speed and memory of each stage on a generated corpus.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed and memory on generated corpora.",
        discussion: """
        Generates --docs news-like articles (2-6 KB each, the same bytes for the same --seed) \
        into a temporary folder, then times each stage over it: ingest, then every model stage \
        that is built, then export. Then, for each of --sizes, the store: a first run that \
        extracts and writes it, a warm open to the first full frame, quote searches, one new \
        article, peak memory and store size, each beside its target. Figures from a debug \
        build are slow: use `swift run -c release sitrep bench` for real ones (and \
        `--sizes 1000,10000,100000` for the full set, ~400 MB of articles in the temporary \
        folder). --json prints one object that scripts can compare across commits.
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

    @Option(help: ArgumentHelp("Corpus sizes for the store figures, comma-separated.", valueName: "n,n,..."))
    var sizes: String = "1000,10000"

    @Option(help: "Measure only one part: stages or store.")
    var only: Part?

    enum Part: String, ExpressibleByArgument, CaseIterable { case stages, store }

    /// `--sizes` as numbers.
    var storeSizes: [Int] { sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

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
        let parts = sizes.split(separator: ",")
        guard !parts.isEmpty, parts.count == storeSizes.count, storeSizes.allSatisfy({ (1...1_000_000).contains($0) }) else {
            throw ValidationError("--sizes takes numbers between 1 and 1000000, comma-separated (e.g. 1000,10000)")
        }
    }

    func run() throws {
        if terminal { return try runTerminalBench() }
        if let ui { return try runDashboardUpdateBench(ui) }
        let showProgress = isatty(STDERR_FILENO) != 0
        let stages = only == .store ? nil : try runStages(showProgress: showProgress)
        let store = only == .stages ? nil : try runStore(showProgress: showProgress)

        var problems = stages?.problems ?? []
        problems += store?.results.flatMap(\.problems) ?? []
        for problem in problems { printError(problem) }
        var out = OutputBuffer()
        if json {
            out.line(Self.json(stages: stages, store: store))
            if let folder = stages?.keptFolder { printError("sitrep bench: kept the generated corpus in \(folder)") }
        } else {
            if let stages {
                for line in stages.table().split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                    out.line(String(line))
                }
                if let folder = stages.keptFolder { out.line("Kept the generated corpus in \(folder)") }
            }
            if let store {
                if stages != nil { out.line("") }
                out.write(store.table())
            }
        }
        out.flush()
        if !problems.isEmpty { throw ExitCode(1) }
    }

    private func runStages(showProgress: Bool) throws -> BenchReport {
        let options = BenchOptions(documents: docs, seed: seed, keepFolder: keep,
                                   buildConfiguration: Self.buildConfiguration)
        do {
            return try BenchRunner(options: options).run { stage in
                if showProgress { printError("sitrep bench: \(stage)...") }
            }
        } catch {
            printError("sitrep bench: could not write the generated corpus to \(options.parentFolder.path): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }

    private func runStore(showProgress: Bool) throws -> StoreBenchReport {
        let options = StoreBenchOptions(sizes: storeSizes, seed: seed, firstFrame: DashboardFrame.render, nextFrame: DashboardFrame.update,
                                        forgetFrames: DashboardFrame.forget)
        do {
            let results = try StoreBench(options: options).run { step in
                if showProgress { printError("sitrep bench: store, \(step)...") }
            }
            return StoreBenchReport(results: results, buildConfiguration: Self.buildConfiguration)
        } catch {
            printError("sitrep bench: the store benchmark failed in \(options.parentFolder.path): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }

    /// The stage report's object, with the store's figures under "store".
    static func json(stages: BenchReport?, store: StoreBenchReport?) -> String {
        var object: [String: Any] = [:]
        if let stages, let parsed = try? JSONSerialization.jsonObject(with: Data(stages.json().utf8)) as? [String: Any] {
            object = parsed
        }
        if let store { object["store"] = store.jsonObject() }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
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
