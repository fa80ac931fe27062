import Foundation
import Testing
@testable import SitrepCore

/// Runs the quotes stage over the PolNeAR development set and writes predictions for
/// `score.py --task quotes`:
///
///     SITREP_DEV_DUMP=/tmp/quotes.jsonl swift test --filter QuoteDevHarness
///     python3 ../shared/tools/score.py ../shared/dev/quotes_polnear_train.jsonl /tmp/quotes.jsonl --task quotes
///
/// Skipped unless SITREP_DEV_DUMP is set and `../shared/dev/quotes_polnear_train.jsonl` exists.
/// When `../shared/corpus/seed-2023-09-29.txt` exists, its predictions go to `$SITREP_DEV_DUMP.seed.jsonl`
/// (score against a one-line gold built from the seed's `.gold.json` plus its text, as
/// `../shared/tools/seed-score` does).
/// Also prints the stage's throughput on the set (build with `-c release` for real numbers).
@Suite struct QuoteDevHarness {
    static let devFile = SharedData.file("dev/quotes_polnear_train.jsonl")

    static let seedFile = SharedData.file("corpus/seed-2023-09-29.txt")

    static let dumpPath = ProcessInfo.processInfo.environment["SITREP_DEV_DUMP"]

    static let enabled = dumpPath != nil && FileManager.default.fileExists(atPath: devFile.path)

    @Test(.enabled(if: enabled, "set SITREP_DEV_DUMP to an output path (and keep ../shared/dev) to run the quotes dev set"))
    func attributeDevSet() throws {
        let docs = try SharedData.documents(Self.devFile)
        let stage = QuoteAttribution()
        var out = ""
        for doc in docs {
            let (quotes, people) = stage.extract(AnalyzedText(doc.text))
            var line = JSONObjectWriter()
            line.add(key: "id", string: doc.id)
            line.add(key: "quotes", array: QuotesJSON.quotes(quotes))
            line.add(key: "people", array: QuotesJSON.people(people))
            out += line.json + "\n"
        }
        try out.write(toFile: Self.dumpPath!, atomically: true, encoding: .utf8)
        print("QuoteDevHarness: wrote \(docs.count) documents to \(Self.dumpPath!)")

        // The seed article too, as `<dump>.seed.jsonl` (id as in its gold file), when it is there.
        if FileManager.default.fileExists(atPath: Self.seedFile.path) {
            let text = String(decoding: try Data(contentsOf: Self.seedFile), as: UTF8.self)
                .replacingOccurrences(of: "\r\n", with: "\n").precomposedStringWithCanonicalMapping
            let (quotes, people) = stage.extract(AnalyzedText(text))
            var line = JSONObjectWriter()
            line.add(key: "id", string: Self.seedFile.lastPathComponent)
            line.add(key: "quotes", array: QuotesJSON.quotes(quotes))
            line.add(key: "people", array: QuotesJSON.people(people))
            try (line.json + "\n").write(toFile: Self.dumpPath! + ".seed.jsonl", atomically: true, encoding: .utf8)
            print("QuoteDevHarness: wrote the seed article's predictions to \(Self.dumpPath!).seed.jsonl")
        }

        let analyzed = docs.map { AnalyzedText($0.text) }
        let bytes = docs.reduce(0) { $0 + $1.text.utf8.count }
        let rounds = 5
        var found = 0
        let elapsed = ContinuousClock().measure {
            for _ in 0..<rounds { for a in analyzed { found &+= stage.extract(a).quotes.count } }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let mb = Double(bytes * rounds) / 1_000_000
        print("QuoteDevHarness: \(String(format: "%.1f", mb / seconds)) MB/s for the quotes stage after Text (\(rounds) x \(bytes) bytes, \(found) quotes)")
    }
}
