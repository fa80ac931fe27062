import Foundation
import SitrepCore

/// What happened while the dashboard was open: which documents arrived and when, how many
/// new items the user has not looked at yet, the time of the last update, and the progress of
/// a load that is still running. Plain data; the clock comes in through `.tick` messages.
public struct LiveStatus: Sendable, Equatable {
    /// The latest clock tick (nil before the first): what "fresh" is measured against.
    public var now: Date?
    /// When each document that arrived after the first load came in, by document id.
    public var arrivals: [String: Date] = [:]
    /// New timeline entries and quotes since the user last jumped to the newest (`N`).
    public var unseen: Int = 0
    /// When the corpus last changed after the first load.
    public var lastUpdate: Date?
    /// How long an arrival stays marked as new.
    public var freshFor: TimeInterval
    /// What the dashboard is watching ("2 folders", "feed.jsonl"); nil when not live.
    public var watching: String?
    /// Documents read so far and in all, while a load is running; nil when idle.
    public var progress: LoadProgress?

    /// The zone the status bar's clock times are shown in.
    public var timeZone: TimeZone = .current

    public init(freshFor: TimeInterval = 120, watching: String? = nil) {
        self.freshFor = freshFor
        self.watching = watching
    }

    /// True when the document arrived within `freshFor` of the last tick.
    public func isFresh(_ documentID: String) -> Bool {
        guard let arrived = arrivals[documentID] else { return false }
        guard let now else { return true }
        return now.timeIntervalSince(arrived) < freshFor
    }

    /// The ids whose mark has not faded yet at `now`, the most recent first.
    var freshDocuments: [String] {
        arrivals.filter { isFresh($0.key) }.sorted { $0.value > $1.value }.map(\.key)
    }

    /// The clock moves on. The frame changes only when a mark fades, so an idle dashboard
    /// draws the same frame (and the backend writes nothing) between arrivals.
    mutating func advance(to date: Date) {
        now = date
        // Arrivals long faded are forgotten, so the map does not grow without end.
        if arrivals.values.contains(where: { date.timeIntervalSince($0) >= freshFor * 10 }) {
            arrivals = arrivals.filter { date.timeIntervalSince($0.value) < freshFor * 10 }
        }
    }
}
