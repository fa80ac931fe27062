import Testing
@testable import SitrepUI

/// `--ascii` and locales without UTF-8: every glyph the UI draws has a one-column ASCII stand-in,
/// and a frame keeps its columns.
@Suite("ASCII fallback")
struct ASCIITests {
    func ascii(_ text: String) -> String {
        text.map { ASCIIFallback.character(for: String($0)) }.joined()
    }

    @Test func boxesBarsAndArrows() {
        #expect(ascii("┌─┐│└┘┏━┓┃┗┛╔═╗║╚╝") == "+-+|+++-+|+++=+|++")
        #expect(ascii("███▊▍▏") == "####=-")
        #expect(ascii("▁▂▃▄▅▆▇█") == "__.--=##")
        #expect(ascii("↑↓‹›▸▾•◆×…·") == "^v<>+-o@x~-")
    }

    @Test func lettersKeepTheirBaseAndOtherScriptsBecomeQuestionMarks() {
        #expect(ascii("Đorđević, Călărași, Mohács, Łódź, Øresund") == "Dordevic, Calarasi, Mohacs, Lodz, Oresund")
        #expect(ascii("“quoted” — ‘fine’") == "\"quoted\" - 'fine'")
        #expect(ascii("Київ 東京") == "???? ??")
        #expect(ascii("plain ASCII stays ~!") == "plain ASCII stays ~!")
    }

    @Test func wideGraphemesKeepTheirTwoColumns() {
        var grid = Grid(columns: 8, rows: 1)
        grid.put("a東b🚣", column: 0, row: 0, style: .plain)
        let plain = grid.asciiOnly()
        #expect(plain.textLines() == ["a??b??  "])
        #expect(plain.cells.allSatisfy { $0.width == 1 && $0.grapheme.unicodeScalars.allSatisfy(\.isASCII) })
    }
}
