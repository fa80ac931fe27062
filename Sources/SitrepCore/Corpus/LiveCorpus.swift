import Foundation

/// A corpus that keeps changing in the background: documents are submitted as they are read
/// (the first load, then what a watcher or a stream delivers), extracted on all cores off the
/// caller's thread, and applied as `CorpusChange`s. A consumer (the dashboard's loop, `sitrep
/// watch`) takes the latest state when it is ready for it: everything submitted since its last
/// take comes as one update, so a burst of a thousand articles costs it a few redraws, not a
/// thousand.
public final class LiveCorpus: @unchecked Sendable {
    /// What a consumer takes: the corpus now, what changed since its last take, the problems
    /// met so far, and how far the work it was given has got.
    public struct Update: Sendable {
        public var corpus: Corpus
        public var diff: CorpusDiff
        public var problems: [IngestProblem]
        /// True while every change so far belongs to the first load (not news to the user).
        public var isInitialLoad: Bool
        /// Documents extracted of those submitted; nil once all are done.
        public var progress: LoadProgress?
    }

    private let extractor: Extractor
    private let queue = DispatchQueue(label: "sitrep.live-corpus")
    private let lock = NSLock()
    private let condition = NSCondition()
    /// The corpus being changed; touched only on `queue`, so the consumer never waits on
    /// an extraction.
    private var working = Corpus()
    // Guarded by `lock`:
    private var corpus = Corpus()
    private var pendingDiff = CorpusDiff()
    private var reported: LoadProgress?
    /// What the batches applied since the last publication changed.
    private var unpublishedDiff = CorpusDiff()
    private var problems: [IngestProblem] = []
    /// Extracted documents submitted and not yet taken by `queue`, in order.
    private var waiting: [(ticket: Int, change: CorpusChange)] = []
    /// Numbers the submissions, so that only consecutive extracted ones are applied together.
    private var nextTicket = 0
    /// Documents submitted unextracted and not yet applied (progress says "extracting" while
    /// there are any, else "merging").
    private var unextracted = 0
    private var changed = false
    private var submitted = 0
    private var done = 0
    private var initialLoadOpen = true
    private var initialLoadUndelivered = true
    private var generation = 0
    /// Batches queued and not applied yet, and when a state was last published.
    private var queuedBatches = 0
    private var lastPublished = Date.distantPast
    /// A new state is published at most this often while batches are still queued (the last
    /// one always is): each publication works out the corpus-wide views once, in the background.
    public var publishInterval: TimeInterval = 0.25
    /// How long working out the views took at the last publication: on a large corpus the
    /// next waits at least twice that, so that applying batches keeps most of the time.
    private var lastViewsDuration: TimeInterval = 0

    /// Documents are extracted `batchSize` at a time, so that the first ones show while the
    /// rest are read.
    public let batchSize: Int

    public init(extractor: Extractor = Extractor(), batchSize: Int = 256) {
        self.extractor = extractor
        self.batchSize = max(1, batchSize)
    }

    /// Queues documents to add or replace (by id) and ids to remove. Returns at once.
    /// `initialLoad` marks the documents that were there when the user opened the corpus.
    public func submit(upserted: [Document], removed: [String] = [], problems newProblems: [IngestProblem] = [],
                       initialLoad: Bool = false) {
        let batches = stride(from: 0, to: max(upserted.count, 1), by: batchSize).map {
            Array(upserted[$0..<min(upserted.count, $0 + batchSize)])
        }
        accept(documents: upserted.count, batches: batches.count, changesNothing: removed.isEmpty,
               problems: newProblems, initialLoad: initialLoad)
        lock.lock()
        unextracted += upserted.count
        nextTicket += 1   // extracted submissions on either side are not applied together
        lock.unlock()
        for (index, batch) in batches.enumerated() {
            let removing = index == 0 ? removed : []
            queue.async { [self] in
                // A document that comes again unchanged (a watcher's first full read after a
                // load through the store) is not extracted again.
                let changed = batch.filter { working.extraction(id: $0.id)?.document != $0 }
                let extractions = extractor.extractAll(changed)
                apply(CorpusChange(upserted: extractions, removed: removing), documents: batch.count)
                lock.lock(); unextracted -= batch.count; lock.unlock()
            }
        }
    }

    /// Queues documents already extracted (read back from the store, say): they are applied
    /// as they are. Returns at once.
    /// Submissions that come faster than they are applied are applied together, in order (a
    /// store's load hands over hundreds): one merge and one publication for all of them.
    public func submit(extractions: [DocumentExtraction], removed: [String] = [], problems newProblems: [IngestProblem] = [],
                       initialLoad: Bool = false) {
        accept(documents: extractions.count, batches: 1, changesNothing: extractions.isEmpty && removed.isEmpty,
               problems: newProblems, initialLoad: initialLoad)
        lock.lock()
        let ticket = nextTicket
        waiting.append((ticket, CorpusChange(upserted: extractions, removed: removed)))
        nextTicket += 1
        lock.unlock()
        queue.async { [self] in
            // Taken already by the closure of an earlier submission (which counted it), or
            // first in line: then with those right after it, while they follow on (no
            // unextracted submission between) and neither side removes anything (a removal
            // must not be reordered with upserts of the same document).
            lock.lock()
            guard waiting.first?.ticket == ticket else { lock.unlock(); return }
            var taken = 0
            var change = CorpusChange()
            while taken < waiting.count,
                  taken == 0 || (change.removed.isEmpty && waiting[taken].change.removed.isEmpty
                                 && waiting[taken].ticket == ticket + taken) {
                change.upserted += waiting[taken].change.upserted
                change.removed += waiting[taken].change.removed
                taken += 1
            }
            waiting.removeFirst(taken)
            lock.unlock()
            apply(change, documents: change.upserted.count, batches: taken)
        }
    }

