import Foundation

/// What to measure of the store, and on which generated corpus sizes.
public struct StoreBenchOptions: Sendable {
    /// Corpus sizes in articles, measured in this order (each a prefix of the next).
    public var sizes: [Int]
    public var seed: UInt64
    public var parentFolder: URL
    /// The work between "corpus ready" and the first full frame. The executable passes the
    /// dashboard's own (view state + render); the default builds the same lookups the
    /// dashboard's model does (people merged, places rolled up).
    public var firstFrame: @Sendable (Corpus) -> Int
    /// The work between "the corpus took the new article in" and the next frame, as the live
    /// dashboard does it (`Dashboard.update` with the diff, then render); the default builds
    /// the model's lookups again.
    public var nextFrame: @Sendable (Corpus, CorpusDiff) -> Int
    /// Lets go of what `firstFrame` and `nextFrame` keep (the last view state, which holds its
    /// corpus), so that one open's corpus is not alive during the next.
    public var forgetFrames: @Sendable () -> Void

    public init(sizes: [Int], seed: UInt64 = 1, parentFolder: URL = FileManager.default.temporaryDirectory,
                firstFrame: @escaping @Sendable (Corpus) -> Int = StoreBenchOptions.modelLookups,
                nextFrame: @escaping @Sendable (Corpus, CorpusDiff) -> Int = { corpus, _ in StoreBenchOptions.modelLookups(corpus) },
                forgetFrames: @escaping @Sendable () -> Void = {}) {
        self.sizes = sizes; self.seed = seed; self.parentFolder = parentFolder
        self.firstFrame = firstFrame; self.nextFrame = nextFrame; self.forgetFrames = forgetFrames
    }

    /// People merged across documents and places rolled up, as the dashboard's model has them.
    public static let modelLookups: @Sendable (Corpus) -> Int = { corpus in
        corpus.people.people.count + corpus.places.count + corpus.timeline.count
    }
}

/// Measures the store on generated corpora (`sitrep bench --sizes`): the first run that
/// extracts everything and writes the store ("cold"), a second open with the store present
/// and the files unchanged ("warm", up to the first full frame), quote searches, one new
/// article, peak memory and the store's size. See `StoreBenchResult` for each figure.
public struct StoreBench: Sendable {
    public var options: StoreBenchOptions

    public init(options: StoreBenchOptions) { self.options = options }

    /// `progress` hears what is being done ("10000: cold").
    public func run(progress: (String) -> Void = { _ in }) throws -> [StoreBenchResult] {
        let fileManager = FileManager.default
        let root = options.parentFolder.appendingPathComponent("sitrep-store-bench-\(UUID().uuidString.prefix(8))", isDirectory: true)
        let articles = root.appendingPathComponent("articles", isDirectory: true)
        try fileManager.createDirectory(at: articles, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: root) }

