import Foundation

/// One measured stage of `sitrep bench`.
public struct BenchRow: Sendable, Equatable {
    public var stage: String
    public var documents: Int
    /// Input bytes the stage went through (files for ingest, UTF-8 document text afterwards).
    public var bytes: Int
    public var seconds: Double
    /// Peak resident memory of the process when the stage ended.
    public var peakMemoryBytes: Int
    /// False for rows that are shown but not added into the pipeline total: set-up work
    /// (generating the corpus) and breakdown rows (a part of another stage).
    public var isThroughputTarget: Bool
    /// What the stage produced, as the stage counts it (documents read, JSON bytes written,
    /// items found): a sanity check when comparing runs, and what keeps the work observable.
    public var output: Int?
    /// Printed beside the figures ("(part of extract)").
    public var note: String?

    public init(stage: String, documents: Int, bytes: Int, seconds: Double, peakMemoryBytes: Int,
                isThroughputTarget: Bool = true, output: Int? = nil, note: String? = nil) {
        self.stage = stage; self.documents = documents; self.bytes = bytes; self.seconds = seconds
        self.peakMemoryBytes = peakMemoryBytes; self.isThroughputTarget = isThroughputTarget
        self.output = output; self.note = note
    }

    public var documentsPerSecond: Double { seconds > 0 ? Double(documents) / seconds : 0 }
    /// Megabytes (10^6 bytes) per second.
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }
    /// Megabytes (10^6 bytes).
    public var peakMemoryMB: Double { Double(peakMemoryBytes) / 1e6 }
}

/// The result of one `sitrep bench` run: a row per stage, and what scripts need to compare
/// runs across commits (machine, build configuration, corpus size and seed).
public struct BenchReport: Sendable {
    public var documents: Int
    public var seed: UInt64
    /// Active processor cores.
    public var cores: Int
    /// "debug" or "release", as the executable was built.
    public var buildConfiguration: String
    public var rows: [BenchRow]
    /// The generated folder, when it was kept.
    public var keptFolder: String?
    /// Ingest problems, one line each (none expected on a generated corpus).
    public var problems: [String]

    public init(documents: Int, seed: UInt64, cores: Int, buildConfiguration: String,
                rows: [BenchRow] = [], keptFolder: String? = nil, problems: [String] = []) {
        self.documents = documents; self.seed = seed; self.cores = cores
        self.buildConfiguration = buildConfiguration; self.rows = rows
        self.keptFolder = keptFolder; self.problems = problems
    }

    /// Ingest plus every later stage: the figure to hold against the 20 MB/s target.
    public var pipeline: BenchRow? {
        let measured = rows.filter(\.isThroughputTarget)
        guard let first = measured.first else { return nil }
        return BenchRow(stage: "pipeline", documents: first.documents, bytes: first.bytes,
                        seconds: measured.reduce(0) { $0 + $1.seconds },
                        peakMemoryBytes: measured.map(\.peakMemoryBytes).max() ?? 0)
    }

    /// The report as an aligned text table.
    public func table() -> String {
        let header = ["stage", "docs", "MB", "seconds", "docs/s", "MB/s", "peak MB", ""]
        var lines: [[String]] = [header]
        func cells(_ row: BenchRow, note: String) -> [String] {
            [row.stage, String(row.documents), Self.fixed(Double(row.bytes) / 1e6, 2),
             Self.fixed(row.seconds, 3), Self.fixed(row.documentsPerSecond, 0),
             Self.fixed(row.megabytesPerSecond, 2), Self.fixed(row.peakMemoryMB, 1), note]
        }
        for row in rows { lines.append(cells(row, note: row.note ?? (row.isThroughputTarget ? "" : "(set-up, not a target)"))) }
        if let pipeline { lines.append(cells(pipeline, note: "(ingest and later stages)")) }

        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        var out = "sitrep bench: \(documents) generated documents, seed \(seed), "
            + "\(cores) cores, \(buildConfiguration) build\n\n"
        for line in lines {
            var text = ""
            for (column, cell) in line.enumerated() {
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                switch column {
                case 0: text += cell + pad
                case header.count - 1: text += cell.isEmpty ? "" : "  " + cell
                default: text += "  " + pad + cell
                }
            }
            out += text + "\n"
        }
        out += "\nMB = 10^6 bytes; peak MB is the process's peak resident memory when the stage ended.\n"
        out += "Debug builds are several times slower: use `swift run -c release sitrep bench` for real figures.\n"
        return out
    }

    /// One line of JSON with stable keys, for scripts that compare runs across commits.
    public func json() -> String {
        struct Stage: Encodable {
            let stage: String, documents: Int, bytes: Int, seconds: Double
            let documentsPerSecond: Double, megabytesPerSecond: Double, peakMemoryMB: Double
            let throughputTarget: Bool, output: Int?
            init(_ row: BenchRow) {
                stage = row.stage; documents = row.documents; bytes = row.bytes
                seconds = BenchReport.rounded(row.seconds, 6)
                documentsPerSecond = BenchReport.rounded(row.documentsPerSecond, 1)
                megabytesPerSecond = BenchReport.rounded(row.megabytesPerSecond, 3)
                peakMemoryMB = BenchReport.rounded(row.peakMemoryMB, 1)
                throughputTarget = row.isThroughputTarget
                output = row.output
            }
        }
        struct Machine: Encodable { let cores: Int; let os: String }
        struct Payload: Encodable {
            let schema: String, machine: Machine, build: String, docs: Int, seed: UInt64
            let stages: [Stage], pipeline: Stage?, problems: [String], keptFolder: String?
        }
        #if os(Linux)
        let os = "linux"
        #elseif os(macOS)
        let os = "macos"
        #else
        let os = "other"
        #endif
        let payload = Payload(schema: "sitrep-bench/1", machine: Machine(cores: cores, os: os),
                              build: buildConfiguration, docs: documents, seed: seed,
                              stages: rows.map(Stage.init), pipeline: pipeline.map(Stage.init),
                              problems: problems, keptFolder: keptFolder)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(payload) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func rounded(_ value: Double, _ places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }

    /// `value` with `places` decimals ("12.30"), without Foundation's locale-dependent formatting.
    static func fixed(_ value: Double, _ places: Int) -> String {
        let scale = pow(10, Double(places))
        let scaled = Int((value * scale).rounded())
        guard places > 0 else { return String(scaled) }
        let digits = String(abs(scaled)).leftPadded(to: places + 1)
        let cut = digits.index(digits.endIndex, offsetBy: -places)
        return (scaled < 0 ? "-" : "") + digits[..<cut] + "." + digits[cut...]
    }
}
