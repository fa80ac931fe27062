/// A map from name hashes (`NameHash` values) to small integers, read many times per document:
/// open addressing over two flat arrays, with no hashing of its own beyond one multiply
/// (the keys are already FNV hashes). Used as a set through `insert` and `contains`.
struct HashIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    private static let empty = Int32.min

    init() {
        keys = [UInt64](repeating: 0, count: 16)
        values = [Int32](repeating: Self.empty, count: 16)
        shift = 60
    }

    /// Room for `n` keys without growing.
    mutating func reserveCapacity(_ n: Int) {
        var capacity = keys.count
        while capacity < 2 * n { capacity <<= 1 }
        if capacity > keys.count { rehash(capacity) }
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always) private func find(_ key: UInt64) -> Int {
        let mask = keys.count - 1
        var i = slot(key)
        while values[i] != Self.empty, keys[i] != key { i = (i + 1) & mask }
        return i
    }

    /// The value of `key`; setting nil is not supported (nothing is ever removed).
    subscript(key: UInt64) -> Int32? {
        get {
            let i = find(key)
            return values[i] == Self.empty ? nil : values[i]
        }
        set {
            guard let newValue else { preconditionFailure("HashIndex never removes a key") }
            var i = find(key)
            if values[i] == Self.empty {
                if 2 * (count + 1) > keys.count {
                    rehash(keys.count * 2)
                    i = find(key)
                }
                keys[i] = key
                count += 1
            }
            values[i] = newValue
        }
    }

    func contains(_ key: UInt64) -> Bool { values[find(key)] != Self.empty }

    mutating func insert(_ key: UInt64) {
        if !contains(key) { self[key] = 0 }
    }

    private mutating func rehash(_ capacity: Int) {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Int32](repeating: Self.empty, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for k in oldKeys.indices where oldValues[k] != Self.empty {
            let i = find(oldKeys[k])
            keys[i] = oldKeys[k]
            values[i] = oldValues[k]
        }
    }
}
