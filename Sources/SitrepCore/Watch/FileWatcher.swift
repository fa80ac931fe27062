import Foundation

/// Watches folders and files for article changes on a thread of its own, and hands them out
/// in coalesced batches once each file is complete (see `FileWatchOptions.settle`).
///
/// Folders are watched with their subfolders (new ones included), with the ingest walk's
/// rules: hidden names and other extensions are passed over. A file given by name is watched
/// through its folder, so that an atomic replace (write elsewhere, rename over it) is seen.
/// A given path that disappears is looked for until it comes back. Idle, the thread sleeps
/// in `poll()` with no timeout (inotify) or wakes once per poll interval (polling).
///
/// ```swift
/// let watcher = FileWatcher(paths: ["articles/"])
/// while running {
///     for change in watcher.next(timeout: .seconds(1)).changes { print(change) }
/// }
/// ```
public final class FileWatcher: Sendable {
    /// What one wake-up of the watcher gives: changes in the walk's order, and notices.
    public struct Batch: Sendable, Equatable {
        public var changes: [FileChange]
        /// Things the watcher could not do as asked, each said once.
        public var notices: [WatchNotice]
        public var isEmpty: Bool { changes.isEmpty && notices.isEmpty }

        public init(changes: [FileChange] = [], notices: [WatchNotice] = []) {
            self.changes = changes; self.notices = notices
        }
    }

    /// The mode in effect: `.inotify`, or polling (asked for, or inotify unavailable).
    public let mode: WatchMode
    private let loop: WatchLoop
    private let mailbox = Mailbox(empty: Batch())

    /// Starts watching `paths` (folders or files). The watches are in place and the present
    /// state recorded when this returns: a change made after it is reported.
    public convenience init(paths: [String], options: FileWatchOptions = FileWatchOptions()) {
        self.init(paths: paths, options: options, immediate: [], onStart: nil, onBatch: nil)
    }

    /// - Parameters:
    ///   - immediate: paths reported on every change, with no settle time (followed streams).
    ///   - onStart: runs first on the watcher's thread, after the first snapshot.
    ///   - onBatch: takes each batch on the watcher's thread instead of the mailbox.
    init(paths: [String], options: FileWatchOptions, immediate: Set<String>,
         onStart: (@Sendable () -> Void)?, onBatch: (@Sendable (Batch) -> Void)?) {
        let engine = WatchEngine(paths: paths, options: options, immediate: immediate)
        mode = engine.mode
        let mailbox = self.mailbox
        loop = WatchLoop(engine: engine, onStart: onStart, deliver: onBatch ?? { batch in
            mailbox.post { pending in
                pending.changes += batch.changes
                pending.notices += batch.notices
            }
        })
    }

    deinit { loop.stop() }

    /// The changes and notices gathered since the last call; empty when there are none. Never blocks.
    public func take() -> Batch { mailbox.take() ?? Batch() }

    /// Waits up to `timeout` for a batch; empty when none came.
    public func next(timeout: Duration) -> Batch { mailbox.next(timeout: timeout) ?? Batch() }

    /// Readable while a batch is waiting to be taken: for a loop that `poll()`s several sources.
    public var wakeDescriptor: Int32 { mailbox.descriptor }

    /// Stops the watcher's thread (also done when the watcher is released).
    public func stop() { loop.stop() }
}
