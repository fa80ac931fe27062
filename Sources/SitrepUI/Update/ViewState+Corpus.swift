import SitrepCore

extension ViewState {
    /// A new corpus from the model. Each pane keeps its selection on the same event, document
    /// or source when it is still there, so an arriving article does not move the cursor; an
    /// open reader stays on its document (and its event, if the event is still there).
    mutating func load(corpus newCorpus: Corpus, problems newProblems: [IngestProblem]) {
        let kept = Pane.allCases.map { selectedKey(in: $0) }
        // Where the selected item sits on screen, so it stays there when items arrive above it.
        let offsets = Pane.allCases.map { pane -> Int? in
            let content = contents[pane], cursor = self[cursor: pane]
            guard content.itemRows.indices.contains(cursor.selection) else { return nil }
            return content.itemRows[cursor.selection].lowerBound - cursor.scroll
        }
        let readerEntryKey = reader?.entry.map(Self.key(of:))
        corpus = newCorpus
        problems = newProblems
        // The place filter follows the new counts (or goes, when nothing names the place now).
        if let filter = placeFilter {
            placeFilter = RegionsPane.node(filter.placeID, in: model.places).map(PlaceFilter.init(node:))
        }
        for (index, pane) in Pane.allCases.enumerated() {
            guard let key = kept[index], let item = item(withKey: key, in: pane) else { continue }
            self[cursor: pane].selection = item
            if let offset = offsets[index] {
                self[cursor: pane].scroll = max(0, contents[pane].itemRows[item].lowerBound - offset)
            }
        }
        if let open = reader {
            if let index = model.documentIndex(id: open.documentID) {
                reader?.documentIndex = index
                if let readerEntryKey,
                   let entry = model.timeline.first(where: { Self.key(of: $0) == readerEntryKey }),
                   let sourceIndex = entry.sources.firstIndex(where: { $0.documentID == open.documentID }) {
                    reader?.entry = entry
                    reader?.sourceIndex = sourceIndex
                }
                refreshReader(force: true)
            } else {
                reader = nil
            }
        }
        reclampAll()
        var message = "Loaded " + Formatting.count(documents.count, "document")
        if let first = problems.first {
            message += "; " + Formatting.count(problems.count, "problem")
                + " (first: \(first.path): \(first.reason))"
        }
        statusMessage = message
    }

    /// What identifies a timeline entry across reloads: its date, summary and first article.
    static func key(of entry: TimelineEntry) -> String {
        "entry:\(entry.date)|\(entry.summary)|\(entry.sources.first?.documentID ?? "")"
    }

    /// What identifies the selected item across reloads: an event, a document id, or a
    /// source name.
    private func selectedKey(in pane: Pane) -> String? {
        key(ofItem: self[cursor: pane].selection, in: pane)
    }

    private func key(ofItem item: Int, in pane: Pane) -> String? {
        let content = contents[pane]
        guard content.itemRows.indices.contains(item) else { return nil }
        if let entry = content.entry(ofItem: item), model.timeline.indices.contains(entry) {
            return Self.key(of: model.timeline[entry])
        }
        if let index = content.document(ofItem: item), documents.indices.contains(index) {
            return "document:" + documents[index].id
        }
        return "row:" + content.rows[content.itemRows[item].lowerBound].text
    }

    private func item(withKey key: String, in pane: Pane) -> Int? {
        contents[pane].itemRows.indices.first { self.key(ofItem: $0, in: pane) == key }
    }
}
