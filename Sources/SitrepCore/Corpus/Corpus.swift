/// The model's view of a whole corpus: every document's extraction and the merged timeline.
///
/// A corpus changes by `apply(_:)`: documents added, replaced or removed, one `CorpusChange` at
/// a time. Arriving documents' events go on the merge of their dates where it stopped
/// (`TimelineBuilder.DateMerge`), and a replaced or removed document's dates are merged again,
/// so one new article costs in proportion to its own events, not to the corpus; the result
/// equals a corpus built from scratch on the same documents in the same order
/// (`Corpus(extractions:)`).
public struct Corpus: Sendable {
    /// Every document's extraction, in input order (arrivals at the end; a replaced document
    /// keeps its place).
    public private(set) var extractions: [DocumentExtraction]
    /// The merged timeline, in date order; within a date, in the order the events were first
    /// told. The per-date entries, put in date order on first use after a change (see
    /// `CorpusViews`): shared, not copied.
    public var timeline: MergedTimeline { views.timeline(of: merges) }
    /// The newest article date: timeline entries after it are marked announced.
    public private(set) var newestArticleDate: DayDate?

    /// People and places over the whole corpus, worked out on first use (see `CorpusViews`).
    private(set) var views = CorpusViews()
    private var positionByID: [String: Int] = [:]
    /// Per date, its events merged into entries, in input order (document position, then
    /// sentence); `timeline` is their entries in date order.
    private var merges: [EventDate: TimelineBuilder.DateMerge] = [:]
    /// The decisions of an earlier merge being replayed while the documents match (see
    /// `MergeMemo`); nil when there is none.
    private var replay: MergeReplay?

    /// A corpus of these documents; `memo`, the merges' decisions for an earlier corpus that
    /// began with the same documents, spares their searches (`MergeMemo`: the result is the same).
    public init(extractions: [DocumentExtraction] = [], replaying memo: MergeMemo? = nil) {
        self.extractions = []
        if let memo { replay = MergeReplay(memo) }
        apply(CorpusChange(upserted: extractions))
    }

    /// Replays `memo` as documents arrive, while they match it (`MergeMemo`). Only an empty
    /// corpus takes a memo.
    public mutating func replay(_ memo: MergeMemo) {
        guard extractions.isEmpty else { return }
        replay = MergeReplay(memo)
    }

    /// True when every document of the corpus, and no other, came with a replayed memo:
    /// `mergeMemo()` would give that memo again.
    public var replayedWholeMemo: Bool {
        guard let replay else { return false }
        return !replay.isOver && replay.isComplete && replay.document == extractions.count
    }

    /// Reads and extracts documents, in input order.
    public init(documents: [Document], extractor: Extractor = Extractor()) {
        self.init(extractions: extractor.extractAll(documents))
    }

    /// Every document, in input order; worked out once per state.
    public var documents: [Document] { views.documents(of: extractions) }

    public func extraction(id: String) -> DocumentExtraction? {
        positionByID[id].map { extractions[$0] }
    }

    /// The entries of the timeline dated `date`, in timeline order.
    public func timelineEntries(on date: EventDate) -> [TimelineEntry] { merges[date]?.entries ?? [] }

    /// The position of the document with this id in `extractions`.
    public func position(ofDocument id: String) -> Int? { positionByID[id] }

