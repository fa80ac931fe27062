/// Stored bytes that do not decode: the value is treated as missing and extracted again.
struct StoreDecodingError: Error, CustomStringConvertible {
    var description: String { "stored data does not decode" }
}

/// Reads what `ByteWriter` wrote, checking every length against the bytes left, so that
/// damaged data throws instead of trapping or allocating without bound.
struct ByteReader {
    private let base: UnsafeRawBufferPointer
    private var position = 0
    /// The strings read with `shared`, in order.
    private var table: [String] = []

    /// `bytes` must stay valid while the reader is used.
    init(_ bytes: UnsafeRawBufferPointer) { base = bytes }

    var isAtEnd: Bool { position == base.count }

    /// Throws unless every byte was read: trailing bytes mean the blob is not what it seems.
    func finish() throws {
        guard isAtEnd else { throw StoreDecodingError() }
    }

    mutating func byte() throws -> UInt8 {
        guard position < base.count else { throw StoreDecodingError() }
        defer { position += 1 }
        return base[position]
    }

    mutating func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw StoreDecodingError() }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws -> Int {
        let z = try unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    /// A count of items, each taking at least `minimumBytes`: larger than the bytes left is damage.
    mutating func count(minimumBytes: Int = 1) throws -> Int {
        let n = try unsigned()
        guard n <= UInt64(base.count - position) / UInt64(max(1, minimumBytes)) else { throw StoreDecodingError() }
        return Int(n)
    }

    mutating func fixed64() throws -> Int64 {
        guard base.count - position >= 8 else { throw StoreDecodingError() }
        defer { position += 8 }
        return Int64(littleEndian: base.loadUnaligned(fromByteOffset: position, as: Int64.self))
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw StoreDecodingError()
        }
    }

    mutating func double() throws -> Double {
        guard base.count - position >= 8 else { throw StoreDecodingError() }
        var bits: UInt64 = 0
        withUnsafeMutableBytes(of: &bits) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: base[position..<position + 8])) }
        position += 8
        return Double(bitPattern: UInt64(littleEndian: bits))
    }

    mutating func string() throws -> String {
        let n = try count()
        defer { position += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: base[position..<position + n]), as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    /// What `ByteWriter.shared` wrote.
    mutating func shared() throws -> String? {
        switch try byte() {
        case 0: return nil
        case 1:
            let value = try string()
            table.append(value)
            return value
        case 2:
            let index = try unsigned()
            guard index < UInt64(table.count) else { throw StoreDecodingError() }
            return table[Int(index)]
        default: throw StoreDecodingError()
        }
    }

    mutating func sharedString() throws -> String {
        guard let value = try shared() else { throw StoreDecodingError() }
        return value
    }

    mutating func optionalInt() throws -> Int? {
        try bool() ? try int() : nil
    }

    mutating func span() throws -> TextSpan {
        let start = try int()
        let length = try int()
        guard start >= 0, length >= 0, start <= Int.max - length else { throw StoreDecodingError() }
        return TextSpan(start: start, end: start + length)
    }

    mutating func optionalSpan() throws -> TextSpan? {
        try bool() ? try span() : nil
    }

    mutating func array<T>(minimumBytes: Int = 1, _ read: (inout ByteReader) throws -> T) throws -> [T] {
        let n = try count(minimumBytes: minimumBytes)
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try read(&self)) }
        return values
    }
}
