import Testing
@testable import SitrepCore

/// `WatchReport`: what `sitrep watch` prints for one corpus update.
struct WatchReportTests {
    private static let extractor = Extractor()

    private static func extraction(_ id: String, _ text: String) -> DocumentExtraction {
        extractor.extract(Document(id: id, title: id, text: text, date: DayDate(iso: "2026-04-16"), dateSource: .header))
    }

    private static let first = extraction("a.txt",
        "The river authority closed the bridge in Ruse to trucks on Tuesday. \u{201C}We had no choice,\u{201D} said Petar Ivanov, the mayor of Ruse.")
    private static let second = extraction("b.txt",
        "The river authority closed the bridge in Ruse to trucks on April 14, officials said. Volunteers in Vidin filled sandbags on Wednesday.")

    @Test func anArrivalReportsItsNewAndChangedItems() {
        let before = Corpus(extractions: [Self.first])
        var after = before
        let diff = after.apply(CorpusChange(upserted: [Self.second]))
        let report = WatchReport(before: before, after: after, diff: diff)
        let text = report.text()
        #expect(text.contains("event  changed 2026-04-14"), "the bridge closure gains a source")
        #expect(text.contains("event  new     2026-04-15"), "the sandbags are new")
        #expect(text.contains("place  new     Vidin"))
        #expect(text.contains("place  changed Ruse"))
        #expect(!text.contains("quote"), "the new article has no quote")
    }

    @Test func aRemovalReportsWhatWent() {
        let before = Corpus(extractions: [Self.first, Self.second])
        var after = before
        let diff = after.apply(CorpusChange(removed: ["a.txt"]))
        let lines = WatchReport(before: before, after: after, diff: diff).jsonLines().split(separator: "\n")
        #expect(lines.contains { $0.contains(#""type":"quote","status":"removed""#) && $0.contains("We had no choice") })
        #expect(lines.contains { $0.contains(#""type":"event","status":"changed""#) })
        #expect(lines.allSatisfy { $0.hasPrefix(#"{"type":"#) })
    }

    @Test func nothingChangedReportsNothing() {
        let corpus = Corpus(extractions: [Self.first])
        #expect(WatchReport(before: corpus, after: corpus, diff: CorpusDiff()).items.isEmpty)
    }
}