    /// Adds, replaces (same document id) and removes documents, and merges again the timeline
    /// dates they touch. Returns what changed.
    @discardableResult
    public mutating func apply(_ change: CorpusChange) -> CorpusDiff {
        var diff = CorpusDiff()
        var touchedDates = Set<EventDate>()
        let removed = Set(change.removed).subtracting(change.upserted.map(\.document.id))
        if !removed.isEmpty {
            for extraction in extractions where removed.contains(extraction.document.id) {
                touchedDates.formUnion(extraction.events.map(\.date))
                diff.removed.append(extraction.document.id)
            }
            if !diff.removed.isEmpty {
                extractions.removeAll { removed.contains($0.document.id) }
                reindex()
            }
        }
        var appended: [DocumentExtraction] = []
        for extraction in change.upserted {
            let id = extraction.document.id
            if let position = positionByID[id] {
                touchedDates.formUnion(extractions[position].events.map(\.date))
                extractions[position] = extraction
                diff.replaced.append(id)
            } else {
                positionByID[id] = extractions.count
                extractions.append(extraction)
                diff.added.append(id)
                appended.append(extraction)
            }
        }
        guard !diff.isEmpty else { return diff }
        let arrivalsOnly = diff.replaced.isEmpty && diff.removed.isEmpty
        var entryDecisions: [Int32]?
        var peopleChoices: [ArraySlice<Int32>?] = []
        if !arrivalsOnly {
            replay = nil
        } else if replay != nil {
            var decisions: [Int32] = []
            for extraction in appended {
                if let planned = replay?.next(extraction) {
                    decisions += planned.entries
                    peopleChoices.append(planned.people)
                } else {
                    decisions += repeatElement(-1, count: extraction.events.count)
                    peopleChoices.append(nil)
                }
            }
            entryDecisions = decisions
            // A replay that is over has nothing more to give: its memo is let go.
            if replay?.isOver == true { replay = nil }
        }
        views = arrivalsOnly ? CorpusViews.extending(views, with: appended, choices: peopleChoices) : CorpusViews.fresh()
        let newest = arrivalsOnly
            ? ([newestArticleDate].compactMap { $0 } + appended.compactMap(\.document.date)).max()
            : extractions.compactMap(\.document.date).max()
        let announcementsMoved = newest != newestArticleDate
        newestArticleDate = newest
        if arrivalsOnly {
            // Arrivals only: their events go after every event already told on their dates.
            extendMerges(with: Array(appended.lazy.flatMap(\.events)), decisions: entryDecisions)
        } else {
            // The dates a replaced or removed document told are merged again from their start.
            for extraction in change.upserted { touchedDates.formUnion(extraction.events.map(\.date)) }
            extendMerges(with: Array(extractions.lazy.flatMap(\.events).filter { touchedDates.contains($0.date) }),
                         restarting: touchedDates)
        }
        if announcementsMoved {
            for date in Array(merges.keys) { merges[date]?.mark(newestArticle: newest) }
        }
        return diff
    }

    private mutating func reindex() {
        positionByID = [:]
        for (position, extraction) in extractions.enumerated() where positionByID[extraction.document.id] == nil {
            positionByID[extraction.document.id] = position
        }
    }

    /// Goes on merging each date with `events` (in input order), the dates in `restarting`
    /// merged from nothing (those left without events dropped). Where `decisions` (one per
    /// event) gives an event its entry from a replayed memo (not -1), it is put there.
    private mutating func extendMerges(with events: [Event], decisions: [Int32]? = nil, restarting: Set<EventDate> = []) {
        for date in restarting { merges[date] = nil }
        let grouped = TimelineBuilder.byDate(events)
        guard !grouped.isEmpty else { return }
        // Taken out of the dictionary, so that each is extended in place, not copied.
        var extended = grouped.map { merges.removeValue(forKey: $0.date) ?? TimelineBuilder.DateMerge() }
        TimelineBuilder.extend(&extended, with: events, groups: grouped.map(\.positions), decisions: decisions,
                               newestArticle: newestArticleDate)
        for (group, merge) in zip(grouped, extended) { merges[group.date] = merge }
    }

    /// The merges' decisions for this corpus, to replay when the same documents are opened
    /// again (`MergeMemo`). Works out the people if they are not yet.
    public func mergeMemo() -> MergeMemo {
        let choices = views.firstPassChoices(of: extractions)
        var memberEntries: [EventDate: (entries: [Int32], next: Int)] = [:]
        for (date, merge) in merges { memberEntries[date] = (merge.memberEntries, 0) }
        var entries: [Int32] = []
        var digests: [Int64] = []
        var peopleCount = 0
        digests.reserveCapacity(extractions.count)
        for extraction in extractions {
            digests.append(MergeMemo.digest(extraction))
            peopleCount += extraction.people.count
            for event in extraction.events {
                // Every event is a member of its date's merge, in input order.
                guard let member = memberEntries[event.date], member.next < member.entries.count else {
                    entries.append(-1)
                    continue
                }
                entries.append(member.entries[member.next])
                memberEntries[event.date]!.next += 1
            }
        }
        return MergeMemo(digests: digests, entries: entries, people: choices.count == peopleCount ? choices : [])
    }
}

/// Documents to add or replace (by document id) and document ids to remove, in one step.
public struct CorpusChange: Sendable {
    public var upserted: [DocumentExtraction]
    public var removed: [String]
    public init(upserted: [DocumentExtraction] = [], removed: [String] = []) {
        self.upserted = upserted; self.removed = removed
    }
    public var isEmpty: Bool { upserted.isEmpty && removed.isEmpty }
}

/// What one `Corpus.apply` did, by document id.
public struct CorpusDiff: Sendable, Equatable {
    public var added: [String] = []
    public var replaced: [String] = []
    public var removed: [String] = []
    public var isEmpty: Bool { added.isEmpty && replaced.isEmpty && removed.isEmpty }
    /// Ids of documents whose items are new or changed.
    public var arrived: [String] { added + replaced }
}
