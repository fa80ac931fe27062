import Foundation
import Testing
@testable import SitrepCore

/// The synthetic corpus behind `sitrep bench`: deterministic, realistic in size, and dated in
/// every way Ingest understands. No timing here: speed is measured by `sitrep bench` only.
struct BenchCorpusTests {
    @Test func splitMix64MatchesTheReferenceSequence() {
        // The published SplitMix64 outputs for seed 0.
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func splitMix64StaysInRange() {
        var rng = SplitMix64(seed: 7)
        for bound in [1, 2, 3, 10, 1000] {
            for _ in 0..<200 { #expect((0..<bound).contains(rng.below(bound))) }
        }
        for _ in 0..<200 { #expect((-3...3).contains(rng.int(in: -3...3))) }
    }

    @Test func calendarArithmeticRoundTrips() {
        #expect(BenchCalendar.days(year: 1970, month: 1, day: 1) == 0)
        let day = BenchCalendar.days(year: 2026, month: 4, day: 14)
        #expect(BenchCalendar.weekdayNames[BenchCalendar.weekday(days: day)] == "Tuesday")
        #expect(BenchCalendar.date(fromDays: BenchCalendar.days(year: 2024, month: 2, day: 29)) == (2024, 2, 29))
        for days in stride(from: -1000, through: 30_000, by: 37) {
            let d = BenchCalendar.date(fromDays: days)
            #expect(BenchCalendar.days(year: d.year, month: d.month, day: d.day) == days)
        }
    }

    @Test func sameSeedGivesTheSameCorpus() {
        let a = SyntheticCorpus(count: 40, seed: 42).generate()
        let b = SyntheticCorpus(count: 40, seed: 42).generate()
        #expect(a.map(\.name) == b.map(\.name))
        #expect(a.map(\.text) == b.map(\.text))
    }

    @Test func differentSeedsGiveDifferentCorpora() {
        let a = SyntheticCorpus(count: 40, seed: 1).generate()
        let b = SyntheticCorpus(count: 40, seed: 2).generate()
        #expect(a.map(\.text) != b.map(\.text))
        // Not just a few articles: almost every one differs.
        #expect(zip(a, b).filter { $0.text == $1.text }.isEmpty)
    }

    @Test func aSmallCorpusIsThePrefixOfALargerOne() {
        let small = SyntheticCorpus(count: 25, seed: 9).articles()
        let large = SyntheticCorpus(count: 60, seed: 9).articles()
        #expect(small == Array(large.prefix(25)))
    }

    @Test func articlesAreTwoToSixKilobytes() {
        for seed: UInt64 in [1, 2, 3] {
            for article in SyntheticCorpus(count: 400, seed: seed).articles() {
                let size = article.text.utf8.count
                #expect((SyntheticCorpus.minimumBytes...SyntheticCorpus.maximumBytes).contains(size),
                        "\(article.name): \(size) bytes")
            }
        }
    }

    @Test func everyArticleHasATitleAndADate() {
        for article in SyntheticCorpus(count: 400, seed: 5).articles() {
            let lines = article.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(!article.title.isEmpty)
            switch article.dating {
            case .header:
                #expect(lines[0] == "Title: \(article.title)", "\(article.name)")
                #expect(lines[1] == "Date: \(article.date.iso)", "\(article.name)")
                #expect(lines.prefix(5).contains(""), "\(article.name): no blank line after the header")
            case .fileName:
                #expect(DayDate(iso: article.name.prefix(10)) == article.date, "\(article.name)")
                #expect(lines[0] == article.title && lines[1].isEmpty, "\(article.name)")
            case .dateline:
                #expect(lines[0] == article.title && lines[1].isEmpty, "\(article.name)")
                let month = BenchCalendar.monthNames[article.date.month - 1]
                #expect(lines[2].contains(", \(month) \(article.date.day), \(article.date.year) \u{2014} "),
                        "\(article.name): \(lines[2].prefix(60))")
            }
            if article.dating != .fileName {
                #expect(DayDate(iso: article.name.prefix(10)) == nil, "\(article.name) has a date in its name")
            }
        }
    }

    @Test func usesEveryDatingStyleAndBothQuoteMarks() {
        let articles = SyntheticCorpus(count: 300, seed: 1).articles()
        for dating in SyntheticArticle.Dating.allCases {
            #expect(articles.contains { $0.dating == dating }, "no \(dating) article")
        }
        #expect(articles.filter { $0.dating == .header }.count > articles.count / 2, "most files should have a header")
        let text = articles.map(\.text).joined()
        #expect(text.contains("\u{201C}") && text.contains("\u{201D}") && text.contains("\""))
    }

    @Test func namesAreUniqueLowerCaseTextFiles() {
        let names = SyntheticCorpus(count: 500, seed: 3).generate().map(\.name)
        #expect(Set(names).count == names.count)
        for name in names {
            #expect(name.hasSuffix(".txt"))
            #expect(name.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." },
                    "\(name)")
        }
    }