    /// Replays `memo` (the merges' decisions from the last open) as the first documents come
    /// (`Corpus.replay`). Call it before submitting any.
    public func replay(_ memo: MergeMemo) {
        queue.async { [self] in working.replay(memo) }
    }

    /// Once everything submitted so far is applied, hands the corpus as it then is to `body`,
    /// on a background queue (to save what the merges decided, say).
    public func whenApplied(_ body: @escaping @Sendable (Corpus) -> Void) {
        queue.async { [self] in
            let corpus = working
            DispatchQueue.global(qos: .utility).async { body(corpus) }
        }
    }

    /// The bookkeeping of one submission, before its batches are queued: counts, problems,
    /// the end of the initial load, and an update at once when it brings problems only.
    private func accept(documents: Int, batches: Int, changesNothing: Bool, problems newProblems: [IngestProblem],
                        initialLoad: Bool) {
        lock.lock()
        submitted += documents
        queuedBatches += batches
        if !initialLoad { initialLoadOpen = false }
        problems += newProblems
        if documents == 0 && changesNothing && !newProblems.isEmpty { changed = true }
        lock.unlock()
        signal()
    }

    /// How far the work given so far has got, as a consumer shows it: what a loader feeding
    /// this corpus reported (`report(progress:)`), else the extraction of what was submitted;
    /// nil when idle.
    public var progress: LoadProgress? {
        lock.lock(); defer { lock.unlock() }
        if let reported { return reported }
        return ownProgress
    }

    /// How far the submitted documents are (under `lock`): extracting while some came
    /// unextracted, else merging into the corpus.
    private var ownProgress: LoadProgress? {
        guard done < submitted else { return nil }
        return LoadProgress(phase: unextracted > 0 ? .extracting : .merging, done: done, total: submitted)
    }

    /// A loader's progress (nil when it has finished), shown instead of this corpus's own.
    public func report(progress: LoadProgress?) {
        lock.lock(); reported = progress; lock.unlock()
    }

    /// Applies one change (`batches` submitted batches) on `queue`, and publishes the result
    /// when it is time.
    private func apply(_ change: CorpusChange, documents count: Int, batches: Int = 1) {
        let diff = working.apply(change)
        lock.lock()
        queuedBatches -= batches
        let publish = queuedBatches == 0
            || Date().timeIntervalSince(lastPublished) >= max(publishInterval, 2 * lastViewsDuration)
        lock.unlock()
        if publish {
            // The consumer's first look at this state needs these: work them out here.
            let start = Date()
            _ = working.timeline
            _ = working.people
            _ = working.places
            _ = working.speakers
            _ = working.documents
            lastViewsDuration = Date().timeIntervalSince(start)
        }
        lock.lock()
        unpublishedDiff.added += diff.added
        unpublishedDiff.replaced += diff.replaced
        unpublishedDiff.removed += diff.removed
        done += count
        if publish {
            corpus = working
            lastPublished = Date()
            pendingDiff.added += unpublishedDiff.added
            pendingDiff.replaced += unpublishedDiff.replaced
            pendingDiff.removed += unpublishedDiff.removed
            unpublishedDiff = CorpusDiff()
            changed = true
        }
        lock.unlock()
        signal()
    }

    /// Marks the end of the first load: later submissions are arrivals.
    public func finishInitialLoad() {
        lock.lock(); initialLoadOpen = false; changed = true; lock.unlock()
        signal()
    }

    /// The latest state, when something changed since the last take; nil otherwise.
    public func take() -> Update? {
        lock.lock(); defer { lock.unlock() }
        guard changed else { return nil }
        changed = false
        let diff = pendingDiff
        pendingDiff = CorpusDiff()
        let initial = initialLoadUndelivered
        if !initialLoadOpen && done == submitted { initialLoadUndelivered = false }
        let progress = reported ?? ownProgress
        return Update(corpus: corpus, diff: diff, problems: problems, isInitialLoad: initial, progress: progress)
    }

    /// True once `finishInitialLoad` was called (or a later submission came).
    public var hasFinishedInitialLoad: Bool { lock.lock(); defer { lock.unlock() }; return !initialLoadOpen }

    /// True while submitted documents are still being extracted.
    public var isBusy: Bool { lock.lock(); defer { lock.unlock() }; return done < submitted }

    /// Waits until something changed or `timeout` passed; for consumers with nothing else to do.
    public func waitForChange(timeout: TimeInterval) {
        condition.lock()
        let seen = generation
        let deadline = Date().addingTimeInterval(timeout)
        while generation == seen, condition.wait(until: deadline) {}
        condition.unlock()
    }

    /// Waits until every submitted document is extracted and applied (tests, `sitrep watch`'s
    /// first pass).
    public func waitUntilIdle() {
        queue.sync {}
    }

    private func signal() {
        condition.lock(); generation += 1; condition.broadcast(); condition.unlock()
    }
}
