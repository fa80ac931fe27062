import Foundation
import SitrepCore
import SitrepUI

/// `sitrep bench --ui`: what one new article costs the dashboard on a large corpus — the model
/// taking it in (`Corpus.apply`), the view state taking the new corpus (`Dashboard.update`,
/// which keeps the selection and rebuilds the panes' rows) and drawing a frame
/// (`Dashboard.render`) — at several corpus sizes.
struct DashboardUpdateBench {
    var sizes: [Int]
    var columns = 160
    var rows = 45

    struct Row {
        var documents: Int; var apply: Double; var people: Double; var places: Double
        var speakers: Double; var others: Double
        var update: Double; var render: Double; var firstFrame: Double
        /// The whole corpus fed to a `LiveCorpus` in batches, as the dashboard's first load
        /// feeds it (extraction aside), with the view state taking each update it publishes.
        var load: LoadFigures
    }

    /// A first load through `LiveCorpus`, batch by batch: wall time to the last update on
    /// screen, how many updates the view state took, and the slowest of them (update + render).
    struct LoadFigures { var wall: Double; var updates: Int; var slowestUpdate: Double }

    func run(progress: (String) -> Void) -> [Row] {
        let extractor = Extractor()
        var out: [Row] = []
        for size in sizes {
            progress("\(size) articles: generating and extracting")
            let articles = SyntheticCorpus(count: size + 1, seed: 3).articles()
            let documents = articles.map { a in
                Document(id: a.name, title: a.title, text: a.text, date: a.date, dateSource: .filename)
            }
            let extractions = extractor.extractAll(Array(documents.prefix(size)))
            let newcomer = extractor.extract(documents[size])
            progress("\(size) articles: timing")
            var start = Date()
            var corpus = Corpus(extractions: extractions)
            var state = ViewState(corpus: corpus, columns: columns, rows: rows)
            _ = Dashboard.render(state)
            let firstFrame = Date().timeIntervalSince(start)
            for _ in 0..<10 { state = Dashboard.update(state, .key(.character("j"))) }
            start = Date()
            let diff = corpus.apply(CorpusChange(upserted: [newcomer]))
            let apply = Date().timeIntervalSince(start)
            let people = Self.seconds { _ = corpus.people }
            let places = Self.seconds { _ = corpus.places }
            let speakers = Self.seconds { _ = corpus.speakers }
            let others = Self.seconds { _ = corpus.timeline; _ = corpus.documents }
            start = Date()
            let replaced = state
            state = Dashboard.update(replaced, .corpusUpdated(corpus: corpus, diff: diff, problems: [], at: Date()))
            // As the dashboard does: the old state is freed off the UI thread.
            BackgroundRelease.drop(consume replaced)
            let update = Date().timeIntervalSince(start)
            start = Date()
            _ = Dashboard.render(state)
            let render = Date().timeIntervalSince(start)
            progress("\(size) articles: a first load in batches")
            let load = Self.load(extractions, columns: columns, rows: rows)
            out.append(Row(documents: size, apply: apply, people: people, places: places, speakers: speakers, others: others,
                           update: update, render: render, firstFrame: firstFrame, load: load))
        }
        return out
    }

    /// Feeds `extractions` to a `LiveCorpus` `batchSize` at a time, and takes its updates
    /// into a view state, drawing each, until every batch is on screen.
    static func load(_ extractions: [DocumentExtraction], columns: Int, rows: Int, batchSize: Int = 256) -> LoadFigures {
        let live = LiveCorpus(batchSize: batchSize)
        let start = Date()
        for first in stride(from: 0, to: extractions.count, by: batchSize) {
            live.submit(extractions: Array(extractions[first..<min(extractions.count, first + batchSize)]), initialLoad: true)
        }
        live.finishInitialLoad()
        var state = ViewState(corpus: Corpus(), columns: columns, rows: rows)
        var updates = 0
        var slowest = 0.0
        while true {
            if let update = live.take() {
                let begin = Date()
                // As the dashboard takes them: the first load is not news.
                let replaced = state
                state = Dashboard.update(replaced, update.isInitialLoad
                    ? .corpusLoaded(corpus: update.corpus, problems: update.problems)
                    : .corpusUpdated(corpus: update.corpus, diff: update.diff, problems: update.problems, at: Date()))
                BackgroundRelease.drop(consume replaced)
                _ = Dashboard.render(state)
                slowest = max(slowest, Date().timeIntervalSince(begin))
                updates += 1
                if update.corpus.extractions.count == extractions.count && !live.isBusy { break }
            } else {
                live.waitForChange(timeout: 0.05)
            }
        }
        return LoadFigures(wall: Date().timeIntervalSince(start), updates: updates, slowestUpdate: slowest)
    }

    static func table(_ rows: [Row]) -> String {
        var out = "One new article on screen (in-memory corpus; target under 200 ms)\n\n"
        out += "Corpus.apply and the corpus views (people, places, speakers; timeline, documents) run in the background (LiveCorpus); update and render on the UI thread.\n\n"
        out += "| documents | Corpus.apply | people | places | speakers | timeline, documents | Dashboard.update | Dashboard.render | total | target | corpus + state + first frame from extractions |\n"
        out += "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n"
        for r in rows {
            let total = r.apply + r.people + r.places + r.speakers + r.others + r.update + r.render
            out += "| \(r.documents) | \(ms(r.apply)) | \(ms(r.people)) | \(ms(r.places)) | \(ms(r.speakers)) | \(ms(r.others)) | \(ms(r.update)) | \(ms(r.render)) | \(ms(total)) | \(total < 0.2 ? "met" : "MISSED") | \(ms(r.firstFrame)) |\n"
        }
        out += "\nA first load fed to the model in batches of 256 extracted articles (extraction aside), each update the model publishes taken and drawn\n\n"
        out += "| documents | to the last update on screen | updates drawn | slowest update + render |\n|---:|---:|---:|---:|\n"
        for r in rows {
            out += "| \(r.documents) | \(String(format: "%.2f s", r.load.wall)) | \(r.load.updates) | \(ms(r.load.slowestUpdate)) |\n"
        }
        return out
    }

    private static func seconds(_ work: () -> Void) -> Double {
        let start = Date()
        work()
        return Date().timeIntervalSince(start)
    }

    private static func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
}
