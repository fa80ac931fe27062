import Foundation

/// Maps indices to values on all cores, the results in index order, each written once into
/// its own slot of the result (no lock, no shared counter).
enum ParallelMap {
    /// `body(0) ..< body(count)`; work is handed out `chunk` indices at a time, and a count of
    /// one chunk or less runs on the calling thread.
    static func map<T>(_ count: Int, chunk: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > chunk else { return (0..<count).map(body) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
                for i in (c * chunk)..<min(count, (c + 1) * chunk) { (slots.base + i).initialize(to: body(i)) }
            }
            initialized = count
        }
    }

    /// The result's storage, shared by the workers: each index is written by exactly one.
    private struct Slots<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T>
    }
}
