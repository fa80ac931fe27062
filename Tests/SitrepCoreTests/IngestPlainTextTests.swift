import Foundation
import Testing
@testable import SitrepCore

/// `.txt` and `.md`: titles, headers, front matter; the text stays the file's text.
struct IngestPlainTextTests {
    @Test func plainTextWithHeaderKeepsHeaderLinesInText() throws {
        let folder = try ScratchFolder()
        let body = "Title: Ferry service resumes\nDate: 2021-04-12\nSource: Harbour Gazette\nURL: https://example.org/ferry\n\nThe first ferry left the quay at dawn.\n"
        let path = try folder.write("ferry.txt", body)
        let (document, problems) = readOne(path)
        let doc = try #require(document)
        #expect(problems.isEmpty)
        #expect(doc.id == path)
        #expect(doc.title == "Ferry service resumes")
        #expect(doc.text == body)
        #expect(doc.date == day("2021-04-12"))
        #expect(doc.dateSource == .header)
        #expect(doc.source == "Harbour Gazette")
        #expect(doc.url == "https://example.org/ferry")
        #expect(doc.path == path)
    }

    @Test func titleIsFirstNonEmptyLineWhenShort() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("note.txt", "\n\n   Lighthouse keeper retires  \nAfter forty winters on the rock, she left.\n")
        let (document, _) = readOne(path)
        #expect(document?.title == "Lighthouse keeper retires")
    }

    @Test func titleFallsBackToFileStemWhenFirstLineIsLong() throws {
        let folder = try ScratchFolder()
        let long = String(repeating: "The council debated the tram timetable again. ", count: 4)
        let path = try folder.write("tram-debate.txt", long + "\n")
        let (document, _) = readOne(path)
        #expect(document?.title == "tram-debate")
    }

    @Test func titleAfterHeaderBlockSkipsHeaderLines() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("x.txt", "Date: 2020-01-05\n\nSnow closes mountain pass\nThe road stayed shut.\n")
        let (document, _) = readOne(path)
        #expect(document?.title == "Snow closes mountain pass")
    }

    @Test func markdownFrontMatterGivesTitleAndDateAndStaysInText() throws {
        let folder = try ScratchFolder()
        let body = "---\ntitle: \"Quay works finish early\"\ndate: 2020-02-03\nauthor: Desk\n---\n# A different heading\n\nCranes were removed on Monday.\n"
        let path = try folder.write("quay.md", body)
        let (document, problems) = readOne(path)
        let doc = try #require(document)
        #expect(problems.isEmpty)
        #expect(doc.title == "Quay works finish early")
        #expect(doc.date == day("2020-02-03"))
        #expect(doc.dateSource == .header)
        #expect(doc.text == body)
    }

    @Test func markdownTitleFromFirstHashHeading() throws {
        let folder = try ScratchFolder()
        let long = String(repeating: "An opening paragraph that runs on and on without a break. ", count: 3)
        let path = try folder.write("m.markdown", long + "\n\n```\n# not a heading\n```\n# Orchard harvest doubles #\n\nApples everywhere.\n")
        let (document, _) = readOne(path)
        #expect(document?.title == "Orchard harvest doubles")
    }

    @Test func unknownExtensionGivenExplicitlyIsPlainText() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("wire.log", "Bridge inspection passed\nEngineers signed off.\n")
        let (document, problems) = readOne(path)
        #expect(problems.isEmpty)
        #expect(document?.title == "Bridge inspection passed")
        #expect(document?.text == "Bridge inspection passed\nEngineers signed off.\n")
    }

    @Test func unrecognisedHeaderKeysAreNotAHeader() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("p.txt", "Warning: prose that happens to have a colon\nNothing else.\n")
        let (document, _) = readOne(path)
        #expect(document?.title == "Warning: prose that happens to have a colon")
    }

    @Test func unreadableHeaderDateIsAWarningAndOtherSourcesAreUsed() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("memo-2019-06-30.txt", "Date: the day after\n\nBody text.\n")
        let (document, problems) = readOne(path)
        #expect(document?.dateSource == .filename)
        #expect(document?.date == day("2019-06-30"))
        #expect(problems.count == 1)
        #expect(problems.first?.recovered == true)
        #expect(problems.first?.reason.contains("\"the day after\" not understood") == true)
    }
}
