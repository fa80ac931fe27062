import Foundation

/// Latency of a set of searches.
public struct SearchFigure: Sendable, Equatable {
    public var queries: [String] = []
    public var meanSeconds: Double = 0
    public var maxSeconds: Double = 0
    /// Quotes found, over all queries.
    public var hits = 0

    public init() {}

    static func measure(_ queries: [String], _ search: (String) throws -> Int) throws -> SearchFigure {
        var figure = SearchFigure()
        figure.queries = queries
        var total = 0.0
        for query in queries {
            var found = 0
            let seconds = try StoreBench.seconds { found = try search(query) }
            total += seconds
            figure.maxSeconds = max(figure.maxSeconds, seconds)
            figure.hits += found
        }
        figure.meanSeconds = queries.isEmpty ? 0 : total / Double(queries.count)
        return figure
    }
}

/// The store's figures on one generated corpus (seconds, bytes).
public struct StoreBenchResult: Sendable, Equatable {
    public var documents: Int
    /// Bytes of the article files.
    public var bytes: Int
    /// No store yet: read, extract on all cores, write the store.
    public var coldSeconds = 0.0
    public var coldPeakBytes = 0
    public var coldExtracted = 0
    /// The first open with the store present and the files unchanged, before any merge
    /// decisions were saved (store -> extractions -> merged `Corpus` -> first frame), and
    /// the saving of its decisions (`MergeMemo`) afterwards, as the dashboard does.
    public var firstWarmSeconds = 0.0
    public var firstWarmPeakBytes = 0
    public var memoSaveSeconds = 0.0
    /// The next open, as every later one: store -> extractions, -> `Corpus` with the saved
    /// decisions replayed, -> first frame.
    public var warmLoadSeconds = 0.0
    public var warmCorpusSeconds = 0.0
    public var warmFrameSeconds = 0.0
    public var warmPeakBytes = 0
    public var warmReused = 0
    public var frameOutput = 0
    /// The first `searchPage` hits (what a screen shows first), and every hit.
    public var speakerSearch = SearchFigure()
    public var wordSearch = SearchFigure()
    public var speakerSearchAll = SearchFigure()
    public var wordSearchAll = SearchFigure()
    public static let searchPage = 100
    /// One new file: read + extract + store, then `Corpus.apply` (with the people and places
    /// views), then `Dashboard.update` with the diff and a render, as the live dashboard does.
    public var newArticleStoreSeconds = 0.0
    public var newArticleCorpusSeconds = 0.0
    public var newArticleFrameSeconds = 0.0
    /// The store file with its WAL, after the cold run.
    public var storeBytes = 0
    public var problems: [String] = []

    public init(documents: Int, bytes: Int) { self.documents = documents; self.bytes = bytes }

    public var warmSeconds: Double { warmLoadSeconds + warmCorpusSeconds + warmFrameSeconds }
    public var newArticleSeconds: Double { newArticleStoreSeconds + newArticleCorpusSeconds + newArticleFrameSeconds }
    public var peakBytes: Int { max(coldPeakBytes, firstWarmPeakBytes, warmPeakBytes) }
    /// True when the warm open replayed the saved decisions whole.
    public var warmReplayed = false
}

/// The store part of `sitrep bench`: a table with a column per corpus size and each target
/// beside its figures, or one JSON value.
public struct StoreBenchReport: Sendable {
    public var results: [StoreBenchResult]
    public var cores: Int
    public var buildConfiguration: String

    public init(results: [StoreBenchResult], cores: Int = ProcessInfo.processInfo.activeProcessorCount,
                buildConfiguration: String) {
        self.results = results; self.cores = cores; self.buildConfiguration = buildConfiguration
    }

    /// One row: a figure per size, and the target it is held against (if any).
    struct Row: Sendable {
        var label: String
        var value: @Sendable (StoreBenchResult) -> Double
        var decimals: Int
        var target: (text: String, met: @Sendable (Double) -> Bool)?

