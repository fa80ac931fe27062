import Foundation
import Testing
@testable import SitrepCore

/// Tags the TimeBank development set and writes predictions for `score.py --task timex`.
///
///     SITREP_DEV_DUMP=/tmp/timex.jsonl swift test --filter TimexDevHarness
///     python3 ../shared/tools/score.py ../shared/dev/timex_timebank.jsonl /tmp/timex.jsonl --task timex
///
/// Skipped unless SITREP_DEV_DUMP is set and `../shared/dev/timex_timebank.jsonl` exists.
/// Also prints the tagger's throughput on the set (build with `-c release` for real numbers).
@Suite struct TimexDevHarness {
    static let devFile = SharedData.file("dev/timex_timebank.jsonl")

    static let dumpPath = ProcessInfo.processInfo.environment["SITREP_DEV_DUMP"]

    static let enabled = dumpPath != nil && FileManager.default.fileExists(atPath: devFile.path)

    @Test(.enabled(if: enabled, "set SITREP_DEV_DUMP to an output path (and keep ../shared/dev) to tag the TimeBank dev set"))
    func tagDevSet() throws {
        let docs = try SharedData.documents(Self.devFile)
        let tagger = TimexTagger()
        var out = ""
        for doc in docs {
            let timexes = tagger.tag(doc.text, anchor: doc.date).map {
                ["start": $0.start, "end": $0.end, "text": $0.text, "type": $0.type.rawValue, "value": $0.value] as [String: Any]
            }
            let json = try JSONSerialization.data(withJSONObject: ["id": doc.id, "timexes": timexes], options: [.sortedKeys])
            out += String(decoding: json, as: UTF8.self) + "\n"
        }
        try out.write(toFile: Self.dumpPath!, atomically: true, encoding: .utf8)
        print("TimexDevHarness: wrote \(docs.count) documents to \(Self.dumpPath!)")

        let bytes = docs.reduce(0) { $0 + $1.text.utf8.count }
        let rounds = 20
        var found = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<rounds { for doc in docs { found &+= tagger.tag(doc.text, anchor: doc.date).count } }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let mb = Double(bytes * rounds) / 1_000_000
        print("TimexDevHarness: \(String(format: "%.1f", mb / seconds)) MB/s (\(rounds) x \(bytes) bytes, \(found) timexes)")
    }
}
