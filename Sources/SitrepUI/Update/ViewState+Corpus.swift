import SitrepCore

extension ViewState {
    /// New documents from the model. Each pane keeps its selection on the same document (or
    /// source) when it is still there, so an arriving article does not move the cursor.
    mutating func load(documents newDocuments: [Document], problems newProblems: [IngestProblem]) {
        let kept = Pane.allCases.map { selectedKey(in: $0) }
        documents = newDocuments
        problems = newProblems
        for (pane, key) in zip(Pane.allCases, kept) {
            if let key, let item = item(withKey: key, in: pane) { self[cursor: pane].selection = item }
        }
        if let open = reader {
            if let index = documents.firstIndex(where: { $0.id == open.documentID }) {
                reader?.documentIndex = index
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

    /// What identifies the selected item across reloads: a document id, or a source name.
    private func selectedKey(in pane: Pane) -> String? {
        let content = contents[pane]
        let selection = self[cursor: pane].selection
        guard content.itemRows.indices.contains(selection) else { return nil }
        if let index = content.itemDocuments[selection], documents.indices.contains(index) {
            return "document:" + documents[index].id
        }
        return "row:" + content.rows[content.itemRows[selection].lowerBound].text
    }

    private func item(withKey key: String, in pane: Pane) -> Int? {
        let content = contents[pane]
        return content.itemRows.indices.first { item in
            if let index = content.itemDocuments[item], documents.indices.contains(index) {
                return "document:" + documents[index].id == key
            }
            return "row:" + content.rows[content.itemRows[item].lowerBound].text == key
        }
    }
}
