#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The ingest side of an `IngestWatcher`, on the file watcher's thread: the first full read,
/// then each batch of file changes turned into a delta by re-reading the changed files only,
/// with the ingest's own readers (so ids, dates and problems are those of `Ingest.read`).
final class IngestSession: @unchecked Sendable {  // touched by the file watcher's thread only
    private let paths: [String]
    private let options: IngestOptions
    private let deliver: @Sendable (IngestDelta) -> Void
    private var ledger = DocumentLedger()
    private var tails: [String: JSONLinesTail] = [:]
    private let followed: [String]
    /// The problems each file gave when last read, so that the same ones are not said again.
    private var lastProblems: [String: [IngestProblem]] = [:]
    /// Files a load read just before: taken as read by the first full read while their size
    /// and time hold (dropped after it).
    private var known: LoadedFiles

    init(paths: [String], follow: [String], options: IngestOptions, known: LoadedFiles = LoadedFiles(),
         deliver: @escaping @Sendable (IngestDelta) -> Void) {
        self.paths = paths
        self.known = known
        self.options = options
        self.deliver = deliver
        followed = follow
        for path in follow { tails[path] = JSONLinesTail(path: path, options: options) }
    }

    /// The first full read, in the walk's order, delivered as one delta (even when empty).
    func readAll() {
        // Each file's delta is kept and all are folded once at the end: folding them one by
        // one went over everything read so far for every file.
        var parts: [IngestDelta] = []
        for item in InputWalker.walk(paths) {
            switch item {
            case .file(let path, let format):
                if let file = known.byPath[path], StoreFileStamp.of(path) == file.stamp {
                    // As the load found it: recorded as read, and no change to report.
                    _ = ledger.replace(path, with: file.documents)
                    _ = said(file.problems, for: path)
                    continue
                }
                let result = FileDocumentReader.read(path, format: format, options: options)
                parts.append(ledger.replace(path, with: result.documents))
                parts.append(IngestDelta(problems: said(result.problems, for: path)))
            case .problem(let problem):
                parts.append(IngestDelta(problems: [problem]))
            case .skipped(let path):
                parts.append(IngestDelta(skippedFiles: [path]))
            case .standardInput:
                continue  // read as a stream by the watcher
            }
        }
        for path in followed { parts.append(tails[path]?.readAppended() ?? IngestDelta()) }
        known = LoadedFiles()
        deliver(IngestDelta(merging: parts))
    }

    /// Re-reads what a batch says changed.
    func apply(_ batch: FileWatcher.Batch) {
        var parts: [IngestDelta] = []
        for change in batch.changes {
            if let appended = tails[change.path]?.readAppended() {
                parts.append(appended)
            } else if change.kind == .removed {
                lastProblems[change.path] = nil
                parts.append(ledger.remove(change.path))
            } else {
                parts.append(reread(change.path))
            }
        }
        var delta = IngestDelta(merging: parts)
        delta.problems += batch.notices.map { IngestProblem(path: $0.path, reason: $0.message, recovered: true) }
        if !delta.isEmpty { deliver(delta) }
    }

    private func reread(_ path: String) -> IngestDelta {
        let format = InputFormat(fileName: WatchPaths.lastName(of: path)) ?? .plainText
        let result = FileDocumentReader.read(path, format: format, options: options)
        if result.documents.isEmpty, !result.problems.isEmpty {
            if Self.isUnreadable(path) {
                // Permissions taken away: said once, its documents kept until it is readable again.
                return IngestDelta(problems: said(result.problems, for: path))
            }
            if FileStamp.lookup(path) == .absent {
                // Deleted since it was seen: the removal is on its way, nothing to say.
                lastProblems[path] = nil
                return ledger.remove(path)
            }
        }
        var delta = ledger.replace(path, with: result.documents)
        delta.problems = said(result.problems, for: path)
        return delta
    }

    /// The problems not said for this file last time it was read.
    private func said(_ problems: [IngestProblem], for path: String) -> [IngestProblem] {
        let previous = lastProblems[path] ?? []
        lastProblems[path] = problems.isEmpty ? nil : problems
        return problems == previous ? [] : problems.filter { !previous.contains($0) }
    }

    private static func isUnreadable(_ path: String) -> Bool {
        access(path, R_OK) != 0 && errno == EACCES
    }
}
