/// The exact source text of JSON values, which `JSONSerialization` does not keep: an input's
/// numeric `"id": 00017` or `1.50` must come back as written. Only skims structure; the
/// values themselves are parsed by Foundation.
enum JSONRawText {
    /// The ranges of the elements of a top-level array, or nil if `bytes` is not one.
    static func arrayElements(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var i = skipSpace(bytes, 0)
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return nil }
        i = skipSpace(bytes, i + 1)
        var elements: [Range<Int>] = []
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { return elements }
        while i < bytes.count {
            guard let end = skipValue(bytes, i) else { return nil }
            elements.append(i..<end)
            i = skipSpace(bytes, end)
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "]") { return elements }
            guard bytes[i] == UInt8(ascii: ",") else { return nil }
            i = skipSpace(bytes, i + 1)
        }
        return nil
    }

    /// The source text of `key`'s value in the object spanning `range` (the last one if the
    /// key repeats, as `JSONSerialization` keeps), or nil.
    static func value(forKey key: String, inObject range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var i = skipSpace(bytes, range.lowerBound)
        guard i < range.upperBound, bytes[i] == UInt8(ascii: "{") else { return nil }
        let wanted = Array(key.utf8)
        var found: String?
        i = skipSpace(bytes, i + 1)
        while i < range.upperBound, bytes[i] == UInt8(ascii: "\"") {
            guard let keyEnd = skipValue(bytes, i) else { return found }
            let isWanted = keyEnd - i - 2 == wanted.count && bytes[(i + 1)..<(keyEnd - 1)].elementsEqual(wanted)
            i = skipSpace(bytes, keyEnd)
            guard i < range.upperBound, bytes[i] == UInt8(ascii: ":") else { return found }
            i = skipSpace(bytes, i + 1)
            guard let valueEnd = skipValue(bytes, i) else { return found }
            if isWanted { found = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<valueEnd]), as: UTF8.self) }
            i = skipSpace(bytes, valueEnd)
            guard i < range.upperBound, bytes[i] == UInt8(ascii: ",") else { return found }
            i = skipSpace(bytes, i + 1)
        }
        return found
    }

    /// The index just after the value starting at `start`, or nil if it is cut off.
    static func skipValue(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return skipString(bytes, start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var i = start
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\""):
                    guard let end = skipString(bytes, i) else { return nil }
                    i = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default: break
                }
                i += 1
            }
            return nil
        default:
            var i = start
            scanning: while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"): break scanning
                case let byte where TextBytes.isSpace(byte): break scanning
                default: i += 1
                }
            }
            return i > start ? i : nil
        }
    }

    private static func skipString(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var i = start + 1
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 2
            case UInt8(ascii: "\""): return i + 1
            default: i += 1
            }
        }
        return nil
    }

    private static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var i = start
        while i < bytes.count, TextBytes.isSpace(bytes[i]) { i += 1 }
        return i
    }
}
