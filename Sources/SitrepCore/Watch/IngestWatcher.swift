#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Settings of an `IngestWatcher`: how files are read, and how they are watched.
public struct IngestWatchOptions: Sendable {
    public var ingest: IngestOptions
    public var watch: FileWatchOptions

    public init(ingest: IngestOptions = IngestOptions(), watch: FileWatchOptions = FileWatchOptions()) {
        self.ingest = ingest; self.watch = watch
    }
}

/// Keeps a set of documents up to date with the files they come from: reads everything once,
/// then hands out `IngestDelta`s as articles arrive, change, move or go, reading only the
/// files that changed. Works in the background; the consumer takes deltas when it likes.
///
/// - Files and folders are watched with `FileWatcher` (inotify or polling, a file read only
///   once it is complete); each changed file is read with the ingest's own readers, so a
///   document's id, date and problems are those `Ingest.read(paths:options:)` gives, and the
///   first delta followed by the others equals a full read now.
/// - A file whose permissions are taken away gives its problem once and keeps its documents
///   until it can be read again. A renamed file is its old ids removed and new ones added.
/// - `-` among the paths reads JSON Lines from standard input as they arrive (`sitrep -`).
/// - `follow` files are JSON Lines followed `tail -f` style (`sitrep --follow FILE.jsonl`).
///
/// ```swift
/// let watcher = IngestWatcher(paths: ["articles/"])
/// // The first delta is the full read (it comes even when there are no documents).
/// var documents = watcher.next(timeout: .seconds(60))?.applied(to: []) ?? []
/// while running {                     // between key waits, or poll() on wakeDescriptor
///     if let delta = watcher.take() { documents = delta.applied(to: documents) }
/// }
/// ```
public final class IngestWatcher: Sendable {
    /// How files are watched (`.inotify`, or polling when asked for or inotify is unavailable).
    public let mode: WatchMode
    /// Deltas as they were delivered, folded into one when taken.
    private let mailbox = Mailbox(empty: [IngestDelta]())
    private let files: FileWatcher?
    private let stream: JSONLinesStreamReader?

    /// Starts watching. The watches are in place when this returns; the first full read runs
    /// in the background and arrives as the first delta.
    /// - Parameters:
    ///   - paths: files and folders as for `Ingest.read`; `-` for standard input.
    ///   - follow: JSON Lines files to follow as they grow.
    ///   - known: files a load has just read (`CorpusLoad.files`): the first full read takes
    ///     those whose size and time still match as read, and reports no change for them.
    public convenience init(paths: [String], follow: [String] = [], options: IngestWatchOptions = IngestWatchOptions(),
                            known: LoadedFiles = LoadedFiles()) {
        self.init(paths: paths, follow: follow, input: STDIN_FILENO, options: options, known: known)
    }

    /// - Parameter input: the descriptor `-` reads (standard input; a pipe in tests).
    init(paths: [String], follow: [String], input: Int32, options: IngestWatchOptions, known: LoadedFiles = LoadedFiles()) {
        let mailbox = self.mailbox
        let deliver: @Sendable (IngestDelta) -> Void = { delta in mailbox.post { $0.append(delta) } }
        let filePaths = paths.filter { $0 != "-" }
        if filePaths.isEmpty && follow.isEmpty {
            files = nil
            mode = options.watch.mode
            deliver(IngestDelta())
        } else {
            let session = IngestSession(paths: filePaths, follow: follow, options: options.ingest, known: known, deliver: deliver)
            let watcher = FileWatcher(paths: filePaths + follow, options: options.watch, immediate: Set(follow),
                                      onStart: { session.readAll() }, onBatch: { session.apply($0) })
            files = watcher
            mode = watcher.mode
        }
        stream = paths.contains("-") ? JSONLinesStreamReader(descriptor: input, options: options.ingest, deliver: deliver) : nil
    }

    deinit {
        files?.stop()
        stream?.stop()
    }

    /// Everything that changed since the last call, merged into one delta; nil when nothing
    /// did. Never blocks.
    public func take() -> IngestDelta? { mailbox.take().map(IngestDelta.init(merging:)) }

    /// Waits up to `timeout` for a delta.
    public func next(timeout: Duration) -> IngestDelta? { mailbox.next(timeout: timeout).map(IngestDelta.init(merging:)) }

    /// Readable while a delta is waiting: for a loop that `poll()`s the terminal and this.
    public var wakeDescriptor: Int32 { mailbox.descriptor }

    /// True once standard input (`-`) has ended; false while it is open or not read.
    public var standardInputEnded: Bool { stream?.hasEnded ?? false }

    /// Stops watching and reading (also done when the watcher is released).
    public func stop() {
        files?.stop()
        stream?.stop()
    }
}
