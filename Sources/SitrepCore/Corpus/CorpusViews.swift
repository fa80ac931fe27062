import Foundation

/// The corpus-wide views that take a pass over every document: the flattened timeline, the
/// documents, the people merged across documents, the quotes by speaker and the places rolled
/// up country -> region -> city. Worked out once per corpus
/// state, on first use, and shared by the copies of that state (a `Corpus` is a value; this
/// box is replaced whenever it changes). Safe from any thread.
final class CorpusViews: @unchecked Sendable {
    private let lock = NSLock()
    private var people: PeopleIndex.Merged?
    private var places: [PlaceNode]?
    private var timeline: MergedTimeline?
    private var documents: [Document]?
    private var speakers: [Speaker]?
    /// When this state is an earlier one plus arrivals: the places tallied and the people
    /// merged (first pass) for the earlier state, and the documents that arrived since (nil:
    /// work them out from every document).
    private var placeTally: PlaceTally?
    private var placeArrivals: [DocumentExtraction] = []
    private var merging: PeopleIndex.Merging?
    private var peopleArrivals: [DocumentExtraction] = []
    /// Per arrival, the first-pass choices of a replayed memo (`MergeMemo`), if any.
    private var peopleChoices: [ArraySlice<Int32>?] = []
    /// The same for the quotes filed by speaker (`SpeakerTally`).
    private var speakerTally: SpeakerTally?
    private var speakerArrivals: [DocumentExtraction] = []

    /// The views of an empty corpus.
    init() {
        placeTally = PlaceTally()
        merging = PeopleIndex.Merging()
        speakerTally = SpeakerTally()
    }

    private init(placeTally: PlaceTally?, placeArrivals: [DocumentExtraction],
                 merging: PeopleIndex.Merging?, peopleArrivals: [DocumentExtraction], peopleChoices: [ArraySlice<Int32>?],
                 speakerTally: SpeakerTally?, speakerArrivals: [DocumentExtraction]) {
        self.placeTally = placeTally; self.placeArrivals = placeArrivals
        self.merging = merging; self.peopleArrivals = peopleArrivals; self.peopleChoices = peopleChoices
        self.speakerTally = speakerTally; self.speakerArrivals = speakerArrivals
    }

    /// The views of `previous`'s corpus state with `arrivals` added at the end: what can be
    /// extended rather than worked out again starts from `previous`'s. `choices`: per arrival
    /// (or none), the people merge's choices from a replayed memo.
    static func extending(_ previous: CorpusViews, with arrivals: [DocumentExtraction],
                          choices: [ArraySlice<Int32>?] = []) -> CorpusViews {
        previous.lock.lock(); defer { previous.lock.unlock() }
        let tally = previous.placeTally, merging = previous.merging, speakerTally = previous.speakerTally
        let arrivalChoices = choices.count == arrivals.count ? choices : Array(repeating: nil, count: arrivals.count)
        return CorpusViews(placeTally: tally, placeArrivals: tally == nil ? [] : previous.placeArrivals + arrivals,
                           merging: merging, peopleArrivals: merging == nil ? [] : previous.peopleArrivals + arrivals,
                           peopleChoices: merging == nil ? [] : previous.peopleChoices + arrivalChoices,
                           speakerTally: speakerTally,
                           speakerArrivals: speakerTally == nil ? [] : previous.speakerArrivals + arrivals)
    }

    /// The views of a corpus state that cannot be derived from an earlier one.
    static func fresh() -> CorpusViews {
        CorpusViews(placeTally: nil, placeArrivals: [], merging: nil, peopleArrivals: [], peopleChoices: [],
                    speakerTally: nil, speakerArrivals: [])
    }

    func timeline(of merges: [EventDate: TimelineBuilder.DateMerge]) -> MergedTimeline {
        lock.lock(); defer { lock.unlock() }
        if let timeline { return timeline }
        let flat = MergedTimeline(groups: merges.keys.sorted().map { merges[$0]!.entries })
        timeline = flat
        return flat
    }

    func people(of extractions: [DocumentExtraction]) -> PeopleIndex.Merged {
        lock.lock(); defer { lock.unlock() }
        if let people { return people }
        var merging = self.merging ?? PeopleIndex.Merging()
        if self.merging == nil {
            merging.add(extractions.map(\.people))
        } else {
            merging.add(peopleArrivals.map(\.people), choices: peopleChoices)
        }
        self.merging = merging
        peopleArrivals = []
        peopleChoices = []
        let merged = merging.merged()
        people = merged
        return merged
    }

    /// Where the people merge's first pass put every person (`PeopleIndex.Merging.choices`),
    /// the people worked out first if they are not yet.
    func firstPassChoices(of extractions: [DocumentExtraction]) -> [Int32] {
        _ = people(of: extractions)
        lock.lock(); defer { lock.unlock() }
        return merging?.choices ?? []
    }

    func documents(of extractions: [DocumentExtraction]) -> [Document] {
        lock.lock(); defer { lock.unlock() }
        if let documents { return documents }
        let all = extractions.map(\.document)
        documents = all
        return all
    }

    func speakers(of extractions: [DocumentExtraction], people: () -> PeopleIndex.Merged) -> [Speaker] {
        let people = people()
        lock.lock(); defer { lock.unlock() }
        if let speakers { return speakers }
        // `people()` left the merge's first pass covering every document of this state.
        let firstPass = merging?.firstPassMap ?? people.map
        var tally = speakerTally ?? SpeakerTally()
        if speakerTally != nil && tally.documentCount + speakerArrivals.count == extractions.count {
            tally.add(speakerArrivals, people: firstPass)
        } else {
            tally = SpeakerTally()
            tally.add(extractions, people: firstPass)
        }
        speakerTally = tally
        speakerArrivals = []
        let found = tally.speakers(people: people)
        speakers = found
        return found
    }

    func places(of extractions: [DocumentExtraction]) -> [PlaceNode] {
        lock.lock(); defer { lock.unlock() }
        if let places { return places }
        var tally = placeTally ?? PlaceTally()
        for extraction in placeTally == nil ? extractions : placeArrivals {
            tally.add(extraction.places, document: extraction.document.id)
        }
        placeTally = tally
        placeArrivals = []
        let tree = tally.tree()
        places = tree
        return tree
    }
}

extension Corpus {
    /// The people of all documents, merged (`PeopleIndex.merge`), worked out once per state.
    public var people: PeopleIndex.Merged { views.people(of: extractions) }

    /// The places named, rolled up country -> region -> city (`PlaceRollup.rollUp`), worked
    /// out once per state.
    public var places: [PlaceNode] { views.places(of: extractions) }

    /// The quotes by speaker (`SpeakerIndex.speakers`), worked out once per state.
    public var speakers: [Speaker] { views.speakers(of: extractions) { people } }
}
