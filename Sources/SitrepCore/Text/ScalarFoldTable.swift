/// The UTF-8 that a per-scalar folding function gives each scalar of a few ranges, computed
/// once: the name folds (`NameFolding`, `NameSimilarity`) go through Foundation's canonical
/// decomposition for a letter outside ASCII, which costs a microsecond; the table answers
/// the letters news is written in from memory, and `append` says false for any other scalar.
struct ScalarFoldTable: Sendable {
    private let limit: UInt32
    /// Per scalar below `limit` (from 0x80): where its fold starts and ends in `bytes`; -1, not kept.
    private let starts: [Int32]
    private let ends: [Int32]
    private let bytes: [UInt8]

    init(ranges: [Range<UInt32>], fold: (Unicode.Scalar, inout [UInt8]) -> Void) {
        let limit = ranges.map(\.upperBound).max() ?? 0x80
        var starts = [Int32](repeating: -1, count: Int(limit) - 0x80 + 1)
        var ends = starts
        var bytes: [UInt8] = []
        for range in ranges {
            for v in range where v >= 0x80 {
                guard let scalar = Unicode.Scalar(v) else { continue }
                starts[Int(v - 0x80)] = Int32(bytes.count)
                fold(scalar, &bytes)
                ends[Int(v - 0x80)] = Int32(bytes.count)
            }
        }
        self.limit = limit; self.starts = starts; self.ends = ends; self.bytes = bytes
    }

    /// Appends the fold of the scalar `v` (at least 0x80) and returns true, if the table has it.
    @inline(__always)
    func append(_ v: UInt32, to out: inout [UInt8]) -> Bool {
        guard v < limit else { return false }
        let start = Int(starts[Int(v - 0x80)])
        guard start >= 0 else { return false }
        out.append(contentsOf: bytes[start..<Int(ends[Int(v - 0x80)])])
        return true
    }
}
