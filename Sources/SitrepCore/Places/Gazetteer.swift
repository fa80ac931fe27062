import Foundation

/// The bundled place list: countries, first-level regions, towns of 15,000+ people and a few
/// hand-made places, with every name they go by, indexed by folded name (`NameFolding`).
///
/// Built once from `Resources/Gazetteer` (see `Sources/make-gazetteer/README.md` for where the
/// data comes from); `Gazetteer.shared` loads it on first use. Look-ups hash a name and probe a
/// dictionary: nothing scans the place list per document.
public struct Gazetteer: Sendable {
    /// Every place; a place id is an index into this array.
    public internal(set) var places: [GazetteerPlace]

    /// One (name, place) pair of the index. Entries of the same name form a linked list.
    struct Entry: Sendable {
        var place: Int32
        var next: Int32
        var flags: UInt8

        /// The place's own name (not an alias).
        static let primary: UInt8 = 1
        /// The text must be in capitals exactly as listed ("US", "UK").
        static let capsOnly: UInt8 = 2
        /// Only as a qualifier, right after "Town, " ("Marietta, Ga.").
        static let qualifierOnly: UInt8 = 4
        /// A hand-written name whose lower-case words may stay lower case ("Gulf states").
        static let lowercaseWords: UInt8 = 8
        /// From the project's own alias or place files.
        static let curated: UInt8 = 16
        /// A name with a capital inside a word ("NoMa", "McAllen"), matched only as written.
        static let exactCase: UInt8 = 32

        func has(_ flag: UInt8) -> Bool { flags & flag != 0 }
    }

    /// How firmly a stop-listed word is refused (stoplist.tsv).
    enum StopLevel: UInt8, Sendable {
        /// Never a place unless an agreeing qualifier follows ("Of, Trabzon").
        case always
        /// A place only mid-sentence with support (a preceding "in", a qualifier, its country).
        case weak
    }

    /// Per place id, the facts the resolver reads many times per document, without strings.
    var facts: [PlaceFacts]

    var heads: HashIndex
    var entries: [Entry]
    /// Hashes of the beginnings of longer names, cut where a word ends ("new", "new york",
    /// "st", "st."): the matcher reads on past a word only while it may still be inside a name.
    var prefixes: HashIndex
    var keys: [String: Int]
    /// Country code -> the country's place id.
    var countries: [String: Int]
    /// Place ids of national capitals.
    var capitals: Set<Int>
    /// Country code -> the capital's place id.
    var capitalOf: [String: Int]
    /// Folded demonym -> place id, or -1 for a longer form that is no evidence ("Latin American").
    var demonyms: HashIndex
    var stopWords: [UInt64: StopLevel]
    var commonWords: Set<UInt64>
    var givenNames: Set<UInt64>

    /// An empty gazetteer (finds nothing).
    public init() {
        places = []; facts = []; heads = HashIndex(); entries = []; prefixes = HashIndex(); keys = [:]; countries = [:]; capitals = []; capitalOf = [:]
        demonyms = HashIndex(); stopWords = [:]; commonWords = []; givenNames = []
    }

    /// Loads the gazetteer from a folder laid out like `Resources/Gazetteer`.
    public init(directory: URL) throws {
        self.init()
        try GazetteerLoader.load(from: directory, into: &self)
    }

    /// The bundled gazetteer, loaded on first use. Empty (and `loadError` set) only if the
    /// package was built without its resources.
    public static let shared: Gazetteer = bundled.gazetteer

    /// Why `shared` is empty, if it is.
    public static var loadError: String? { bundled.error }

    private static let bundled: (gazetteer: Gazetteer, error: String?) = {
        guard let url = Bundle.module.url(forResource: "Gazetteer", withExtension: nil) else {
            return (Gazetteer(), "the Gazetteer resource folder is missing from the SitrepCore bundle")
        }
        do { return (try Gazetteer(directory: url), nil) } catch { return (Gazetteer(), "\(error)") }
    }()

    /// The folder of the bundled data files, for tools that want to read them (the map).
    public static var resourceDirectory: URL? {
        Bundle.module.url(forResource: "Gazetteer", withExtension: nil)
    }

    public var count: Int { places.count }

    public func place(_ id: Int) -> GazetteerPlace { places[id] }

    /// The place with this key ("UA", "UA.14", "703448", "donbas").
    public func place(key: String) -> GazetteerPlace? { keys[key].map { places[$0] } }

    /// The place id with this key.
    public func placeID(key: String) -> Int? { keys[key] }