    @Test func textIsNFC() {
        for article in SyntheticCorpus(count: 100, seed: 4).articles() {
            #expect(article.text == article.text.precomposedStringWithCanonicalMapping, "\(article.name)")
        }
    }

    @Test func writesEveryArticleToAFolder() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitrep-bench-test-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = SyntheticCorpus(count: 15, seed: 11)
        let bytes = try corpus.write(to: folder)
        let articles = corpus.generate()
        #expect(bytes == articles.reduce(0) { $0 + $1.text.utf8.count })
        for article in articles {
            let data = try Data(contentsOf: folder.appendingPathComponent(article.name))
            #expect(data == Data(article.text.utf8))
        }
    }

    @Test func ingestReadsTheDateAndTitleTheGeneratorWrote() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitrep-bench-test-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = SyntheticCorpus(count: 120, seed: 1)
        try corpus.write(to: folder)
        let result = Ingest.read(paths: [folder.path], options: IngestOptions())
        #expect(result.problems.isEmpty)
        #expect(result.documents.count == corpus.count)
        let expected = Dictionary(uniqueKeysWithValues: corpus.articles().map { ($0.name, $0) })
        for document in result.documents {
            let name = URL(fileURLWithPath: document.path ?? document.id).lastPathComponent
            let article = try #require(expected[name], "\(name) was not generated")
            let source: DateSource = switch article.dating {
            case .header: .header
            case .fileName: .filename
            case .dateline: .text
            }
            #expect(document.date == article.date, "\(name)")
            #expect(document.dateSource == source, "\(name)")
            #expect(document.title == article.title, "\(name)")
        }
    }
}

/// How `sitrep bench` shows its figures, from fixed rows (never from a timed run).
struct BenchReportTests {
    private var report: BenchReport {
        BenchReport(documents: 2000, seed: 1, cores: 8, buildConfiguration: "release", rows: [
            BenchRow(stage: "generate", documents: 2000, bytes: 8_000_000, seconds: 0.5,
                     peakMemoryBytes: 20_000_000, isThroughputTarget: false),
            BenchRow(stage: "ingest", documents: 2000, bytes: 8_000_000, seconds: 0.25,
                     peakMemoryBytes: 30_000_000, output: 2000),
            BenchRow(stage: "export", documents: 2000, bytes: 7_500_000, seconds: 0.05,
                     peakMemoryBytes: 31_000_000, output: 1_000_000),
        ])
    }

    @Test func rowsDeriveRates() {
        let ingest = report.rows[1]
        #expect(ingest.documentsPerSecond == 8000)
        #expect(ingest.megabytesPerSecond == 32)
        #expect(ingest.peakMemoryMB == 30)
    }

    @Test func pipelineSumsTheMeasuredStagesOnly() throws {
        let pipeline = try #require(report.pipeline)
        #expect(abs(pipeline.seconds - 0.3) < 1e-9)
        #expect(pipeline.bytes == 8_000_000)
        #expect(pipeline.peakMemoryBytes == 31_000_000)
    }

    @Test func tableIsAligned() {
        let lines = report.table().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "sitrep bench: 2000 generated documents, seed 1, 8 cores, release build")
        #expect(Array(lines[2...6]) == [
            "stage     docs    MB  seconds  docs/s    MB/s  peak MB",
            "generate  2000  8.00    0.500    4000   16.00     20.0  (set-up, not a target)",
            "ingest    2000  8.00    0.250    8000   32.00     30.0",
            "export    2000  7.50    0.050   40000  150.00     31.0",
            "pipeline  2000  8.00    0.300    6667   26.67     31.0  (ingest and later stages)",
        ])
        #expect(lines.contains { $0.contains("swift run -c release sitrep bench") })
    }

    @Test func jsonHasWhatScriptsCompare() throws {
        let json = report.json()
        #expect(!json.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["build"] as? String == "release")
        #expect(object["docs"] as? Int == 2000)
        #expect((object["machine"] as? [String: Any])?["cores"] as? Int == 8)
        let stages = try #require(object["stages"] as? [[String: Any]])
        #expect(stages.map { $0["stage"] as? String } == ["generate", "ingest", "export"])
        #expect(stages[1]["megabytesPerSecond"] as? Double == 32)
        #expect(stages[1]["peakMemoryMB"] as? Double == 30)
        #expect((object["pipeline"] as? [String: Any])?["seconds"] as? Double == 0.3)
    }

    @Test func peakMemoryIsKnown() {
        #expect(ResourceUsage.peakResidentBytes() > 1_000_000)
    }
}
