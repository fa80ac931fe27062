import Foundation
import SitrepCore
import SitrepUI

/// The dashboard's frames for `sitrep bench` (120x40): the first full frame of a corpus (its
/// view state, with every pane's rows, then the render), and the next frame after the corpus
/// took a change in (`Dashboard.update` with the diff, as the live dashboard does, then the
/// render). The state of the last frame is kept between the two.
enum DashboardFrame {
    private final class LastState: @unchecked Sendable {
        private let lock = NSLock()
        private var state: ViewState?
        var value: ViewState? {
            get { lock.lock(); defer { lock.unlock() }; return state }
            set { lock.lock(); state = newValue; lock.unlock() }
        }
    }
    private static let last = LastState()

    static let render: @Sendable (Corpus) -> Int = { corpus in
        let state = ViewState(corpus: corpus, columns: 120, rows: 40)
        last.value = state
        return Dashboard.render(state).cells.count
    }

    /// Drops the state kept from the last frame.
    static let forget: @Sendable () -> Void = { last.value = nil }

    static let update: @Sendable (Corpus, CorpusDiff) -> Int = { corpus, diff in
        let replaced = last.value ?? ViewState(columns: 120, rows: 40)
        last.value = nil
        let state = Dashboard.update(replaced, .corpusUpdated(corpus: corpus, diff: diff, problems: [], at: Date()))
        // As the dashboard does: the old state is freed off the UI thread.
        BackgroundRelease.drop(consume replaced)
        last.value = state
        return Dashboard.render(state).cells.count
    }
}
