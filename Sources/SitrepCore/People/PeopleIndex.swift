/// People across a corpus: merges each document's people with the same rule the documents use
/// (``NameSimilarity``), and answers speaker searches ("putin", "Umerov", "Tsimlianskiy").
///
/// Merging, in two passes over the documents in order:
/// 1. people with a given name join a corpus person whose surname matches (equal keys first, then
///    the spelling-variant rule) and whose given name does not conflict; otherwise they start one;
/// 2. people known by a surname alone join the corpus person with that surname (the one seen in
///    most documents when several share it); otherwise they start one.
/// Unnamed speakers (describing phrases) merge only with the same phrase, case aside.
/// A change to these rules must bump `MergeMemo.rulesVersion`.
public enum PeopleIndex {
    /// A person of one document: the document's position in the input and the person's index in
    /// that document's `people`.
    public struct Key: Sendable, Hashable {
        public var document: Int
        public var person: Int
        public init(document: Int, person: Int) { self.document = document; self.person = person }
    }

    /// The corpus's people and where each document's people went.
    public struct Merged: Sendable {
        /// Canonical people: the fullest name, every other form as an alias, the first role
        /// given, quotes summed. `mentionSpans` is empty (offsets belong to documents).
        public var people: [Person]
        /// (document, person in that document) -> index in `people`.
        public var map: PersonMap
        /// How many documents mention each corpus person.
        public var documentCounts: [Int]
    }

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

