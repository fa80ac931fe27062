/// Reads JSON Lines that arrive in pieces (a growing file, a pipe): only complete lines are
/// read, a partial last line waits for its newline, and lines keep their numbers across pieces,
/// so documents and problems are those `Ingest.readJSONLines` gives for the whole text.
struct JSONLinesCursor {
    /// `"-"` for standard input, else the file's path (see `Ingest.readJSONLines`).
    let origin: String
    let options: IngestOptions
    /// Lines read so far (complete ones, and a final one without newline at the end).
    private(set) var linesRead = 0
    /// The start of a line whose newline has not come yet.
    private var partial: [UInt8] = []
    /// Inside a line already reported too large: its bytes are dropped up to its newline.
    private var skippingLine = false

    init(origin: String, options: IngestOptions) {
        self.origin = origin
        self.options = options
    }

    /// Reads the lines that `bytes` completes.
    mutating func consume(_ bytes: ArraySlice<UInt8>) -> IngestResult {
        var rest = bytes
        var result = IngestResult()
        if skippingLine {
            guard let newline = rest.firstIndex(of: 0x0A) else { return result }
            rest = rest[rest.index(after: newline)...]
            skippingLine = false
            linesRead += 1
        }
        guard let lastNewline = rest.lastIndex(of: 0x0A) else {
            partial += rest
            return limitPartial()
        }
        var complete = partial
        complete += rest[...lastNewline]
        partial = Array(rest[rest.index(after: lastNewline)...])
        result.append(read(complete))
        linesRead += complete.lazy.filter { $0 == 0x0A }.count
        result.append(limitPartial())
        return result
    }

    /// The stream ended: a last line without newline is read as it is.
    mutating func finish() -> IngestResult {
        guard !partial.isEmpty else { return IngestResult() }
        defer { partial = []; linesRead += 1 }
        return read(partial)
    }

    /// Starts over, for a file truncated or replaced.
    mutating func reset() {
        linesRead = 0
        partial = []
        skippingLine = false
    }

    private func read(_ bytes: [UInt8]) -> IngestResult {
        JSONRecords.readLines(bytes, origin: origin, path: origin == "-" ? nil : origin, options: options,
                              firstLine: linesRead + 1)
    }

    /// A partial line longer than the per-line limit is reported now and dropped up to its
    /// newline, rather than held in memory until it comes.
    private mutating func limitPartial() -> IngestResult {
        guard partial.count > options.maxFileBytes else { return IngestResult() }
        partial = []
        skippingLine = true
        let reason = "line \(linesRead + 1): too large (more than \(FileLoader.describe(limit: options.maxFileBytes))), skipped"
        return IngestResult(problems: [IngestProblem(path: origin, reason: reason)])
    }
}
