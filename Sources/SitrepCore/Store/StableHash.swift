/// A 64-bit hash that is the same in every process and on every machine (Swift's `Hasher` is
/// seeded per process), for what the store keeps: document contents, versions, corpus paths.
/// Not cryptographic: it tells changed from unchanged, it does not resist forgery.
struct StableHash {
    private(set) var state: UInt64 = 0x243F_6A88_85A3_08D3

    init() {}

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var h = state ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            h = Self.mix(h ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            for k in i..<n { tail |= UInt64(bytes[k]) << UInt64((k - i) * 8) }
            h = Self.mix(h ^ tail ^ 0x80)
        }
        state = Self.mix(h)
    }

    mutating func add(_ string: String) {
        var copy = string
        copy.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ value: Int64) {
        state = Self.mix(state ^ UInt64(bitPattern: value) ^ 0x5851_F42D_4C95_7F2D)
    }

    mutating func add(_ value: Int) { add(Int64(value)) }

    /// The hash as a signed 64-bit integer, the type SQLite stores.
    var value: Int64 { Int64(bitPattern: Self.finish(state)) }

    static func of(_ string: String) -> Int64 {
        var hash = StableHash()
        hash.add(string)
        return hash.value
    }

    @inline(__always)
    private static func mix(_ x: UInt64) -> UInt64 {
        let m = x &* 0xBF58_476D_1CE4_E5B9
        return (m ^ (m >> 31)) &* 0x94D0_49BB_1331_11EB
    }

    /// MurmurHash3's 64-bit finaliser.
    private static func finish(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33; h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33; h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 33)
    }
}

extension Document {
    /// What the extraction depends on, hashed: every field, so that any change re-extracts.
    var contentHash: Int64 {
        var hash = StableHash()
        for field in [id, title, text, date?.iso ?? "", dateSource.rawValue, path ?? "\u{0}", url ?? "\u{0}", source ?? "\u{0}"] {
            hash.add(field)
        }
        return hash.value
    }
}
