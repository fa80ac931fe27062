import Foundation

/// Runs one piece of work off the UI thread; the UI loop polls `take()` between input waits.
final class BackgroundTask<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result?
    private var finished = false
    private var taken = false

    init(_ work: @escaping @Sendable () -> Result) {
        DispatchQueue.global(qos: .userInitiated).async {
            let value = work()
            self.lock.lock(); self.result = value; self.finished = true; self.lock.unlock()
        }
    }

    /// True until the result has been taken.
    var isPending: Bool { lock.lock(); defer { lock.unlock() }; return !taken }

    /// The result, once, when the work is done.
    func take() -> Result? {
        lock.lock(); defer { lock.unlock() }
        guard finished, !taken else { return nil }
        taken = true
        return result
    }
}
