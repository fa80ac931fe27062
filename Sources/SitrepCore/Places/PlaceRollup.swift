/// A node of the corpus-level place tree: a country, a region, a town, or a place in several
/// countries ("Europe"), with how often the corpus names it or anything inside it.
public struct PlaceNode: Sendable, Hashable {
    /// The gazetteer row of the place.
    public var placeID: Int
    public var name: String
    public var kind: PlaceKind
    public var countryCode: String
    public var latitude: Double
    public var longitude: Double
    /// Mentions of this place and of everything inside it.
    public var count: Int
    /// The documents that mention it or anything inside it, each once, in first-seen order.
    public var documents: [String]
    /// What lies inside, most-mentioned first.
    public var children: [PlaceNode]
}

/// Rolls mentions up into a country -> region -> town tree: a mention of a town counts for its
/// town, its region and its country. Places without a country ("Europe", "Atlantic") are roots.
public enum PlaceRollup {
    public static func rollUp(_ mentions: [(documentID: String, mention: PlaceMention)]) -> [PlaceNode] {
        rollUp(mentions, gazetteer: .shared)
    }

    public static func rollUp(_ mentions: [(documentID: String, mention: PlaceMention)],
                              gazetteer: Gazetteer) -> [PlaceNode] {
        var tally = PlaceTally(gazetteer: gazetteer)
        for (document, mention) in mentions { tally.add(mention, document: document) }
        return tally.tree()
    }
}

/// Counts per place, rolled up as mentions are added; `tree()` is the rollup so far. A value:
/// a corpus keeps its tally and adds an arriving document's mentions to a copy, instead of
/// rolling up every document again.
public struct PlaceTally: Sendable {
    let gazetteer: Gazetteer
    /// Each place counted gets a slot, in the order first counted; per slot, its place id,
    /// mentions, documents and parent slot (-1 for none).
    private var slotOf: [Int: Int32] = [:]
    private var ids: [Int] = []
    private var counts: [Int] = []
    private var documents: [[String]] = []
    private var parents: [Int32] = []
    /// The documents already in `documents[slot]`, for places whose mentions did not come one
    /// document at a time.
    private var seen: [Int32: Set<String>] = [:]
    /// Per place id mentioned, the slots of the place, its region and its country (-1: none).
    private var chains: [Int: SIMD3<Int32>] = [:]
    private var fallback: [Int: PlaceMention] = [:]

    public init(gazetteer: Gazetteer = .shared) { self.gazetteer = gazetteer }

    /// Adds the mentions of one document. A document is added once, all its mentions together.
    public mutating func add(_ mentions: [PlaceMention], document: String) {
        // Each place once, with its mentions, in the order first mentioned: a document names
        // the same places again and again.
        var distinct: [(id: Int, count: Int)] = []
        for m in mentions {
            if m.placeID < 0 || m.placeID >= gazetteer.count { fallback[m.placeID] = m }
            if let k = distinct.firstIndex(where: { $0.id == m.placeID }) { distinct[k].count += 1 }
            else { distinct.append((m.placeID, 1)) }
        }
        for place in distinct { add(place.id, mentions: place.count, document: document, together: true) }
    }

    /// Adds one mention, the documents' mentions in any order (`PlaceRollup.rollUp`); a tally
    /// fed this way is not fed by `add(_:document:)`.
    mutating func add(_ m: PlaceMention, document: String) {
        if m.placeID < 0 || m.placeID >= gazetteer.count { fallback[m.placeID] = m }
        add(m.placeID, mentions: 1, document: document, together: false)
    }

    /// Counts `mentions` mentions of a place for it, its region and its country.
    private mutating func add(_ placeID: Int, mentions: Int, document: String, together: Bool) {
        let chain = chains[placeID] ?? makeChain(placeID)
        for k in 0..<3 {
            let slot = Int(chain[k])
            guard slot >= 0 else { continue }
            counts[slot] += mentions
            let fresh = together ? documents[slot].last != document : seen[Int32(slot), default: []].insert(document).inserted
            if fresh { documents[slot].append(document) }
        }
    }

    /// The slots of a place, its region (towns and other places) and its country, each made
    /// if new, the place's parent set to the next of them.
    private mutating func makeChain(_ placeID: Int) -> SIMD3<Int32> {
        var chain = SIMD3<Int32>(slot(placeID), -1, -1)
        let place = placeID >= 0 && placeID < gazetteer.count ? gazetteer.places[placeID] : nil
        if let place, place.kind == .city || place.kind == .other,
           let key = place.regionKey, let region = gazetteer.placeID(key: key) {
            chain[1] = slot(region)
        }
        if let place, place.kind != .country, !place.countryCode.isEmpty,
           let country = gazetteer.countries[place.countryCode] {
            chain[2] = slot(country)
        }
        let linked = [chain[0], chain[1], chain[2]].filter { $0 >= 0 }
        for k in linked.indices.dropLast() { parents[Int(linked[k])] = linked[k + 1] }
        chains[placeID] = chain
        return chain
    }

    private mutating func slot(_ id: Int) -> Int32 {
        if let known = slotOf[id] { return known }
        let made = Int32(ids.count)
        slotOf[id] = made
        ids.append(id); counts.append(0); documents.append([]); parents.append(-1)
        return made
    }

    /// The tree so far: roots and every node's children most-mentioned first (then by name).
    public func tree() -> [PlaceNode] {
        var children = [[Int]](repeating: [], count: ids.count)
        var roots: [Int] = []
        for slot in ids.indices {
            if parents[slot] >= 0 { children[Int(parents[slot])].append(slot) } else { roots.append(slot) }
        }
        func node(_ slot: Int) -> PlaceNode {
            let kids = children[slot].map(node).sorted(by: Self.before)
            let id = ids[slot]
            if id >= 0 && id < gazetteer.count {
                let p = gazetteer.places[id]
                return PlaceNode(placeID: id, name: p.name, kind: p.kind, countryCode: p.countryCode,
                                 latitude: p.latitude, longitude: p.longitude, count: counts[slot],
                                 documents: documents[slot], children: kids)
            }
            let m = fallback[id]
            return PlaceNode(placeID: id, name: m?.name ?? "", kind: m?.kind ?? .other,
                             countryCode: m?.countryCode ?? "", latitude: m?.latitude ?? 0,
                             longitude: m?.longitude ?? 0, count: counts[slot],
                             documents: documents[slot], children: kids)
        }
        return roots.map(node).sorted(by: Self.before)
    }

    static func before(_ a: PlaceNode, _ b: PlaceNode) -> Bool {
        a.count != b.count ? a.count > b.count : a.name < b.name
    }
}
