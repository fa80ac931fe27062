import Foundation

/// Title and date clues read from a document's text and file name, and the order of trust
/// in which the date sources are taken.
enum DocumentClues {
    /// A first line longer than this (in Unicode scalars) is prose, not a title.
    static let maxTitleLine = 100
    /// How far into the body a dateline is looked for.
    static let datelineLines = 3
    static let datelineScalars = 400

    /// The first source that has a date, else `(nil, .none)`.
    static func firstDated(_ candidates: [(DateSource, DayDate?)]) -> (DayDate?, DateSource) {
        for (source, date) in candidates {
            if let date { return (date, source) }
        }
        return (nil, .none)
    }

    /// The first non-empty line from `start` (a UTF-8 offset) if it is short enough to be a
    /// title; Markdown heading marks (`## `) are dropped when `markdown`.
    static func firstLineTitle(of text: String, from start: Int = 0, markdown: Bool = false) -> String? {
        guard let line = firstNonEmptyLine(of: text, from: start) else { return nil }
        let title = markdown ? String(line.drop { $0 == "#" }).trimmingWhitespace() : line
        guard !title.isEmpty, title.unicodeScalars.count <= maxTitleLine else { return nil }
        return title
    }

    /// The first non-empty line, cut at a word boundary with `…` when longer than a title may
    /// be: a name for JSON documents that have neither a title nor a file name.
    static func leadTitle(of text: String, from start: Int = 0) -> String? {
        guard let line = firstNonEmptyLine(of: text, from: start) else { return nil }
        guard line.unicodeScalars.count > maxTitleLine else { return line }
        let cut = String(String.UnicodeScalarView(line.unicodeScalars.prefix(maxTitleLine - 20)))
        let words = cut.split(separator: " ").dropLast()
        return (words.isEmpty ? cut : words.joined(separator: " ")) + "…"
    }

    /// The text of the first `# ` heading in Markdown, outside fenced code blocks.
    static func markdownHeading(in text: String) -> String? {
        var inFence = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle(); continue }
            guard !inFence, line.hasPrefix("# ") else { continue }
            var heading = line.dropFirst(2).trimmingWhitespace()
            while heading.hasSuffix("#") { heading.removeLast() }  // closing `#`s of an ATX heading
            heading = heading.trimmingWhitespace()
            if !heading.isEmpty { return heading }
        }
        return nil
    }

    /// A date in the first few lines of the body: `KYIV, Sept. 29, 2023 -- ...`.
    static func datelineDate(in text: String, from start: Int = 0) -> DayDate? {
        var copy = text
        return copy.withUTF8 { bytes -> DayDate? in
            guard start < bytes.count else { return nil }
            var lines = LineReader(bytes: bytes, from: start)
            var end = start
            var nonEmptyLines = 0
            var scalars = 0
            reading: while nonEmptyLines < datelineLines, let line = lines.next() {
                for i in line {
                    if bytes[i] & 0xC0 != 0x80 {  // a scalar starts here
                        if scalars == datelineScalars { break reading }
                        scalars += 1
                    }
                    end = i + 1
                }
                end = min(line.upperBound + 1, bytes.count)
                if line.contains(where: { !TextBytes.isSpace(bytes[$0]) }) { nonEmptyLines += 1 }
            }
            return DateScanner.firstDate(in: UnsafeBufferPointer(rebasing: bytes[start..<end]),
                                         years: DateScanner.plausibleYears)
        }
    }

    /// The file name without folders and without its last extension: `a/seed-1.txt` -> `seed-1`.
    static func stem(of path: String) -> String {
        let name = fileName(of: path)
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }

    /// The last component of a path: `a/b/seed.txt` -> `seed.txt`.
    static func fileName(of path: String) -> String { (path as NSString).lastPathComponent }

    private static func firstNonEmptyLine(of text: String, from start: Int) -> String? {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            var lines = LineReader(bytes: bytes, from: start)
            while let line = lines.next() {
                let content = String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self)
                    .trimmingWhitespace()
                if !content.isEmpty { return content }
            }
            return nil
        }
    }
}
