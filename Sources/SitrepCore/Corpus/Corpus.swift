/// The model's view of a whole corpus: every document's extraction and the merged timeline.
///
/// A corpus changes by `apply(_:)`: documents added, replaced or removed, one `CorpusChange` at
/// a time. Only the timeline dates those documents tell are merged again, so one new article
/// costs in proportion to its own events, not to the corpus; the result equals a corpus built
/// from scratch on the same documents in the same order (`Corpus(extractions:)`).
public struct Corpus: Sendable {
    /// Every document's extraction, in input order (arrivals at the end; a replaced document
    /// keeps its place).
    public private(set) var extractions: [DocumentExtraction]
    /// The merged timeline, in date order; within a date, in the order the events were first
    /// told. Flattened from the per-date entries on first use after a change (see `CorpusViews`),
    /// so that a load applied in many batches does not flatten it after each one.
    public var timeline: [TimelineEntry] { views.timeline(of: entriesByDate) }
    /// The newest article date: timeline entries after it are marked announced.
    public private(set) var newestArticleDate: DayDate?

    /// People and places over the whole corpus, worked out on first use (see `CorpusViews`).
    private(set) var views = CorpusViews()
    private var positionByID: [String: Int] = [:]
    /// Per date, the events told on it in input order (document position, then sentence).
    private var eventsByDate: [EventDate: [Event]] = [:]
    /// Per date, its merged entries; `timeline` is these, flattened in date order.
    private var entriesByDate: [EventDate: [TimelineEntry]] = [:]

    public init(extractions: [DocumentExtraction] = []) {
        self.extractions = []
        apply(CorpusChange(upserted: extractions))
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
    public func timelineEntries(on date: EventDate) -> [TimelineEntry] { entriesByDate[date] ?? [] }

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
        var appendedEvents: [Event] = []
        var appended: [DocumentExtraction] = []
        for extraction in change.upserted {
            let id = extraction.document.id
            touchedDates.formUnion(extraction.events.map(\.date))
            if let position = positionByID[id] {
                touchedDates.formUnion(extractions[position].events.map(\.date))
                extractions[position] = extraction
                diff.replaced.append(id)
            } else {
                positionByID[id] = extractions.count
                extractions.append(extraction)
                diff.added.append(id)
                appendedEvents += extraction.events
                appended.append(extraction)
            }
        }
        guard !diff.isEmpty else { return diff }
        let arrivalsOnly = diff.replaced.isEmpty && diff.removed.isEmpty
        views = arrivalsOnly ? CorpusViews.extending(views, with: appended) : CorpusViews.fresh()
        let newest = extractions.compactMap(\.document.date).max()
        let announcementsMoved = newest != newestArticleDate
        newestArticleDate = newest
        if arrivalsOnly {
            // Arrivals only: their events go after every event already told on their dates.
            for event in appendedEvents { eventsByDate[event.date, default: []].append(event) }
        } else {
            regroupEvents(on: touchedDates)
        }
        mergeEntries(on: touchedDates)
        if announcementsMoved { remarkAnnouncements() }
        return diff
    }

    private mutating func reindex() {
        positionByID = [:]
        for (position, extraction) in extractions.enumerated() where positionByID[extraction.document.id] == nil {
            positionByID[extraction.document.id] = position
        }
    }

    /// The events of `dates` gathered again in input order.
    private mutating func regroupEvents(on dates: Set<EventDate>) {
        guard !dates.isEmpty else { return }
        for date in dates { eventsByDate[date] = nil }
        for extraction in extractions {
            for event in extraction.events where dates.contains(event.date) {
                eventsByDate[event.date, default: []].append(event)
            }
        }
    }

    /// Merges the events of `dates` again: one call of the builder, which merges each date on
    /// its own (events of different dates never merge), the dates on all cores.
    private mutating func mergeEntries(on dates: Set<EventDate>) {
        var events: [Event] = []
        for date in dates {
            if let told = eventsByDate[date], !told.isEmpty {
                events += told
            } else {
                eventsByDate[date] = nil
                entriesByDate[date] = nil
            }
        }
        guard !events.isEmpty else { return }
        var merged: [EventDate: [TimelineEntry]] = [:]
        for entry in TimelineBuilder.build(events: events, newestArticle: newestArticleDate) {
            merged[entry.date, default: []].append(entry)
        }
        for (date, entries) in merged { entriesByDate[date] = entries }
    }

    private mutating func remarkAnnouncements() {
        for (date, entries) in entriesByDate {
            let announced = newestArticleDate.map { newest in date.firstDay.map { $0 > newest } ?? false } ?? false
            if entries.first?.isAnnounced != announced {
                entriesByDate[date] = entries.map { var e = $0; e.isAnnounced = announced; return e }
            }
        }
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
