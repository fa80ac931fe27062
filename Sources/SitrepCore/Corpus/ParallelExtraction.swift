import Foundation

extension Extractor {
    /// Extracts every document on all cores; the result keeps input order.
    public func extractAll(_ documents: [Document]) -> [DocumentExtraction] {
        guard documents.count > 1 else { return documents.map(extract) }
        let results = ResultSlots<DocumentExtraction>(count: documents.count)
        let chunk = max(1, documents.count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (documents.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for i in (c * chunk)..<min(documents.count, (c + 1) * chunk) {
                results.set(i, extract(documents[i]))
            }
        }
        return results.values
    }
}

/// Fixed slots written by many threads, each slot by exactly one.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.lock(); slots[i] = value; lock.unlock() }
    var values: [T] { slots.compactMap { $0 } }
}
