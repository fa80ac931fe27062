import Foundation

/// The state of one `CorpusLoader.load` while it runs: chunk after chunk of inputs is
/// planned (store or file), extracted where needed, reported, and queued for writing.
struct LoadRun {
    let loader: CorpusLoader
    let progress: (LoadProgress) -> Void
    let batch: ([DocumentExtraction]) -> Void
    let isCancelled: () -> Bool

    private var result = CorpusLoad()
    private var keys: StageVersions.Keys
    private var store: ExtractionStore?
    private var writer: StoreWriterQueue?
    private var readers = ReaderPool(store: nil)
    private var planner: SourcePlanner
    private let extractor: Lazy<Extractor>
    /// Stored files by path, as the store held them when the load began.
    private var stored: [String: StoredSource] = [:]
    /// Ids of the stored files met (the others are gone).
    private var seen: Set<Int64> = []
    /// Every stored-or-storable file so far, to write again into a store made anew.
    private var processed: [(facts: SourceFacts, range: Range<Int>)] = []
    private var storeProblems: [IngestProblem] = []
    /// Some document loaded is not in the store (standard input, past a file's limit).
    private var unstored = false
    private var done = 0
    private var total = 0

    init(loader: CorpusLoader, progress: @escaping (LoadProgress) -> Void,
         batch: @escaping ([DocumentExtraction]) -> Void, isCancelled: @escaping () -> Bool) {
        self.loader = loader; self.progress = progress; self.batch = batch; self.isCancelled = isCancelled
        keys = loader.versions.keys()
        planner = SourcePlanner(options: loader.options, keys: keys, stored: [:])
        extractor = Lazy(loader.makeExtractor)
    }

    mutating func execute(memo found: (MergeMemo) -> Void) -> CorpusLoad {
        progress(LoadProgress(phase: .scanning, done: 0, total: 0))
        let opened = loader.openStore()
        if let problem = opened.problem { storeProblems.append(problem) }
        if let store = opened.store {
            use(store)
            result.memo = store.mergeMemo()
            if let memo = result.memo { found(memo) }
        }
        readStoredSources()
        let items = loader.walk()
        total = items.reduce(0) { count, walked in
            switch walked.item {
            case .file, .standardInput: count + 1
            case .problem, .skipped: count
            }
        }
        progress(LoadProgress(phase: .reading, done: 0, total: total))
        for start in stride(from: 0, to: items.count, by: max(1, loader.chunkSize)) {
            if isCancelled() { result.cancelled = true; break }
            runChunk(Array(items[start..<min(items.count, start + max(1, loader.chunkSize))]))
        }
        finish()
        result.problems += storeProblems
        result.store = store
        result.storeHoldsCorpus = store != nil && writer != nil && !unstored && !result.cancelled
        return result
    }

    // MARK: One chunk

    private mutating func runChunk(_ items: [(item: InputWalker.Item, stamp: StoreFileStamp?)]) {
        let planner = self.planner, readers = self.readers
        let planned = Slots<SourcePlan>(count: items.count)
        parallelForEach(items.count) { worker, i in
            planned[i] = planner.plan(items[i].item, stamp: items[i].stamp, reader: readers.reader(for: worker))
        }
        let plans = planned.take().map { $0 ?? SourcePlan() }
        let damaged = plans.contains(where: \.storeDamaged)

        let storing = writer != nil && !damaged
        let flat = plans.enumerated().flatMap { p, plan in plan.tasks.indices.map { (plan: p, task: $0) } }
        if storing {
            writer?.submit(plans.compactMap { plan in
                guard plan.sourceChanged, let facts = plan.facts else { return nil }
                return .source(facts, documentCount: plan.tasks.count)
            })
        }

        var extractions = [DocumentExtraction?](repeating: nil, count: flat.count)
        var work: [Int] = []
        for (f, (p, t)) in flat.enumerated() {
            let task = plans[p].tasks[t]
            if let whole = Self.assemble(task), !(storing && task.needsWrite) { extractions[f] = whole } else { work.append(f) }
            if task.kept.isComplete { result.statistics.reused += 1 }
            else if task.kept.isEmpty { result.statistics.extracted += 1 }
            else { result.statistics.partlyExtracted += 1 }
        }
        let phase: LoadProgress.Phase = work.isEmpty ? .reading : .extracting
        var emitted = 0
        let step = max(1, loader.extractionStep)
        for start in stride(from: 0, to: work.count, by: step) {
            let part = Array(work[start..<min(work.count, start + step)])
            let extractor = self.extractor
            let finished = Slots<(DocumentExtraction, EncodedDocument?)>(count: part.count)
            parallelForEach(part.count) { _, k in
                let (p, t) = flat[part[k]]
                let task = plans[p].tasks[t]
                let extraction = Self.assemble(task) ?? extractor.get.extract(task.document, reusing: task.kept)
                let encoded = storing && task.needsWrite && plans[p].facts != nil
                    ? EncodedDocument(extraction, ordinal: t, hash: task.hash) : nil
                finished[k] = (extraction, encoded)
            }
            var rows: [(path: String, rows: [EncodedDocument])] = []
            for (k, value) in finished.take().enumerated() {
                guard let (extraction, encoded) = value else { continue }
                extractions[part[k]] = extraction
                guard let encoded, let path = plans[flat[part[k]].plan].facts?.path else { continue }
                if rows.last?.path == path { rows[rows.count - 1].rows.append(encoded) } else { rows.append((path, [encoded])) }
            }
            if storing { writer?.submit(rows.map { .documents(path: $0.path, $0.rows) }) }
            emit(&extractions, from: &emitted, upTo: part[part.count - 1] + 1)
            progress(LoadProgress(phase: phase, done: done, total: total))
        }
        emit(&extractions, from: &emitted, upTo: flat.count)
        if storing {
            writer?.submit(plans.compactMap { plan in
                guard plan.sourceChanged, let facts = plan.facts else { return nil }
                return .stamp(path: facts.path, facts.stamp)
            })
        }
        record(plans, firstExtraction: result.extractions.count - flat.count)
        if damaged || (writer?.failure as? SQLiteError)?.isCorruption == true { rebuildStore() } else { reportWriteFailure() }
        progress(LoadProgress(phase: phase, done: done, total: total))
    }

