/// The corpus people of ``PeopleIndex/merge(_:)`` filed by surname key, so that a merge looks only
/// at the people a name could join instead of everyone sharing a common surname.
///
/// Each key keeps its people in the order they were filed (the order a merge breaks ties by), and
/// sub-files them by given name (``GivenTag``) and by the word endings of their canonical names
/// ("Anna Maria Lopez" under "Maria Lopez" and "Lopez"). It also keeps, per key, the first person
/// seen in most documents. Lookups return a superset of the people the merge's rule accepts, in
/// filing order; the caller still applies the rule.
struct SurnameFile {
    /// What the given-name test compares: `open` (no given name, or one with an empty key) is
    /// compatible with any; otherwise the given name's key and whether it is an initial.
    enum GivenTag: Equatable {
        case open
        case named(key: String, initial: Bool)
    }

    /// The people filed under one key. The given-name sub-files hold positions in `members`
    /// (fixed once filed), so that a lookup sorts plain numbers back into filing order.
    private struct Bucket {
        var members: [Int] = []
        var position: [Int: Int] = [:]
        /// The first member (in filing order) seen in most documents.
        var best = -1
        var open: Set<Int> = []
        var byLetter: [Unicode.Scalar: Set<Int>] = [:]
        var byGiven: [String: Set<Int>] = [:]
        var initials: [Unicode.Scalar: Set<Int>] = [:]

        mutating func insert(_ c: Int, _ tag: GivenTag) {
            let at = position[c]!
            switch tag {
            case .open: open.insert(at)
            case .named(let key, let initial):
                let letter = key.unicodeScalars.first!
                byLetter[letter, default: []].insert(at)
                byGiven[key, default: []].insert(at)
                if initial { initials[letter, default: []].insert(at) }
            }
        }

        mutating func remove(_ c: Int, _ tag: GivenTag) {
            let at = position[c]!
            switch tag {
            case .open: open.remove(at)
            case .named(let key, let initial):
                let letter = key.unicodeScalars.first!
                byLetter[letter]?.remove(at)
                byGiven[key]?.remove(at)
                if initial { initials[letter]?.remove(at) }
            }
        }
    }

    private var buckets: [Bucket] = []
    private var bucketOf: [String: Int] = [:]
    /// Keys by first letter and length, each with the order it was first met in: a fuzzy match
    /// (`NameSimilarity.keysMatch`) needs the same first letter, six letters or more and at most
    /// two more or fewer, so only five buckets are ever looked at.
    private var keysByLength: [Int: [(order: Int, key: String)]] = [:]
    /// Per person: the buckets it is filed in, its given-name tag, the endings it is filed under.
    private var bucketsOf: [[Int]] = []
    private var tagOf: [GivenTag] = []
    private var endingsOf: [[String]] = []
    /// Word endings of canonical names: "Maria Lopez" -> the people whose name ends " Maria Lopez".
    private var endings: [String: Set<Int>] = [:]

    init() {}

    /// Files person `c` (named `name`, given-name `tag`) under `key`, or updates its tag and
    /// endings when it is already filed and its canonical name changed. `counts` are the
    /// documents each person is seen in.
    mutating func file(_ c: Int, key: String, tag: GivenTag, name: String, counts: [Int]) {
        while bucketsOf.count <= c { bucketsOf.append([]); tagOf.append(.open); endingsOf.append([]) }
        if tagOf[c] != tag {
            for b in bucketsOf[c] { buckets[b].remove(c, tagOf[c]); buckets[b].insert(c, tag) }
            tagOf[c] = tag
        }
        setEndings(c, name)
        let b: Int
        if let known = bucketOf[key] {
            b = known
        } else {
            b = buckets.count
            buckets.append(Bucket())
            bucketOf[key] = b
            if let initial = key.utf8.first {
                keysByLength[Self.lengthBucket(initial, key.utf8.count), default: []].append((b, key))
            }
        }
        guard buckets[b].position[c] == nil else { return }
        buckets[b].position[c] = buckets[b].members.count
        buckets[b].members.append(c)
        buckets[b].insert(c, tag)
        if buckets[b].best < 0 || counts[c] > counts[buckets[b].best] { buckets[b].best = c }
        bucketsOf[c].append(b)
    }

    /// Call after `counts[c]` went up: keeps each bucket's best person.
    mutating func counted(_ c: Int, counts: [Int]) {
        guard c < bucketsOf.count else { return }
        for b in bucketsOf[c] {
            let best = buckets[b].best
            if best != c, counts[c] > counts[best]
                || (counts[c] == counts[best] && buckets[b].position[c]! < buckets[b].position[best]!) {
                buckets[b].best = c
            }
        }
    }

    /// The keys a surname key searches: itself when anyone is filed under it, otherwise the
    /// spelling variants filed (`NameSimilarity.keysMatch`), in the order they were first filed.
    func keys(for key: String) -> [String] {
        if bucketOf[key] != nil { return [key] }
        let length = key.utf8.count
        guard length >= 6, let initial = key.utf8.first else { return [] }
        var matched: [(order: Int, key: String)] = []
        for other in max(6, length - 2)...(length + 2) {
            for entry in keysByLength[Self.lengthBucket(initial, other)] ?? [] where NameSimilarity.keysMatch(entry.key, key) {
                matched.append(entry)
            }
        }
        return matched.sorted { $0.order < $1.order }.map(\.key)
    }

    /// The first person filed under `key` among those seen in most documents.
    func best(_ key: String) -> Int? {
        bucketOf[key].map { buckets[$0].best }
    }

    /// The people filed under `key`, in filing order, that a person with given-name `tag` and
    /// name `name` might join: every one whose given name is compatible with `tag`, and every
    /// one whose canonical name ends with " " + `name`. (Others cannot pass the merge's rule.)
    func candidates(_ key: String, tag: GivenTag, name: String) -> [Int] {
        guard let b = bucketOf[key] else { return [] }
        let bucket = buckets[b]
        guard case .named(let given, let initial) = tag else { return bucket.members }
        let letter = given.unicodeScalars.first!
        var found = Array(bucket.open)
        if initial {
            found += bucket.byLetter[letter] ?? []
        } else {
            found += bucket.byGiven[given] ?? []
            found += bucket.initials[letter] ?? []
        }
        for c in endings[name] ?? [] { if let at = bucket.position[c] { found.append(at) } }
        found.sort()
        var people: [Int] = []
        people.reserveCapacity(found.count)
        for (i, at) in found.enumerated() where i == 0 || found[i - 1] != at { people.append(bucket.members[at]) }
        return people
    }

    private mutating func setEndings(_ c: Int, _ name: String) {
        // The text after each space, byte for byte, as `QuoteContext.ends` compares.
        let utf8 = name.utf8
        var fresh: [String] = []
        for i in utf8.indices where utf8[i] == UInt8(ascii: " ") {
            fresh.append(String(decoding: utf8[utf8.index(after: i)...], as: UTF8.self))
        }
        guard fresh != endingsOf[c] else { return }
        for e in endingsOf[c] { endings[e]?.remove(c) }
        for e in fresh { endings[e, default: []].insert(c) }
        endingsOf[c] = fresh
    }

    private static func lengthBucket(_ initial: UInt8, _ length: Int) -> Int { Int(initial) << 16 | length }
}
