/// How a `FileWatcher` learns about changes.
public enum WatchMode: Sendable, Hashable {
    /// Linux inotify; where it cannot be had (another system, or `inotify_init` fails),
    /// polling at `FileWatchOptions.fallbackPollInterval` instead.
    case inotify
    /// A `stat` snapshot of every watched file, compared at this interval (`--poll SECONDS`).
    case poll(every: Duration)
}

/// Settings of a `FileWatcher`: the mode, and how long a file must stay unchanged to count
/// as complete.
public struct FileWatchOptions: Sendable {
    public var mode: WatchMode
    /// A changed file is read only once `stat` shows the same size and modification time
    /// this long apart (when no close-after-write says it is complete). 250 ms: far longer
    /// than the gaps between the writes of a copy or a download (microseconds to a few
    /// milliseconds), short enough that an article still shows within the one second the
    /// dashboard promises.
    public var settle: Duration
    /// With inotify, a file written to and not closed yet waits for its close this long past
    /// its last write before it is read anyway (and read again when it changes).
    public var openWriteTimeout: Duration
    /// Changes ready within this interval go out as one batch: a burst of a thousand files is
    /// a handful of batches, not a thousand wake-ups.
    public var coalesce: Duration
    /// The polling interval when `.inotify` was asked for and is not available, and for the
    /// folders inotify cannot watch (the per-user watch limit reached).
    public var fallbackPollInterval: Duration
    /// How often paths that are missing are looked for again, besides the watch on the nearest
    /// folder above them.
    public var missingPathRecheck: Duration

    public init(mode: WatchMode = .inotify, settle: Duration = .milliseconds(250),
                openWriteTimeout: Duration = .seconds(2), coalesce: Duration = .milliseconds(100),
                fallbackPollInterval: Duration = .seconds(1), missingPathRecheck: Duration = .seconds(2)) {
        self.mode = mode; self.settle = settle; self.openWriteTimeout = openWriteTimeout
        self.coalesce = coalesce; self.fallbackPollInterval = fallbackPollInterval
        self.missingPathRecheck = missingPathRecheck
    }
}

/// A change to one watched article file, reported once the file is complete.
public struct FileChange: Sendable, Hashable, CustomStringConvertible {
    /// What happened to the file since it was last reported (or seen at the start).
    public enum Kind: Sendable, Hashable {
        case added, modified, removed
    }

    /// The path as the ingest walk writes it (the folder as given, joined with `/`).
    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path; self.kind = kind
    }

    public var description: String { "\(kind) \(path)" }
}

/// Something the watcher could not do as asked, said once (e.g. the inotify watch limit).
public struct WatchNotice: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "sitrep: \(path): \(message)" }
}
