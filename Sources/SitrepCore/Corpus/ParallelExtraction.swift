import Foundation

extension Extractor {
    /// Extracts every document on all cores; the result keeps input order.
    public func extractAll(_ documents: [Document]) -> [DocumentExtraction] {
        // Small chunks keep both cores busy to the end; each document's result goes straight
        // into its slot.
        let chunk = max(1, min(64, documents.count / (ProcessInfo.processInfo.activeProcessorCount * 8)))
        return ParallelMap.map(documents.count, chunk: chunk) { extract(documents[$0]) }
    }
}