        init(label: String, value: @escaping @Sendable (StoreBenchResult) -> Double, decimals: Int,
             target: (text: String, met: @Sendable (Double) -> Bool)? = nil) {
            self.label = label; self.value = value; self.decimals = decimals; self.target = target
        }
    }

    static let rows: [Row] = [
        Row(label: "cold: extract + store (docs/s)", value: { r in r.coldSeconds > 0 ? Double(r.documents) / r.coldSeconds : 0 }, decimals: 0),
        Row(label: "cold: extract + store (MB/s)", value: { r in r.coldSeconds > 0 ? Double(r.bytes) / 1e6 / r.coldSeconds : 0 }, decimals: 2),
        Row(label: "cold: seconds", value: { $0.coldSeconds }, decimals: 2),
        Row(label: "warm open to first frame (s)", value: { $0.warmSeconds }, decimals: 3,
            target: ("< 0.5 s at 100k", { $0 < 0.5 })),
        Row(label: "  store -> extractions (s)", value: { $0.warmLoadSeconds }, decimals: 3),
        Row(label: "  Corpus: timeline merge, replayed (s)", value: { $0.warmCorpusSeconds }, decimals: 3),
        Row(label: "  first frame (s)", value: { $0.warmFrameSeconds }, decimals: 3),
        Row(label: "  first warm open, merged anew (s)", value: { $0.firstWarmSeconds }, decimals: 3),
        Row(label: "  then saving the merges' decisions (s)", value: { $0.memoSaveSeconds }, decimals: 3),
        Row(label: "quote search by speaker, first 100, max (ms)", value: { $0.speakerSearch.maxSeconds * 1e3 }, decimals: 1,
            target: ("< 50 ms", { $0 < 50 })),
        Row(label: "  every hit, max (ms)", value: { $0.speakerSearchAll.maxSeconds * 1e3 }, decimals: 1),
        Row(label: "  quotes found per search", value: { Double($0.speakerSearchAll.hits) / Double(max(1, $0.speakerSearchAll.queries.count)) }, decimals: 0),
        Row(label: "quote search by word, first 100, max (ms)", value: { $0.wordSearch.maxSeconds * 1e3 }, decimals: 1,
            target: ("< 50 ms", { $0 < 50 })),
        Row(label: "  every hit, max (ms)", value: { $0.wordSearchAll.maxSeconds * 1e3 }, decimals: 1),
        Row(label: "  quotes found per search", value: { Double($0.wordSearchAll.hits) / Double(max(1, $0.wordSearchAll.queries.count)) }, decimals: 0),
        Row(label: "one new article on screen (ms)", value: { $0.newArticleSeconds * 1e3 }, decimals: 1,
            target: ("< 200 ms", { $0 < 200 })),
        Row(label: "  read + extract + store (ms)", value: { $0.newArticleStoreSeconds * 1e3 }, decimals: 1),
        Row(label: "  Corpus.apply + people, places (ms)", value: { $0.newArticleCorpusSeconds * 1e3 }, decimals: 1),
        Row(label: "  Dashboard.update + render (ms)", value: { $0.newArticleFrameSeconds * 1e3 }, decimals: 1),
        Row(label: "peak memory (MB)", value: { Double($0.peakBytes) / 1e6 }, decimals: 0,
            target: ("< 1000 MB at 100k", { $0 < 1000 })),
        Row(label: "  cold / first warm / warm (MB)", value: { Double($0.warmPeakBytes) / 1e6 }, decimals: 0),
        Row(label: "store size (MB)", value: { Double($0.storeBytes) / 1e6 }, decimals: 1),
        Row(label: "  per article (KB)", value: { Double($0.storeBytes) / 1e3 / Double(max(1, $0.documents)) }, decimals: 2),
    ]

