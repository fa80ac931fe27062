/// How far a byte buffer departs from well-formed UTF-8.
///
/// Counted the way `String(decoding:as: UTF8.self)` repairs it: each maximal ill-formed
/// subpart (Unicode 15, section 3.9) becomes one U+FFFD, so `sequences` is the number of
/// replacement characters the repair inserts.
struct UTF8Damage: Sendable, Equatable {
    /// Ill-formed subparts, each replaced by one U+FFFD.
    var sequences = 0
    /// Bytes inside those subparts.
    var bytes = 0
    /// Offset of the first ill-formed byte, from the start of the scanned buffer.
    var firstOffset: Int?

    var isClean: Bool { sequences == 0 }

    /// Scans `buffer` once; pure ASCII runs are skipped eight bytes at a time.
    static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> UTF8Damage {
        var damage = UTF8Damage()
        guard let base = buffer.baseAddress else { return damage }
        let count = buffer.count
        var i = 0
        while i < count {
            while i + 8 <= count,
                  UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < count else { break }
            let lead = base[i]
            if lead < 0x80 { i += 1; continue }
            // Continuation bytes wanted, and the allowed range of the first one.
            var need = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED: need = 2; high = 0x9F
            case 0xF0: need = 3; low = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; high = 0x8F
            default: need = 0
            }
            guard need > 0 else {
                damage.record(at: i, length: 1)
                i += 1
                continue
            }
            var taken = 1
            while taken <= need, i + taken < count {
                let byte = base[i + taken]
                let ok = taken == 1 ? (byte >= low && byte <= high) : (byte & 0xC0 == 0x80)
                guard ok else { break }
                taken += 1
            }
            if taken <= need { damage.record(at: i, length: taken) }
            i += taken
        }
        return damage
    }

    private mutating func record(at offset: Int, length: Int) {
        sequences += 1
        bytes += length
        if firstOffset == nil { firstOffset = offset }
    }
}
