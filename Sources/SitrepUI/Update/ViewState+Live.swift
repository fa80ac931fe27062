import Foundation
import SitrepCore

extension ViewState {
    /// Documents arrived, changed or went while the dashboard was open. The panes keep their
    /// selection and scroll (`load`); the new items are counted as unseen and marked fresh.
    mutating func update(corpus newCorpus: Corpus, diff: CorpusDiff, problems newProblems: [IngestProblem],
                         at date: Date) {
        let arrived = Set(diff.arrived)
        func touches(_ entry: TimelineEntry) -> Bool { entry.sources.contains { arrived.contains($0.documentID) } }
        // Only entries on the dates the arrived documents tell (before and after) can involve them.
        var dates = Set<EventDate>()
        for id in diff.arrived {
            dates.formUnion(model.corpus.extraction(id: id)?.events.map(\.date) ?? [])
            dates.formUnion(newCorpus.extraction(id: id)?.events.map(\.date) ?? [])
        }
        let entriesBefore = Set(model.entries(on: dates).filter(touches).map(ItemKey.EntryKey.init))
        var quotesBefore = Set<String>()
        for id in diff.replaced {
            for quote in model.corpus.extraction(id: id)?.quotes ?? [] { quotesBefore.insert(id + "|" + quote.text) }
        }
        load(corpus: newCorpus, problems: newProblems)

        let newEntries = model.entries(on: dates).filter(touches).filter { !entriesBefore.contains(ItemKey.EntryKey($0)) }.count
        var newQuotes = 0
        for id in diff.arrived {
            newQuotes += newCorpus.extraction(id: id)?.quotes.filter { !quotesBefore.contains(id + "|" + $0.text) }.count ?? 0
        }
        live.unseen += newEntries + newQuotes
        for id in diff.arrived { live.arrivals[id] = date }
        for id in diff.removed { live.arrivals[id] = nil }
        live.lastUpdate = date
        if live.now == nil || live.now! < date { live.now = date }
        statusMessage = Self.describe(diff, problems: newProblems.count - problems.count)
    }

    /// "+2 articles, 1 changed, 1 removed".
    static func describe(_ diff: CorpusDiff, problems: Int) -> String {
        var parts: [String] = []
        if !diff.added.isEmpty { parts.append("+" + Formatting.count(diff.added.count, "article")) }
        if !diff.replaced.isEmpty { parts.append("\(diff.replaced.count) changed") }
        if !diff.removed.isEmpty { parts.append("\(diff.removed.count) removed") }
        return parts.isEmpty ? "Updated" : parts.joined(separator: ", ")
    }

    /// `N`: selects, in the focused pane (the Timeline when the Regions pane has focus), the
    /// first item of the most recent arrival (or, before any, of the newest article), and
    /// counts everything as seen.
    mutating func jumpToNewest() {
        live.unseen = 0
        if focus == .regions { focus = .timeline }
        let newestArrival = live.arrivals.max { $0.value < $1.value }?.key
        let newestDated = documents.enumerated().filter { $0.element.date != nil }.max { a, b in
            a.element.date! != b.element.date! ? a.element.date! < b.element.date! : a.offset < b.offset
        }?.element.id ?? documents.last?.id
        guard let target = newestArrival ?? newestDated else { return }
        let content = contents[focus]
        let targets = content.itemTargets
        let item = targets.indices.first { refers(targets[$0], to: target) }
        guard let item else {
            statusMessage = "Nothing from the newest article in this pane"
            return
        }
        self[cursor: focus].selection = item
        ensureSelectionVisible(in: focus)
        statusMessage = "Newest: " + target
    }

    /// True when the item shows something told by the document `id`.
    func refers(_ target: ItemTarget?, to id: String) -> Bool {
        switch target {
        case .timelineEntry(let index)?:
            return model.timeline.indices.contains(index) && model.timeline[index].sources.contains { $0.documentID == id }
        case .quote(let document, _)?, .document(let document)?:
            return documents.indices.contains(document) && documents[document].id == id
        case .place?, nil:
            return false
        }
    }

    /// True when the item shows something from a document that arrived within `freshFor`.
    func isFresh(_ target: ItemTarget?) -> Bool {
        guard !live.arrivals.isEmpty else { return false }
        switch target {
        case .timelineEntry(let index)?:
            return model.timeline.indices.contains(index)
                && model.timeline[index].sources.contains { live.isFresh($0.documentID) }
        case .quote(let document, _)?, .document(let document)?:
            return documents.indices.contains(document) && live.isFresh(documents[document].id)
        case .place?, nil:
            return false
        }
    }
}
