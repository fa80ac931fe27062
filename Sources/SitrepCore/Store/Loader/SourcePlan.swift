import Foundation

/// One document on its way through a load: where its stage outputs come from.
struct DocumentTask: Sendable {
    var document: Document
    var hash: Int64
    /// What the store still holds for it; complete means nothing runs.
    var kept: ReusableStages
    /// Its row must be written (new, changed, or some stage ran again).
    var needsWrite: Bool
}

/// What the store is told about a file that was read.
struct SourceFacts: Sendable {
    var path: String
    var stamp: StoreFileStamp
    var ingest: Int64
    var problems: [IngestProblem]
}

/// The plan for one input: its documents, and whether its file's row must be written.
struct SourcePlan: Sendable {
    var tasks: [DocumentTask] = []
    var problems: [IngestProblem] = []
    var skipped: String?
    /// A file (or standard input): counts in the progress.
    var isInput = false
    /// Set for files whose documents can be stored (nil for standard input and failures).
    var facts: SourceFacts?
    /// The file's row changes (it was read); false when the store's copy was current.
    var sourceChanged = false
    /// The file was read from disk.
    var wasRead = false
    /// A store read failed with a sign of damage.
    var storeDamaged = false
    /// The store's id of the file, when it held it already.
    var storedID: Int64?
}

/// Works out, for one walked input, which documents the store can give and which must be
/// read and extracted. Runs on any thread; `reader` belongs to the calling thread.
struct SourcePlanner: Sendable {
    let options: IngestOptions
    let keys: StageVersions.Keys
    /// Every stored file by path; nil to look each one up (an update of a few files).
    var stored: [String: StoredSource]?

    /// `stamp`: the file's size and time as the walk saw them (nil: looked up here).
    func plan(_ item: InputWalker.Item, stamp: StoreFileStamp? = nil, reader: StoreReader?) -> SourcePlan {
        var plan = SourcePlan()
        switch item {
        case .problem(let problem):
            plan.problems = [problem]
        case .skipped(let path):
            plan.skipped = path
        case .standardInput:
            plan.isInput = true
            plan.wasRead = true
            let result = Ingest.readStandardInput(options: options)
            plan.problems = result.problems
            plan.tasks = result.documents.map { DocumentTask(document: $0, hash: 0, kept: ReusableStages(), needsWrite: false) }
        case .file(let path, let format):
            plan.isInput = true
            planFile(path, format: format, stamp: stamp ?? StoreFileStamp.of(path), reader: reader, into: &plan)
        }
        return plan
    }

    private let ingestKeys: [Int64]

    init(options: IngestOptions, keys: StageVersions.Keys, stored: [String: StoredSource]?) {
        self.options = options; self.keys = keys; self.stored = stored
        ingestKeys = Self.formats.map { format in
            var hash = StableHash()
            hash.add(keys.ingest)
            hash.add("\(format)")
            hash.add(options.fallbackDate?.iso ?? "-")
            hash.add(options.maxFileBytes)
            return hash.value
        }
    }

    private static let formats: [InputFormat] = [.plainText, .markdown, .html, .json, .jsonLines]

    /// The key of how a file is read: ingest version, format and options.
    func ingestKey(_ format: InputFormat) -> Int64 {
        ingestKeys[Self.formats.firstIndex(of: format) ?? 0]
    }

    private func planFile(_ path: String, format: InputFormat, stamp: StoreFileStamp?, reader: StoreReader?,
                          into plan: inout SourcePlan) {
        let ingest = ingestKey(format)
        var known: StoredSource?
        if let reader {
            if let stored { known = stored[path] } else { known = try? reader.source(at: path) }
        }
        plan.storedID = known?.id
        if let known, let reader, let stamp, known.size == stamp.size, known.modified == stamp.modified,
           known.ingest == ingest {
            do {
                let documents = try reader.documents(of: known, keys: keys, withDocuments: true)
                if documents.count == known.documents, documents.allSatisfy({ $0.document != nil }) {
                    plan.tasks = documents.map { stored in
                        DocumentTask(document: stored.document!, hash: stored.hash, kept: stored.stages,
                                     needsWrite: !stored.stages.isComplete)
                    }
                    plan.problems = known.problems
                    plan.facts = SourceFacts(path: path, stamp: stamp, ingest: ingest, problems: known.problems)
                    return
                }
            } catch let error as SQLiteError where error.isCorruption {
                plan.storeDamaged = true
            } catch {}
        }

        // New or changed: read it, and keep what the store has for documents that did not change.
        plan.wasRead = true
        plan.sourceChanged = true
        let result = FileDocumentReader.read(path, format: format, options: options)
        plan.problems = result.problems
        var previous: [StoredDocument] = []
        if let known, let reader, known.documents > 0, !plan.storeDamaged {
            do {
                previous = try reader.documents(of: known, keys: keys, withDocuments: false)
            } catch let error as SQLiteError where error.isCorruption {
                plan.storeDamaged = true
            } catch {}
        }
        // By content, not position: lines moved inside a JSON Lines file keep their extractions.
        let byHash = Dictionary(previous.map { ($0.hash, $0) }, uniquingKeysWith: { first, _ in first })
        plan.tasks = result.documents.enumerated().map { ordinal, document in
            let hash = document.contentHash
            if let before = byHash[hash] {
                let kept = before.stages
                return DocumentTask(document: document, hash: hash, kept: kept, needsWrite: !kept.isComplete || before.ordinal != ordinal)
            }
            return DocumentTask(document: document, hash: hash, kept: ReusableStages(), needsWrite: true)
        }
        // A file that failed is not trusted by its stamp: it is read again next time (its
        // documents, if any, keep their extractions by content). Nor is one modified in the
        // last seconds: a write within the file system's timestamp tick could leave size and
        // time unchanged ("racily clean", as git calls it).
        let failed = result.hasFailures || stamp == nil
        if failed, result.documents.isEmpty { return }
        let recent = (stamp?.modified ?? 0) > Int64(Date().timeIntervalSince1970 * 1e9) - 2_000_000_000
        let stored = StoreFileStamp(size: stamp?.size ?? 0, modified: failed || recent ? StoreFileStamp.unmatchable : stamp?.modified ?? 0)
        plan.facts = SourceFacts(path: path, stamp: stored, ingest: ingest, problems: result.problems)
    }
}
