@testable import SitrepCore
import Testing
@testable import SitrepUI

/// Scalar offsets (the model's unit) mapped onto wrapped lines and cells: a highlight covers
/// whole graphemes, lines up with wide characters and survives wrapping.
@Suite("Reader: offsets, wrapping and highlights")
struct HighlightTests {
    /// Scalar offset of the first occurrence of `needle` in `text`.
    func offset(of needle: String, in text: String) -> Int {
        let range = text.range(of: needle)!
        return text.unicodeScalars[text.startIndex..<range.lowerBound].count
    }

    @Test func placedGraphemesMatchTheSanitizerAndCountScalars() {
        let samples = ["plain text", "e\u{301}te\u{301}", "洪水で鉄道", "👨‍👩‍👧 and 🇳🇱", "\u{301}lone",
                       "a\u{200B}b\u{1B}[2J", "Мэр\tобещает", "x\u{202E}y", "\r\nz"]
        for sample in samples {
            let placed = Sanitizer.placedGraphemes(of: sample)
            #expect(placed.map(\.grapheme) == Sanitizer.graphemes(of: sample), "\(sample)")
            // Ranges are in order, never overlap, and stay inside the text.
            var previousEnd = 0
            for grapheme in placed {
                #expect(grapheme.scalars.lowerBound >= previousEnd)
                previousEnd = grapheme.scalars.upperBound
            }
            #expect(previousEnd <= sample.unicodeScalars.count)
        }
        let combining = Sanitizer.placedGraphemes(of: "cafe\u{301} ok")
        #expect(combining.map(\.grapheme.text) == ["c", "a", "f", "e\u{301}", " ", "o", "k"])
        #expect(combining[3].scalars == 3..<5, "the accent belongs to its letter's grapheme")
        #expect(combining[4].scalars == 5..<6)
        let flag = Sanitizer.placedGraphemes(of: "a🇳🇱b")
        #expect(flag.map(\.scalars) == [0..<1, 1..<3, 3..<4])
        let dropped = Sanitizer.placedGraphemes(of: "a\u{200B}b")
        #expect(dropped.map(\.scalars) == [0..<1, 2..<3], "a dropped format character maps to nothing")
    }

    @Test func wrappedLinesKeepTheirOffsets() {
        let text = "Мэр Арвеля said 甲府 is far.\n\nSecond paragraph here."
        let lines = DisplayText.placedLines(text, toColumns: 12)
        let shown = lines.map { DisplayText.join($0.map(\.grapheme)) }
        #expect(shown == ["Мэр Арвеля", "said 甲府 is", "far.", "", "Second", "paragraph", "here."])
        #expect(shown == DisplayText.wrap(text, toColumns: 12), "the same wrap as the plain one")
        let scalars = Array(text.unicodeScalars)
        for line in lines {
            for grapheme in line {
                let source = String(String.UnicodeScalarView(scalars[grapheme.scalars]))
                #expect(source == grapheme.grapheme.text, "offsets point at the grapheme's own text")
            }
        }
        #expect(lines[4].first?.scalars.lowerBound == offset(of: "Second", in: text))
    }

