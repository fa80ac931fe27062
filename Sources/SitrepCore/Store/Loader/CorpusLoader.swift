import Foundation

/// Reads a corpus through its store: what the commands and the dashboard call instead of
/// `Ingest.read` + `Extractor.extractAll`.
///
/// It walks the inputs, takes unchanged files' documents from the store without reading
/// them, reads and extracts the rest on all cores (only the stages whose version changed,
/// for documents whose content did not), writes them back in batches on a thread of its own,
/// and forgets stored files that are gone. Progress and finished documents are reported as
/// they come, in input order, so that a screen can show a first frame at once and fill in:
///
///     let loader = CorpusLoader(inputs: [.path("articles")], store: .automatic)
///     let load = loader.load(progress: { p in bar.set(p.fraction) },
///                            batch: { extractions in model.add(extractions) })
///     let corpus = Corpus(extractions: load.extractions)
///
/// `load` runs on the calling thread (run it off the UI thread) and calls both closures there.
public struct CorpusLoader: Sendable {
    public var inputs: [CorpusInput]
    public var options: IngestOptions
    public var store: StoreChoice
    public var versions: StageVersions
    /// Input items planned together; results are reported at least once per chunk.
    public var chunkSize = 256
    /// Documents extracted between two progress reports.
    public var extractionStep = 512
    /// Forget stored files that are not among the inputs (true when the inputs are the
    /// whole corpus; false to update a few files of it, e.g. when a watcher sees them change).
    public var dropsGoneFiles = true
    /// Makes the extractor the first time a document needs one.
    public var makeExtractor: @Sendable () -> Extractor

    public init(inputs: [CorpusInput], options: IngestOptions = IngestOptions(), store: StoreChoice = .automatic,
                versions: StageVersions = .current, makeExtractor: @escaping @Sendable () -> Extractor = { Extractor() }) {
        self.inputs = inputs; self.options = options; self.store = store
        self.versions = versions; self.makeExtractor = makeExtractor
    }

    /// Loads every input. `progress` hears each phase and step; `memo` gets the merges'
    /// decisions the store kept from the last open (`MergeMemo`), if any, before the first
    /// batch; `batch` gets the finished extractions in input order, each exactly once;
    /// `isCancelled` is asked between steps.
    public func load(progress: (LoadProgress) -> Void = { _ in },
                     memo: (MergeMemo) -> Void = { _ in },
                     batch: ([DocumentExtraction]) -> Void = { _ in },
                     isCancelled: () -> Bool = { false }) -> CorpusLoad {
        withoutActuallyEscaping(progress) { progress in
            withoutActuallyEscaping(batch) { batch in
                withoutActuallyEscaping(isCancelled) { isCancelled in
                    var run = LoadRun(loader: self, progress: progress, batch: batch, isCancelled: isCancelled)
                    return run.execute(memo: memo)
                }
            }
        }
    }

    /// The paths that name the corpus (for the default store's file name).
    var corpusPaths: [String] {
        inputs.compactMap { input in
            switch input {
            case .path(let path): path == "-" ? nil : path
            case .jsonLines(let path): path
            }
        }
    }

    /// Every input expanded in order: folders walked, `-` as standard input; beside each
    /// file, its stamp as the walk saw it (nil: look again).
    func walk() -> [(item: InputWalker.Item, stamp: StoreFileStamp?)] {
        inputs.flatMap { input -> [(item: InputWalker.Item, stamp: StoreFileStamp?)] in
            switch input {
            case .path(let path):
                let walked = InputWalker.walkWithStamps([path])
                return Array(zip(walked.items, walked.stamps)).map { (item: $0.0, stamp: $0.1) }
            case .jsonLines(let path):
                return [(item: .file(path: path, format: .jsonLines), stamp: nil)]
            }
        }
    }

    /// Opens the chosen store; a problem with it becomes a warning and the load goes on without.
    func openStore() -> (store: ExtractionStore?, problem: IngestProblem?) {
        let url: URL
        switch store {
        case .none: return (nil, nil)
        case .open(let store): return (store, nil)
        case .file(let chosen): url = chosen
        case .automatic:
            guard let found = StoreLocation.defaultURL(forInputs: corpusPaths) else { return (nil, nil) }
            url = found
        }
        do {
            let (store, note) = try ExtractionStore.open(at: url)
            return (store, note.map { IngestProblem(path: url.path, reason: $0, recovered: true) })
        } catch let error as StoreUnavailable {
            return (nil, IngestProblem(path: error.path, reason: error.reason, recovered: true))
        } catch {
            return (nil, IngestProblem(path: url.path, reason: "\(error); going on without a store", recovered: true))
        }
    }
}