    /// Every place that goes by `name` (folded: case and diacritics do not matter), biggest first.
    public func places(named name: String) -> [GazetteerPlace] {
        var found: [GazetteerPlace] = []
        forEachEntry(NameHash.of(folding: name)) { found.append(places[Int($0.place)]) }
        return found.sorted { $0.population > $1.population }
    }

    /// The country a demonym belongs to ("Ukrainian" -> Ukraine), nil when it is not one.
    public func demonymPlace(_ word: String) -> GazetteerPlace? {
        guard let id = demonyms[NameHash.of(folding: word)].map(Int.init), id >= 0 else { return nil }
        return places[id]
    }

    /// True when `word` is on the stop list (never, or only with support, a place).
    public func isStopWord(_ word: String) -> Bool { stopWords[NameHash.of(folding: word)] != nil }

    /// The national capital of a country ("UA" -> Kyiv), when the data knows it.
    public func capital(of countryCode: String) -> GazetteerPlace? {
        capitalOf[countryCode].map { places[$0] }
    }

    /// The first-level region a town or region key belongs to ("UA.14" -> Luhansk Oblast).
    public func region(of place: GazetteerPlace) -> GazetteerPlace? {
        guard let key = place.regionKey, let id = keys[key], places[id].kind == .region else { return nil }
        return places[id]
    }

    /// The country place of a country code.
    public func country(_ code: String) -> GazetteerPlace? { countries[code].map { places[$0] } }

    func forEachEntry(_ hash: UInt64, _ body: (Entry) -> Void) {
        guard var i = heads[hash] else { return }
        while i >= 0 {
            let e = entries[Int(i)]
            body(e)
            i = e.next
        }
    }

    func hasEntries(_ hash: UInt64) -> Bool { heads[hash] != nil }

    /// Fills `facts` from `places` (after loading): country codes and region keys as small ids.
    mutating func indexFacts() {
        var ids: [String: Int32] = [:]
        func id(_ s: String?) -> Int32 {
            guard let s, !s.isEmpty else { return -1 }
            if let known = ids[s] { return known }
            ids[s] = Int32(ids.count)
            return Int32(ids.count - 1)
        }
        facts = places.enumerated().map { id_, p in
            PlaceFacts(kind: p.kind, isDistrict: p.isDistrict, isCapital: capitals.contains(id_), population: p.population,
                       country: id(p.countryCode), region: id(p.regionKey),
                       area: p.kind == .region ? id(p.key) : id(p.regionKey))
        }
    }

    /// Records the word-boundary beginnings of a folded name (see `prefixes`).
    mutating func addPrefixes(of folded: UnsafeBufferPointer<UInt8>) {
        var hash = NameHash()
        for (k, b) in folded.enumerated() {
            if k > 0, Self.isBoundary(b) || Self.isBoundary(folded[k - 1]) { prefixes.insert(hash.value) }
            hash.add(b)
        }
    }

    mutating func addPrefixes(of folded: [UInt8]) {
        folded.withUnsafeBufferPointer { addPrefixes(of: $0) }
    }

    @inline(__always)
    static func isBoundary(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x2E || b == 0x2C || b == 0x27 || b == 0x2D || b == 0x26   // space . , ' - &
    }

    mutating func addName(_ hash: UInt64, place: Int, flags: UInt8) {
        let head = heads[hash] ?? -1
        var i = head
        while i >= 0 {   // the same place under the same name: keep the strongest flags
            if entries[Int(i)].place == Int32(place) {
                entries[Int(i)].flags |= flags & (Entry.primary | Entry.curated | Entry.lowercaseWords)
                if flags & (Entry.capsOnly | Entry.qualifierOnly) == 0 {
                    entries[Int(i)].flags &= ~(Entry.capsOnly | Entry.qualifierOnly)
                }
                return
            }
            i = entries[Int(i)].next
        }
        entries.append(Entry(place: Int32(place), next: head, flags: flags))
        heads[hash] = Int32(entries.count - 1)
    }
}

/// What the resolver reads of a place many times per document, with its strings as ids (the
/// same string, the same id; an empty or missing one, -1), so that nothing is copied or hashed.
struct PlaceFacts: Sendable {
    var kind: PlaceKind
    var isDistrict: Bool
    var isCapital: Bool
    var population: Int
    /// `countryCode`.
    var country: Int32
    /// `regionKey` ("UA.14" for a town or region with a known region).
    var region: Int32
    /// The region the place speaks for as evidence: a region's own key, else its `regionKey`.
    var area: Int32
}
