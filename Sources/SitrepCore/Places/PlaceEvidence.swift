/// What a document says about where it is: countries and regions named without ambiguity,
/// and demonyms. Used to choose among homonyms and to support weak names.
struct Evidence {
    private(set) var countries: [String: Double] = [:]
    private(set) var regions: [String: Double] = [:]
    /// All country evidence together.
    private(set) var total: Double = 0

    /// What one name or demonym says: a country, maybe a region, and how much it weighs.
    struct Contribution {
        var country: String
        var region: String
        var weight: Double
        /// A town says less about its region than the region's own name does.
        var regionWeight: Double = 1
    }

    /// Evidence from names that are unambiguous about their country or region, and demonyms.
    init(found: [PlaceResolver.Found], demonyms: [DemonymMatch], gazetteer: Gazetteer) {
        for f in found where f.verdict == .place {
            let places = f.entries.map { gazetteer.places[Int($0.place)] }
            let codes = Set(places.map(\.countryCode))
            let regionKeys = Set(places.map { Self.regionKey($0) })
            add(Contribution(country: codes.count == 1 ? codes.first! : "",
                             region: regionKeys.count == 1 ? regionKeys.first! : "",
                             weight: Self.weight(places),
                             regionWeight: places.allSatisfy { $0.kind == .region } ? 1 : 0.5))
        }
        addDemonyms(demonyms, gazetteer: gazetteer)
    }

    /// Evidence from the places chosen in a first pass (`chosen[k]` for `found[k]`).
    init(chosen: [Int?], found: [PlaceResolver.Found], demonyms: [DemonymMatch], gazetteer: Gazetteer) {
        for (k, f) in found.enumerated() where f.verdict == .place {
            guard let id = chosen[k] else { continue }
            add(Self.contribution(of: gazetteer.places[id], entries: f.entries, gazetteer: gazetteer))
        }
        addDemonyms(demonyms, gazetteer: gazetteer)
    }

    static func contribution(of p: GazetteerPlace, entries: [Gazetteer.Entry], gazetteer: Gazetteer) -> Contribution {
        Contribution(country: p.countryCode, region: regionKey(p),
                     weight: weight(entries.map { gazetteer.places[Int($0.place)] }),
                     regionWeight: p.kind == .region ? 1 : 0.5)
    }

    /// A small town is weak evidence: it may itself be a homonym.
    private static func weight(_ places: [GazetteerPlace]) -> Double {
        places.contains { $0.kind != .city || $0.population >= 100_000 } ? 1.0 : 0.3
    }

    private static func regionKey(_ p: GazetteerPlace) -> String {
        p.kind == .region ? p.key : (p.regionKey ?? "")
    }

    private mutating func addDemonyms(_ demonyms: [DemonymMatch], gazetteer: Gazetteer) {
        for d in demonyms where d.place >= 0 {
            let p = gazetteer.places[d.place]
            if p.kind == .region {
                add(Contribution(country: p.countryCode, region: p.key, weight: 1))
                countries[p.countryCode, default: 0] -= 0.5
                total -= 0.5
            } else {
                add(Contribution(country: p.countryCode, region: "", weight: 1))
            }
        }
    }

    mutating func add(_ c: Contribution, sign: Double = 1) {
        if !c.country.isEmpty {
            countries[c.country, default: 0] += sign * c.weight
            total += sign * c.weight
        }
        if !c.region.isEmpty { regions[c.region, default: 0] += sign * c.weight * c.regionWeight }
    }

    /// The evidence without one name's own contribution.
    func without(_ c: Contribution) -> Evidence {
        var e = self
        e.add(c, sign: -1)
        return e
    }

    /// A score bonus for a candidate place from the rest of the document. For a town, what
    /// counts is the share of the document's evidence that its country holds: a Lebanese story
    /// makes "Tripoli" the Lebanese one, a story that names the US among others does not make
    /// "Manchester" American.
    func bonus(for p: GazetteerPlace) -> Double {
        let country = countries[p.countryCode] ?? 0
        var bonus: Double
        if p.kind == .city {
            bonus = country >= 0.99 && total > 0 ? 2 * country / total : 0
        } else {
            bonus = min(3, max(0, country))
        }
        if p.kind != .country {
            bonus += min(3, 1.5 * max(0, regions[Self.regionKey(p)] ?? 0))
        }
        return bonus
    }

    /// True when the document names the place's region (or, unless `regionOnly`, its country)
    /// elsewhere.
    func supports(_ p: GazetteerPlace, regionOnly: Bool = false) -> Bool {
        if p.regionKey.map({ (regions[$0] ?? 0) > 0 }) ?? false { return true }
        return !regionOnly && (countries[p.countryCode] ?? 0) > 0
    }
}
