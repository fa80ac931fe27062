/// What a corpus's merges decided, document by document, so that opening the same documents
/// again replays the decisions instead of searching for them: per event, the timeline entry of
/// its date it joined (`TimelineBuilder.DateMerge.replay`); per person, the corpus person the
/// people merge's first pass put it with (`PeopleIndex.Merging.choices`).
///
/// A merge decides each item from the items before it, in input order, so a memo stays true
/// for every document of the corpus up to the first one that differs. Each document is known
/// by a digest of exactly what the merges read from it (event dates, summaries and actors;
/// people's names, aliases and kind): a document replays while its digest and those of all
/// the documents before it match; from the first mismatch on, the corpus merges as usual.
/// The store keeps the memo of the last corpus the dashboard or `sitrep watch` opened
/// (`ExtractionStore`); `sitrep timeline` and `sitrep quotes` replay it without saving one.
public struct MergeMemo: Sendable, Equatable {
    /// Bump when the rules of the timeline merge or the people merge change (thresholds,
    /// word rules, name compatibility): a memo made under other rules is not replayed.
    static let rulesVersion = 1

    /// The rules the memo was made under (`currentRules` when it can be replayed).
    var rules: Int64
    /// Per document, in input order, the digest of what the merges read from it.
    var digests: [Int64]
    /// Per event of every document, in input order, the number of the entry it joined among
    /// its date's entries.
    var entries: [Int32]
    /// Per person of every document, in input order: `PeopleIndex.Merging.choices`.
    var people: [Int32]

    init(rules: Int64 = MergeMemo.currentRules, digests: [Int64], entries: [Int32], people: [Int32]) {
        self.rules = rules; self.digests = digests; self.entries = entries; self.people = people
    }

    /// The documents it covers.
    public var documentCount: Int { digests.count }

    /// The key of the rules in force, and the constants they use.
    static var currentRules: Int64 {
        var hash = StableHash()
        hash.add(rulesVersion)
        hash.add(Int64(TimelineBuilder.wordingThreshold.bitPattern))
        hash.add(Int64(TimelineBuilder.actorThreshold.bitPattern))
        hash.add(TimelineBuilder.postingLimit)
        return hash.value
    }

    /// The digest of what the merges read from a document: its events' dates, summaries and
    /// actors, its people's names, aliases and kind, and how many of each.
    static func digest(_ extraction: DocumentExtraction) -> Int64 {
        var hash = StableHash()
        hash.add(extraction.events.count)
        for event in extraction.events {
            hash.add(event.date.year)
            hash.add(event.date.month ?? -1)
            hash.add(event.date.day ?? -1)
            hash.add(event.summary)
            if let actor = event.actor { hash.add(1); hash.add(actor) } else { hash.add(0) }
        }
        hash.add(extraction.people.count)
        for person in extraction.people {
            hash.add(person.isDescription ? 1 : 0)
            hash.add(person.name)
            hash.add(person.aliases.count)
            for alias in person.aliases { hash.add(alias) }
        }
        return hash.value
    }
}

/// How far a corpus has replayed a memo: the next document, event and person it covers.
struct MergeReplay: Sendable {
    let memo: MergeMemo
    var document = 0
    var event = 0
    var person = 0
    /// True once a document did not match: decisions after it are not worth anything.
    private(set) var isOver = false

    init?(_ memo: MergeMemo) {
        guard memo.rules == MergeMemo.currentRules else { return nil }
        self.memo = memo
    }

    /// True when every document of the memo has been replayed.
    var isComplete: Bool { document == memo.documentCount }

    /// The decisions for the next document, when the memo covers it (its digest matches and
    /// the memo holds one decision per item); nil otherwise, and the replay is then over.
    mutating func next(_ extraction: DocumentExtraction) -> (entries: ArraySlice<Int32>, people: ArraySlice<Int32>)? {
        guard !isOver, document < memo.documentCount,
              event + extraction.events.count <= memo.entries.count,
              person + extraction.people.count <= memo.people.count,
              memo.digests[document] == MergeMemo.digest(extraction) else {
            isOver = true
            return nil
        }
        let entries = memo.entries[event..<event + extraction.events.count]
        let people = memo.people[person..<person + extraction.people.count]
        document += 1
        event += extraction.events.count
        person += extraction.people.count
        return (entries, people)
    }
}
