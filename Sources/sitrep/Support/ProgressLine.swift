import Foundation
import SitrepCore

/// How far a load has come, on one line of standard error redrawn in place; silent unless
/// standard error is a terminal (scripts and pipes see only the problems).
final class ProgressLine {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var drawn = false
    private var last = Date.distantPast

    func show(_ progress: LoadProgress) {
        guard enabled, progress.phase != .done else { return }
        let now = Date()
        guard now.timeIntervalSince(last) >= 0.1 else { return }
        last = now
        let what: String
        switch progress.phase {
        case .scanning: what = "looking for articles"
        case .reading: what = "reading"
        case .extracting: what = "extracting"
        case .saving: what = "saving"
        case .merging: what = "merging"
        case .done: what = "done"
        }
        let count = progress.total > 0 ? " \(progress.done)/\(progress.total) files (\(Int(progress.fraction * 100))%)" : ""
        write("\r\u{1B}[Ksitrep: \(what)\(count)")
        drawn = true
    }

    /// Removes the line, so that what follows starts on a clean line.
    func clear() {
        guard drawn else { return }
        write("\r\u{1B}[K")
        drawn = false
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
