/// Stage outputs kept from an earlier extraction of the same document; nil where a stage must
/// run again (its version changed, or its stored value did not decode).
struct ReusableStages: Sendable {
    var timexes: [Timex]?
    var quotesAndPeople: (quotes: [Quote], people: [Person])?
    var places: [PlaceMention]?
    /// Kept only with all three above: events read them.
    var events: [Event]?

    init(timexes: [Timex]? = nil, quotesAndPeople: (quotes: [Quote], people: [Person])? = nil,
         places: [PlaceMention]? = nil, events: [Event]? = nil) {
        self.timexes = timexes; self.quotesAndPeople = quotesAndPeople; self.places = places; self.events = events
    }

    var isComplete: Bool { timexes != nil && quotesAndPeople != nil && places != nil && events != nil }
    var isEmpty: Bool { timexes == nil && quotesAndPeople == nil && places == nil && events == nil }

    /// Which stages will run (for statistics).
    var missing: StageSet {
        var set = StageSet()
        if timexes == nil { set.insert(.time) }
        if quotesAndPeople == nil { set.insert(.quotes) }
        if places == nil { set.insert(.places) }
        if events == nil || set != [] { set.insert(.events) }
        return set
    }
}

/// The model stages whose output the store keeps separately.
struct StageSet: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let time = StageSet(rawValue: 1)
    static let quotes = StageSet(rawValue: 2)
    static let places = StageSet(rawValue: 4)
    static let events = StageSet(rawValue: 8)
    static let all: StageSet = [.time, .quotes, .places, .events]
}

extension Extractor {
    /// `extract(document)`, running only the stages `kept` lacks. Events run again whenever
    /// any stage they read did; the result equals a full extraction (the store's tests check
    /// this for every combination).
    func extract(_ document: Document, reusing kept: ReusableStages) -> DocumentExtraction {
        if kept.isEmpty { return extract(document) }
        let timexes = kept.timexes ?? tagger.tag(document.text, anchor: document.date)
        if kept.isComplete, let quotes = kept.quotesAndPeople, let places = kept.places, let events = kept.events {
            return DocumentExtraction(document: document, timexes: timexes, events: events, quotes: quotes.quotes,
                                      people: quotes.people, places: places)
        }
        let analyzed = AnalyzedText(document.text)
        let (quotes, people) = kept.quotesAndPeople ?? attribution.extract(analyzed)
        let places = kept.places ?? resolver.places(in: analyzed)
        let events: [Event]
        if kept.missing.isDisjoint(with: [.time, .quotes, .places]), let stored = kept.events {
            events = stored
        } else {
            let actors = ActorCandidates(people: people, places: places, quotes: quotes)
            events = EventExtractor.events(in: analyzed, timexes: timexes, documentID: document.id,
                                           bodyStart: HeaderBlock.bodyStart(of: document.text), actors: actors)
        }
        return DocumentExtraction(document: document, timexes: timexes, events: events, quotes: quotes,
                                  people: people, places: places)
    }
}
