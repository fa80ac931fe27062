import Foundation
import Testing
@testable import SitrepCore

/// Resolves the places of the GeoWebNews development set (and of the seed article) and writes
/// predictions for `score.py --task places`:
///
///     SITREP_DEV_DUMP=/tmp/places.jsonl swift test --filter PlaceDevHarness
///     python3 ../shared/tools/score.py ../shared/dev/places_geowebnews.jsonl /tmp/places.jsonl --task places
///
/// Also writes `<dump>.seed.jsonl` (the seed article, id "seed-2023-09-29.txt") and
/// `<dump>.trace.txt` (every name considered, with the reason it was dropped), and prints the
/// resolver's throughput (build with `-c release` for real numbers).
/// Skipped unless SITREP_DEV_DUMP is set and `../shared/dev/places_geowebnews.jsonl` exists.
@Suite struct PlaceDevHarness {
    static let devFile = SharedData.file("dev/places_geowebnews.jsonl")
    static let seedFile = SharedData.file("corpus/seed-2023-09-29.txt")
    static let dumpPath = ProcessInfo.processInfo.environment["SITREP_DEV_DUMP"]
    static let enabled = dumpPath != nil && FileManager.default.fileExists(atPath: devFile.path)

    @Test(.enabled(if: enabled, "set SITREP_DEV_DUMP to an output path (and keep ../shared/dev) to resolve the GeoWebNews dev set"))
    func resolveDevSet() throws {
        let docs = try SharedData.documents(Self.devFile)
        #expect(Gazetteer.loadError == nil)
        let clock = ContinuousClock()
        if let directory = Gazetteer.resourceDirectory {
            var loads: [Duration] = []
            for _ in 0..<5 { loads.append(try clock.measure { _ = try Gazetteer(directory: directory) }) }
            print("PlaceDevHarness: gazetteer load \(loads.min()!) (best of 5), \(Gazetteer.shared.count) places")
        }
        let resolver = PlaceResolver()
        var out = "", trace = ""
        for doc in docs {
            out += Self.line(id: doc.id, text: doc.text, resolver: resolver, trace: &trace)
        }
        try out.write(toFile: Self.dumpPath!, atomically: true, encoding: .utf8)
        try trace.write(toFile: Self.dumpPath! + ".trace.txt", atomically: true, encoding: .utf8)
        print("PlaceDevHarness: wrote \(docs.count) documents to \(Self.dumpPath!)")

        if FileManager.default.fileExists(atPath: Self.seedFile.path) {
            let text = String(decoding: try Data(contentsOf: Self.seedFile), as: UTF8.self)
                .replacingOccurrences(of: "\r\n", with: "\n").precomposedStringWithCanonicalMapping
            var seedTrace = ""
            let seed = Self.line(id: "seed-2023-09-29.txt", text: text, resolver: resolver, trace: &seedTrace)
            try seed.write(toFile: Self.dumpPath! + ".seed.jsonl", atomically: true, encoding: .utf8)
            try seedTrace.write(toFile: Self.dumpPath! + ".seed.trace.txt", atomically: true, encoding: .utf8)
        }

        let analyzed = docs.map { AnalyzedText($0.text) }
        let bytes = docs.reduce(0) { $0 + $1.text.utf8.count }
        let rounds = 20
        var found = 0
        let elapsed = clock.measure {
            for _ in 0..<rounds { for text in analyzed { found &+= resolver.places(in: text).count } }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("PlaceDevHarness: places stage \(String(format: "%.1f", Double(bytes * rounds) / 1_000_000 / seconds)) MB/s "
              + "on analysed text (\(rounds) x \(bytes) bytes, \(found) mentions)")
    }

    static func line(id: String, text: String, resolver: PlaceResolver, trace: inout String) -> String {
        let analyzed = AnalyzedText(text)
        let (mentions, found) = resolver.resolve(analyzed)
        var object = JSONObjectWriter()
        object.add(key: "id", string: id)
        object.add(key: "places", array: PlacesJSON.places(mentions))
        trace += "== \(id)\n"
        for f in found {
            let words = analyzed.text(f.match.span)
            switch f.verdict {
            case .rejected(let why): trace += "  - \(words) [\(f.match.span.start)]: \(why)\n"
            default:
                let chosen = f.chosen.map { resolver.gazetteer.places[$0] }
                trace += "  + \(words) [\(f.match.span.start)] -> \(chosen.map { "\($0.name) \($0.kind.rawValue) \($0.countryCode)" } ?? "?")"
                    + (f.cues.region ? " (region cue)" : "") + "\n"
            }
        }
        return object.json + "\n"
    }
}
