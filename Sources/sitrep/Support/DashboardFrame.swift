import SitrepCore
import SitrepUI

/// The dashboard's first full frame of a corpus (120x40): its view state, with every pane's
/// rows, then the render. What `sitrep bench` times after "corpus ready".
enum DashboardFrame {
    static let render: @Sendable (Corpus) -> Int = { corpus in
        let state = ViewState(corpus: corpus, columns: 120, rows: 40)
        return Dashboard.render(state).cells.count
    }
}
