/// Reads one file into documents: loads, decodes, and hands it to its format's reader.
enum FileDocumentReader {
    static func read(_ path: String, format: InputFormat, options: IngestOptions) -> IngestResult {
        // JSON Lines files may hold a whole corpus: there the limit applies to each line.
        let limit = format == .jsonLines ? Int.max : options.maxFileBytes
        var bytes: [UInt8]
        let modified: DayDate?
        switch FileLoader.load(path, limit: limit) {
        case .success(let file): (bytes, modified) = (file.bytes, file.modified)
        case .failure(let failure): return IngestResult(problems: [IngestProblem(path: path, reason: failure.reason)])
        }
        let windows1252 = format == .html && HTMLText.declaresLatin1(bytes)
        let text: String
        var result = IngestResult()
        switch TextDecoding.decode(&bytes, windows1252Fallback: windows1252) {
        case .rejected(let reason):
            return IngestResult(problems: [IngestProblem(path: path, reason: reason)])
        case .text(let decoded, let warning):
            text = decoded
            if let warning { result.problems.append(IngestProblem(path: path, reason: warning, recovered: true)) }
        }
        if TextNormalization.isBlank(text) {
            return IngestResult(problems: [IngestProblem(path: path, reason: "empty file, skipped")])
        }
        let file = FileFacts(path: path, modified: modified)
        switch format {
        case .plainText, .markdown:
            let (document, warnings) = PlainTextReader.document(text: text, file: file,
                                                                markdown: format == .markdown, options: options)
            result.documents.append(document)
            result.problems += warnings.map { IngestProblem(path: path, reason: $0, recovered: true) }
        case .html:
            if let document = HTMLReader.document(html: text, file: file, options: options) {
                result.documents.append(document)
            } else {
                result.problems.append(IngestProblem(path: path, reason: "no readable text in the HTML, skipped"))
            }
        case .json:
            result.append(JSONRecords.readDocument(text, path: path, options: options))
        case .jsonLines:
            result.append(JSONRecords.readLines(Array(text.utf8), origin: path, path: path, options: options))
        }
        return result
    }
}

/// What is known about a document's file besides its text.
struct FileFacts {
    /// The path as given or joined; it is also the document's id.
    var path: String
    /// The day of the file's last modification, local time.
    var modified: DayDate?

    var fileNameDate: DayDate? { DateScanner.fileNameDate(DocumentClues.fileName(of: path)) }
}