        var results: [StoreBenchResult] = []
        var generated = 0
        var bytes = 0
        for size in options.sizes.sorted() where size > 0 {
            progress("\(size): generating articles")
            bytes += try Self.write(SyntheticCorpus(count: size, seed: options.seed), range: generated..<size, to: articles)
            generated = size
            let storeURL = root.appendingPathComponent("store-\(size).sqlite")
            var result = StoreBenchResult(documents: size, bytes: bytes)
            try measure(size: size, articles: articles, store: storeURL, into: &result, progress: progress)
            results.append(result)
            for suffix in ["", "-wal", "-shm"] { try? fileManager.removeItem(atPath: storeURL.path + suffix) }
        }
        return results
    }

    private func measure(size: Int, articles: URL, store storeURL: URL, into result: inout StoreBenchResult,
                         progress: (String) -> Void) throws {
        let inputs = [CorpusInput.path(articles.path)]

        progress("\(size): cold (extract everything, write the store)")
        ResourceUsage.resetPeak()
        var cold = CorpusLoad()
        result.coldSeconds = Self.seconds {
            cold = CorpusLoader(inputs: inputs, store: .file(storeURL)).load()
        }
        result.coldPeakBytes = ResourceUsage.peakResidentBytes()
        result.coldExtracted = cold.statistics.extracted
        result.storeBytes = cold.store?.fileBytes ?? 0
        result.problems += cold.problems.map(\.description)
        cold = CorpusLoad()

        progress("\(size): first warm open (store present, files unchanged, nothing to replay)")
        ResourceUsage.returnFreedMemory()
        ResourceUsage.resetPeak()
        var warm = CorpusLoad()
        var corpus = Corpus()
        var frame = 0
        result.firstWarmSeconds = Self.seconds {
            warm = CorpusLoader(inputs: inputs, store: .file(storeURL)).load()
            corpus = Corpus(extractions: warm.extractions, replaying: warm.memo)
            frame = options.firstFrame(corpus)
        }
        result.firstWarmPeakBytes = ResourceUsage.peakResidentBytes()
        if warm.memo != nil { result.problems.append("sitrep bench: the first warm open found merge decisions saved") }
        result.memoSaveSeconds = Self.seconds {
            do { try warm.store?.save(corpus.mergeMemo()) } catch { result.problems.append("sitrep bench: saving the merge decisions: \(error)") }
        }
        warm = CorpusLoad()
        corpus = Corpus()
        options.forgetFrames()

        progress("\(size): warm open (merge decisions replayed)")
        ResourceUsage.returnFreedMemory()
        ResourceUsage.resetPeak()
        result.warmLoadSeconds = Self.seconds { warm = CorpusLoader(inputs: inputs, store: .file(storeURL)).load() }
        result.warmCorpusSeconds = Self.seconds { corpus = Corpus(extractions: warm.extractions, replaying: warm.memo) }
        result.warmFrameSeconds = Self.seconds { frame = options.firstFrame(corpus) }
        result.warmPeakBytes = ResourceUsage.peakResidentBytes()
        result.warmReplayed = corpus.replayedWholeMemo
        result.warmReused = warm.statistics.reused
        result.frameOutput = frame
        guard let store = warm.store else {
            result.problems.append("sitrep bench: the store did not open for the warm run")
            return
        }

        progress("\(size): quote searches")
        // What a screen shows first (the first hits, as a list pane asks for a page), and all hits.
        let queries = SearchQueries(warm.extractions)
        let page = StoreBenchResult.searchPage
        result.speakerSearch = try SearchFigure.measure(queries.speakers) { try store.searchQuotes(speaker: $0, limit: page).count }
        result.wordSearch = try SearchFigure.measure(queries.words) { try store.searchQuotes(words: $0, limit: page).count }
        result.speakerSearchAll = try SearchFigure.measure(queries.speakers) { try store.searchQuotes(speaker: $0).count }
        result.wordSearchAll = try SearchFigure.measure(queries.words) { try store.searchQuotes(words: $0).count }

        progress("\(size): one new article")
        let article = SyntheticCorpus(count: size + 1, seed: options.seed).article(at: size)
        let file = articles.appendingPathComponent(article.name)
        try Data(article.text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var update = CorpusLoad()
        result.newArticleStoreSeconds = Self.seconds {
            var loader = CorpusLoader(inputs: [.path(file.path)], store: .open(store))
            loader.dropsGoneFiles = false
            update = loader.load()
        }
        // As the live dashboard takes it: the corpus applies the change and works out its
        // people and places (in the background there), then the view state takes the diff.
        var diff = CorpusDiff()
        result.newArticleCorpusSeconds = Self.seconds {
            diff = corpus.apply(CorpusChange(upserted: update.extractions))
            _ = corpus.people
            _ = corpus.places
        }
        result.newArticleFrameSeconds = Self.seconds { frame = options.nextFrame(corpus, diff) }
        if update.statistics.extracted != 1 {
            result.problems.append("sitrep bench: the new article was not extracted (\(update.statistics))")
        }
    }

    /// Writes articles `range` of `corpus` into `folder` on all cores; returns the bytes written.
    static func write(_ corpus: SyntheticCorpus, range: Range<Int>, to folder: URL) throws -> Int {
        let written = Slots<Result<Int, Error>>(count: range.count)
        parallelForEach(range.count) { _, k in
            let article = corpus.article(at: range.lowerBound + k)
            let data = Data(article.text.utf8)
            written[k] = Result { try data.write(to: folder.appendingPathComponent(article.name)); return data.count }
        }
        return try written.take().reduce(0) { total, one in total + (try one?.get() ?? 0) }
    }

    static func seconds(_ work: () throws -> Void) rethrows -> Double {
        let elapsed = try ContinuousClock().measure(work)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// Search terms taken from the corpus itself: the surnames of the ten most quoted speakers,
/// and the longest word of ten quotes spread over the corpus.
struct SearchQueries {
    var speakers: [String] = []
    var words: [String] = []

    init(_ extractions: [DocumentExtraction]) {
        var counts: [String: Int] = [:]
        var quotes: [String] = []
        for extraction in extractions {
            for quote in extraction.quotes {
                if let speaker = quote.speaker, speaker.contains(" ") { counts[speaker, default: 0] += 1 }
                quotes.append(quote.text)
            }
        }
        speakers = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(10)
            .compactMap { $0.key.split(separator: " ").last.map(String.init) }
        guard !quotes.isEmpty else { return }
        for k in 0..<min(10, quotes.count) {
            let text = quotes[k * quotes.count / min(10, quotes.count)]
            if let word = text.split(whereSeparator: { !$0.isLetter }).max(by: { $0.count < $1.count }) {
                words.append(String(word))
            }
        }
    }
}