    @Test func lineIndexFindsTheLineOfAnOffset() {
        let document = Document(id: "d", title: "T", text: "alpha beta gamma delta\nepsilon",
                                date: nil, dateSource: .none)
        let lines = ReaderOverlay.lines(for: document, width: 11)
        let body = lines.firstIndex { $0.role == .body && $0.scalars != nil }!
        #expect(lines[body].text == "alpha beta")
        #expect(ReaderOverlay.lineIndex(containing: 0, in: lines) == body)
        #expect(ReaderOverlay.lineIndex(containing: 6, in: lines) == body)
        #expect(ReaderOverlay.lineIndex(containing: 10, in: lines) == body + 1,
                "the space dropped at a line end belongs to the next line")
        #expect(ReaderOverlay.lineIndex(containing: 11, in: lines) == body + 1)
        #expect(ReaderOverlay.lineIndex(containing: 23, in: lines) == body + 2)
        #expect(ReaderOverlay.lineIndex(containing: 99, in: lines) == nil)
    }

    /// Draws `text` in the reader with the event sentence `sentence` and its date words
    /// `timex`, and returns the frame with the text area's rows.
    func drawReader(text: String, sentence: String, timex: String, columns: Int = 60, rows: Int = 16)
        -> (grid: Grid, state: ViewState) {
        let start = offset(of: sentence, in: text)
        let timexStart = offset(of: timex, in: text)
        let source = EventSource(documentID: "d", span: TextSpan(start: start, end: start + sentence.unicodeScalars.count),
                                 timexSpan: TextSpan(start: timexStart, end: timexStart + timex.unicodeScalars.count))
        let document = Document(id: "d", title: "Highlight test", text: text, date: Fixtures.day("2026-03-10"),
                                dateSource: .header)
        let entry = TimelineEntry(date: StoryFixtures.day("2026-03-10"), summary: sentence, actor: nil,
                                  sources: [source], isAnnounced: false)
        var theme = Theme.fallback
        theme[.highlight] = Self.sentenceStyle
        theme[.highlightStrong] = Self.timexStyle
        var state = ViewState(corpus: Corpus(extractions: [DocumentExtraction(document: document)]),
                              columns: columns, rows: rows, theme: theme)
        state.openReader(on: entry)
        return (Dashboard.render(state), state)
    }

    static let sentenceStyle = CellStyle(foreground: .indexed(2), underline: true)
    static let timexStyle = CellStyle(foreground: .indexed(1), bold: true)

    /// The text of the cells in `style`, row by row, continuation cells skipped.
    func cells(in grid: Grid, style: CellStyle) -> String {
        (0..<grid.rows).map { row in
            grid.row(row).filter { $0.style == style && !$0.isContinuation }.map(\.grapheme).joined()
        }.filter { !$0.isEmpty }.joined(separator: "|")
    }

    @Test func theHighlightCoversWholeGraphemesAcrossWideAndCombiningCharacters() {
        let text = "Before it. Мэр said 洪水 reached cafe\u{301} 👨‍👩‍👧 on Tuesday, at dusk. After it."
        let (grid, _) = drawReader(text: text, sentence: "Мэр said 洪水 reached cafe\u{301} 👨‍👩‍👧 on Tuesday, at dusk.",
                                   timex: "on Tuesday", columns: 120, rows: 20)
        let strong = cells(in: grid, style: Self.timexStyle)
        let sentence = cells(in: grid, style: Self.sentenceStyle)
        #expect(strong == "on Tuesday")
        #expect(sentence == "Мэр said 洪水 reached cafe\u{301} 👨‍👩‍👧 , at dusk.")
        // Every wide grapheme's continuation cell has its head's style.
        for row in 0..<grid.rows {
            for column in 1..<grid.columns where grid[column, row].isContinuation {
                #expect(grid[column, row].style == grid[column - 1, row].style)
                #expect(grid[column - 1, row].width == 2)
            }
        }
    }

    @Test func aSpanStartingInsideAGraphemeTakesTheWholeGrapheme() {
        // The span starts on the combining accent: the whole "é" is highlighted, not half.
        let text = "cafe\u{301} noir on Monday"
        let start = 4 // the U+0301
        let source = EventSource(documentID: "d", span: TextSpan(start: start, end: text.unicodeScalars.count),
                                 timexSpan: TextSpan(start: 11, end: 20))
        let placed = Sanitizer.placedGraphemes(of: text)
        let highlighted = placed.filter { $0.overlaps(start: source.span.start, end: source.span.end) }
        #expect(highlighted.first?.grapheme.text == "e\u{301}")
        #expect(DisplayText.join(placed.filter { $0.overlaps(start: 11, end: 20) }.map(\.grapheme)) == "on Monday")
    }

    @Test func aWrappedSentenceIsHighlightedOnEveryLine() {
        let text = String(repeating: "Filler words here. ", count: 12)
            + "The long sentence that says 甲府 signed on Friday runs across several lines of the box. End."
        let (grid, state) = drawReader(text: text, sentence: "The long sentence that says 甲府 signed on Friday runs across several lines of the box.",
                                       timex: "on Friday", columns: 40, rows: 12)
        let underlined = (0..<grid.rows).filter { row in grid.row(row).contains { $0.style == Self.sentenceStyle } }
        #expect(underlined.count >= 3, "the sentence spans lines and each shows the highlight")
        #expect(cells(in: grid, style: Self.timexStyle) == "on Friday")
        #expect((state.reader?.scroll ?? 0) > 0, "scrolled down to the sentence")
    }

    @Test func resizingKeepsTheTopLineAnchored() {
        let text = (1...600).map { "Sentence number \($0) is here." }.joined(separator: " ")
        var (_, state) = drawReader(text: text, sentence: "Sentence number 300 is here.", timex: "300",
                                    columns: 60, rows: 16)
        let before = state.reader!
        let topOffset = before.lines[before.scroll].scalars!.lowerBound
        state = Dashboard.update(state, .resize(columns: 100, rows: 30))
        let after = state.reader!
        let line = after.lines[after.scroll]
        #expect(line.scalars!.contains(topOffset) || line.scalars!.lowerBound == topOffset)
    }

    @Test func resizingOnABlankLineKeepsTheTextBelowIt() throws {
        let text = (1...300).map { "Sentence number \($0) is here." }.joined(separator: " ")
            + "\n\n" + (1...300).map { "Later sentence \($0) is here." }.joined(separator: " ")
        var (_, state) = drawReader(text: text, sentence: "Later sentence 2 is here.", timex: "2",
                                    columns: 60, rows: 16)
        var reader = try #require(state.reader)
        let blank = try #require(reader.lines.indices.first { index in
            index > 5 && reader.lines[index].role == .body && reader.lines[index].text.isEmpty
        })
        reader.scroll = blank
        state.reader = reader
        state = Dashboard.update(state, .resize(columns: 100, rows: 30))
        let after = try #require(state.reader)
        #expect(after.lines[after.scroll].text.isEmpty, "still on the blank line")
        #expect(after.lines[after.scroll + 1].text.hasPrefix("Later sentence 1 is here."))
    }
}
