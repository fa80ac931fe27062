import SitrepCore

/// The Regions pane. Until the places stage exists it lists where the documents came from
/// (their source, else their folder, else "stdin"), most documents first, with a bar.
enum RegionsPane {
    static func content(for documents: [Document]) -> PaneContent {
        var content = PaneContent(emptyText: "No documents loaded.")
        var counts: [String: Int] = [:]
        for document in documents { counts[document.sourceName, default: 0] += 1 }
        let sources = counts.sorted { a, b in
            a.value != b.value ? a.value > b.value : a.key.lowercased() < b.key.lowercased()
        }
        let most = Double(sources.first?.value ?? 1)
        for (name, count) in sources {
            content.appendItem(PaneRow(kind: .item, text: name, trailing: Formatting.grouped(count),
                                       trailingIsEssential: true,
                                       bar: Double(count) / most, indent: 2), target: nil)
        }
        return content
    }
}
