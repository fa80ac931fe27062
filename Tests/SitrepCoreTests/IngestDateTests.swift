import Foundation
import Testing
@testable import SitrepCore

/// Each date source and the order of trust between them.
struct IngestDateTests {
    @Test(arguments: ["2023-09-29", "September 29, 2023", "29 September 2023", "Sept. 29, 2023",
                      "2023-09-29T10:00:00Z", "Sep 29 2023", "SEPT. 29, 2023", "Friday, 29th September 2023",
                      "29-Sep-2023", "2023/09/29", "the 29th of September, 2023"])
    func headerDateForms(value: String) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("h.txt", "Published: \(value)\n\nBody.\n")
        let (document, problems) = readOne(path)
        #expect(problems.isEmpty)
        #expect(document?.date == day("2023-09-29"))
        #expect(document?.dateSource == .header)
    }

    @Test(arguments: ["DATE", "Dateline", "publication date", "Posted"])
    func headerKeysAreCaseInsensitive(key: String) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("k.txt", "\(key): LISBON, 3 March 2016\n\nBody.\n")
        let (document, _) = readOne(path)
        #expect(document?.date == day("2016-03-03"))
        #expect(document?.dateSource == .header)
    }

    @Test(arguments: [("seed-2023-09-29.txt", "2023-09-29"), ("report_2021_07_04.md", "2021-07-04"),
                      ("20210704-brief.txt", "2021-07-04"), ("x-1999-12-31-final.html", "1999-12-31")])
    func fileNameDate(name: String, expected: String) throws {
        let folder = try ScratchFolder()
        let path = try folder.write(name, "Plain body without dates.\n")
        let (document, _) = readOne(path)
        #expect(document?.date == day(expected))
        #expect(document?.dateSource == .filename)
    }

    @Test(arguments: ["scan-3021-01-01.txt", "v2023-13-01.txt", "123456789.txt", "2023-02-30.txt"])
    func implausibleFileNameDatesAreIgnored(name: String) throws {
        let folder = try ScratchFolder()
        let path = try folder.write(name, "Body.\n")
        let (document, _) = readOne(path, options: IngestOptions(fallbackDate: day("2000-01-01")))
        #expect(document?.dateSource == .option)
    }

    @Test(arguments: ["OSLO, Sept. 29, 2023 -- The fjord froze early.", "Oslo (Wire) 29 Sep 2023: fjord frozen.",
                      "Title line\n\nBy a staff writer, September 29th, 2023"])
    func textDateline(text: String) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("story.txt", text + "\nMore paragraphs follow.\n")
        let (document, _) = readOne(path)
        #expect(document?.date == day("2023-09-29"))
        #expect(document?.dateSource == .text)
    }

    @Test func datelineIsOnlyLookedForNearTheTop() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("late.txt", "One.\nTwo.\nThree.\nOn September 29, 2023 it rained.\n")
        let (document, _) = readOne(path, options: IngestOptions(fallbackDate: day("2001-02-03")))
        #expect(document?.dateSource == .option)
        #expect(document?.date == day("2001-02-03"))
    }

    @Test func dateWithoutDayOrYearIsNotADateline() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("vague.txt", "In September 2023 the mayor spoke. On May 4 she left. Mayor 12, 2020 no.\n")
        let (document, _) = readOne(path, options: IngestOptions(fallbackDate: day("2001-02-03")))
        #expect(document?.dateSource == .option)
    }

    @Test func modificationTimeWhenNothingElse() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("undated.txt", "No date anywhere.\n")
        let moment = Date(timeIntervalSince1970: 1_614_859_200)  // 2021-03-04 12:00 UTC
        try folder.touch(path, modified: moment)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day], from: moment)
        let (document, _) = readOne(path)
        #expect(document?.dateSource == .mtime)
        #expect(document?.date == DayDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0))
    }

    @Test func jsonWithoutDateHasNoneAndNoMtime() {
        let result = Ingest.readJSONLines(Data(#"{"text": "Nothing dated."}"#.utf8), origin: "-", options: IngestOptions())
        #expect(result.documents.first?.date == nil)
        #expect(result.documents.first?.dateSource == DateSource.none)
    }

    @Test func optionDateForJSONWithoutDate() {
        let result = Ingest.readJSONLines(Data(#"{"text": "Nothing dated."}"#.utf8), origin: "-",
                                          options: IngestOptions(fallbackDate: day("2010-10-10")))
        #expect(result.documents.first?.date == day("2010-10-10"))
        #expect(result.documents.first?.dateSource == .option)
    }

    // MARK: precedence

    @Test func headerBeatsFileNameAndDateline() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("a-2002-02-02.txt", "Date: 2001-01-01\nROME, March 3, 2003 -- text.\n")
        let (document, _) = readOne(path)
        #expect(document?.date == day("2001-01-01"))
        #expect(document?.dateSource == .header)
    }

    @Test func fileNameBeatsDatelineAndOption() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("a-2002-02-02.txt", "ROME, March 3, 2003 -- text.\n")
        let (document, _) = readOne(path, options: IngestOptions(fallbackDate: day("2004-04-04")))
        #expect(document?.date == day("2002-02-02"))
        #expect(document?.dateSource == .filename)
    }

    @Test func datelineBeatsOptionAndOptionBeatsMtime() throws {
        let folder = try ScratchFolder()
        let dated = try folder.write("a.txt", "ROME, March 3, 2003 -- text.\n")
        let undated = try folder.write("b.txt", "Text.\n")
        let result = Ingest.read(paths: [dated, undated], options: IngestOptions(fallbackDate: day("2004-04-04")))
        #expect(result.documents.map(\.dateSource) == [.text, .option])
        #expect(result.documents.map(\.date) == [day("2003-03-03"), day("2004-04-04")])
    }

    @Test func jsonInputDateBeatsHeaderAndDatelineInItsText() {
        let line = #"{"text": "Date: 2001-01-01\nROME, March 3, 2003 -- x", "date": "2005-05-05"}"#
        let withDate = Ingest.readJSONLines(Data(line.utf8), origin: "-", options: IngestOptions())
        #expect(withDate.documents.first?.date == day("2005-05-05"))
        #expect(withDate.documents.first?.dateSource == .input)

        let withoutDate = #"{"text": "Date: 2001-01-01\nROME, March 3, 2003 -- x"}"#
        let header = Ingest.readJSONLines(Data(withoutDate.utf8), origin: "-", options: IngestOptions())
        #expect(header.documents.first?.date == day("2001-01-01"))
        #expect(header.documents.first?.dateSource == .header)
    }

    @Test func scannerRejectsInvalidDaysAndLetterGluedMonths() {
        #expect(DateScanner.firstDate(in: "February 30, 2023") == nil)
        #expect(DateScanner.firstDate(in: "dismay 29, 2023") == nil)
        #expect(DateScanner.firstDate(in: "2023-09-299") == nil)
        #expect(DateScanner.firstDate(in: "12023-09-29") == nil)
        #expect(DateScanner.firstDate(in: "Feb 29, 2024") == day("2024-02-29"))
        #expect(DateScanner.fileNameDate("x20231301.txt") == nil)
    }
}
