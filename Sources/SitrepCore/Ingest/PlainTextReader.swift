/// `.txt`, `.md` and files of other extensions named on the command line.
enum PlainTextReader {
    /// The document, and warnings about it (e.g. a header date that could not be read).
    static func document(text decoded: String, file: FileFacts, markdown: Bool,
                         options: IngestOptions) -> (Document, [String]) {
        let text = TextNormalization.nfc(decoded)
        let header = HeaderBlock.read(text)
        let bodyStart = header?.bodyStart ?? 0
        let title = header?.title
            ?? (markdown ? DocumentClues.markdownHeading(in: text) : nil)
            ?? DocumentClues.firstLineTitle(of: text, from: bodyStart, markdown: markdown)
            ?? DocumentClues.stem(of: file.path)
        let (date, source) = DocumentClues.firstDated([
            (.header, header?.date),
            (.filename, file.fileNameDate),
            (.text, DocumentClues.datelineDate(in: text, from: bodyStart)),
            (.option, options.fallbackDate),
            (.mtime, file.modified),
        ])
        var warnings: [String] = []
        if let value = header?.dateValue, header?.date == nil {
            warnings.append("header date \"\(value)\" not understood, ignored (write it as YYYY-MM-DD)")
        }
        let document = Document(id: file.path, title: title, text: text, date: date, dateSource: source,
                                path: file.path, url: header?.url, source: header?.source)
        return (document, warnings)
    }
}
