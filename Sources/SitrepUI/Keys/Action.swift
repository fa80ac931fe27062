/// What a key asks for. Its meaning depends on what is on top: the dashboard, the article
/// reader or the help overlay (`Dashboard.update` decides).
public enum Action: String, CaseIterable, Sendable, Hashable {
    case focusNext, focusPrevious, focusTimeline, focusRegions, focusQuotes
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case toggleOrder, jumpToDate, filterDates
    case nextSource, previousSource, jumpToNewest
    case filterSpeakers, expand, collapse, toggleExpand
    case open, toggleHelp, close, quit, forceQuit
}
