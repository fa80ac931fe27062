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

    struct Row { var documents: Int; var apply: Double; var people: Double; var places: Double; var others: Double; var update: Double; var render: Double; var firstFrame: Double }

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
            let others = Self.seconds { _ = corpus.speakers; _ = corpus.timeline; _ = corpus.documents }
            start = Date()
            state = Dashboard.update(state, .corpusUpdated(corpus: corpus, diff: diff, problems: [], at: Date()))
            let update = Date().timeIntervalSince(start)
            start = Date()
            _ = Dashboard.render(state)
            let render = Date().timeIntervalSince(start)
            out.append(Row(documents: size, apply: apply, people: people, places: places, others: others,
                           update: update, render: render, firstFrame: firstFrame))
        }
        return out
    }

    static func table(_ rows: [Row]) -> String {
        var out = "One new article on screen (in-memory corpus; target under 200 ms)\n\n"
        out += "Corpus.apply and the corpus views (people, places; speakers, timeline, documents) run in the background (LiveCorpus); update and render on the UI thread.\n\n"
        out += "| documents | Corpus.apply | people | places | speakers, timeline, documents | Dashboard.update | Dashboard.render | total | target | corpus + state + first frame from extractions |\n"
        out += "|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n"
        for r in rows {
            let total = r.apply + r.people + r.places + r.others + r.update + r.render
            out += "| \(r.documents) | \(ms(r.apply)) | \(ms(r.people)) | \(ms(r.places)) | \(ms(r.others)) | \(ms(r.update)) | \(ms(r.render)) | \(ms(total)) | \(total < 0.2 ? "met" : "MISSED") | \(ms(r.firstFrame)) |\n"
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
