import Foundation

/// Why one input could not be (fully) read. Printed as one line: `sitrep: PATH: REASON`.
public struct IngestProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// True when the document was still produced (e.g. invalid UTF-8 repaired): a warning.
    public var recovered: Bool
    public init(path: String, reason: String, recovered: Bool = false) {
        self.path = path; self.reason = reason; self.recovered = recovered
    }
    public var description: String { "sitrep: \(path): \(reason)" }
}

/// Settings for reading a corpus.
public struct IngestOptions: Sendable {
    /// `--date`: used when neither header, file name nor dateline gives a date.
    public var fallbackDate: DayDate?
    /// Files larger than this are refused (default 16 MiB); in JSON Lines, lines larger than this.
    public var maxFileBytes: Int
    public init(fallbackDate: DayDate? = nil, maxFileBytes: Int = 16 * 1024 * 1024) {
        self.fallbackDate = fallbackDate; self.maxFileBytes = maxFileBytes
    }
}

/// Documents read, and the problems met on the way, both in input order.
public struct IngestResult: Sendable {
    public var documents: [Document]
    public var problems: [IngestProblem]
    /// Files met inside folders and passed over because their extension is not one Sitrep
    /// reads (e.g. `photo.jpg`), in walk order, so that a caller can say so.
    public var skippedFiles: [String]
    /// True when at least one input failed (recovered warnings do not count).
    public var hasFailures: Bool { problems.contains { !$0.recovered } }
    public init(documents: [Document] = [], problems: [IngestProblem] = [], skippedFiles: [String] = []) {
        self.documents = documents; self.problems = problems; self.skippedFiles = skippedFiles
    }

    /// Appends another result after this one, keeping input order.
    mutating func append(_ other: IngestResult) {
        documents += other.documents
        problems += other.problems
        skippedFiles += other.skippedFiles
    }
}
