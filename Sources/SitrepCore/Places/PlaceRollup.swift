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
    private var counts: [Int: Int] = [:]
    private var documents: [Int: [String]] = [:]
    /// The documents already in `documents[id]`, for places whose mentions did not come one
    /// document at a time.
    private var seen: [Int: Set<String>] = [:]
    private var parent: [Int: Int] = [:]
    private var order: [Int] = []
    private var fallback: [Int: PlaceMention] = [:]

    public init(gazetteer: Gazetteer = .shared) { self.gazetteer = gazetteer }

    /// Adds the mentions of one document. A document is added once, all its mentions together.
    public mutating func add(_ mentions: [PlaceMention], document: String) {
        for mention in mentions { add(mention, document: document, together: true) }
    }

    /// Adds one mention, the documents' mentions in any order (`PlaceRollup.rollUp`); a tally
    /// fed this way is not fed by `add(_:document:)`.
    mutating func add(_ m: PlaceMention, document: String) {
        add(m, document: document, together: false)
    }

    private mutating func add(_ m: PlaceMention, document: String, together: Bool) {
        var chain: [Int] = [m.placeID]
        if m.placeID < 0 || m.placeID >= gazetteer.count { fallback[m.placeID] = m }
        let place = m.placeID >= 0 && m.placeID < gazetteer.count ? gazetteer.places[m.placeID] : nil
        if let place, place.kind == .city || place.kind == .other,
           let key = place.regionKey, let region = gazetteer.placeID(key: key) {
            chain.append(region)
        }
        if let place, place.kind != .country, !place.countryCode.isEmpty,
           let country = gazetteer.countries[place.countryCode] {
            chain.append(country)
        }
        for (k, id) in chain.enumerated() {
            if counts[id] == nil { order.append(id) }
            counts[id, default: 0] += 1
            let fresh = together ? documents[id]?.last != document : seen[id, default: []].insert(document).inserted
            if fresh { documents[id, default: []].append(document) }
            if k + 1 < chain.count { parent[id] = chain[k + 1] }
        }
    }

    /// The tree so far: roots and every node's children most-mentioned first (then by name).
    public func tree() -> [PlaceNode] {
        var children: [Int: [Int]] = [:]
        var roots: [Int] = []
        for id in order {
            if let p = parent[id] { children[p, default: []].append(id) } else { roots.append(id) }
        }
        func node(_ id: Int) -> PlaceNode {
            let kids = (children[id] ?? []).map(node).sorted(by: Self.before)
            if id >= 0 && id < gazetteer.count {
                let p = gazetteer.places[id]
                return PlaceNode(placeID: id, name: p.name, kind: p.kind, countryCode: p.countryCode,
                                 latitude: p.latitude, longitude: p.longitude, count: counts[id] ?? 0,
                                 documents: documents[id] ?? [], children: kids)
            }
            let m = fallback[id]
            return PlaceNode(placeID: id, name: m?.name ?? "", kind: m?.kind ?? .other,
                             countryCode: m?.countryCode ?? "", latitude: m?.latitude ?? 0,
                             longitude: m?.longitude ?? 0, count: counts[id] ?? 0,
                             documents: documents[id] ?? [], children: kids)
        }
        return roots.map(node).sorted(by: Self.before)
    }

    static func before(_ a: PlaceNode, _ b: PlaceNode) -> Bool {
        a.count != b.count ? a.count > b.count : a.name < b.name
    }
}
