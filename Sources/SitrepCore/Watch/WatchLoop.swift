import Foundation

/// The watcher's thread: sleeps in `poll()` on inotify and a wake pipe until an event, a
/// deadline of the engine (settle, coalesce, poll interval) or `stop()`.
final class WatchLoop: @unchecked Sendable {  // `engine` is touched by the loop's thread only
    private let engine: WatchEngine
    private let wake = WakePipe()
    private let stopped = NSLock()
    private var isStopped = false

    init(engine: WatchEngine, onStart: (@Sendable () -> Void)?, deliver: @escaping @Sendable (FileWatcher.Batch) -> Void) {
        self.engine = engine
        engine.start(now: ContinuousClock.now)
        let thread = Thread { [self] in
            onStart?()
            run(deliver: deliver)
        }
        thread.name = "sitrep-watch"
        thread.start()
    }

    func stop() {
        stopped.lock()
        isStopped = true
        stopped.unlock()
        wake.signal()
    }

    private var shouldStop: Bool {
        stopped.lock()
        defer { stopped.unlock() }
        return isStopped
    }

    private func run(deliver: @Sendable (FileWatcher.Batch) -> Void) {
        let clock = ContinuousClock()
        #if os(Linux)
        let events = engine.inotify.map { [$0.fileDescriptor] } ?? []
        #else
        let events: [Int32] = []
        #endif
        while !shouldStop {
            if let batch = engine.step(now: clock.now) { deliver(batch) }
            let timeout = engine.nextDeadline().map { $0 - clock.now }
            let ready = wake.wait(alsoOn: events, timeout: timeout)
            if ready.contains(wake.readEnd) { wake.drain() }
            #if os(Linux)
            if let inotify = engine.inotify, ready.contains(inotify.fileDescriptor) {
                engine.handle(inotify.readEvents(), now: clock.now)
            }
            #endif
        }
    }
}
