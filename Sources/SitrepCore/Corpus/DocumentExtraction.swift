/// Everything the model found in one document. A stage not built yet contributes nothing.
public struct DocumentExtraction: Sendable {
    public var document: Document
    public var timexes: [Timex]
    public var events: [Event]
    public var quotes: [Quote]
    public var people: [Person]
    public var places: [PlaceMention]

    public init(document: Document, timexes: [Timex] = [], events: [Event] = [], quotes: [Quote] = [],
                people: [Person] = [], places: [PlaceMention] = []) {
        self.document = document; self.timexes = timexes; self.events = events
        self.quotes = quotes; self.people = people; self.places = places
    }
}

/// Runs the model stages over one document: Text, then Time, Quotes and People, Places, and
/// last Events (which take their actors from the people and places found).
public struct Extractor: Sendable {
    let tagger = TimexTagger()
    let attribution = QuoteAttribution()
    let resolver: PlaceResolver

    public init(gazetteer: Gazetteer = .shared) {
        resolver = PlaceResolver(gazetteer: gazetteer)
    }

    public func extract(_ document: Document) -> DocumentExtraction {
        let analyzed = AnalyzedText(document.text)
        let timexes = tagger.tag(document.text, anchor: document.date)
        let (quotes, people) = attribution.extract(analyzed)
        let places = resolver.places(in: analyzed)
        let actors = ActorCandidates(people: people, places: places, quotes: quotes)
        let events = EventExtractor.events(in: analyzed, timexes: timexes, documentID: document.id,
                                           bodyStart: HeaderBlock.bodyStart(of: document.text), actors: actors)
        return DocumentExtraction(document: document, timexes: timexes, events: events, quotes: quotes,
                                  people: people, places: places)
    }
}
