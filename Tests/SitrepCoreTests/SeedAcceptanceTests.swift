import Foundation
import Testing
@testable import SitrepCore

/// The real article in `../shared/corpus` (next to the package): read as the contract says.
/// Skipped, with a message, when `../shared` is absent.
struct SeedAcceptanceTests {
    /// `<package root>/../shared/corpus/seed-2023-09-29.txt`, found from this file's path.
    static let seedPath = SharedData.file("corpus/seed-2023-09-29.txt").path

    static var seedPresent: Bool { FileManager.default.fileExists(atPath: seedPath) }

    @Test(.enabled(if: seedPresent, "skipped: ../shared absent (no ../shared/corpus/seed-2023-09-29.txt)"))
    func seedArticleIsDatedFromItsNameAndKeepsEveryScalar() throws {
        let result = Ingest.read(paths: [Self.seedPath])
        #expect(result.problems.isEmpty)
        let document = try #require(result.documents.first)
        #expect(result.documents.count == 1)
        #expect(document.id == Self.seedPath)
        #expect(document.date == DayDate(year: 2023, month: 9, day: 29))
        #expect(document.dateSource == .filename)
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.seedPath))
        let expected = String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "\r\n", with: "\n")
            .precomposedStringWithCanonicalMapping
        #expect(document.text.unicodeScalars.count == expected.unicodeScalars.count)
        #expect(document.text == expected)
        #expect(!document.title.isEmpty)
    }
}
