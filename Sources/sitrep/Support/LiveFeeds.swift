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
    /// Set by `start` when the inputs are to be followed: they count as followed from then on,
    /// also in the moment between the end of the first read and the watcher's start.
    private var followPending = false

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
        guard !stopped else { return false }
        guard let watcher else { return followPending }
        let onlyStandardInput = corpus.paths.allSatisfy { $0 == "-" } && live.follow.isEmpty
        return !(onlyStandardInput && watcher.standardInputEnded)
    }

    /// Reads the inputs and, unless told not to, keeps following them, feeding `target`.
    /// The first read goes through the store (`CorpusLoader`: documents unchanged since the
    /// last run are not extracted again) and is the initial load, in batches as they are
    /// ready; then the watcher takes over. Returns at once.
    func start(into target: LiveCorpus, demoDocuments: @escaping @Sendable () -> IngestResult = { IngestResult() }) {
        if demo {
            DispatchQueue.global(qos: .userInitiated).async {
                let result = demoDocuments()
                target.submit(upserted: result.documents, problems: result.problems, initialLoad: true)
                target.finishInitialLoad()
            }
            return
        }
        let follows = self.follows
        lock.lock(); followPending = follows; lock.unlock()
        // Standard input is a stream to follow when watching, a file to read otherwise.
        let inputs = corpus.inputs.filter { follows ? $0 != .path("-") : true }
        let loader = CorpusLoader(inputs: inputs, options: corpus.ingestOptions, store: corpus.storeChoice)
        Thread.detachNewThread { [self] in
            var known = LoadedFiles()
            if !inputs.isEmpty {
                let load = loader.load(progress: { target.report(progress: $0) },
                                       memo: { target.replay($0) },
                                       batch: { target.submit(extractions: $0, initialLoad: true) },
                                       isCancelled: { self.isStopped })
                target.submit(extractions: [], problems: load.problems, initialLoad: true)
                known = load.files
                if let store = load.store, load.storeHoldsCorpus { Self.saveMemo(of: target, in: store) }
            }
            target.report(progress: nil)
            target.finishInitialLoad()
            if follows && !isStopped { follow(into: target, known: known) }
            lock.lock(); followPending = false; lock.unlock()
        }
    }

    /// Saves what the merges of the first load decided (`MergeMemo`), so that the next open
    /// of the same documents replays it, unless it replayed the saved one whole.
    private static func saveMemo(of target: LiveCorpus, in store: ExtractionStore) {
        target.whenApplied { corpus in
            guard !corpus.replayedWholeMemo else { return }
            try? store.save(corpus.mergeMemo())
        }
    }

    /// Follows the inputs after the first read: the watcher's first delta is a full read, in
    /// which the files the load read and that kept their size and time are taken as read
    /// (`known`), and what else the load already has is passed over unextracted
    /// (`LiveCorpus.submit`).
    private func follow(into target: LiveCorpus, known: LoadedFiles) {
        let mode: WatchMode = live.poll.map { .poll(every: .milliseconds(Int(($0 * 1000).rounded()))) } ?? .inotify
        let watcher = IngestWatcher(paths: corpus.paths, follow: live.follow,
                                    options: IngestWatchOptions(ingest: corpus.ingestOptions, watch: FileWatchOptions(mode: mode)),
                                    known: known)
        lock.lock(); self.watcher = watcher; lock.unlock()
        var first = true
        while !isStopped {
            guard let delta = watcher.next(timeout: .milliseconds(500)) else {
                if !isActive { break }
                continue
            }
            // The first delta's problems were said by the load already (but not a stream's).
            let problems = first && !corpus.paths.contains("-") ? [] : delta.problems
            first = false
            if !delta.changesNothing || !problems.isEmpty {
                target.submit(upserted: delta.upserted, removed: delta.removed, problems: problems)
            }
        }
    }

    private var isStopped: Bool { lock.lock(); defer { lock.unlock() }; return stopped }

    func stop() {
        lock.lock(); stopped = true; let watcher = self.watcher; lock.unlock()
        watcher?.stop()
    }
}
