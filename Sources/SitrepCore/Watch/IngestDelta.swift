/// What changed in the set of documents since the last delta: documents added or changed,
/// ids gone, and the problems met while reading (each said once, not on every change).
///
/// Applied in order, deltas turn the documents of a first full read into exactly those of a
/// full read now (`applied(to:)`).
public struct IngestDelta: Sendable, Equatable {
    /// New documents and changed ones (the same id, new content), in the walk's order.
    public var upserted: [Document]
    /// Ids of documents that no longer exist (a file deleted, renamed, or now without them).
    public var removed: [String]
    /// Problems met while reading, in the ingest's own words (`IngestProblem.description`).
    public var problems: [IngestProblem]
    /// Files passed over in folders because Sitrep does not read their extension (first read only).
    public var skippedFiles: [String]

    public init(upserted: [Document] = [], removed: [String] = [], problems: [IngestProblem] = [],
                skippedFiles: [String] = []) {
        self.upserted = upserted; self.removed = removed; self.problems = problems; self.skippedFiles = skippedFiles
    }

    /// True when the delta carries no document change (it may still carry problems).
    public var changesNothing: Bool { upserted.isEmpty && removed.isEmpty }

    public var isEmpty: Bool { changesNothing && problems.isEmpty && skippedFiles.isEmpty }

    /// Folds a later delta into this one, as if both had been applied one after the other:
    /// an id upserted then removed is removed, removed then upserted is upserted.
    public mutating func merge(_ later: IngestDelta) {
        self = IngestDelta(merging: [self, later])
    }

    /// The deltas folded into one, in one pass however many there are.
    public init(merging deltas: [IngestDelta]) {
        var slots: [Document?] = []  // upserted documents in order; nil where one was removed later
        var slotOf: [String: Int] = [:]
        var removedOrder: [String] = []
        var removedNow: Set<String> = []
        self.init()
        for delta in deltas {
            for id in delta.removed {
                if let slot = slotOf.removeValue(forKey: id) { slots[slot] = nil }
                if removedNow.insert(id).inserted { removedOrder.append(id) }
            }
            for document in delta.upserted {
                removedNow.remove(document.id)
                if let slot = slotOf[document.id] {
                    slots[slot] = document
                } else {
                    slotOf[document.id] = slots.count
                    slots.append(document)
                }
            }
            problems += delta.problems
            skippedFiles += delta.skippedFiles
        }
        upserted = slots.compactMap { $0 }
        var listed: Set<String> = []
        removed = removedOrder.filter { removedNow.contains($0) && listed.insert($0).inserted }
    }

    /// `documents` with this delta applied: removed ids dropped, upserted documents replacing
    /// those with their id where they stand, new ones appended.
    public func applied(to documents: [Document]) -> [Document] {
        let gone = Set(removed)
        var result = documents.filter { !gone.contains($0.id) }
        var position = Dictionary(result.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { $1 })
        for document in upserted {
            if let index = position[document.id] {
                result[index] = document
            } else {
                position[document.id] = result.count
                result.append(document)
            }
        }
        return result
    }
}
