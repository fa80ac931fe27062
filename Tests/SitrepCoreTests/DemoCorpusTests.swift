import Foundation
import Testing
@testable import SitrepCore

/// The bundled demo corpus is what a newcomer sees first. These checks read only the files'
/// text (no model), so they hold whatever state the extraction stages are in.
@Suite struct DemoCorpusTests {
    /// File name and decoded text of every demo article.
    private func articles() throws -> [(name: String, text: String)] {
        let urls = DemoCorpus.fileURLs
        return try urls.map { url in
            let data = try Data(contentsOf: url)
            let text = try #require(String(data: data, encoding: .utf8),
                                    "\(url.lastPathComponent) is not valid UTF-8")
            return (url.lastPathComponent, text)
        }
    }

    @Test func folderIsBundled() throws {
        let folder = try #require(DemoCorpus.folderURL, "the Demo resource folder is not bundled")
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory))
        #expect(isDirectory.boolValue)
    }

    @Test func hasEnoughNonEmptyUTF8Articles() throws {
        let all = try articles()
        #expect(all.count >= 12)
        for article in all {
            #expect(!article.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                    "\(article.name) is empty")
        }
    }

    @Test func fileNamesAreLowerCaseAndHyphenated() throws {
        for article in try articles() {
            let stem = article.name.dropLast(".txt".count)
            #expect(stem.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" },
                    "\(article.name)")
        }
    }

    @Test func usesEveryWayOfDatingAFile() throws {
        let all = try articles()
        let headerDated = all.filter { $0.text.split(separator: "\n").prefix(5).contains { $0.hasPrefix("Date: ") } }
        let nameDated = all.filter { Self.leadingISODate(in: $0.name) != nil }
        let datelined = all.filter { article in
            !article.text.hasPrefix("Title:") && Self.leadingISODate(in: article.name) == nil
                && article.text.contains(", 2026 —")
        }
        #expect(!headerDated.isEmpty, "no file has a Date: header")
        #expect(!nameDated.isEmpty, "no file has a date in its name")
        #expect(!datelined.isEmpty, "no file relies on a dateline alone")
        #expect(headerDated.count > all.count / 2, "most files should carry a header block")
    }

    @Test func hasCurlyAndStraightQuotes() throws {
        let text = try articles().map(\.text).joined(separator: "\n")
        #expect(text.contains("\u{201C}") && text.contains("\u{201D}"), "no curly quotes")
        #expect(text.contains("\""), "no straight quotes")
    }

    @Test func spellsOneSpeakerTwoWays() throws {
        let text = try articles().map(\.text).joined(separator: "\n")
        #expect(text.contains("Milica Đorđević"))
        #expect(text.contains("Milica Djordjevic"))
    }

    @Test func curlyQuotesPairUp() throws {
        // Catches a lost closing mark. (The demo's one quote that runs across a paragraph
        // break uses straight marks, so every curly opening mark has its closing one.)
        for article in try articles() {
            let opens = article.text.filter { $0 == "\u{201C}" }.count
            let closes = article.text.filter { $0 == "\u{201D}" }.count
            #expect(opens == closes, "\(article.name): \(opens) opening vs \(closes) closing curly quotes")
        }
    }

    /// `YYYY-MM-DD` at the start of a file name.
    private static func leadingISODate(in name: String) -> DayDate? {
        DayDate(iso: name.prefix(10))
    }
}
