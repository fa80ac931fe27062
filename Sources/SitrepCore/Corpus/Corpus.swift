/// The model's view of a whole corpus: every document's extraction and the merged timeline.
public struct Corpus: Sendable {
    public private(set) var extractions: [DocumentExtraction]
    public private(set) var timeline: [TimelineEntry]

    public init(extractions: [DocumentExtraction] = []) {
        self.extractions = extractions
        self.timeline = []
        rebuildTimeline()
    }

    /// Reads and extracts documents, in input order.
    public init(documents: [Document], extractor: Extractor = Extractor()) {
        self.init(extractions: extractor.extractAll(documents))
    }

    public var documents: [Document] { extractions.map(\.document) }

    /// The newest article date: timeline entries after it are marked announced.
    public var newestArticleDate: DayDate? { extractions.compactMap(\.document.date).max() }

    public func extraction(id: String) -> DocumentExtraction? {
        extractions.first { $0.document.id == id }
    }

    private mutating func rebuildTimeline() {
        timeline = TimelineBuilder.build(events: extractions.flatMap(\.events), newestArticle: newestArticleDate)
    }
}
