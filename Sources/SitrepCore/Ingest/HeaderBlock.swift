/// What the top of a text file says about itself: a `Key: value` header block or YAML-ish
/// front matter (`---` ... `---`). The lines stay in the document text; this only reads them.
struct HeaderBlock: Sendable, Equatable {
    var title: String?
    /// The first date-like field's value, as written.
    var dateValue: String?
    /// The first date found in a date-like field.
    var date: DayDate?
    var url: String?
    var source: String?
    /// UTF-8 offset where the body (the text after the header) begins.
    var bodyStart = 0

    /// Keys (lower-cased, spaces, `-` and `_` removed) that carry the publication date.
    /// `dateline` may hold a place only; it is read but not complained about.
    static let dateKeys: Set<String> = [
        "date", "published", "publishedon", "publishedat", "publisheddate", "publicationdate",
        "datepublished", "pubdate", "posted", "postedon", "dateline",
    ]
    static let titleKeys: Set<String> = ["title", "headline"]
    static let urlKeys: Set<String> = ["url", "link"]
    static let sourceKeys: Set<String> = ["source", "publisher"]

    /// Lines longer than this are prose, not header fields.
    private static let maxHeaderLine = 1000
    /// Front matter longer than this many lines is not front matter.
    private static let maxFrontMatterLines = 200

    /// Reads front matter if the text opens with `---`, else a `Key: value` block; nil if neither.
    static func read(_ text: String) -> HeaderBlock? {
        var copy = text
        return copy.withUTF8 { read(utf8: $0) }
    }

    /// Scalar offset where the body begins after a header block or front matter (0 if none).
    static func bodyStart(of text: String) -> Int {
        guard let bytes = read(text)?.bodyStart, bytes > 0 else { return 0 }
        var scalars = 0
        for byte in text.utf8.prefix(bytes) where byte & 0xC0 != 0x80 { scalars += 1 }
        return scalars
    }

    static func read(utf8 bytes: UnsafeBufferPointer<UInt8>) -> HeaderBlock? {
        var lines = LineReader(bytes: bytes)
        guard let first = lines.next() else { return nil }
        if trimmed(first, in: bytes) == "---" {
            return frontMatter(&lines, bytes: bytes)
        }
        var block = HeaderBlock()
        var recognised = false
        var line: Range<Int>? = first
        while let current = line {
            let isBlank = trimmed(current, in: bytes).isEmpty
            guard !isBlank, current.count <= maxHeaderLine,
                  let (key, value) = keyValue(current, in: bytes, requireShortKey: true) else { break }
            recognised = block.take(key: key, value: value) || recognised
            block.bodyStart = min(current.upperBound + 1, bytes.count)
            line = lines.next()
        }
        return recognised ? block : nil
    }

    private static func frontMatter(_ lines: inout LineReader, bytes: UnsafeBufferPointer<UInt8>) -> HeaderBlock? {
        var block = HeaderBlock()
        for _ in 0..<maxFrontMatterLines {
            guard let line = lines.next() else { return nil }
            let content = trimmed(line, in: bytes)
            if content == "---" || content == "..." {
                block.bodyStart = min(line.upperBound + 1, bytes.count)
                return block
            }
            if let (key, value) = keyValue(line, in: bytes, requireShortKey: false) {
                _ = block.take(key: key, value: unquoted(value))
            }
        }
        return nil
    }

    /// Records a field; true when the key is one Sitrep reads.
    private mutating func take(key: String, value: String) -> Bool {
        if Self.titleKeys.contains(key) {
            if title == nil, !value.isEmpty { title = value }
        } else if Self.dateKeys.contains(key) {
            if dateValue == nil, !value.isEmpty, key != "dateline" { dateValue = value }
            if date == nil { date = DateScanner.firstDate(in: value) }
        } else if Self.urlKeys.contains(key) {
            if url == nil, !value.isEmpty { url = value }
        } else if Self.sourceKeys.contains(key) {
            if source == nil, !value.isEmpty { source = value }
        } else {
            return false
        }
        return true
    }

    /// `Key: value` with a key of letters, digits, `-`, `_`, `.` and spaces that starts with a
    /// letter; at most 4 words when `requireShortKey`. Returns the key lower-cased without
    /// spaces or punctuation, and the trimmed value.
    private static func keyValue(_ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                                 requireShortKey: Bool) -> (String, String)? {
        guard let colon = line.first(where: { bytes[$0] == UInt8(ascii: ":") }) else { return nil }
        var key = [UInt8]()
        var words = 0
        var inWord = false
        for i in line.lowerBound..<colon {
            let byte = bytes[i]
            if byte == 0x20 || byte == 0x09 { inWord = false; continue }
            if !inWord { words += 1; inWord = true }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                key.append(byte | 0x20)
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                guard !key.isEmpty else { return nil }
                if TextBytes.isDigit(byte) { key.append(byte) }
            default:
                return nil
            }
        }
        guard !key.isEmpty, key.count <= 40, !requireShortKey || words <= 4 else { return nil }
        let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[(colon + 1)..<line.upperBound]),
                           as: UTF8.self)
        return (String(decoding: key, as: UTF8.self), value.trimmingWhitespace())
    }

    private static func trimmed(_ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self).trimmingWhitespace()
    }

    /// `"A title"` or `'A title'` without its quotes.
    private static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first
        else { return value }
        return String(value.dropFirst().dropLast())
    }
}

/// Lines of a UTF-8 buffer as byte ranges, without their LF.
struct LineReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) {
        self.bytes = bytes
        self.position = start
    }

    mutating func next() -> Range<Int>? {
        guard position < bytes.count else { return nil }
        let start = position
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        position = end + 1
        return start..<end
    }
}

extension StringProtocol {
    /// Without leading and trailing white space (Unicode white space, so NBSP too).
    func trimmingWhitespace() -> String {
        let text = String(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])   // one copy of the bytes, not scalar by scalar
    }
}
