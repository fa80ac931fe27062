import Testing
@testable import SitrepCore

/// `PeopleIndex.merge` gives exactly what the straightforward merge it replaced gave (every
/// person checked against every person sharing the surname key), on seeded random corpora with
/// few surnames, shared given names, initials, middle initials, suffixes, spelling variants and
/// describing phrases. Names made up for these tests.
struct PeopleMergeTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let givens = ["Anna", "A.", "Erik", "E.", "Maria", "Anna Maria", "Jon", "John", "J.", "Ólafur", "Olafur", "-"]
    static let middles = ["", "", "", "F.", "B.", "Maria"]
    static let surnames = ["Berg", "Bergh", "Lopez", "Tsimlyansky", "Tsimlianskiy", "Tsimlyanskiy", "Orlov", "Orlova", "Đorđević", "Djordjevic"]
    static let suffixes = ["", "", "", "", " Jr.", " III"]

    static func person(_ rng: inout SplitMix) -> Person {
        if Int.random(in: 0..<20, using: &rng) == 0 {
            return Person(name: ["spokeswoman of the ministry", "Spokeswoman of the Ministry", "a senior official"].randomElement(using: &rng)!,
                          quoteCount: 1, isDescription: true)
        }
        let surname = surnames.randomElement(using: &rng)! + suffixes.randomElement(using: &rng)!
        var name = surname
        if Int.random(in: 0..<3, using: &rng) > 0 {
            let middle = middles.randomElement(using: &rng)!
            name = givens.randomElement(using: &rng)! + (middle.isEmpty ? "" : " " + middle) + " " + surname
        }
        var aliases: [String] = []
        if name != surname, Bool.random(using: &rng) { aliases.append(surname) }
        return Person(name: name, aliases: aliases, quoteCount: Int.random(in: 0...3, using: &rng))
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func sameResultAsTheQuadraticMerge(seed: UInt64) {
        var rng = SplitMix(state: seed)
        let documents = (0..<300).map { _ in (0..<Int.random(in: 0...6, using: &rng)).map { _ in Self.person(&rng) } }
        let expected = ReferenceMerge.merge(documents)
        let merged = PeopleIndex.merge(documents)
        #expect(merged.people == expected.people)
        #expect(merged.map == expected.map)
        #expect(merged.documentCounts == expected.documentCounts)
        #expect(expected.people.count > 10)   // the corpus really has people to merge
    }

    @Test func surnameAloneJoinsTheFirstOfTheMostSeen() {
        let berg = { (name: String) in [Person(name: name)] }
        let tie = PeopleIndex.merge([berg("Anna Berg"), berg("Erik Berg"), berg("Berg")])
        #expect(tie.map[PeopleIndex.Key(document: 2, person: 0)] == 0)
        let erik = PeopleIndex.merge([berg("Anna Berg"), berg("Erik Berg"), berg("Erik Berg"), berg("Berg")])
        #expect(erik.map[PeopleIndex.Key(document: 3, person: 0)] == 1)
        #expect(erik.documentCounts == [1, 3])
    }

    /// "Anna Maria Berg" makes Anna Berg's name longer; "Maria Berg" then joins her by the end of it.
    @Test func initialsAndLongerNamesJoinTheirPerson() {
        let merged = PeopleIndex.merge([[Person(name: "Anna Berg")], [Person(name: "Erik Berg")],
                                        [Person(name: "E. Berg")], [Person(name: "Anna Maria Berg")], [Person(name: "Maria Berg")]])
        #expect(merged.people.map(\.name) == ["Anna Maria Berg", "Erik Berg"])
        #expect(merged.map[PeopleIndex.Key(document: 2, person: 0)] == 1)
        #expect(merged.map[PeopleIndex.Key(document: 4, person: 0)] == 0)
        #expect(merged.documentCounts == [3, 2])
    }
}

/// The merge as it was before ``SurnameFile``: kept here as the reference the fast one must equal.
private enum ReferenceMerge {
    private struct Parts {
        var given: String?
        var surname: String
        var key: String
    }

    private static func parts(_ name: String) -> Parts {
        var words = name.split(whereSeparator: { $0 == " " }).map(String.init)
        while words.count > 1, NameLexicon.suffixes.contains(QuoteContext.bare(words[words.count - 1])) { words.removeLast() }
        let surname = words.last ?? name
        return Parts(given: words.count > 1 ? words[0] : nil, surname: surname, key: NameSimilarity.key(surname))
    }

