extension ExtractionCodec {
    // MARK: The merges' decisions (`MergeMemo`)

    static func encode(_ memo: MergeMemo) -> [UInt8] {
        var w = ByteWriter(capacity: 32 + memo.digests.count * 8 + memo.entries.count + memo.people.count * 3)
        w.fixed64(memo.rules)
        w.array(memo.digests) { w, digest in w.fixed64(digest) }
        w.array(memo.entries) { w, entry in w.int(Int(entry)) }
        w.array(memo.people) { w, choice in w.int(Int(choice)) }
        return w.bytes
    }

    static func decodeMemo(_ bytes: UnsafeRawBufferPointer) throws -> MergeMemo {
        var r = ByteReader(bytes)
        let rules = try r.fixed64()
        let digests = try r.array(minimumBytes: 8) { try $0.fixed64() }
        let entries = try r.array { try Self.int32($0.int()) }
        let people = try r.array { try Self.int32($0.int()) }
        try r.finish()
        return MergeMemo(rules: rules, digests: digests, entries: entries, people: people)
    }

    private static func int32(_ value: Int) throws -> Int32 {
        guard let narrow = Int32(exactly: value) else { throw StoreDecodingError() }
        return narrow
    }
}
