import SitrepCore
import Testing
@testable import SitrepUI

/// The Quotes pane (speakers, their quotes, the speaker filter, the reader at a quote) and the
/// Regions pane (the place tree, opening and closing, the place filter).
@Suite("Quotes and Regions panes")
struct PanesTests {
    func frame(_ state: ViewState) -> String { Snapshot.text(of: Dashboard.render(state)) }

    func send(_ state: ViewState, _ keys: Key...) -> ViewState {
        keys.reduce(state) { Dashboard.update($0, .key($1)) }
    }

    /// The speakers, in the order the pane lists them (its headings).
    func speakers(_ state: ViewState) -> [String] {
        state.contents.quotes.rows.filter { $0.kind == .header }.map(\.text)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func quotesPane(columns: Int, rows: Int) {
        Snapshot.assertMatches(frame(PanesFixtures.state(columns: columns, rows: rows)),
                               named: "quotes-\(columns)x\(rows)")
    }

    /// The tree beside the map (120x40, 160x50), the tree alone (80x24), the map below the
    /// tree in a tall pane (50x36, one pane at a time).
    @Test(arguments: [(80, 24), (120, 40), (160, 50), (50, 36)])
    func regionsPane(columns: Int, rows: Int) {
        let state = send(PanesFixtures.state(columns: columns, rows: rows, focus: .regions), .right)
        Snapshot.assertMatches(frame(state), named: "regions-\(columns)x\(rows)")
    }

    /// `--ascii`: the map as a dot grid with `o`/digit markers and `@` for the selection, the
    /// rest of the frame in plain ASCII too.
    @Test(arguments: [(120, 40), (50, 36)])
    func regionsPaneInASCII(columns: Int, rows: Int) {
        var state = send(PanesFixtures.state(columns: columns, rows: rows, focus: .regions), .right, .down)
        state.asciiOnly = true
        let text = frame(state)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("@ Vojvodina"), "the legend names the selected place")
        Snapshot.assertMatches(text, named: "regions-\(columns)x\(rows)-ascii")
    }

    /// Moving the selection moves the map: a country's own area, then the overview when the
    /// selection is a place no point stands for.
    @Test func theMapFollowsTheSelection() {
        let serbia = send(PanesFixtures.state(columns: 120, rows: 40, focus: .regions), .right)
        let hungary = send(serbia, .down, .down, .down)
        #expect(frame(serbia).contains("\u{25C6} Serbia") && frame(hungary).contains("\u{25C6} Hungary"))
        #expect(mapRows(serbia) != mapRows(hungary))
    }

    /// The map's cells of a frame (the right half of the Regions pane at 120x40).
    func mapRows(_ state: ViewState) -> [String] {
        let area = Layout.mapArea(in: state.layout.frame(of: .regions))
        let grid = Dashboard.render(state)
        return (area.y..<area.maxY).map { row in
            (area.x..<area.maxX).map { grid[$0, row].grapheme }.joined()
        }
    }

    @Test func speakersAreMergedAndSortedByCount() {
        let names = speakers(PanesFixtures.state())
        #expect(names.first == "Jelena Marković", "merged across two documents: \(names)")
        #expect(names.filter { $0.hasPrefix("Jelena") }.count == 1)
        let first = PanesFixtures.state().contents.quotes.rows.first
        #expect(first?.trailing == "3 quotes")
    }

    @Test func speakerFilterMatchesLettersInOrderIgnoringCaseAndAccents() {
        var state = send(PanesFixtures.state(focus: .timeline), .character("/"))
        #expect(state.focus == .quotes && state.prompt?.kind == .filterSpeakers)
        for letter in "pkvc" { state = send(state, .character(letter)) }
        #expect(speakers(state) == ["Péter Kovács"])
        #expect(state.contents.quotes.rows.first?.marks == [0, 6, 8, 10])
        state = send(state, .enter)
        #expect(state.prompt == nil && state.speakerFilter == "pkvc")
        state = send(state, .escape)
        #expect(state.speakerFilter.isEmpty && speakers(state).count > 1)
        #expect(FuzzyMatch.positions(of: "MRKOVIC", in: "Jelena Marković") != nil)
        #expect(FuzzyMatch.positions(of: "xyz", in: "Jelena Marković") == nil)
    }

