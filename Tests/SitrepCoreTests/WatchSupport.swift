import Foundation
@testable import SitrepCore

/// Short intervals so that watcher tests run fast; waits are bounded by deadlines, not sleeps.
enum WatchTesting {
    /// The modes every watcher story is told in: inotify, and polling every 50 ms.
    static let modes: [WatchMode] = [.inotify, .poll(every: .milliseconds(50))]

    static func options(_ mode: WatchMode, settle: Duration = .milliseconds(60),
                        openWriteTimeout: Duration = .seconds(30)) -> FileWatchOptions {
        FileWatchOptions(mode: mode, settle: settle, openWriteTimeout: openWriteTimeout,
                         coalesce: .milliseconds(20), fallbackPollInterval: .milliseconds(50),
                         missingPathRecheck: .milliseconds(100))
    }

    /// How long a test waits for something that should come before it calls it lost.
    static let patience: Duration = .seconds(10)
}

extension Duration {
    var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

extension FileWatcher {
    /// Gathers changes until `done` holds for everything gathered, or the patience runs out.
    func changes(until done: ([FileChange]) -> Bool) -> [FileChange] {
        let clock = ContinuousClock()
        let deadline = clock.now + WatchTesting.patience
        var gathered: [FileChange] = []
        while !done(gathered), clock.now < deadline {
            gathered += next(timeout: deadline - clock.now).changes
        }
        return gathered
    }

    /// Gathers whatever comes within `window` (for checking that nothing more comes).
    func changes(within window: Duration) -> [FileChange] {
        let clock = ContinuousClock()
        let deadline = clock.now + window
        var gathered: [FileChange] = []
        while clock.now < deadline { gathered += next(timeout: deadline - clock.now).changes }
        return gathered
    }
}

extension ScratchFolder {
    /// Writes `text` at `relative` through a temporary hidden name and renames it into place.
    @discardableResult
    func replaceAtomically(_ relative: String, _ text: String) throws -> String {
        let final = url.appendingPathComponent(relative)
        let temporary = final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).tmp")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, final.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        return final.path
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(relative))
    }

    func move(_ from: String, to: String) throws {
        guard rename(url.appendingPathComponent(from).path, url.appendingPathComponent(to).path) == 0 else {
            throw CocoaError(.fileWriteUnknown)
        }
    }
}

/// A file written with plain system calls, the way a slow writer does: created empty, written
/// in pieces, closed at the end (Foundation's helpers may write through a temporary file).
final class RawWriter {
    private var descriptor: Int32

    init(_ path: String, append: Bool = false) throws {
        descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func write(_ text: String) { write(bytes: Array(text.utf8)) }

    func write(bytes: [UInt8]) {
        var done = 0
        while done < bytes.count {
            let count = bytes[done...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            done += count
        }
    }

    func close() {
        if descriptor >= 0 { _ = Foundation.close(descriptor) }
        descriptor = -1
    }

    deinit { close() }
}

extension IngestWatcher {
    /// Merges deltas until `done` holds for the merged one, or the patience runs out.
    func delta(until done: (IngestDelta) -> Bool) -> IngestDelta {
        let clock = ContinuousClock()
        let deadline = clock.now + WatchTesting.patience
        var merged = IngestDelta()
        while !done(merged), clock.now < deadline {
            if let delta = next(timeout: deadline - clock.now) { merged.merge(delta) }
        }
        return merged
    }

    /// Merges whatever comes within `window`.
    func delta(within window: Duration) -> IngestDelta {
        let clock = ContinuousClock()
        let deadline = clock.now + window
        var merged = IngestDelta()
        while clock.now < deadline {
            if let delta = next(timeout: deadline - clock.now) { merged.merge(delta) }
        }
        return merged
    }
}

/// Documents by id, for comparing sets of documents whatever their order.
func byID(_ documents: [Document]) -> [String: Document] {
    Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
}
