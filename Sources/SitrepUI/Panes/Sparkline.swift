import SitrepCore

/// The Timeline pane's first row: how many events each day has, one cell per day, as block
/// characters (█ for the busiest day in view, lower blocks for fewer, a space for none), then
/// the dates it covers ("6–21 Apr 2026").
///
/// Only day-precision events count (a month or a year has no day to put it on), and only
/// those the date filter keeps. When the days from the first to the last event do not fit,
/// the row shows the latest days that do, or the days from the selected event on when it is
/// older; "‹" and "›" say that more days lie outside. The selected event's day is drawn in
/// the selection style; days after the newest article in the `announced` style.
enum Sparkline {
    static let levels = ["\u{2581}", "\u{2582}", "\u{2583}", "\u{2584}",
                         "\u{2585}", "\u{2586}", "\u{2587}", "\u{2588}"]
    static let earlierMarker = "\u{2039}"
    static let laterMarker = "\u{203A}"

    /// What the row shows at `columns` (the width inside the pane's padding).
    struct Plan: Hashable {
        var days: ClosedRange<Int>
        var label: String?
        var moreBefore: Bool
        var moreAfter: Bool
    }

    static func plan(_ activity: Activity, columns: Int, selectedDay: Int?) -> Plan? {
        guard let first = activity.firstDay, let last = activity.lastDay, columns >= 3 else { return nil }
        func label(_ from: Int, _ to: Int) -> String? {
            guard let a = DayDate(dayNumber: from), let b = DayDate(dayNumber: to) else { return nil }
            return Formatting.dayRange(a, b)
        }
        let whole = label(first, last)
        if last - first + 1 + 2 + (whole?.displayWidth ?? 0) <= columns {
            return Plan(days: first...last, label: whole, moreBefore: false, moreAfter: false)
        }
        if last - first + 1 <= columns {
            return Plan(days: first...last, label: nil, moreBefore: false, moreAfter: false)
        }
        // A window: the latest days, or the days from the selected event on.
        let labelRoom = columns >= 40 ? 2 + 19 : 0
        let width = max(1, columns - 2 - labelRoom)
        var start = last - width + 1
        var end = last
        if let selectedDay, selectedDay < start {
            start = selectedDay
            end = selectedDay + width - 1
        }
        while start < end && activity.count(on: start) == 0 { start += 1 }
        while end > start && activity.count(on: end) == 0 { end -= 1 }
        // The label goes in whatever the (trimmed) window leaves free.
        let used = (first < start ? 1 : 0) + (end - start + 1) + (last > end ? 1 : 0)
        var windowLabel = label(start, end)
        if let text = windowLabel, used + 2 + text.displayWidth > columns { windowLabel = nil }
        return Plan(days: start...end, label: windowLabel, moreBefore: first < start, moreAfter: last > end)
    }

    static func draw(in rect: Rect, state: ViewState, grid: inout Grid) {
        guard !rect.isEmpty, let activity = state.contents.timeline.activity else { return }
        let theme = state.theme
        let columns = rect.width - 2
        let selectedDay = state.selectedEntry.flatMap { entry in
            entry.date.precision == .day ? entry.date.firstDay?.dayNumber : nil
        }
        guard let plan = plan(activity, columns: columns, selectedDay: selectedDay) else { return }
        let peak = plan.days.map { activity.count(on: $0) }.max() ?? 0
        var x = rect.x + 1
        if plan.moreBefore {
            x += grid.put(earlierMarker, column: x, row: rect.y, style: theme[.dim])
        }
        let selectedStyle = theme[state.focus == .timeline ? .selection : .selectionUnfocused]
        for day in plan.days {
            let count = activity.count(on: day)
            let style: CellStyle
            if day == selectedDay {
                style = selectedStyle
            } else if let newest = activity.newestArticleDay, day > newest {
                style = theme[.announced]
            } else {
                style = theme[.accent]
            }
            x += grid.put(bar(count, peak: peak), column: x, row: rect.y, style: style)
        }
        if plan.moreAfter {
            x += grid.put(laterMarker, column: x, row: rect.y, style: theme[.dim])
        }
        if let label = plan.label {
            grid.put(label, column: x + 2, row: rect.y, style: theme[.dim],
                     maxColumns: rect.maxX - 1 - (x + 2), overflow: .ellipsis)
        }
    }

    /// The scale never tops out below this many events a day, so that a quiet story (one
    /// event a day) draws low bars rather than a wall of full blocks.
    static let minimumPeak = 4

    /// One day's cell: a space for none, else ▁...█ scaled to the busiest day in view.
    static func bar(_ count: Int, peak: Int) -> String {
        guard count > 0 else { return " " }
        let scale = max(peak, minimumPeak)
        let level = Int((Double(count) * 8 / Double(scale)).rounded(.up))
        return levels[min(8, max(1, level)) - 1]
    }
}
