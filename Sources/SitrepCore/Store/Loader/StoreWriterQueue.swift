import Foundation

/// Writes batches to the store on a thread of its own, so that writing one chunk overlaps
/// extracting the next. At most two batches wait, which bounds the memory they hold. After a
/// failure it writes nothing more and keeps the error for the loader to report.
final class StoreWriterQueue: @unchecked Sendable {
    let store: ExtractionStore
    private let keys: StageVersions.Keys
    private let queue = DispatchQueue(label: "sitrep.store.writer", qos: .utility)
    private let room = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var error: Error?
    private var documents = 0

    init(store: ExtractionStore, keys: StageVersions.Keys) {
        self.store = store
        self.keys = keys
    }

    func submit(_ writes: [StoreWrite]) {
        guard !writes.isEmpty, failure == nil else { return }
        room.wait()
        queue.async { [self] in
            defer { room.signal() }
            guard failure == nil else { return }
            do {
                try store.apply(writes, keys: keys)
                let count = writes.reduce(0) { total, write in
                    if case .documents(_, let rows) = write { return total + rows.count }
                    return total
                }
                lock.lock(); documents += count; lock.unlock()
            } catch {
                lock.lock(); self.error = error; lock.unlock()
            }
        }
    }

    /// Waits until everything submitted is written (or has failed).
    func finish() { queue.sync {} }

    var failure: Error? { lock.lock(); defer { lock.unlock() }; return error }

    /// Documents written so far.
    var written: Int { lock.lock(); defer { lock.unlock() }; return documents }
}
