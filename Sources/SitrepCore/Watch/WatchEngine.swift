/// The watcher's state and rules, driven by one thread (`FileWatcher`): what is known of the
/// watched paths, what is pending, and what goes out in the next batch.
///
/// Everything is reconciled against `stat`: an inotify event, a poll tick or a queue overflow
/// only says where to look. So a lost or merged event costs a rescan, never an article.
final class WatchEngine {
    /// A path given to watch, and what it is now.
    struct Root {
        enum Kind { case folder, file, missing, unknown }
        let path: String
        var kind: Kind = .unknown
    }

    let options: FileWatchOptions
    private(set) var roots: [Root]
    /// Files as last reported (or as found by the first scan), by path.
    private(set) var known: [String: FileStamp] = [:]
    var gate: StabilityGate
    #if os(Linux)
    var inotify: Inotify?
    #endif
    var table = WatchTable()
    /// For each folder watched as the nearest existing ancestor of missing paths: the names
    /// in it that lead to them.
    var ancestorNames: [String: Set<String>] = [:]
    /// Every root is rescanned at the poll interval: polling mode, or folders inotify could not watch.
    private(set) var polls: Bool
    private var nextPoll: ContinuousClock.Instant?
    private var nextMissingCheck: ContinuousClock.Instant?
    private var outbox: [String: FileChange.Kind] = [:]
    private var outboxOpened: ContinuousClock.Instant?
    private var notices: [WatchNotice] = []
    private var noticed: Set<WatchNotice> = []
    private let rootFiles: Set<String>

    /// The mode in effect (inotify asked for and unavailable gives polling).
    var mode: WatchMode {
        #if os(Linux)
        if inotify != nil { return .inotify }
        #endif
        if case .poll = options.mode { return options.mode }
        return .poll(every: options.fallbackPollInterval)
    }

    var pollInterval: Duration {
        if case .poll(let every) = options.mode { return max(every, .milliseconds(10)) }
        return options.fallbackPollInterval
    }

    init(paths: [String], options: FileWatchOptions, immediate: Set<String> = []) {
        self.options = options
        roots = paths.map { Root(path: $0) }
        rootFiles = Set(paths)
        gate = StabilityGate(settle: options.settle, openWriteTimeout: options.openWriteTimeout)
        gate.immediate = immediate
        polls = true
        #if os(Linux)
        if options.mode == .inotify {
            switch Inotify.open() {
            case .success(let instance):
                inotify = instance
                polls = false
            case .failure(let error):
                notice(paths.first ?? ".", "inotify unavailable (\(error)); polling every \(Self.seconds(pollInterval)) s instead")
            }
        }
        #endif
    }

    /// Sets the watches up and takes the first snapshot: what is there now is known, not reported.
    func start(now: ContinuousClock.Instant) {
        for index in roots.indices { refreshRoot(index, now: now, initial: true) }
        if polls { nextPoll = now + pollInterval }
    }

    // MARK: - Reconciling with the file system

    /// Looks at a given path again: folder, file or missing, and everything known below it.
    func refreshRoot(_ index: Int, now: ContinuousClock.Instant, initial: Bool = false) {
        let path = roots[index].path
        let previous = roots[index].kind
        switch FileStamp.lookup(path) {
        case .found(let stamp) where stamp.isDirectory:
            roots[index].kind = .folder
            reconcileFolder(path, now: now, initial: initial)
        case .found(let stamp):
            if previous == .folder { forget(path) }
            roots[index].kind = .file
            watchFolder(WatchPaths.parent(of: path), role: .fileParent)
            if initial, stamp.isRegularFile {
                known[path] = stamp
            } else if stamp.isRegularFile, known[path] != stamp || gate.isPending(path) {
                gate.note(path, .scanned, stamp: stamp, now: now)
            }
        case .absent:
            forget(path)
            roots[index].kind = .missing
            watchNearestAncestor(of: path)
        case .unknown:
            roots[index].kind = .unknown
        }
        if roots.contains(where: { $0.kind == .missing || $0.kind == .unknown }), nextMissingCheck == nil {
            nextMissingCheck = now + options.missingPathRecheck
        }
    }

    /// Rescans the folder at `path` (inside a watched tree) and reconciles what is known below it.
    func reconcileFolder(_ path: String, now: ContinuousClock.Instant, initial: Bool = false) {
        let lookup = FileStamp.lookup(path)
        guard case .found(let stamp) = lookup, stamp.isDirectory else {
            if lookup != .unknown { forget(path) }  // gone, or a file now
            return
        }
        let scan = FolderScan(folder: path, stamp: stamp)
        for (folder, folderStamp) in scan.folders { watchFolder(folder, stamp: folderStamp, role: .tree) }
        for folder in table.paths(with: .tree, inside: path)
        where scan.folders[folder] == nil && !scan.isInsideUnlisted(folder) {
            unwatch(folder, role: .tree)
        }
        for (file, fileStamp) in scan.files {
            if initial {
                known[file] = fileStamp
            } else if known[file] != fileStamp || gate.isPending(file) {
                gate.note(file, .scanned, stamp: fileStamp, now: now)
            }
        }
        let vanished = known.keys.filter {
            WatchPaths.isInside($0, folder: path) && scan.files[$0] == nil && !scan.unsure.contains($0)
                && !scan.isInsideUnlisted($0) && !rootFiles.contains($0)
        }
        for file in vanished { reportRemoved(file) }
    }