    /// The words of a name split at spaces (`name.split(separator: " ").count`), counted
    /// without making them when the name is ASCII.
    static func wordCount(_ name: String) -> Int {
        var count = 0
        var inWord = false
        for byte in name.utf8 {
            if byte >= 0x80 { return name.split(separator: " ").count }
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Merges the people of several documents (in input order).
    public static func merge(_ documents: [[Person]]) -> Merged {
        var merging = Merging()
        merging.add(documents)
        return merging.merged()
    }

    /// A merge that documents can be added to, in input order: the first pass (people with a
    /// given name, and descriptions) is kept and goes on with the new documents; the second
    /// (surnames alone, which join the most-seen person) runs again on a copy when the result
    /// is asked for. So a corpus that grows by one article merges one article's people, not
    /// the corpus's, and the result equals `merge` over all the documents.
    public struct Merging: Sendable {
        private var people: [Person] = []
        private var partsOf: [Parts] = []
        private var counts: [Int] = []
        private var lastDocument: [Int] = []
        private var map = PersonMap()
        private var descriptions: [String: Int] = [:]
        private var file = SurnameFile()
        /// The parts of names that the compatibility checks compare, worked out once per name
        /// (the same names are compared again and again): `NameSimilarity.givenNamesCompatible`
        /// and `fullNamesCompatible`, over cached keys.
        private var givenParts: [String: (key: String, initial: Bool)] = [:]
        /// A full name's parts that `fullCompatible` compares.
        private typealias FullParts = (given: String?, suffix: String?, middle: Unicode.Scalar??)
        private var fullParts: [String: FullParts] = [:]
        /// `PeopleIndex.parts` of each name met (the same names come in document after document).
        private var partsCache: [String: Parts] = [:]
        /// The people known by a surname alone, for the second pass, in input order.
        private var surnamesAlone: [(key: Key, person: Person, parts: Parts)] = []
        /// Documents added so far.
        public private(set) var documentCount = 0
        /// Where the first pass put each document's people; a surname alone has room but no
        /// entry (the second pass places it).
        var firstPassMap: PersonMap { map }

        public init() {}

        /// Per person of every document added, in order, where the first pass put them: a
        /// corpus person, `Self.started` for a new one, `Self.notChosen` for a description
        /// or a surname alone (placed without a search). Replayed by `add(_:choices:)`.
        public private(set) var choices: [Int32] = []
        public static let started: Int32 = -1
        public static let notChosen: Int32 = -2

        /// Adds the people of the next documents (first pass). Where `choices` gives a
        /// document the `choices` an earlier merge of the same people made (one per person),
        /// a person with a given name goes where it says, without a search: what the search
        /// would find when the documents before are the same too (see `MergeMemo`). A choice
        /// out of range is searched.
        public mutating func add(_ documents: [[Person]], choices planned: [ArraySlice<Int32>?] = []) {
            for (n, list) in documents.enumerated() {
                let d = documentCount
                documentCount += 1
                map.appendDocument(people: list.count)
                let plan = n < planned.count ? planned[n].flatMap { $0.count == list.count ? $0 : nil } : nil
                for (i, p) in list.enumerated() {
                    if p.isDescription {
                        choices.append(Self.notChosen)
                        let key = QuoteContext.lowercased(p.name)
                        if let c = descriptions[key] { add(p, into: c, document: d); map[Key(document: d, person: i)] = c }
                        else { let c = start(p, document: d); descriptions[key] = c; map[Key(document: d, person: i)] = c }
                        continue
                    }
                    let pp = cachedParts(p.name)
                    guard let given = pp.given else {
                        surnamesAlone.append((Key(document: d, person: i), p, pp))
                        choices.append(Self.notChosen)
                        continue
                    }
                    if let plan {
                        let choice = plan[plan.startIndex + i]
                        if choice >= 0, Int(choice) < people.count {
                            add(p, into: Int(choice), document: d)
                            map[Key(document: d, person: i)] = Int(choice)
                            choices.append(choice)
                            continue
                        }
                        if choice == Self.started {
                            map[Key(document: d, person: i)] = start(p, document: d)
                            choices.append(Self.started)
                            continue
                        }
                    }
                    let incoming = fullPart(p.name)
                    let found = file.keys(for: pp.key)
                        .flatMap { file.candidates($0, tag: tag(given), name: p.name) }
                        .filter {
                            (givenCompatible(partsOf[$0].given, given)
                                && compatible(people[$0], with: incoming))
                                || QuoteContext.ends(people[$0].name, " " + p.name)
                        }
                    if let c = found.max(by: { counts[$0] < counts[$1] }) {
                        add(p, into: c, document: d)
                        map[Key(document: d, person: i)] = c
                        choices.append(Int32(c))
                    } else {
                        map[Key(document: d, person: i)] = start(p, document: d)
                        choices.append(Self.started)
                    }
                }
            }
        }

        /// The merge of every document added: the second pass run on a copy of the first's state.
        public func merged() -> Merged {
            var finishing = self
            finishing.surnamesAlone = []
            for (key, p, pp) in surnamesAlone {
                // The first of the most-seen people under the key (or its variants, in order).
                var best: Int?
                for variant in finishing.file.keys(for: pp.key) {
                    if let c = finishing.file.best(variant), best.map({ finishing.counts[c] > finishing.counts[$0] }) ?? true {
                        best = c
                    }
                }
                if let c = best {
                    finishing.add(p, into: c, document: key.document)
                    finishing.map[key] = c
                } else {
                    finishing.map[key] = finishing.start(p, document: key.document)
                }
            }
            return Merged(people: finishing.people, map: finishing.map, documentCounts: finishing.counts)
        }

        private mutating func cachedParts(_ name: String) -> Parts {
            if let known = partsCache[name] { return known }
            let made = PeopleIndex.parts(name)
            partsCache[name] = made
            return made
        }

        private mutating func givenPart(_ name: String) -> (key: String, initial: Bool) {
            if let known = givenParts[name] { return known }
            let made = (NameSimilarity.key(name), NameSimilarity.isInitial(name))
            givenParts[name] = made
            return made
        }

        private mutating func givenCompatible(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b else { return true }
            let ga = givenPart(a), gb = givenPart(b)
            if ga.key.isEmpty || gb.key.isEmpty || ga.key == gb.key { return true }
            if ga.initial || gb.initial { return ga.key.unicodeScalars.first == gb.key.unicodeScalars.first }
            return false
        }

        private mutating func fullPart(_ name: String) -> FullParts {
            if let known = fullParts[name] { return known }
            let p = NameSimilarity.nameParts(name)
            let made = (p.given, p.suffix, p.middle.first.map { NameSimilarity.key($0).unicodeScalars.first })
            fullParts[name] = made
            return made
        }

        /// True when every name of `person` is compatible with a name of parts `incoming`
        /// (`fullCompatible` over each).
        private mutating func compatible(_ person: Person, with incoming: FullParts) -> Bool {
            guard fullCompatible(fullPart(person.name), incoming) else { return false }
            for alias in person.aliases where !fullCompatible(fullPart(alias), incoming) { return false }
            return true
        }

        private mutating func fullCompatible(_ pa: FullParts, _ pb: FullParts) -> Bool {
            guard givenCompatible(pa.given, pb.given) else { return false }
            if pa.given != nil, pb.given != nil, pa.suffix != pb.suffix { return false }
            if let ma = pa.middle, let mb = pb.middle, ma != mb { return false }
            return true
        }

        private mutating func tag(_ given: String?) -> SurnameFile.GivenTag {
            guard let given else { return .open }
            let g = givenPart(given)
            return g.key.isEmpty ? .open : .named(key: g.key, initial: g.initial)
        }

        private mutating func index(_ c: Int, named name: String) {
            let given = tag(partsOf[c].given)
            file.file(c, key: partsOf[c].key, tag: given, name: name, counts: counts)
        }

        private mutating func add(_ p: Person, into c: Int, document: Int) {
            // In place: a copy of the person would copy its aliases on the first change.
            if p.name != people[c].name && !people[c].aliases.contains(p.name) { people[c].aliases.append(p.name) }
            for form in p.aliases where form != people[c].name && !people[c].aliases.contains(form) {
                people[c].aliases.append(form)
            }
            // The fullest name becomes canonical.
            if !p.isDescription, PeopleIndex.wordCount(p.name) > PeopleIndex.wordCount(people[c].name) {
                let previous = people[c].name
                people[c].aliases.removeAll { $0 == p.name }
                people[c].aliases.insert(previous, at: 0)
                people[c].name = p.name
                partsOf[c] = cachedParts(p.name)
                index(c, named: p.name)
            }
            if people[c].role == nil { people[c].role = p.role }
            people[c].quoteCount += p.quoteCount
            if lastDocument[c] != document {
                counts[c] += 1; lastDocument[c] = document
                file.counted(c, counts: counts)
            }
        }

        private mutating func start(_ p: Person, document: Int) -> Int {
            var fresh = p
            fresh.mentionSpans = []
            fresh.aliases = p.aliases.filter { $0 != p.name }
            people.append(fresh)
            partsOf.append(cachedParts(p.name))
            counts.append(1)
            lastDocument.append(document)
            if !p.isDescription { index(people.count - 1, named: p.name) }
            return people.count - 1
        }
    }

    // MARK: search

    /// True when `query` names `person`: case- and accent-insensitive, any alias, the surname
    /// alone, or a transliteration variant of either ("putin", "Umerov", "tsimlianski").
    public static func matches(query: String, person: Person) -> Bool {
        let q = loose(NameSimilarity.key(query))
        guard !q.isEmpty else { return false }
        let folded = NameSimilarity.fold(query)
        for form in person.allNames {
            if NameSimilarity.fold(form) == folded || loose(NameSimilarity.key(form)) == q { return true }
            if !person.isDescription, loose(NameSimilarity.key(parts(form).surname)) == q { return true }
        }
        if person.isDescription {
            // "spokeswoman" finds "spokeswoman of the ministry".
            let words = QuoteContext.lowercased(person.name).split(whereSeparator: { !$0.isLetter })
            return words.contains { NameSimilarity.fold(String($0)) == folded }
        }
        return false
    }

    /// Keys compared for search also take "dj" as "d" (`Đorđević` is typed "Dordevic" as often as "Djordjevic").
    private static func loose(_ key: String) -> String {
        key.contains("dj") ? key.replacingOccurrences(of: "dj", with: "d") : key
    }

    /// Indices of the people `query` names (see `matches(query:person:)`).
    public static func search(_ query: String, in people: [Person]) -> [Int] {
        people.indices.filter { matches(query: query, person: people[$0]) }
    }

    /// Names close to a query that matches nobody exactly ("Zelenskyj" -> "Volodymyr Zelensky"):
    /// edit distance between accent-free lower-case forms, at most one edit per four letters
    /// (at least one), against every name, alias and surname; nearest first, then the most quoted.
    public static func suggestions(for query: String, in people: [Person], limit: Int = 5) -> [String] {
        let q = Array(NameSimilarity.fold(query).unicodeScalars)
        guard !q.isEmpty else { return [] }
        let allowed = max(1, q.count / 4)
        var scored: [(distance: Int, quotes: Int, name: String)] = []
        for p in people {
            var best = Int.max
            for form in p.allNames {
                var targets = [form]
                if !p.isDescription { targets.append(parts(form).surname) }
                for t in targets {
                    let f = Array(NameSimilarity.fold(t).unicodeScalars)
                    guard abs(f.count - q.count) <= allowed else { continue }
                    best = min(best, NameSimilarity.editDistance(q, f, limit: allowed))
                }
            }
            if best <= allowed { scored.append((best, p.quoteCount, p.name)) }
        }
        scored.sort { ($0.distance, -$0.quotes, $0.name) < ($1.distance, -$1.quotes, $1.name) }
        var seen = Set<String>(), out: [String] = []
        for s in scored where !seen.contains(s.name) {
            seen.insert(s.name); out.append(s.name)
            if out.count == limit { break }
        }
        return out
    }
}
