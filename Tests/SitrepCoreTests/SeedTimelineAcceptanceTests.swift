import Foundation
import Testing
@testable import SitrepCore

/// Acceptance on the real article in `../shared/corpus` and its gold file: timexes (strict and
/// relaxed F1, value accuracy) and the gold events on the timeline at their gold dates.
/// Skipped, with a message, when `../shared` is absent. The figures are printed.
struct SeedTimelineAcceptanceTests {
    static let corpusFolder = SharedData.file("corpus")
    static let goldPath = corpusFolder.appendingPathComponent("seed-2023-09-29.gold.json").path
    static let present = FileManager.default.fileExists(atPath: goldPath)

    struct GoldTimex { let start: Int; let end: Int; let value: String }

    private func load() throws -> (DocumentExtraction, [GoldTimex], [(date: String, what: String)]) {
        let gold = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.goldPath))) as? [String: Any])
        let timexes = (gold["timexes"] as? [[String: Any]] ?? []).compactMap { t -> GoldTimex? in
            guard let s = t["start"] as? Int, let e = t["end"] as? Int, let v = t["value"] as? String else { return nil }
            return GoldTimex(start: s, end: e, value: v)
        }
        let events = (gold["events"] as? [[String: Any]] ?? []).compactMap { e -> (String, String)? in
            guard let d = e["date"] as? String, let w = e["what"] as? String else { return nil }
            return (d, w)
        }
        let result = Ingest.read(paths: [Self.corpusFolder.appendingPathComponent("seed-2023-09-29.txt").path])
        let document = try #require(result.documents.first)
        return (Extractor().extract(document), timexes, events)
    }

    @Test(.enabled(if: present, "skipped: ../shared absent (no ../shared/corpus/seed-2023-09-29.gold.json)"))
    func timexesMatchTheGold() throws {
        let (extraction, gold, _) = try load()
        let predicted = extraction.timexes
        let strict = gold.filter { g in predicted.contains { $0.start == g.start && $0.end == g.end } }.count
        let relaxed = gold.filter { g in predicted.contains { $0.start < g.end && g.start < $0.end } }.count
        let valued = gold.filter { g in predicted.contains { $0.start < g.end && g.start < $0.end && $0.value == g.value } }.count
        func f1(_ hits: Int) -> Double { 2 * Double(hits) / Double(gold.count + predicted.count) }
        print("seed timexes: gold \(gold.count), predicted \(predicted.count), strict F1 \(f1(strict)), relaxed F1 \(f1(relaxed)), value accuracy \(Double(valued) / Double(max(relaxed, 1)))")
        #expect(strict == gold.count, "every gold timex found with its exact span")
        #expect(valued == gold.count, "every gold timex has the gold value")
        #expect(predicted.count <= gold.count + 1, "at most one spurious timex")
    }

    @Test(.enabled(if: present, "skipped: ../shared absent (no ../shared/corpus/seed-2023-09-29.gold.json)"))
    func goldEventsAppearOnTheirDates() throws {
        let (extraction, _, goldEvents) = try load()
        let timeline = Corpus(extractions: [extraction]).timeline
        var found = 0
        for gold in goldEvents {
            let words = TimelineBuilder.contentWords(gold.what)
            let onDate = timeline.filter { $0.date.description == gold.date }
            if onDate.contains(where: { !TimelineBuilder.contentWords($0.summary).isDisjoint(with: words) }) { found += 1 }
            else { print("seed event missing on \(gold.date): \(gold.what)") }
        }
        print("seed events: \(found) of \(goldEvents.count) gold events on the timeline at their gold dates (\(timeline.count) entries)")
        #expect(found == goldEvents.count)
    }
}
