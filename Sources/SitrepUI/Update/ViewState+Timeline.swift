import SitrepCore

/// The Timeline pane's own commands: order (`o`), jump to a date (`d`), date filter (`f`).
/// Each keeps the selection on the same event when it is still shown, else on the shown
/// event nearest in date, so the user never loses their place.
extension ViewState {
    /// The selected entry's index in the corpus timeline.
    var selectedEntryIndex: Int? { contents.timeline.entry(ofItem: timeline.selection) }

    mutating func toggleTimelineOrder() {
        let kept = selectedEntryIndex
        timelineOrder = timelineOrder.toggled
        reselect(entry: kept)
    }

    /// Shows only the entries in `range` (nil: all), keeping the selection sensible.
    mutating func applyDateFilter(_ range: DateRange?) {
        let kept = selectedEntryIndex
        dateFilter = range
        reselect(entry: kept)
        statusMessage = range == nil ? "Date filter cleared"
            : "\(contents.timeline.itemCount) of " + Formatting.count(model.timeline.count, "event") + " shown"
    }

    /// Selects the first event shown on `span`'s days and scrolls its heading to the top of
    /// the pane; without one, the shown event nearest in date.
    mutating func jump(to span: DaySpan) {
        let content = contents.timeline
        guard content.itemCount > 0 else {
            statusMessage = "No events to jump to"
            return
        }
        let first = span.first.dayNumber
        let last = span.last.dayNumber
        let single = first == last
        var best: (item: Int, score: (Int, Int))?
        for item in 0..<content.itemCount {
            guard let entry = content.entry(ofItem: item),
                  let day = model.timeline[entry].date.firstDay?.dayNumber else { continue }
            let distance = day < first ? first - day : day > last ? day - last : 0
            // On a single day, a day's own events come before the month that holds it.
            let coarse = single && model.timeline[entry].date.precision != .day ? 1 : 0
            let score = (distance, coarse)
            if best.map({ score < $0.score }) ?? true { best = (item, score) }
        }
        guard let best, let entry = content.entry(ofItem: best.item) else { return }
        timeline.selection = best.item
        timeline.scroll = content.visibleRange(ofItem: best.item).lowerBound
        ensureSelectionVisible(in: .timeline)
        let heading = Formatting.periodHeader(model.timeline[entry].date)
        let asked = single ? Formatting.dayHeader(span.first) : Formatting.dayRange(span.first, span.last)
        statusMessage = best.score.0 == 0 ? "Jumped to \(heading)"
            : "No events on \(asked); nearest: \(heading)"
    }

    /// After the shown entries changed: the same entry if it is still shown, else the shown
    /// entry nearest in date to it, else the first.
    mutating func reselect(entry kept: Int?) {
        let content = contents.timeline
        var selection = 0
        if let kept {
            if let item = content.item(ofEntry: kept) {
                selection = item
            } else if let day = model.timeline[kept].date.firstDay?.dayNumber {
                var bestDistance = Int.max
                for item in 0..<content.itemCount {
                    guard let entry = content.entry(ofItem: item),
                          let other = model.timeline[entry].date.firstDay?.dayNumber else { continue }
                    if abs(other - day) < bestDistance {
                        bestDistance = abs(other - day)
                        selection = item
                    }
                }
            }
        }
        timeline.selection = selection
        ensureSelectionVisible(in: .timeline)
    }
}
