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
        if !later.removed.isEmpty {
            let gone = Set(later.removed)
            upserted.removeAll { gone.contains($0.id) }
            let already = Set(removed)
            removed += later.removed.filter { !already.contains($0) }
        }
        if !later.upserted.isEmpty {
            let back = Set(later.upserted.map(\.id))
            removed.removeAll { back.contains($0) }
            var position = Dictionary(upserted.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { $1 })
            for document in later.upserted {
                if let index = position[document.id] {
                    upserted[index] = document
                } else {
                    position[document.id] = upserted.count
                    upserted.append(document)
                }
            }
        }
        problems += later.problems
        skippedFiles += later.skippedFiles
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
