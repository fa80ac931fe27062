/// One tag, comment or declaration at a `<`, read the forgiving way browsers do.
struct HTMLTag {
    /// Lower-cased element name; `!` for comments, doctypes and other declarations.
    var name: String
    var isEnd = false
    var selfClosing = false
    /// The attributes Sitrep reads (`attributesRead`), entity-decoded; nil when there are none.
    var attributes: [String: String]?
    /// Index just after the tag.
    var end: Int

    static let attributesRead: Set<String> = ["property", "name", "itemprop", "content", "datetime"]

    /// The tag starting at `bytes[start]` (a `<`), or nil when that `<` is plain text.
    init?(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard start + 1 < count else { return nil }
        let next = bytes[start + 1]
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            name = "!"
            end = Self.declarationEnd(from: start, in: bytes)
            return
        }
        var j = start + 1
        if next == UInt8(ascii: "/") {
            isEnd = true
            j += 1
            guard j < count, TextBytes.isASCIILetter(bytes[j]) else {
                // `</` not followed by a name: a bogus comment up to the next `>`.
                name = "!"
                end = Self.index(after: UInt8(ascii: ">"), from: j, in: bytes)
                return
            }
        } else if !TextBytes.isASCIILetter(next) {
            return nil
        }
        let nameStart = j
        var nameBytes = [UInt8]()
        while j < count, !HTMLText.isTagNameEnd(bytes[j]) {
            if j - nameStart < 16 { nameBytes.append(bytes[j] | (TextBytes.isASCIILetter(bytes[j]) ? 0x20 : 0)) }
            j += 1
        }
        name = String(decoding: nameBytes, as: UTF8.self)
        end = count
        parseAttributes(from: j, in: bytes)
    }

    private mutating func parseAttributes(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var j = start
        while j < count {
            let byte = bytes[j]
            if byte == UInt8(ascii: ">") {
                selfClosing = j > start && bytes[j - 1] == UInt8(ascii: "/")
                end = j + 1
                return
            }
            if TextBytes.isSpace(byte) || byte == UInt8(ascii: "/") { j += 1; continue }
            let nameStart = j
            j += 1
            while j < count, !TextBytes.isSpace(bytes[j]), bytes[j] != UInt8(ascii: "/"),
                  bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "=") {
                j += 1
            }
            let nameEnd = j
            while j < count, TextBytes.isSpace(bytes[j]) { j += 1 }
            var value: Range<Int>?
            if j < count, bytes[j] == UInt8(ascii: "=") {
                j += 1
                while j < count, TextBytes.isSpace(bytes[j]) { j += 1 }
                if j < count, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                    let quote = bytes[j]
                    let valueStart = j + 1
                    j = valueStart
                    while j < count, bytes[j] != quote { j += 1 }
                    value = valueStart..<j
                    j = min(j + 1, count)
                } else {
                    let valueStart = j
                    while j < count, !TextBytes.isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                    value = valueStart..<j
                }
            }
            if nameEnd - nameStart <= 8, let value {
                let attribute = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd]),
                                       as: UTF8.self).lowercased()
                if Self.attributesRead.contains(attribute), attributes?[attribute] == nil {
                    attributes = attributes ?? [:]
                    attributes?[attribute] = Self.decodeReferences(value, in: bytes)
                }
            }
        }
        end = count
    }

    /// Attribute text with character references decoded.
    static func decodeReferences(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        var run = range.lowerBound
        var i = range.lowerBound
        func flush(upTo end: Int) {
            scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[run..<end]),
                                              as: UTF8.self).unicodeScalars)
        }
        while i < range.upperBound {
            if bytes[i] == UInt8(ascii: "&"), let (scalar, next) = HTMLEntities.decode(at: i, in: bytes),
               next <= range.upperBound {
                flush(upTo: i)
                scalars.append(scalar)
                i = next
                run = next
            } else {
                i += 1
            }
        }
        flush(upTo: range.upperBound)
        return String(scalars)
    }

    private static func declarationEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        if start + 3 < count, bytes[start + 2] == UInt8(ascii: "-"), bytes[start + 3] == UInt8(ascii: "-") {
            var j = start + 4
            while j + 2 < count {
                if bytes[j] == UInt8(ascii: "-"), bytes[j + 1] == UInt8(ascii: "-"), bytes[j + 2] == UInt8(ascii: ">") {
                    return j + 3
                }
                j += 1
            }
            return count
        }
        return index(after: UInt8(ascii: ">"), from: start + 2, in: bytes)
    }

    private static func index(after byte: UInt8, from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var j = start
        while j < bytes.count, bytes[j] != byte { j += 1 }
        return min(j + 1, bytes.count)
    }

}
