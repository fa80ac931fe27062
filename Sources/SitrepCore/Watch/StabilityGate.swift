/// Holds changed files back until they are complete, so that a half-written article is never
/// read.
///
/// A file is complete when its writer says so (inotify's close-after-write, or a rename into
/// place, which is atomic), or when `stat` gives the same size, modification time, inode and
/// mode across a quiet interval: `settle` in general, and the longer `openWriteTimeout` while
/// inotify has seen writes but no close yet (a writer that keeps the file open and pauses).
struct StabilityGate {
    /// What was seen of a file.
    enum Evidence {
        /// Created or written to (IN_CREATE, IN_MODIFY): a writer may still be at work.
        case written
        /// Closed after writing (IN_CLOSE_WRITE) or renamed into place (IN_MOVED_TO).
        case completed
        /// Permissions or times changed (IN_ATTRIB): the content did not.
        case attributes
        /// Found different from what was known by a scan (polling, a new folder, a rescan).
        case scanned
    }

    /// A file seen changed and not reported yet.
    private struct Pending {
        var stamp: FileStamp
        var lastChange: ContinuousClock.Instant
        var complete: Bool
        var writing: Bool
    }

    /// What happened to a pending file when its time came.
    enum Outcome: Equatable {
        case stable(path: String, stamp: FileStamp)
        case gone(path: String)
    }

    var settle: Duration
    var openWriteTimeout: Duration
    /// Paths reported on every change without waiting: streams followed line by line, which
    /// take partial writes themselves.
    var immediate: Set<String> = []

    private var pending: [String: Pending] = [:]

    init(settle: Duration, openWriteTimeout: Duration) {
        self.settle = settle
        self.openWriteTimeout = openWriteTimeout
    }

    var isEmpty: Bool { pending.isEmpty }

    func isPending(_ path: String) -> Bool { pending[path] != nil }

    /// Records what was seen of `path`, whose stamp is `stamp` now.
    mutating func note(_ path: String, _ evidence: Evidence, stamp: FileStamp, now: ContinuousClock.Instant) {
        let holds = !immediate.contains(path)
        guard var entry = pending[path] else {
            let complete = !holds || evidence == .completed || evidence == .attributes
            pending[path] = Pending(stamp: stamp, lastChange: now, complete: complete, writing: evidence == .written)
            return
        }
        switch evidence {
        case .written:
            entry.complete = !holds
            entry.writing = true
            entry.lastChange = now
        case .completed:
            entry.complete = true
            entry.writing = false
        case .attributes:
            break
        case .scanned:
            if stamp != entry.stamp {
                entry.complete = !holds
                entry.lastChange = now
            }
        }
        entry.stamp = stamp
        pending[path] = entry
    }

    /// Forgets `path` and anything below it (deleted, or the folder went away).
    mutating func drop(_ path: String) {
        pending[path] = nil
        let below = InputWalker.join(path, "")
        if pending.keys.contains(where: { $0.hasPrefix(below) }) {
            pending = pending.filter { !$0.key.hasPrefix(below) }
        }
    }

    /// When the next pending file is due for a look, or nil when none is pending.
    func nextDeadline() -> ContinuousClock.Instant? {
        pending.values.lazy.map { $0.complete ? $0.lastChange : $0.lastChange + quiet($0) }.min()
    }

    /// Takes the files that are complete or have stayed unchanged for their quiet interval;
    /// files that changed again start a new interval.
    mutating func collect(now: ContinuousClock.Instant) -> [Outcome] {
        var outcomes: [Outcome] = []
        for (path, entry) in pending {
            guard entry.complete || now >= entry.lastChange + quiet(entry) else { continue }
            switch FileStamp.lookup(path) {
            case .found(let stamp) where entry.complete || stamp == entry.stamp:
                pending[path] = nil
                outcomes.append(.stable(path: path, stamp: stamp))
            case .found(let stamp):
                pending[path]?.stamp = stamp
                pending[path]?.lastChange = now
            case .absent:
                pending[path] = nil
                outcomes.append(.gone(path: path))
            case .unknown:
                // Not visible now (a folder above lost its permissions): the folder's own
                // change event or the next rescan brings it back.
                pending[path] = nil
            }
        }
        return outcomes
    }

    private func quiet(_ entry: Pending) -> Duration {
        entry.writing ? openWriteTimeout : settle
    }
}