    /// Printable-ASCII names are matched byte by byte: the same positions as folding each letter.
    @Test func theASCIIMatchAgreesWithFoldingEachLetter() {
        let names = ["Anna Berg", "ANNA BERG", "Ministry of Defence", "O'Neill", "van der Berg", "Jelena Marković", ""]
        let queries = ["berg", "B E R G", "mod", "o'n", "ANB", "vdb", "mko", "zz", "a"]
        for name in names {
            for query in queries {
                let folded = Array(FuzzyMatch.fold(query).filter { !$0.isWhitespace })
                var expected: [Int] = []
                var next = 0
                for (index, grapheme) in Sanitizer.graphemes(of: name).enumerated() where next < folded.count {
                    if FuzzyMatch.fold(grapheme.text) == String(folded[next]) { expected.append(index); next += 1 }
                }
                #expect(FuzzyMatch.positions(of: query, in: name) == (next == folded.count ? expected : nil), "\(query) in \(name)")
            }
        }
    }

    @Test func snapshotOfTheSpeakerFilter() {
        let state = send(PanesFixtures.state(), .character("s"), .character("m"), .character("r"))
        Snapshot.assertMatches(frame(state), named: "quotes-80x24-filter-prompt")
        Snapshot.assertMatches(Snapshot.styleText(of: Dashboard.render(state), theme: state.theme), named: "quotes-80x24-filter-prompt.style")
    }

    @Test func enterOnAQuoteOpensTheReaderAtTheQuoteWithItsAttribution() throws {
        let state = send(PanesFixtures.state(), .enter)
        let reader = try #require(state.reader)
        let document = try #require(state.readerDocument)
        let quote = try #require(PanesFixtures.corpus.extractions.first { $0.document.id == document.id }?
            .quotes.first { $0.span == reader.quoteSpan })
        #expect(reader.mentionSpan == quote.mentionSpan && reader.mentionSpan != nil)
        Snapshot.assertMatches(frame(state), named: "reader-80x24-quote")
    }

    @Test func theReaderHighlightsTheQuoteAndItsAttribution() throws {
        var state = PanesFixtures.state()
        let quoteStyle = CellStyle(foreground: .indexed(2), underline: true)
        let mentionStyle = CellStyle(foreground: .indexed(1), bold: true)
        state.theme[.highlight] = quoteStyle
        state.theme[.highlightStrong] = mentionStyle
        state = send(state, .character("j"), .enter) // "Crews are working through the night," Marković said.
        let grid = Dashboard.render(state)
        func cells(_ style: CellStyle) -> String {
            (0..<grid.rows).map { row in
                grid.row(row).filter { $0.style == style && !$0.isContinuation }.map(\.grapheme).joined()
            }.filter { !$0.isEmpty }.joined(separator: "|")
        }
        #expect(cells(quoteStyle) == "Crews are working through the night,")
        #expect(cells(mentionStyle) == "Marković")
    }

    @Test func regionsOpenCloseAndFilter() {
        var state = PanesFixtures.state(focus: .regions)
        let closed = state.contents.regions.itemCount
        state = send(state, .right)
        #expect(state.contents.regions.itemCount > closed)
        state = send(state, .character("-"))
        #expect(state.contents.regions.itemCount == closed)
        state = send(state, .character(" "))
        #expect(state.contents.regions.itemCount > closed)
        state = send(state, .left)
        #expect(state.contents.regions.itemCount == closed)

        let allEvents = state.contents.timeline.itemCount
        let allQuotes = state.contents.quotes.itemCount
        state = send(state, .enter)
        let filter = state.placeFilter
        #expect(filter != nil)
        #expect(state.contents.timeline.itemCount <= allEvents)
        #expect(state.contents.quotes.itemCount <= allQuotes)
        #expect(frame(state).contains("place: " + (filter?.name ?? "?")))
        state = send(state, .escape)
        #expect(state.placeFilter == nil && state.contents.quotes.itemCount == allQuotes)
    }

    @Test func placeFilterOnAPlaceOnlyOneArticleNames() throws {
        var state = send(PanesFixtures.state(focus: .regions), .right)
        let rows = state.contents.regions
        let item = try #require((0..<rows.itemCount).first {
            rows.rows[rows.itemRows[$0].lowerBound].text.hasSuffix("Hungary")
        })
        state.regions.selection = item
        state = send(state, .enter)
        let filter = try #require(state.placeFilter)
        #expect(filter.name == "Hungary")
        #expect(state.contents.quotes.itemCount > 0)
        for item in 0..<state.contents.quotes.itemCount {
            guard case let .quote(document, _)? = state.contents.quotes.target(ofItem: item) else { continue }
            #expect(filter.documents.contains(state.documents[document].id))
        }
        Snapshot.assertMatches(frame(state), named: "regions-80x24-place-filter")
    }
}
