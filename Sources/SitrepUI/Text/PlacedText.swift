/// Something the word wrapper can lay out: it takes columns and may be a break point.
protocol WrapUnit {
    var width: Int { get }
    var isSpace: Bool { get }
}

extension SafeGrapheme: WrapUnit {
    var isSpace: Bool { text == " " }
}

/// A grapheme as it will be drawn, and the Unicode scalars of the source text it stands for
/// (`start..<end`, the offsets the model reports in). A zero-width mark merged into the
/// grapheme before it widens that grapheme's range; a dropped format character belongs to no
/// grapheme. So a span of scalar offsets always maps onto whole graphemes, never half of one.
struct PlacedGrapheme: Hashable, Sendable, WrapUnit {
    var grapheme: SafeGrapheme
    var scalars: Range<Int>

    var width: Int { grapheme.width }
    var isSpace: Bool { grapheme.isSpace }

    /// True when any scalar of this grapheme lies in `start..<end`.
    func overlaps(start: Int, end: Int) -> Bool {
        scalars.lowerBound < end && start < scalars.upperBound
    }
}

extension Sanitizer {
    /// `graphemes(of:whitespace:)` with each grapheme's scalar offsets, counted from `base`.
    /// Same rules, same output graphemes: only the offsets are added.
    static func placedGraphemes(of text: some StringProtocol, startingAt base: Int = 0,
                                whitespace: WhitespacePolicy = .space) -> [PlacedGrapheme] {
        var result: [PlacedGrapheme] = []
        var offset = base
        for character in text {
            let start = offset
            offset += character.unicodeScalars.count
            guard let safe = safe(character, whitespace: whitespace) else { continue }
            if safe.width == 0 {
                if let last = result.indices.last {
                    result[last].grapheme.text += safe.text
                    result[last].scalars = result[last].scalars.lowerBound..<offset
                } else {
                    result.append(PlacedGrapheme(
                        grapheme: SafeGrapheme(text: dottedCircle + safe.text, width: 1),
                        scalars: start..<offset))
                }
            } else {
                result.append(PlacedGrapheme(grapheme: safe, scalars: start..<offset))
            }
        }
        return result
    }
}

extension DisplayText {
    /// `wrap(_:toColumns:)` keeping where every grapheme came from: the lines of a document's
    /// text with scalar offsets into it, for highlighting a span in the reader.
    static func placedLines(_ text: String, toColumns columns: Int) -> [[PlacedGrapheme]] {
        guard columns > 0 else { return [] }
        var lines: [[PlacedGrapheme]] = []
        var offset = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let graphemes = Sanitizer.placedGraphemes(of: paragraph, startingAt: offset)
            lines += wrapUnits(graphemes, toColumns: columns)
            offset += paragraph.unicodeScalars.count + 1 // the LF
        }
        return lines
    }

    /// Greedy word wrap of measured units into lines of at most `columns` columns. Runs of
    /// spaces are break points and are dropped at the end of a line; a word longer than a line
    /// is broken by column. Always at least one (possibly empty) line.
    static func wrapUnits<Unit: WrapUnit>(_ units: [Unit], toColumns columns: Int) -> [[Unit]] {
        var lines: [[Unit]] = []
        var line: [Unit] = []
        var lineWidth = 0
        func finish() {
            let end = line.lastIndex { !$0.isSpace }.map { $0 + 1 } ?? 0
            lines.append(Array(line[..<end]))
            line = []
            lineWidth = 0
        }
        for word in words(units) {
            let wordWidth = word.reduce(0) { $0 + $1.width }
            if lineWidth + wordWidth <= columns {
                line += word
                lineWidth += wordWidth
                continue
            }
            if word.first?.isSpace == true { // a break point: the spaces that do not fit go
                if !line.isEmpty { finish() }
                continue
            }
            if !line.isEmpty && wordWidth <= columns {
                finish()
                line = word
                lineWidth = wordWidth
                continue
            }
            for unit in word { // longer than a whole line: break it by column
                if lineWidth + unit.width > columns { finish() }
                line.append(unit)
                lineWidth += unit.width
            }
        }
        finish()
        return lines
    }

    /// Runs of spaces and runs of everything else, in order.
    private static func words<Unit: WrapUnit>(_ units: [Unit]) -> [[Unit]] {
        var words: [[Unit]] = []
        var current: [Unit] = []
        for unit in units {
            if let last = current.last, unit.isSpace != last.isSpace {
                words.append(current)
                current = []
            }
            current.append(unit)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
