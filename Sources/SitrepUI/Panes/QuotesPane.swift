import SitrepCore

/// The Quotes pane. Until the quotes stage exists it lists each document with its size and
/// where its date came from ("1,234 words · date from filename"), in input order.
enum QuotesPane {
    static func content(for documents: [Document]) -> PaneContent {
        var content = PaneContent(emptyText: "No documents loaded.")
        for (index, document) in documents.enumerated() {
            let words = Formatting.count(Formatting.wordCount(document.text), "word")
            let detail = words + " · " + Formatting.dateSource(document.dateSource)
            content.appendItem(PaneRow(kind: .item, text: document.displayTitle, indent: 2),
                               details: [PaneRow(kind: .detail, text: detail, indent: 4)],
                               target: .document(index))
        }
        return content
    }
}
