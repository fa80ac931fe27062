import Foundation

/// One store read connection per worker slot, opened on first use.
final class ReaderPool: @unchecked Sendable {
    private let store: ExtractionStore?
    private var readers: [Int: StoreReader] = [:]
    private var failed = false
    private let lock = NSLock()

    init(store: ExtractionStore?) { self.store = store }

    /// The reader of slot `worker`, used by one thread at a time; nil without a file store
    /// (or when it cannot be opened: the files are then read instead).
    func reader(for worker: Int) -> StoreReader? {
        lock.lock()
        defer { lock.unlock() }
        if let reader = readers[worker] { return reader }
        guard !failed, let store else { return nil }
        do {
            guard let reader = try store.reader() else { return nil }
            readers[worker] = reader
            return reader
        } catch {
            failed = true
            return nil
        }
    }
}
