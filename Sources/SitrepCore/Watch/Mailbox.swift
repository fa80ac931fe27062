import Foundation

/// Where a background producer leaves its results for a consumer on another thread.
///
/// What is posted accumulates into one pending value (merged by the producer's closure) until
/// the consumer takes it: `take()` never blocks, `next(timeout:)` waits, and `descriptor` is
/// readable while something is pending, for a consumer that `poll()`s several sources at once.
final class Mailbox<Pending: Sendable>: @unchecked Sendable {  // state guarded by `lock`
    private let lock = NSLock()
    private let empty: Pending
    private var pending: Pending
    private var hasPending = false
    private let pipe = WakePipe()

    init(empty: Pending) {
        self.empty = empty
        pending = empty
    }

    var descriptor: Int32 { pipe.readEnd }

    /// Merges something into the pending value and wakes the consumer.
    func post(_ update: (inout Pending) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        update(&pending)
        if !hasPending {
            hasPending = true
            pipe.signal()
        }
    }

    /// What is pending, or nil; never blocks.
    func take() -> Pending? {
        lock.lock()
        defer { lock.unlock() }
        guard hasPending else { return nil }
        let taken = pending
        pending = empty
        hasPending = false
        pipe.drain()
        return taken
    }

    /// Waits up to `timeout` for something to be pending and takes it.
    func next(timeout: Duration) -> Pending? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            if let taken = take() { return taken }
            let left = deadline - clock.now
            guard left > .zero else { return nil }
            _ = pipe.wait(timeout: left)
        }
    }
}
