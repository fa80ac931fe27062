import Foundation

/// Runs `body(worker, index)` for every index in `0..<count` on all cores. Workers take the
/// next index as they finish one, so uneven items balance out; `worker` (0..<workers) names
/// the thread's slot for per-thread state such as a database connection.
func parallelForEach(_ count: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                     _ body: @Sendable (_ worker: Int, _ index: Int) -> Void) {
    guard count > 0 else { return }
    let threads = max(1, min(workers, count))
    if threads == 1 {
        for i in 0..<count { body(0, i) }
        return
    }
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: threads) { worker in
        while true {
            let i = next.take()
            guard i < count else { return }
            body(worker, i)
        }
    }
}

/// A shared counter handing out 0, 1, 2, ...
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func take() -> Int {
        lock.lock(); defer { lock.unlock() }
        value += 1
        return value - 1
    }
}

/// Fixed slots that many threads fill, each slot by exactly one thread; read once all are done.
final class Slots<T>: @unchecked Sendable {
    private var values: [T?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    subscript(i: Int) -> T? {
        get { lock.lock(); defer { lock.unlock() }; return values[i] }
        set { lock.lock(); values[i] = newValue; lock.unlock() }
    }

    /// Every slot, in order (nil where nothing was put).
    func take() -> [T?] {
        lock.lock(); defer { lock.unlock() }
        return values
    }
}

/// A value made on first use by whichever thread needs it first (the extractor, whose
/// gazetteer takes a moment to load: a load that extracts nothing never pays for it).
final class Lazy<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?
    private let make: @Sendable () -> T

    init(_ make: @escaping @Sendable () -> T) { self.make = make }

    var get: T {
        lock.lock(); defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}
