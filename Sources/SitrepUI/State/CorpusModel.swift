import SitrepCore

/// The model's `Corpus` as the view state keeps it: with the lookups the panes need on every
/// frame worked out once, and with equality (`Corpus` itself is not `Equatable`).
struct CorpusModel: Sendable {
    let corpus: Corpus
    /// `corpus.documents`, in input order.
    let documents: [Document]
    /// The newest article's date: "today" for the date prompts, and the line after which
    /// timeline entries are announced rather than reported.
    let newestArticleDate: DayDate?
    private let indexByID: [String: Int]
    /// The people of all documents, merged (`PeopleIndex.merge`).
    let people: PeopleIndex.Merged
    /// The places named, rolled up country -> region -> city (`PlaceRollup.rollUp`).
    let places: [PlaceNode]

    init(_ corpus: Corpus) {
        self.corpus = corpus
        documents = corpus.documents
        newestArticleDate = corpus.newestArticleDate
        var index: [String: Int] = [:]
        for (position, document) in documents.enumerated() where index[document.id] == nil {
            index[document.id] = position
        }
        indexByID = index
        people = corpus.people
        places = corpus.places
    }

    var timeline: [TimelineEntry] { corpus.timeline }

    /// The position of the document with this id in `documents`.
    func documentIndex(id: String) -> Int? { indexByID[id] }
}

extension CorpusModel: Equatable {
    static func == (a: CorpusModel, b: CorpusModel) -> Bool {
        guard a.documents == b.documents, a.corpus.timeline == b.corpus.timeline else { return false }
        return zip(a.corpus.extractions, b.corpus.extractions).allSatisfy { x, y in
            x.timexes == y.timexes && x.events == y.events && x.quotes == y.quotes
                && x.people == y.people && x.places == y.places
        }
    }
}
