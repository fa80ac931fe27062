import Foundation

/// Wrapped lines of texts the panes show again and again (quotes at the pane's width), kept
/// between frames and corpus updates. Shared by every view state; safe from any thread.
/// It forgets everything once it holds `limit` texts, which bounds its memory.
final class WrapCache: @unchecked Sendable {
    static let shared = WrapCache()

    private struct Key: Hashable { var text: String; var width: Int }
    private var lines: [Key: [String]] = [:]
    private let lock = NSLock()
    let limit: Int

    init(limit: Int = 200_000) { self.limit = limit }

    /// The lines for `text` at `width`, made by `make` the first time.
    func lines(for text: String, width: Int, make: () -> [String]) -> [String] {
        let key = Key(text: text, width: width)
        lock.lock()
        if let known = lines[key] { lock.unlock(); return known }
        lock.unlock()
        let made = make()
        lock.lock()
        if lines.count >= limit { lines.removeAll(keepingCapacity: true) }
        lines[key] = made
        lock.unlock()
        return made
    }
}
