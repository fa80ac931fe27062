import SitrepCore

/// The model's `Corpus` as the view state keeps it: the corpus-wide views the panes read on
/// every frame (worked out once per corpus state, in the background when the corpus comes
/// from a `LiveCorpus`), and equality (`Corpus` itself is not `Equatable`).
struct CorpusModel: Sendable {
    let corpus: Corpus
    /// `corpus.documents`, in input order.
    let documents: [Document]
    /// The newest article's date: "today" for the date prompts, and the line after which
    /// timeline entries are announced rather than reported.
    let newestArticleDate: DayDate?
    /// The merged timeline (`corpus.timeline`).
    let timeline: MergedTimeline
    /// The places named, rolled up country -> region -> city (`PlaceRollup.rollUp`).
    let places: [PlaceNode]
    /// The quotes by speaker (`SpeakerIndex`).
    let speakers: [Speaker]

    init(_ corpus: Corpus) {
        self.corpus = corpus
        documents = corpus.documents
        newestArticleDate = corpus.newestArticleDate
        timeline = corpus.timeline
        places = corpus.places
        speakers = corpus.speakers
    }

    /// The timeline entries of `dates`, in date order (the model keeps them by date).
    func entries(on dates: Set<EventDate>) -> [TimelineEntry] {
        dates.sorted().flatMap(corpus.timelineEntries(on:))
    }

    /// The position of the document with this id in `documents`.
    func documentIndex(id: String) -> Int? { corpus.position(ofDocument: id) }
}

extension CorpusModel: Equatable {
    static func == (a: CorpusModel, b: CorpusModel) -> Bool {
        guard a.documents == b.documents, a.timeline == b.timeline else { return false }
        return zip(a.corpus.extractions, b.corpus.extractions).allSatisfy { x, y in
            x.timexes == y.timexes && x.events == y.events && x.quotes == y.quotes
                && x.people == y.people && x.places == y.places
        }
    }
}
