import Testing
@testable import SitrepUI

/// Display width per grapheme, from Sitrep's own tables.
@Suite("Display width")
struct WidthTests {
    @Test(arguments: [
        ("Cyrillic", "Д", 1),
        ("Latin", "a", 1),
        ("CJK ideograph", "洪", 2),
        ("Hiragana", "で", 2),
        ("Hangul syllable", "한", 2),
        ("fullwidth A", "Ａ", 2),
        ("emoji", "🚣", 2),
        ("emoji with skin tone", "👍🏽", 2),
        ("ZWJ family", "👨‍👩‍👧", 2),
        ("flag", "🇳🇱", 2),
        ("heart with VS16", "❤️", 2),
        ("heart without VS16", "❤", 1),
        ("keycap", "1️⃣", 2),
        ("rainbow flag", "🏳️‍🌈", 2),
        ("e + combining acute", "e\u{301}", 1),
        ("precomposed é", "é", 1),
        ("Thai with tone mark", "ก่", 1),
        ("box drawing", "─", 1),
    ])
    func graphemeWidth(name: String, text: String, expected: Int) {
        #expect(text.count == 1, "\(name) is one grapheme")
        #expect(text.displayWidth == expected, "\(name)")
    }

    @Test func stringWidthAddsUpGraphemes() {
        #expect("Мэр обещает".displayWidth == 11)
        #expect("洪水で鉄道".displayWidth == 10)
        #expect("Volunteers 🚣 ferry 👨‍👩‍👧 🇳🇱".displayWidth == 25)
        #expect("Saint-E\u{301}tienne".displayWidth == 13)
    }

    @Test func wideGraphemesTakeACellAndAContinuation() {
        var grid = Grid(columns: 6, rows: 1)
        let used = grid.put("a洪b", column: 0, row: 0, style: .plain)
        #expect(used == 4)
        #expect(grid[1, 0].grapheme == "洪" && grid[1, 0].width == 2)
        #expect(grid[2, 0].isContinuation)
        #expect(grid[3, 0].grapheme == "b")
    }

    @Test func aCombiningMarkStaysInItsCell() {
        var grid = Grid(columns: 4, rows: 1)
        #expect(grid.put("e\u{301}x", column: 0, row: 0, style: .plain) == 2)
        #expect(grid[0, 0].grapheme == "e\u{301}")
        #expect(grid[1, 0].grapheme == "x")
    }

    @Test func aWideCharacterAtTheLastColumnBecomesASpace() {
        var grid = Grid(columns: 5, rows: 1)
        let used = grid.put("abcd洪", column: 0, row: 0, style: .plain)
        #expect(used == 5)
        #expect(grid.textLines()[0] == "abcd ")
        #expect(!grid[4, 0].isContinuation && grid[4, 0].width == 1)
        var limited = Grid(columns: 10, rows: 1)
        #expect(limited.put("a🇳🇱b", column: 0, row: 0, style: .plain, maxColumns: 2) == 2)
        #expect(limited.textLines()[0].hasPrefix("a "))
    }

    @Test func overwritingHalfAWideCharacterRepairsTheOtherHalf() {
        var grid = Grid(columns: 4, rows: 1)
        grid.put("洪水", column: 0, row: 0, style: .plain)
        grid.put("x", column: 1, row: 0, style: .plain)
        #expect(grid.textLines()[0] == " x水")
        grid.put("y", column: 2, row: 0, style: .plain)
        #expect(grid.textLines()[0] == " xy ")
        for column in 0..<4 { #expect(!grid[column, 0].isContinuation) }
    }

    @Test func writesOutsideTheGridAreIgnored() {
        var grid = Grid(columns: 3, rows: 1)
        #expect(grid.put("abc", column: 3, row: 0, style: .plain) == 0)
        #expect(grid.put("abc", column: 0, row: 1, style: .plain) == 0)
        #expect(grid.put("abc", column: -1, row: 0, style: .plain) == 0)
        #expect(grid.put("abcdef", column: 1, row: 0, style: .plain) == 2)
    }
}
