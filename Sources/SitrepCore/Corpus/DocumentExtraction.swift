/// Everything the model found in one document. A stage not built yet contributes nothing.
public struct DocumentExtraction: Sendable {
    public var document: Document
    public var timexes: [Timex]
    public var events: [Event]

    public init(document: Document, timexes: [Timex] = [], events: [Event] = []) {
        self.document = document; self.timexes = timexes; self.events = events
    }
}

/// Runs the model stages over one document: Text, then Time, then Events.
public struct Extractor: Sendable {
    private let tagger = TimexTagger()

    public init() {}

    public func extract(_ document: Document) -> DocumentExtraction {
        let analyzed = AnalyzedText(document.text)
        let timexes = tagger.tag(document.text, anchor: document.date)
        let events = EventExtractor.events(in: analyzed, timexes: timexes, documentID: document.id,
                                           bodyStart: HeaderBlock.bodyStart(of: document.text))
        return DocumentExtraction(document: document, timexes: timexes, events: events)
    }
}
