/// The readable text of an HTML page, and what its markup says about title and date.
///
/// A forgiving single pass over the bytes, not a DOM: scripts, styles, `noscript`,
/// `template`, `svg` and comments are dropped; block elements become line breaks; runs of
/// white space become one space; character references are decoded.
struct HTMLText: Sendable, Equatable {
    var text = ""
    /// `<title>`.
    var title: String?
    /// `<meta property="og:title">`.
    var openGraphTitle: String?
    /// The first `<h1>`.
    var firstHeading: String?
    /// From a publication-date `<meta>` or `itemprop="datePublished"`, else the first
    /// `<time datetime>`.
    var date: DayDate?

    /// The title the page gives itself: `<title>`, then `og:title`, then the first `<h1>`.
    var bestTitle: String? { title ?? openGraphTitle ?? firstHeading }

    /// Elements whose content is not text to read.
    static let droppedElements: Set<String> = ["script", "style", "noscript", "template", "svg", "math",
                                               "iframe", "object", "textarea", "select"]
    /// Elements that start and end a line.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    ]
    /// Elements that separate words without starting a line (table cells).
    static let spacingElements: Set<String> = ["td", "th", "img", "input", "button", "label", "option"]
    /// `<meta>` names (`property`, `name` or `itemprop`, lower-cased) for the publication date.
    static let dateMetaNames: Set<String> = [
        "article:published_time", "og:published_time", "date", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
        "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
    ]

    /// Parses `html`.
    init(parsing html: String) {
        var copy = html
        self = copy.withUTF8 { HTMLText(utf8: $0) }
    }

    private init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var body = CollapsingWriter()
        body.bytes.reserveCapacity(bytes.count / 2)
        var titleWriter: CollapsingWriter?
        var headingStart: Int?
        var timeDate: DayDate?
        var metaDate: DayDate?
        let count = bytes.count
        var i = 0
        while i < count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "<"):
                guard let tag = HTMLTag(at: i, in: bytes) else {
                    if titleWriter != nil { titleWriter?.append(byte) } else { body.append(byte) }
                    i += 1
                    continue
                }
                i = tag.end
                let name = tag.name
                if tag.isEnd {
                    if name == "title", let writer = titleWriter {
                        if title == nil { title = writer.string.trimmingWhitespace() }
                        titleWriter = nil
                    } else if name == "h1", let start = headingStart {
                        firstHeading = String(decoding: body.bytes[start...], as: UTF8.self).trimmingWhitespace()
                        headingStart = nil
                    }
                } else {
                    if name == "title" && title == nil && !tag.selfClosing {
                        titleWriter = CollapsingWriter()
                    } else if name == "h1" && firstHeading == nil && headingStart == nil {
                        body.lineBreak()
                        headingStart = body.bytes.count
                    } else if Self.droppedElements.contains(name) && !tag.selfClosing {
                        i = Self.end(ofRawElement: name, from: i, in: bytes)
                        continue
                    }
                    if let attributes = tag.attributes {
                        Self.read(attributes, of: name, metaDate: &metaDate, timeDate: &timeDate,
                                  openGraphTitle: &openGraphTitle)
                    }
                }
                if Self.blockElements.contains(name) { body.lineBreak() }
                else if Self.spacingElements.contains(name) { body.space() }
            case UInt8(ascii: "&"):
                if let (scalar, next) = HTMLEntities.decode(at: i, in: bytes) {
                    if titleWriter != nil { titleWriter?.append(scalar) } else { body.append(scalar) }
                    i = next
                } else {
                    if titleWriter != nil { titleWriter?.append(byte) } else { body.append(byte) }
                    i += 1
                }
            case 0xC2 where i + 1 < count && bytes[i + 1] == 0xA0:  // NBSP
                if titleWriter != nil { titleWriter?.space() } else { body.space() }
                i += 2
            default:
                if titleWriter != nil { titleWriter?.append(byte) } else { body.append(byte) }
                i += 1
            }
        }
        if title == nil, let writer = titleWriter { title = writer.string.trimmingWhitespace() }
        if firstHeading == nil, let start = headingStart {
            firstHeading = String(decoding: body.bytes[start...], as: UTF8.self).trimmingWhitespace()
        }
        if title?.isEmpty == true { title = nil }
        if firstHeading?.isEmpty == true { firstHeading = nil }
        text = body.string
        date = metaDate ?? timeDate
    }

    private static func read(_ attributes: [String: String], of name: String, metaDate: inout DayDate?,
                             timeDate: inout DayDate?, openGraphTitle: inout String?) {
        if name == "meta" {
            let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
            if key == "og:title", openGraphTitle == nil,
               let content = attributes["content"]?.trimmingWhitespace(), !content.isEmpty {
                openGraphTitle = content
            } else if metaDate == nil, dateMetaNames.contains(key), let content = attributes["content"] {
                metaDate = DateScanner.firstDate(in: content)
            }
        } else if attributes["itemprop"]?.lowercased() == "datepublished", metaDate == nil,
                  let value = attributes["content"] ?? attributes["datetime"] {
            metaDate = DateScanner.firstDate(in: value)
        } else if name == "time", timeDate == nil, let value = attributes["datetime"] {
            timeDate = DateScanner.firstDate(in: value)
        }
    }

    /// Index after `</name ...>` (any case), or the end of the input.
    private static func end(ofRawElement name: String, from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let target = Array(name.utf8)
        let count = bytes.count
        var i = start
        while i + 1 < count {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "/"), i + 2 + target.count <= count {
                var matches = true
                for (k, expected) in target.enumerated() where bytes[i + 2 + k] | 0x20 != expected {
                    matches = false
                    break
                }
                let after = i + 2 + target.count
                if matches, after == count || isTagNameEnd(bytes[after]) {
                    var j = after
                    while j < count, bytes[j] != UInt8(ascii: ">") { j += 1 }
                    return min(j + 1, count)
                }
            }
            i += 1
        }
        return count
    }

    static func isTagNameEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || TextBytes.isSpace(byte)
    }

    /// True when the page's first KiB declares a Latin-1 family charset.
    static func declaresLatin1(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return false }
        let label = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return ["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "us-ascii",
                "ascii"].contains(String(label))
    }
}

/// Builds text with white space collapsed: one space between words, one LF between blocks.
struct CollapsingWriter {
    var bytes: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreak = false

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func space() { pendingSpace = true }
    mutating func lineBreak() { pendingBreak = true }

    mutating func append(_ byte: UInt8) {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: pendingSpace = true
        default:
            flush()
            bytes.append(byte)
        }
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 { append(UInt8(scalar.value)); return }
        if scalar.properties.isWhitespace { pendingSpace = true; return }
        flush()
        bytes.append(contentsOf: String(scalar).utf8)
    }

    private mutating func flush() {
        if pendingBreak {
            if !bytes.isEmpty { bytes.append(0x0A) }
        } else if pendingSpace, let last = bytes.last, last != 0x0A {
            bytes.append(0x20)
        }
        pendingBreak = false
        pendingSpace = false
    }
}
