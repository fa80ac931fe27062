/// Appends values to a byte buffer in the store's compact format: unsigned LEB128 varints,
/// zig-zag signed integers, strings as a length then UTF-8, doubles as 8 little-endian bytes.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []
    /// Strings written with `shared`, by their index in the blob's table.
    private var table: [String: Int] = [:]

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A count or an offset (never negative in the model; negative values still round-trip).
    mutating func int(_ value: Int) {
        let v = Int64(value)
        unsigned(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Eight little-endian bytes: for values spread over the whole range (hashes).
    mutating func fixed64(_ value: Int64) {
        var bits = value.littleEndian
        withUnsafeBytes(of: &bits) { bytes.append(contentsOf: $0) }
    }

    mutating func double(_ value: Double) {
        var bits = value.bitPattern.littleEndian
        withUnsafeBytes(of: &bits) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        var copy = value
        copy.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A presence byte, then the string.
    mutating func optionalString(_ value: String?) {
        guard let value else { return byte(0) }
        byte(1)
        string(value)
    }

    /// A string that may repeat within the blob (names, speakers, actors): the first time
    /// its bytes, later its index, so that the reader makes one `String` for all its uses.
    /// Tag 0 = nil, 1 = new, 2 = seen before.
    mutating func shared(_ value: String?) {
        guard let value else { return byte(0) }
        if let index = table[value] {
            byte(2)
            unsigned(UInt64(index))
        } else {
            table[value] = table.count
            byte(1)
            string(value)
        }
    }

    mutating func optionalInt(_ value: Int?) {
        guard let value else { return byte(0) }
        byte(1)
        int(value)
    }

    mutating func span(_ span: TextSpan) {
        int(span.start)
        int(span.end - span.start)
    }

    mutating func optionalSpan(_ span: TextSpan?) {
        guard let span else { return byte(0) }
        byte(1)
        self.span(span)
    }

    /// A count, then each element.
    mutating func array<T>(_ values: [T], _ write: (inout ByteWriter, T) -> Void) {
        unsigned(UInt64(values.count))
        for value in values { write(&self, value) }
    }
}
