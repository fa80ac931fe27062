/// `.html` and `.htm`: the page's readable text, with title and date from its markup.
enum HTMLReader {
    /// The document, or nil when the page has no readable text.
    static func document(html: String, file: FileFacts, options: IngestOptions) -> Document? {
        let page = HTMLText(parsing: html)
        let text = TextNormalization.nfc(page.text)
        guard !TextNormalization.isBlank(text) else { return nil }
        let title = page.bestTitle.map(TextNormalization.nfc)
            ?? DocumentClues.firstLineTitle(of: text)
            ?? DocumentClues.stem(of: file.path)
        let (date, source) = DocumentClues.firstDated([
            (.header, page.date),
            (.filename, file.fileNameDate),
            (.text, DocumentClues.datelineDate(in: text)),
            (.option, options.fallbackDate),
            (.mtime, file.modified),
        ])
        return Document(id: file.path, title: title, text: text, date: date, dateSource: source, path: file.path)
    }
}
