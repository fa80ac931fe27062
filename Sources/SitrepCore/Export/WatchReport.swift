import Foundation

/// What `sitrep watch` prints when the corpus changes: each timeline entry, quote and place
/// that is new, changed or gone, worked out from the corpus before and after one update.
public struct WatchReport: Sendable {
    /// Whether an item appeared, changed (more sources, more mentions) or went.
    public enum Status: String, Sendable { case new, changed, removed }

    /// One reported item.
    public enum Item: Sendable {
        case event(TimelineEntry, Status)
        case quote(documentID: String, Quote, Status)
        case place(PlaceNode, Status)
    }

    public private(set) var items: [Item] = []

    /// The items that `diff` (what turned `before` into `after`) made new, changed or removed.
    public init(before: Corpus, after: Corpus, diff: CorpusDiff) {
        let touched = Set(diff.arrived + diff.removed)
        func touches(_ entry: TimelineEntry) -> Bool { entry.sources.contains { touched.contains($0.documentID) } }

        // Only the dates the touched documents tell can have changed.
        let dates = Set(after.timeline.filter(touches).map(\.date) + before.timeline.filter(touches).map(\.date))
        // An entry before and after is the same event when they share a source sentence.
        let old = before.timeline.filter { dates.contains($0.date) }
        var oldBySource: [EventSource: Int] = [:]
        for (index, entry) in old.enumerated() {
            for source in entry.sources { oldBySource[source] = index }
        }
        var matched = Set<Int>()
        for entry in after.timeline where dates.contains(entry.date) {
            if let index = entry.sources.lazy.compactMap({ oldBySource[$0] }).first {
                matched.insert(index)
                let previous = old[index]
                if previous.sources != entry.sources || previous.isAnnounced != entry.isAnnounced
                    || previous.summary != entry.summary {
                    items.append(.event(entry, .changed))
                }
            } else {
                items.append(.event(entry, .new))
            }
        }
        for (index, entry) in old.enumerated() where !matched.contains(index) { items.append(.event(entry, .removed)) }

        for id in diff.arrived {
            let previous = Set(before.extraction(id: id)?.quotes.map(\.text) ?? [])
            let now = after.extraction(id: id)?.quotes ?? []
            for quote in now where !previous.contains(quote.text) { items.append(.quote(documentID: id, quote, .new)) }
            let kept = Set(now.map(\.text))
            for quote in before.extraction(id: id)?.quotes ?? [] where !kept.contains(quote.text) {
                items.append(.quote(documentID: id, quote, .removed))
            }
        }
        for id in diff.removed {
            for quote in before.extraction(id: id)?.quotes ?? [] { items.append(.quote(documentID: id, quote, .removed)) }
        }

        let named = Self.placesNamed(by: touched, in: before).union(Self.placesNamed(by: touched, in: after))
        let placesBefore = Self.placeCounts(before, places: named)
        let placesAfter = Self.placeCounts(after, places: named)
        for node in placesAfter.nodes {
            if let count = placesBefore.counts[node.placeID] {
                if count != node.count { items.append(.place(node, .changed)) }
            } else {
                items.append(.place(node, .new))
            }
        }
        let remaining = Set(placesAfter.nodes.map(\.placeID))
        for node in placesBefore.nodes where !remaining.contains(node.placeID) { items.append(.place(node, .removed)) }
    }

    private static func placesNamed(by documents: Set<String>, in corpus: Corpus) -> Set<Int> {
        Set(documents.compactMap { corpus.extraction(id: $0) }.flatMap { $0.places.map(\.placeID) })
    }

    /// The rollup's nodes of the `named` places, with their counts.
    private static func placeCounts(_ corpus: Corpus, places named: Set<Int>) -> (nodes: [PlaceNode], counts: [Int: Int]) {
        guard !named.isEmpty else { return ([], [:]) }
        let tree = corpus.places
        var nodes: [PlaceNode] = []
        func walk(_ list: [PlaceNode]) {
            for node in list {
                if named.contains(node.placeID) { nodes.append(node) }
                walk(node.children)
            }
        }
        walk(tree)
        return (nodes, Dictionary(nodes.map { ($0.placeID, $0.count) }, uniquingKeysWith: max))
    }

    /// One line per item, for people: "event new 2026-04-16 The Danube ... [a.txt, b.txt]".
    public func text() -> String {
        var out = ""
        for item in items {
            switch item {
            case let .event(entry, status):
                let sources = entry.sources.map(\.documentID).uniqued().joined(separator: ", ")
                out += "event  \(pad(status))\(entry.date)  \(entry.summary)\(entry.isAnnounced ? " (announced)" : "")  [\(sources)]\n"
            case let .quote(id, quote, status):
                out += "quote  \(pad(status))\(quote.speaker ?? "unattributed"): \u{201C}\(quote.text)\u{201D}  [\(id)]\n"
            case let .place(node, status):
                out += "place  \(pad(status))\(node.name) (\(node.kind.rawValue), \(node.countryCode))  \(node.count) mention\(node.count == 1 ? "" : "s")\n"
            }
        }
        return out
    }

    private func pad(_ status: Status) -> String {
        status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
    }

    /// One JSON object per item, with "type" and "status" first.
    public func jsonLines() -> String {
        var out = ""
        for item in items {
            var o = JSONObjectWriter()
            switch item {
            case let .event(entry, status):
                o.add(key: "type", string: "event")
                o.add(key: "status", string: status.rawValue)
                o.add(key: "date", string: entry.date.description)
                o.add(key: "summary", string: entry.summary)
                o.add(key: "actor", string: entry.actor)
                o.add(key: "announced", bool: entry.isAnnounced)
                var sources = JSONArrayWriter()
                for id in entry.sources.map(\.documentID).uniqued() { sources.append(string: id) }
                o.add(key: "sources", array: sources)
            case let .quote(id, quote, status):
                o.add(key: "type", string: "quote")
                o.add(key: "status", string: status.rawValue)
                o.add(key: "id", string: id)
                o.add(key: "speaker", string: quote.speaker)
                o.add(key: "text", string: quote.text)
                o.add(key: "start", int: quote.span.start)
                o.add(key: "end", int: quote.span.end)
            case let .place(node, status):
                o.add(key: "type", string: "place")
                o.add(key: "status", string: status.rawValue)
                o.add(key: "name", string: node.name)
                o.add(key: "kind", string: node.kind.rawValue)
                o.add(key: "country", string: node.countryCode)
                o.add(key: "count", int: node.count)
            }
            out += o.json + "\n"
        }
        return out
    }
}
