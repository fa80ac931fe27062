import Foundation

/// A stage of the model measured over the ingested documents: one row of `sitrep bench`.
///
/// A new stage (text, time, quotes, places, ...) adds one value here and one entry in
/// `standard`, in pipeline order, e.g.
/// `BenchStage(name: "text") { docs in docs.reduce(0) { $0 + AnalyzedText(...).sentences.count } }`.
public struct BenchStage: Sendable {
    public let name: String
    /// False for a breakdown row (a part of another stage, or the same work on all cores):
    /// shown, but not added into the "pipeline" total.
    public let inPipeline: Bool
    /// A few words printed beside the figures.
    public let note: String?
    /// Does the stage's work on every document and returns a figure derived from its output
    /// (items found, bytes written), which is reported, so the work cannot be optimised away.
    public let run: @Sendable ([Document]) -> Int

    public init(name: String, inPipeline: Bool = true, note: String? = nil,
                run: @escaping @Sendable ([Document]) -> Int) {
        self.name = name
        self.inPipeline = inPipeline
        self.note = note
        self.run = run
    }

    /// Sentences, tokens and name runs (part of "extract").
    public static let text = BenchStage(name: "text", inPipeline: false, note: "(part of extract)") { documents in
        documents.reduce(0) { $0 + AnalyzedText($1.text).tokens.count }
    }

    /// Temporal expressions (part of "extract").
    public static let time = BenchStage(name: "time", inPipeline: false, note: "(part of extract)") { documents in
        let tagger = TimexTagger()
        return documents.reduce(0) { $0 + tagger.tag($1.text, anchor: $1.date).count }
    }

    /// Quotes and people, text analysis included (the "text" row is that part alone).
    public static let quotes = BenchStage(name: "quotes", inPipeline: false, note: "(part of extract; with text)") { documents in
        let attribution = QuoteAttribution()
        return documents.reduce(0) { $0 + attribution.extract(AnalyzedText($1.text)).quotes.count }
    }

    /// Places, text analysis included; the gazetteer is loaded before the clock starts.
    public static let places = BenchStage(name: "places", inPipeline: false, note: "(part of extract; with text)") { documents in
        let resolver = PlaceResolver()
        return documents.reduce(0) { $0 + resolver.places(in: AnalyzedText($1.text)).count }
    }

    /// Every model stage on one core; the output is the number of events.
    public static let extract = BenchStage(name: "extract", note: "(all model stages, one core)") { documents in
        let extractor = Extractor()
        return documents.reduce(0) { $0 + extractor.extract($1).events.count }
    }

    /// The whole corpus model as the dashboard builds it: extraction on all cores, then the
    /// timeline merge; the output is the number of timeline entries.
    public static let corpus = BenchStage(name: "corpus", inPipeline: false, note: "(extract on all cores + merge)") { documents in
        Corpus(documents: documents).timeline.count
    }

    /// One extraction-contract line per document (`sitrep extract`); the output is JSON bytes.
    public static let export = BenchStage(name: "export") { documents in
        documents.reduce(0) { $0 + ExtractJSON.line(for: $1).utf8.count }
    }

    /// The stages measured after ingest, in pipeline order.
    public static var standard: [BenchStage] { [.text, .time, .quotes, .places, .extract, .corpus, .export] }
}

/// What to measure.
public struct BenchOptions: Sendable {
    public var documents: Int
    public var seed: UInt64
    /// Keep the generated folder instead of removing it afterwards.
    public var keepFolder: Bool
    /// "debug" or "release": the executable knows (`#if DEBUG`), the library reports it.
    public var buildConfiguration: String
    /// Where the generated folder goes (a new sub-folder is made in it).
    public var parentFolder: URL

    public init(documents: Int = 10_000, seed: UInt64 = 1, keepFolder: Bool = false,
                buildConfiguration: String = "unknown",
                parentFolder: URL = FileManager.default.temporaryDirectory) {
        self.documents = documents; self.seed = seed; self.keepFolder = keepFolder
        self.buildConfiguration = buildConfiguration; self.parentFolder = parentFolder
    }
}

/// Generates a synthetic corpus into a temporary folder, then times each stage over it:
/// "generate" (set-up, reported but not a target), "ingest" (`Ingest.read`), then `stages`.
public struct BenchRunner: Sendable {
    public var options: BenchOptions
    public var stages: [BenchStage]

    public init(options: BenchOptions, stages: [BenchStage] = BenchStage.standard) {
        self.options = options
        self.stages = stages
    }

    /// Runs every stage once. `progress` hears the name of each stage as it starts.
    public func run(progress: (String) -> Void = { _ in }) throws -> BenchReport {
        let fileManager = FileManager.default
        let folder = options.parentFolder.appendingPathComponent(
            "sitrep-bench-\(options.seed)-\(options.documents)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        defer { if !options.keepFolder { try? fileManager.removeItem(at: folder) } }

        var report = BenchReport(documents: options.documents, seed: options.seed,
                                 cores: ProcessInfo.processInfo.activeProcessorCount,
                                 buildConfiguration: options.buildConfiguration)

        progress("generate")
        let corpus = SyntheticCorpus(count: options.documents, seed: options.seed)
        var fileBytes = 0
        let generateSeconds = try Self.seconds { fileBytes = try corpus.write(to: folder) }
        report.rows.append(BenchRow(stage: "generate", documents: options.documents, bytes: fileBytes,
                                    seconds: generateSeconds, peakMemoryBytes: ResourceUsage.peakResidentBytes(),
                                    isThroughputTarget: false))

        progress("ingest")
        var ingested = IngestResult()
        let ingestSeconds = Self.seconds { ingested = Ingest.read(paths: [folder.path], options: IngestOptions()) }
        report.rows.append(BenchRow(stage: "ingest", documents: ingested.documents.count, bytes: fileBytes,
                                    seconds: ingestSeconds, peakMemoryBytes: ResourceUsage.peakResidentBytes(),
                                    output: ingested.documents.count))
        report.problems = ingested.problems.map(\.description)
        if ingested.documents.count != options.documents {
            report.problems.append("sitrep bench: ingest read \(ingested.documents.count) of \(options.documents) generated documents")
        }

        let documents = ingested.documents
        let textBytes = documents.reduce(0) { $0 + $1.text.utf8.count }

        // The gazetteer loads once per process, before any stage that needs it is timed.
        progress("gazetteer")
        var places = 0
        let loadSeconds = Self.seconds { places = Gazetteer.shared.count }
        report.rows.append(BenchRow(stage: "gazetteer", documents: 0, bytes: 0, seconds: loadSeconds,
                                    peakMemoryBytes: ResourceUsage.peakResidentBytes(), isThroughputTarget: false,
                                    output: places, note: "(set-up: load \(places) places)"))
        for stage in stages {
            progress(stage.name)
            var output = 0
            let seconds = Self.seconds { output = stage.run(documents) }
            report.rows.append(BenchRow(stage: stage.name, documents: documents.count, bytes: textBytes,
                                        seconds: seconds, peakMemoryBytes: ResourceUsage.peakResidentBytes(),
                                        isThroughputTarget: stage.inPipeline, output: output, note: stage.note))
        }

        if options.keepFolder { report.keptFolder = folder.path }
        return report
    }

    private static func seconds(_ work: () throws -> Void) rethrows -> Double {
        let elapsed = try ContinuousClock().measure(work)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
