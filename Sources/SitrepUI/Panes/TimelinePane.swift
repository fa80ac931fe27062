import Foundation
import SitrepCore

/// The Timeline pane: the model's merged timeline, one line per event, grouped under a heading
/// per date.
///
/// - Day headings read "Tue 14 Apr 2026"; events known only to the month or the year get
///   their own headings, "April 2026 · month" and "2013 · year" (in the `headerPeriod`
///   style), placed where that month or year starts.
/// - An event line is its summary, the actor when there is room (and the summary does not
///   already name it), and "×N": how many articles tell it.
/// - Events dated after the newest article are announced, not reported: their heading says
///   "· announced" and their line starts with "▸" in the `announced` style, so the mark shows
///   without colour too.
/// - Oldest or newest first (`o`), and only the entries inside the date filter (`f`).
enum TimelinePane {
    /// Starts the line of an announced event.
    static let announcedMarker = "\u{25B8}"

    static func content(for model: CorpusModel, order: TimelineOrder, filter: DateRange?,
                        place: PlaceFilter? = nil) -> PaneContent {
        let entries = model.timeline
        let groups = self.groups(of: entries, filter: filter, place: place, model: model)
        var content = PaneContent(emptyText: emptyText(model: model, filter: filter, place: place), key: "timeline") { target in
            guard case .timelineEntry(let index)? = target, entries.indices.contains(index) else { return [] }
            return [row(for: entries[index])]
        }
        var activity = Activity(newestArticleDay: model.newestArticleDate?.dayNumber)
        for group in order == .newestFirst ? Array(groups.reversed()) : groups {
            // A date's entries are all announced or all reported.
            guard case .timelineEntry(let first)? = group.entries[0] else { continue }
            let announced = entries[first].isAnnounced
            content.appendHeader(Formatting.periodHeader(group.date) + (announced ? " · announced" : ""),
                                 role: group.date.precision == .day ? nil : .headerPeriod,
                                 trailing: Formatting.count(group.entries.count, "event"))
            content.appendItems(group.entries, rowsEach: 1)
            if group.date.precision == .day, let day = group.date.firstDay {
                activity.add(day: day.dayNumber, count: group.entries.count)
            }
        }
        content.activity = activity
        return content
    }

    /// The entries shown, grouped by date, oldest first; within a date in timeline order.
    private static func groups(of entries: MergedTimeline, filter: DateRange?, place: PlaceFilter?,
                               model: CorpusModel) -> [(date: EventDate, entries: RunTargets)] {
        var groups: [(date: EventDate, entries: RunTargets)] = []
        for (date, range) in entries.dates where isShown(date, filter: filter) {
            let shown: RunTargets = place == nil
                ? .entries(range) : .entryList(range.filter { mentions(entries[$0], place: place, model: model) })
            if shown.count > 0 { groups.append((date, shown)) }
        }
        return groups
    }

    /// One event: "▸ summary" (announced) or "summary", the actor, "×N".
    static func row(for entry: TimelineEntry) -> PaneRow {
        let summary = singleSpaced(entry.summary)
        let count = entry.sources.count
        // The actor adds nothing when the summary already names it ("Rain has fallen...").
        let actor = entry.actor.map(singleSpaced) ?? ""
        let named = !actor.isEmpty && summary.range(of: actor, options: [.caseInsensitive]) != nil
        return PaneRow(kind: .item,
                       text: entry.isAnnounced ? announcedMarker + " " + summary : summary,
                       textRole: entry.isAnnounced ? .announced : nil,
                       secondary: named ? "" : actor,
                       trailing: "\u{00D7}\(count)", trailingRole: count > 1 ? .accent : nil,
                       trailingIsEssential: true, indent: 2)
    }

    /// The text with every run of white space made one space; returned as it is (no copy)
    /// when it has none to fix, which is nearly always.
    static func singleSpaced(_ text: String) -> String {
        var previousSpace = true
        var clean = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let space = value == 0x20
            if value < 0x20 || space && previousSpace || value >= 0x80 && scalar.properties.isWhitespace {
                clean = false; break
            }
            previousSpace = space
        }
        if clean && !previousSpace { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func isShown(_ date: EventDate, filter: DateRange?) -> Bool {
        guard let filter else { return true }
        guard let first = date.firstDay, let last = date.lastDay else { return false }
        return filter.contains(first: first, last: last)
    }

    /// True when one of the entry's source sentences names the place or a place inside it.
    static func mentions(_ entry: TimelineEntry, place: PlaceFilter?, model: CorpusModel) -> Bool {
        guard let place else { return true }
        return entry.sources.contains { source in
            // Most documents do not name the place: one set lookup passes them over.
            guard place.documents.contains(source.documentID),
                  let index = model.documentIndex(id: source.documentID) else { return false }
            return model.corpus.extractions[index].places.contains { mention in
                place.placeIDs.contains(mention.placeID) && mention.span.overlaps(source.span)
            }
        }
    }

    private static func emptyText(model: CorpusModel, filter: DateRange?, place: PlaceFilter? = nil) -> String {
        if model.documents.isEmpty { return "No documents loaded." }
        if let place, !model.timeline.isEmpty {
            return "No events mention \(place.name). Esc clears the place filter."
        }
        if let filter, !model.timeline.isEmpty {
            return "No events match the date filter (\(filter.label)). Esc clears it."
        }
        return "No dated events in " + Formatting.count(model.documents.count, "document") + "."
    }
}

/// How many timeline entries each day has (day-precision entries only), for the sparkline.
struct Activity: Sendable, Hashable {
    /// Entries per day, by `DayDate.dayNumber`.
    private(set) var counts: [Int: Int] = [:]
    private(set) var firstDay: Int?
    private(set) var lastDay: Int?
    /// Days after this one are announced.
    var newestArticleDay: Int?

    init(newestArticleDay: Int?) { self.newestArticleDay = newestArticleDay }

    mutating func add(day: Int, count: Int) {
        counts[day, default: 0] += count
        firstDay = min(firstDay ?? day, day)
        lastDay = max(lastDay ?? day, day)
    }

    func count(on day: Int) -> Int { counts[day] ?? 0 }

    var isEmpty: Bool { counts.isEmpty }
}
