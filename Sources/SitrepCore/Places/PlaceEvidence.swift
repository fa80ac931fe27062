/// What a document says about where it is: countries and regions named without ambiguity,
/// and demonyms. Used to choose among homonyms and to support weak names.
struct Evidence {
    private(set) var countries = Tally()
    private(set) var regions = Tally()
    /// All country evidence together.
    private(set) var total: Double = 0

    /// What one name or demonym says: a country, maybe a region (ids of `PlaceFacts`, -1 for
    /// none), and how much it weighs.
    struct Contribution {
        var country: Int32
        var region: Int32
        var weight: Double
        /// A town says less about its region than the region's own name does.
        var regionWeight: Double = 1
    }

    /// Sums per id, in a short list: a document names a few dozen countries and regions at most.
    struct Tally {
        private var ids: [Int32] = []
        private var sums: [Double] = []

        subscript(id: Int32) -> Double? {
            guard let k = ids.firstIndex(of: id) else { return nil }
            return sums[k]
        }

        mutating func add(_ id: Int32, _ value: Double) {
            if let k = ids.firstIndex(of: id) { sums[k] += value } else { ids.append(id); sums.append(0 + value) }
        }
    }

    /// Evidence from names that are unambiguous about their country or region, and demonyms.
    init(found: [PlaceResolver.Found], demonyms: [DemonymMatch], gazetteer: Gazetteer) {
        for k in found.indices where found[k].verdict == .place {
            var country: Int32?, region: Int32?
            var oneCountry = true, oneRegion = true, allRegions = true
            for e in found[k].entries {
                let p = gazetteer.facts[Int(e.place)]
                if let c = country, c != p.country { oneCountry = false } else { country = p.country }
                if let r = region, r != p.area { oneRegion = false } else { region = p.area }
                if p.kind != .region { allRegions = false }
            }
            add(Contribution(country: oneCountry ? country ?? -1 : -1, region: oneRegion ? region ?? -1 : -1,
                             weight: Self.weight(found[k].entries, gazetteer), regionWeight: allRegions ? 1 : 0.5))
        }
        addDemonyms(demonyms, gazetteer: gazetteer)
    }

    /// Evidence from the places chosen in a first pass (`chosen[k]` for `found[k]`).
    init(chosen: [Int?], found: [PlaceResolver.Found], demonyms: [DemonymMatch], gazetteer: Gazetteer) {
        for k in found.indices where found[k].verdict == .place {
            guard let id = chosen[k] else { continue }
            add(Self.contribution(of: id, entries: found[k].entries, gazetteer: gazetteer))
        }
        addDemonyms(demonyms, gazetteer: gazetteer)
    }

    static func contribution(of id: Int, entries: [Gazetteer.Entry], gazetteer: Gazetteer) -> Contribution {
        let p = gazetteer.facts[id]
        return Contribution(country: p.country, region: p.area, weight: weight(entries, gazetteer),
                            regionWeight: p.kind == .region ? 1 : 0.5)
    }

    /// A small town is weak evidence: it may itself be a homonym.
    private static func weight(_ entries: [Gazetteer.Entry], _ gazetteer: Gazetteer) -> Double {
        entries.contains {
            let p = gazetteer.facts[Int($0.place)]
            return p.kind != .city || p.population >= 100_000
        } ? 1.0 : 0.3
    }

    private mutating func addDemonyms(_ demonyms: [DemonymMatch], gazetteer: Gazetteer) {
        for d in demonyms where d.place >= 0 {
            let p = gazetteer.facts[d.place]
            if p.kind == .region {
                add(Contribution(country: p.country, region: p.area, weight: 1))
                // (A region with no country code has nothing to take from: no place without a
                // code gets a country bonus.)
                if p.country >= 0 { countries.add(p.country, -0.5) }
                total -= 0.5
            } else {
                add(Contribution(country: p.country, region: -1, weight: 1))
            }
        }
    }

    mutating func add(_ c: Contribution, sign: Double = 1) {
        if c.country >= 0 {
            countries.add(c.country, sign * c.weight)
            total += sign * c.weight
        }
        if c.region >= 0 { regions.add(c.region, sign * c.weight * c.regionWeight) }
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
    func bonus(for p: PlaceFacts) -> Double {
        let country = (p.country >= 0 ? countries[p.country] : nil) ?? 0
        var bonus: Double
        if p.kind == .city {
            bonus = country >= 0.99 && total > 0 ? 2 * country / total : 0
        } else {
            bonus = min(3, max(0, country))
        }
        if p.kind != .country {
            bonus += min(3, 1.5 * max(0, (p.area >= 0 ? regions[p.area] : nil) ?? 0))
        }
        return bonus
    }

    /// True when the document names the place's region (or, unless `regionOnly`, its country)
    /// elsewhere.
    func supports(_ p: PlaceFacts, regionOnly: Bool = false) -> Bool {
        if p.region >= 0, (regions[p.region] ?? 0) > 0 { return true }
        return !regionOnly && ((p.country >= 0 ? countries[p.country] : nil) ?? 0) > 0
    }
}
