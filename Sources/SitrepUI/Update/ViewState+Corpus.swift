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
            guard cursor.selection < content.itemCount else { return nil }
            return content.rowRange(ofItem: cursor.selection).lowerBound - cursor.scroll
        }
        let readerEntryKey = reader?.entry.map(ItemKey.EntryKey.init)
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
                self[cursor: pane].scroll = max(0, contents[pane].rowRange(ofItem: item).lowerBound - offset)
            }
        }
        if let open = reader {
            if let index = model.documentIndex(id: open.documentID) {
                reader?.documentIndex = index
                if let readerEntryKey,
                   let entry = firstEntry(matching: readerEntryKey).map({ model.timeline[$0] }),
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

    /// What identifies the selected item across reloads: an event, a document, a quote, a
    /// place, or (for anything else) the text of its first row.
    private func selectedKey(in pane: Pane) -> ItemKey? {
        key(ofItem: self[cursor: pane].selection, in: pane)
    }

    private func key(ofItem item: Int, in pane: Pane) -> ItemKey? {
        let content = contents[pane]
        guard item >= 0, item < content.itemCount else { return nil }
        switch content.target(ofItem: item) {
        case .timelineEntry(let entry)? where model.timeline.indices.contains(entry):
            return .entry(ItemKey.EntryKey(model.timeline[entry]))
        case .document(let index)? where documents.indices.contains(index):
            return .document(documents[index].id)
        case .quote(let d, let q)? where model.corpus.extractions.indices.contains(d)
                                      && model.corpus.extractions[d].quotes.indices.contains(q):
            return .quote(document: documents[d].id, text: model.corpus.extractions[d].quotes[q].text)
        case .place(let id)?:
            return .place(id)
        default:
            return .row(content.firstRow(ofItem: item)?.text ?? "")
        }
    }

    /// The item with `key` in `pane`, when it is still there.
    private func item(withKey key: ItemKey, in pane: Pane) -> Int? {
        let content = contents[pane]
        switch key {
        case .entry(let wanted):
            return firstEntry(matching: wanted).flatMap(content.item(ofEntry:))
        case .document(let id):
            return model.documentIndex(id: id).flatMap { content.itemTargets.firstIndex(of: .document($0)) }
        case .quote(let id, let text):
            guard let d = model.documentIndex(id: id),
                  let q = model.corpus.extractions[d].quotes.firstIndex(where: { $0.text == text }) else { return nil }
            return content.itemTargets.firstIndex(of: .quote(document: d, quote: q))
        case .place(let id):
            return content.itemTargets.firstIndex(of: .place(id))
        case .row(let text):
            return (0..<content.itemCount).first { content.firstRow(ofItem: $0)?.text == text }
        }
    }

    /// The index of the first timeline entry `key` identifies.
    func firstEntry(matching key: ItemKey.EntryKey) -> Int? {
        // Only the entries of the key's date can match.
        let timeline = model.timeline
        guard let range = timeline.dates.first(where: { $0.date == key.date })?.entries else { return nil }
        return range.first { key.matches(timeline[$0]) }
    }
}

/// What identifies a pane's item across corpus updates (`ViewState.load`).
enum ItemKey: Sendable, Hashable {
    /// A timeline entry: its date, summary and first article.
    struct EntryKey: Sendable, Hashable {
        var date: EventDate
        var summary: String
        var firstDocument: String?

        init(_ entry: TimelineEntry) {
            date = entry.date; summary = entry.summary; firstDocument = entry.sources.first?.documentID
        }

        func matches(_ entry: TimelineEntry) -> Bool {
            entry.date == date && entry.summary == summary && entry.sources.first?.documentID == firstDocument
        }
    }

    case entry(EntryKey)
    case document(String)
    case quote(document: String, text: String)
    case place(Int)
    case row(String)
}
