/// Which documents each watched file gave when last read, so that a re-read file yields only
/// what differs: documents new or changed, and ids no file gives any more.
///
/// Two files may give documents with the same id (JSON inputs carry their own ids); then the
/// file read last speaks for the id, and the id is removed only when no file gives it.
struct DocumentLedger {
    /// Per file, its documents by id (the last one wins when a file repeats an id).
    private var byFile: [String: [String: Document]] = [:]
    /// The files giving each id, the one read last at the end.
    private var owners: [String: [String]] = [:]

    /// Records that `path` now gives `documents`; returns the change as a delta.
    mutating func replace(_ path: String, with documents: [Document]) -> IngestDelta {
        let old = byFile[path] ?? [:]
        let affected = Self.orderedIDs(documents.map(\.id) + old.keys.sorted())
        let before = affected.map(current)
        for id in old.keys { owners[id]?.removeAll { $0 == path } }
        let given = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        for id in given.keys { owners[id, default: []].append(path) }
        for id in affected where owners[id]?.isEmpty ?? false { owners[id] = nil }
        byFile[path] = given.isEmpty ? nil : given
        var delta = IngestDelta()
        for (id, previous) in zip(affected, before) {
            let now = current(id)
            if let now, now != previous {
                delta.upserted.append(now)
            } else if now == nil, previous != nil {
                delta.removed.append(id)
            }
        }
        return delta
    }

    /// Records that `path` is gone.
    mutating func remove(_ path: String) -> IngestDelta { replace(path, with: []) }

    /// The document that stands for `id`: the last one with that id in the file read last.
    private func current(_ id: String) -> Document? {
        guard let owner = owners[id]?.last else { return nil }
        return byFile[owner]?[id]
    }

    private static func orderedIDs(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