    static func merge(_ documents: [[Person]]) -> PeopleIndex.Merged {
        var people: [Person] = []
        var partsOf: [Parts] = []
        var counts: [Int] = []
        var lastDocument: [Int] = []
        var map: [PeopleIndex.Key: Int] = [:]
        var descriptions: [String: Int] = [:]
        var byKey: [String: [Int]] = [:]
        // Keys by first letter and length, each with the order it was first met in: a fuzzy
        // match (`NameSimilarity.keysMatch`) needs the same first letter, six letters or more
        // and at most two more or fewer, so only five buckets are ever looked at.
        var keysByBucket: [Int: [(order: Int, key: String)]] = [:]
        var keysMet = 0
        func bucket(_ initial: UInt8, _ length: Int) -> Int { Int(initial) << 16 | length }

        func index(_ c: Int) {
            let key = partsOf[c].key
            if byKey[key] == nil, let initial = key.utf8.first {
                keysByBucket[bucket(initial, key.utf8.count), default: []].append((keysMet, key))
                keysMet += 1
            }
            if !(byKey[key]?.contains(c) ?? false) { byKey[key, default: []].append(c) }
        }

        func candidates(_ key: String) -> [Int] {
            if let exact = byKey[key], !exact.isEmpty { return exact }
            let length = key.utf8.count
            guard length >= 6, let initial = key.utf8.first else { return [] }
            var matched: [(order: Int, key: String)] = []
            for other in max(6, length - 2)...(length + 2) {
                for entry in keysByBucket[bucket(initial, other)] ?? [] where NameSimilarity.keysMatch(entry.key, key) {
                    matched.append(entry)
                }
            }
            // In the order the keys were first met, as a scan of all of them would give.
            return matched.sorted { $0.order < $1.order }.flatMap { byKey[$0.key] ?? [] }
        }

        // The parts of names that the compatibility checks compare, worked out once per name
        // (the same names are compared again and again): `NameSimilarity.givenNamesCompatible`
        // and `fullNamesCompatible`, over cached keys.
        var givenParts: [String: (key: String, initial: Bool)] = [:]
        var fullParts: [String: (given: String?, suffix: String?, middle: Unicode.Scalar??)] = [:]
        func givenPart(_ name: String) -> (key: String, initial: Bool) {
            if let known = givenParts[name] { return known }
            let made = (NameSimilarity.key(name), NameSimilarity.isInitial(name))
            givenParts[name] = made
            return made
        }
        func givenCompatible(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b else { return true }
            let ga = givenPart(a), gb = givenPart(b)
            if ga.key.isEmpty || gb.key.isEmpty || ga.key == gb.key { return true }
            if ga.initial || gb.initial { return ga.key.unicodeScalars.first == gb.key.unicodeScalars.first }
            return false
        }
        func fullCompatible(_ a: String, _ b: String) -> Bool {
            func parts(_ name: String) -> (given: String?, suffix: String?, middle: Unicode.Scalar??) {
                if let known = fullParts[name] { return known }
                let p = NameSimilarity.nameParts(name)
                let made = (p.given, p.suffix, p.middle.first.map { NameSimilarity.key($0).unicodeScalars.first })
                fullParts[name] = made
                return made
            }
            let pa = parts(a), pb = parts(b)
            guard givenCompatible(pa.given, pb.given) else { return false }
            if pa.given != nil, pb.given != nil, pa.suffix != pb.suffix { return false }
            if let ma = pa.middle, let mb = pb.middle, ma != mb { return false }
            return true
        }

        func add(_ p: Person, into c: Int, document: Int) {
            var merged = people[c]
            for form in p.allNames where form != merged.name && !merged.aliases.contains(form) {
                merged.aliases.append(form)
            }
            // The fullest name becomes canonical.
            let words = p.name.split(separator: " ").count, current = merged.name.split(separator: " ").count
            if !p.isDescription, words > current {
                merged.aliases.removeAll { $0 == p.name }
                merged.aliases.insert(merged.name, at: 0)
                merged.name = p.name
                partsOf[c] = parts(p.name)
                index(c)
            }
            if merged.role == nil { merged.role = p.role }
            merged.quoteCount += p.quoteCount
            people[c] = merged
            if lastDocument[c] != document { counts[c] += 1; lastDocument[c] = document }
        }

        func start(_ p: Person, document: Int) -> Int {
            var fresh = p
            fresh.mentionSpans = []
            fresh.aliases = p.aliases.filter { $0 != p.name }
            people.append(fresh)
            partsOf.append(parts(p.name))
            counts.append(1)
            lastDocument.append(document)
            if !p.isDescription { index(people.count - 1) }
            return people.count - 1
        }

        // Pass 1: descriptions and people with a given name.
        for (d, list) in documents.enumerated() {
            for (i, p) in list.enumerated() {
                if p.isDescription {
                    let key = QuoteContext.lowercased(p.name)
                    if let c = descriptions[key] { add(p, into: c, document: d); map[PeopleIndex.Key(document: d, person: i)] = c }
                    else { let c = start(p, document: d); descriptions[key] = c; map[PeopleIndex.Key(document: d, person: i)] = c }
                    continue
                }
                let pp = parts(p.name)
                guard let given = pp.given else { continue }
                let found = candidates(pp.key)
                    .filter {
                        (givenCompatible(partsOf[$0].given, given)
                            && people[$0].allNames.allSatisfy { fullCompatible($0, p.name) })
                            || QuoteContext.ends(people[$0].name, " " + p.name)
                    }
                if let c = found.max(by: { counts[$0] < counts[$1] }) {
                    add(p, into: c, document: d)
                    map[PeopleIndex.Key(document: d, person: i)] = c
                } else {
                    map[PeopleIndex.Key(document: d, person: i)] = start(p, document: d)
                }
            }
        }
        // Pass 2: surnames alone.
        for (d, list) in documents.enumerated() {
            for (i, p) in list.enumerated() where map[PeopleIndex.Key(document: d, person: i)] == nil {
                let pp = parts(p.name)
                if let c = candidates(pp.key).max(by: { counts[$0] < counts[$1] }) {
                    add(p, into: c, document: d)
                    map[PeopleIndex.Key(document: d, person: i)] = c
                } else {
                    map[PeopleIndex.Key(document: d, person: i)] = start(p, document: d)
                }
            }
        }
        return PeopleIndex.Merged(people: people, map: PeopleIndex.PersonMap(map), documentCounts: counts)
    }
}
