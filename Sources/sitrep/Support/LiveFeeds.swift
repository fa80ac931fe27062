import Foundation
import SitrepCore

/// What the dashboard and `sitrep watch` read and then keep following: the folders and files
/// given (inotify, or polling with `--poll`), `--follow` files and `-` (standard input), through
/// one `IngestWatcher`; its deltas go into a `LiveCorpus`. With `--no-watch` (or the demo) the
/// inputs are read once.
final class LiveFeeds: @unchecked Sendable {
    private let corpus: CorpusOptions
    private let live: LiveOptions
    private let demo: Bool
    private let lock = NSLock()
    private var watcher: IngestWatcher?
    private var stopped = false

    init(corpus: CorpusOptions, live: LiveOptions, demo: Bool) {
        self.corpus = corpus; self.live = live; self.demo = demo
    }

    /// True when the inputs are followed after the first read.
    var follows: Bool { !demo && !live.noWatch && (!corpus.paths.isEmpty || !live.follow.isEmpty) }

    /// "2 folders", "feed.jsonl and standard input"; nil when nothing is followed.
    var description: String? {
        guard follows else { return nil }
        var parts: [String] = []
        let paths = corpus.paths.filter { $0 != "-" }
        if paths.count == 1 { parts.append(paths[0]) } else if paths.count > 1 { parts.append("\(paths.count) paths") }
        parts += live.follow
        if corpus.paths.contains("-") { parts.append("standard input") }
        return parts.joined(separator: ", ") + (live.poll.map { " (polling every \($0) s)" } ?? "")
    }

    /// True while something is still followed (standard input alone stops at its end).
    var isActive: Bool {
        lock.lock(); defer { lock.unlock() }
        guard let watcher, !stopped else { return false }
        let onlyStandardInput = corpus.paths.allSatisfy { $0 == "-" } && live.follow.isEmpty
        return !(onlyStandardInput && watcher.standardInputEnded)
    }

    /// Reads the inputs and, unless told not to, keeps following them, feeding `target`.
    /// The first read is submitted as the initial load. Returns at once.
    func start(into target: LiveCorpus, demoDocuments: @escaping @Sendable () -> IngestResult = { IngestResult() }) {
        let options = corpus.ingestOptions
        if demo || !follows {
            let corpus = self.corpus, demo = self.demo
            DispatchQueue.global(qos: .userInitiated).async {
                let result = demo ? demoDocuments() : corpus.load()
                target.submit(upserted: result.documents, problems: result.problems, initialLoad: true)
                target.finishInitialLoad()
            }
            return
        }
        let mode: WatchMode = live.poll.map { .poll(every: .milliseconds(Int(($0 * 1000).rounded()))) } ?? .inotify
        // The watches are in place before the first read, so nothing written meanwhile is lost.
        let watcher = IngestWatcher(paths: corpus.paths, follow: live.follow,
                                    options: IngestWatchOptions(ingest: options, watch: FileWatchOptions(mode: mode)))
        lock.lock(); self.watcher = watcher; lock.unlock()
        let extraJSONL = corpus.inputJSONL
        Thread.detachNewThread { [self] in
            var first = true
            while !isStopped {
                guard let delta = watcher.next(timeout: .milliseconds(500)) else {
                    if !isActive { break }
                    continue
                }
                if first {
                    var documents = delta.upserted, problems = delta.problems
                    for file in extraJSONL {
                        let result = Ingest.readJSONLines(path: file, options: options)
                        documents += result.documents; problems += result.problems
                    }
                    target.submit(upserted: documents, removed: delta.removed, problems: problems, initialLoad: true)
                    target.finishInitialLoad()
                    first = false
                } else if !delta.isEmpty {
                    target.submit(upserted: delta.upserted, removed: delta.removed, problems: delta.problems)
                }
            }
        }
    }

    private var isStopped: Bool { lock.lock(); defer { lock.unlock() }; return stopped }

    func stop() {
        lock.lock(); stopped = true; let watcher = self.watcher; lock.unlock()
        watcher?.stop()
    }
}