    /// Looks at one article file after an event about it.
    func checkFile(_ path: String, _ evidence: StabilityGate.Evidence, now: ContinuousClock.Instant) {
        switch FileStamp.lookup(path) {
        case .found(let stamp) where stamp.isRegularFile:
            gate.note(path, evidence, stamp: stamp, now: now)
        case .found, .absent:
            gate.drop(path)
            if known[path] != nil { reportRemoved(path) }
        case .unknown:
            break
        }
    }

    /// `path` is gone: what was known at and below it is removed, its watches dropped.
    func forget(_ path: String) {
        gate.drop(path)
        for file in known.keys where WatchPaths.isInside(file, folder: path) { reportRemoved(file) }
        for folder in table.paths(with: .tree, inside: path) { unwatch(folder, role: .tree) }
    }

    /// Rescans every given path (polling, a queue overflow).
    func refreshAll(now: ContinuousClock.Instant) {
        for index in roots.indices { refreshRoot(index, now: now) }
    }

    /// Looks for the missing given paths again, and moves the ancestor watches toward them.
    func recheckMissing(now: ContinuousClock.Instant) {
        let before = ancestorNames
        ancestorNames = [:]
        for index in roots.indices where roots[index].kind == .missing || roots[index].kind == .unknown {
            refreshRoot(index, now: now)
        }
        for folder in before.keys where ancestorNames[folder] == nil { unwatch(folder, role: .ancestor) }
    }

    // MARK: - Reporting

    private func reportStable(_ path: String, stamp: FileStamp) {
        let before = known[path]
        guard before != stamp else { return }
        known[path] = stamp
        switch outbox[path] {
        case .added?: break
        case .removed?: outbox[path] = .modified
        case .modified?: break
        case nil: outbox[path] = before == nil ? .added : .modified
        }
        openOutbox()
    }

    private func reportRemoved(_ path: String) {
        guard known.removeValue(forKey: path) != nil else { return }
        gate.drop(path)
        if outbox[path] == .added {
            outbox[path] = nil  // never seen by the consumer: nothing to take back
        } else {
            outbox[path] = .removed
            openOutbox()
        }
    }

    private func openOutbox() {
        if outboxOpened == nil { outboxOpened = ContinuousClock.now }
    }

    func notice(_ path: String, _ message: String) {
        let notice = WatchNotice(path: path, message: message)
        if noticed.insert(notice).inserted { notices.append(notice) }
    }

    /// Switches polling on besides inotify, for folders that could not be watched.
    func pollAlso(now: ContinuousClock.Instant) {
        guard !polls else { return }
        polls = true
        nextPoll = now + pollInterval
    }

    // MARK: - Time

    /// When `step` has something to do next, or nil when only an event can change anything.
    func nextDeadline() -> ContinuousClock.Instant? {
        [gate.nextDeadline(), outboxOpened.map { $0 + options.coalesce }, polls ? nextPoll : nil, nextMissingCheck]
            .compactMap { $0 }.min()
    }

    /// Does what is due at `now`; returns a batch when one is ready to go out.
    func step(now: ContinuousClock.Instant) -> FileWatcher.Batch? {
        if polls, let due = nextPoll, now >= due {
            refreshAll(now: now)
            nextPoll = now + pollInterval
        }
        if let due = nextMissingCheck, now >= due {
            nextMissingCheck = nil
            recheckMissing(now: now)
        }
        for outcome in gate.collect(now: now) {
            switch outcome {
            case .stable(let path, let stamp): reportStable(path, stamp: stamp)
            case .gone(let path): reportRemoved(path)
            }
        }
        let outboxDue = outboxOpened.map { now >= $0 + options.coalesce } ?? false
        return outboxDue || !notices.isEmpty ? takeBatch() : nil
    }

    private func takeBatch() -> FileWatcher.Batch? {
        let changes = outbox.map { FileChange(path: $0.key, kind: $0.value) }.sorted(by: walkOrder)
        let batch = FileWatcher.Batch(changes: changes, notices: notices)
        outbox = [:]
        outboxOpened = nil
        notices = []
        return batch.isEmpty ? nil : batch
    }

    /// Given paths in their order, and the walk's order below each.
    private func walkOrder(_ a: FileChange, _ b: FileChange) -> Bool {
        let rootA = roots.firstIndex { WatchPaths.isInside(a.path, folder: $0.path) } ?? roots.count
        let rootB = roots.firstIndex { WatchPaths.isInside(b.path, folder: $0.path) } ?? roots.count
        return rootA != rootB ? rootA < rootB : WatchPaths.walkOrder(a.path, b.path)
    }

    static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return value == value.rounded() ? String(Int(value)) : String(value)
    }
}