    /// A task whose every stage the store still holds, as an extraction.
    private static func assemble(_ task: DocumentTask) -> DocumentExtraction? {
        let kept = task.kept
        guard let timexes = kept.timexes, let quotes = kept.quotesAndPeople, let places = kept.places,
              let events = kept.events else { return nil }
        return DocumentExtraction(document: task.document, timexes: timexes, events: events, quotes: quotes.quotes,
                                  people: quotes.people, places: places)
    }

    /// Hands the finished extractions `emitted..<end` to the caller, in order.
    private mutating func emit(_ extractions: inout [DocumentExtraction?], from emitted: inout Int, upTo end: Int) {
        guard end > emitted else { return }
        let ready = extractions[emitted..<end].compactMap { $0 }
        for i in emitted..<end { extractions[i] = nil }
        emitted = end
        result.extractions += ready
        result.statistics.documents += ready.count
        if !ready.isEmpty { batch(ready) }
    }

    /// Problems, skipped files, counts, and what a rebuilt store would need, per input.
    private mutating func record(_ plans: [SourcePlan], firstExtraction: Int) {
        var position = firstExtraction
        for plan in plans {
            result.problems += plan.problems
            if let skipped = plan.skipped { result.skippedFiles.append(skipped) }
            if plan.isInput { done += 1; result.statistics.files += 1 }
            if plan.wasRead { result.statistics.filesRead += 1 }
            let range = position..<position + plan.tasks.count
            position = range.upperBound
            if plan.facts == nil, !plan.tasks.isEmpty { unstored = true }
            if plan.tasks.count > StoreSchema.maxDocumentsPerSource { unstored = true }
            if let facts = plan.facts {
                if let id = plan.storedID { seen.insert(id) }
                processed.append((facts, range))
                if facts.stamp.modified != StoreFileStamp.unmatchable {
                    result.files.byPath[facts.path] = LoadedFiles.File(stamp: facts.stamp, documents: plan.tasks.map(\.document),
                                                                       problems: plan.problems)
                }
            }
        }
    }

    // MARK: The store

    private mutating func use(_ store: ExtractionStore?) {
        self.store = store
        readers = ReaderPool(store: store)
        writer = store.map { StoreWriterQueue(store: $0, keys: keys) }
    }

    private mutating func readStoredSources() {
        guard loader.dropsGoneFiles else { planner.stored = nil; return }
        guard let reader = readers.reader(for: 0) else { return }
        do {
            stored = try reader.sources()
        } catch let error as SQLiteError where error.isCorruption {
            rebuildStore()
        } catch {
            storeProblems.append(IngestProblem(path: store?.path ?? "store", reason: "cannot be read (\(error)); every document is extracted again", recovered: true))
        }
        planner.stored = stored
    }

    /// The store turned out damaged while in use: set it aside, make a new one, and write
    /// into it everything loaded so far. The rest of the load reads files.
    private mutating func rebuildStore() {
        guard let path = store?.path else { return }
        writer?.finish()
        use(nil)
        stored = [:]
        planner.stored = [:]
        do {
            let (fresh, note) = try ExtractionStore.replace(damaged: path, because: "damaged (found while reading it)")
            storeProblems.append(IngestProblem(path: path, reason: note, recovered: true))
            use(fresh)
        } catch {
            storeProblems.append(IngestProblem(path: path, reason: "\(error)", recovered: true))
            return
        }
        for source in processed {
            let documents = result.extractions[source.range].enumerated().map { ordinal, extraction in
                EncodedDocument(extraction, ordinal: ordinal, hash: extraction.document.contentHash)
            }
            writer?.submit([.source(source.facts, documentCount: documents.count),
                            .documents(path: source.facts.path, documents), .stamp(path: source.facts.path, source.facts.stamp)])
        }
    }

    /// A write failed for another reason than damage (disk full, no permission): say so once
    /// and go on without writing.
    private mutating func reportWriteFailure() {
        guard let writer, let failure = writer.failure else { return }
        storeProblems.append(IngestProblem(path: store?.path ?? "store",
                                           reason: "cannot save extractions (\(failure)); going on without saving", recovered: true))
        self.writer = nil
    }

    private mutating func finish() {
        progress(LoadProgress(phase: .saving, done: done, total: total))
        if !result.cancelled, loader.dropsGoneFiles, let writer {
            let gone = stored.values.map(\.id).filter { !seen.contains($0) }
            writer.submit(gone.map { .remove(sourceID: $0) })
            result.statistics.removedFiles = gone.count
        }
        writer?.finish()
        if (writer?.failure as? SQLiteError)?.isCorruption == true { rebuildStore(); writer?.finish() }
        reportWriteFailure()
        result.statistics.written = writer?.written ?? 0
        if result.statistics.written > 0 || result.statistics.removedFiles > 0 { store?.checkpoint() }
        progress(LoadProgress(phase: .done, done: done, total: total))
    }
}