    public func table() -> String {
        var lines: [[String]] = [["store"] + results.map { "\($0.documents) docs" } + ["target", ""]]
        for row in Self.rows {
            var cells = [row.label]
            for result in results {
                var cell = BenchReport.fixed(row.value(result), row.decimals)
                if row.label == "  cold / first warm / warm (MB)" {
                    cell = [result.coldPeakBytes, result.firstWarmPeakBytes].map { BenchReport.fixed(Double($0) / 1e6, 0) + " / " }.joined() + cell
                }
                cells.append(cell)
            }
            if let target = row.target, let largest = results.max(by: { $0.documents < $1.documents }) {
                cells.append(target.text)
                cells.append(target.met(row.value(largest)) ? "met at \(largest.documents)" : "MISSED at \(largest.documents)")
            } else {
                cells += ["", ""]
            }
            lines.append(cells)
        }
        let widths = lines[0].indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        var out = "sitrep bench, the store: generated corpora, \(cores) cores, \(buildConfiguration) build\n\n"
        for line in lines {
            var text = ""
            for (column, cell) in line.enumerated() {
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                text += column == 0 ? cell + pad : (column >= line.count - 2 ? "  " + cell + pad : "  " + pad + cell)
            }
            while text.last == " " { text.removeLast() }
            out += text + "\n"
        }
        out += """

            cold = no store: read, extract on all cores, write the store. warm = store present and the
            files unchanged, up to the dashboard's first full frame, with the merge decisions the
            first warm open saved replayed (every open after the first). Searches: the store's full-text
            index (FTS5), ten queries each, the first 100 hits (a screenful) and every hit.
            MB = 10^6 bytes; peak = resident high-water mark.

            """
        return out
    }

    /// One JSON value with every figure (seconds and bytes), for scripts.
    public func jsonObject() -> [String: Any] {
        func search(_ s: SearchFigure) -> [String: Any] {
            ["queries": s.queries, "meanSeconds": BenchReport.rounded(s.meanSeconds, 6),
             "maxSeconds": BenchReport.rounded(s.maxSeconds, 6), "hits": s.hits]
        }
        let sizes: [[String: Any]] = results.map { r in
            [
                "documents": r.documents, "bytes": r.bytes,
                "cold": ["seconds": BenchReport.rounded(r.coldSeconds, 6), "peakBytes": r.coldPeakBytes, "extracted": r.coldExtracted],
                "warm": ["seconds": BenchReport.rounded(r.warmSeconds, 6), "loadSeconds": BenchReport.rounded(r.warmLoadSeconds, 6),
                         "corpusSeconds": BenchReport.rounded(r.warmCorpusSeconds, 6),
                         "frameSeconds": BenchReport.rounded(r.warmFrameSeconds, 6), "peakBytes": r.warmPeakBytes, "reused": r.warmReused,
                         "replayed": r.warmReplayed],
                "firstWarm": ["seconds": BenchReport.rounded(r.firstWarmSeconds, 6), "peakBytes": r.firstWarmPeakBytes,
                              "memoSaveSeconds": BenchReport.rounded(r.memoSaveSeconds, 6)],
                "speakerSearch": search(r.speakerSearch), "wordSearch": search(r.wordSearch),
                "speakerSearchAll": search(r.speakerSearchAll), "wordSearchAll": search(r.wordSearchAll), "searchPage": StoreBenchResult.searchPage,
                "newArticle": ["seconds": BenchReport.rounded(r.newArticleSeconds, 6),
                               "storeSeconds": BenchReport.rounded(r.newArticleStoreSeconds, 6),
                               "corpusSeconds": BenchReport.rounded(r.newArticleCorpusSeconds, 6),
                               "frameSeconds": BenchReport.rounded(r.newArticleFrameSeconds, 6)],
                "peakBytes": r.peakBytes, "storeBytes": r.storeBytes, "problems": r.problems,
            ]
        }
        return ["schema": "sitrep-bench-store/1", "cores": cores, "build": buildConfiguration, "sizes": sizes,
                "targets": ["warmSeconds": 0.5, "searchSeconds": 0.05, "newArticleSeconds": 0.2, "peakBytes": 1_000_000_000]]
    }
}
