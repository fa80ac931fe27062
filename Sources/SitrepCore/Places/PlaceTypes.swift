/// What sort of place a mention resolved to (the contract's `kind`).
public enum PlaceKind: String, Sendable, Hashable, CaseIterable, Codable {
    case country, region, city, other
}

/// One row of the gazetteer: a country, a first-level region, a town of 15,000+ people, or a
/// hand-made place (a continent, a sea, "Donbas").
public struct GazetteerPlace: Sendable, Hashable {
    /// Stable key: ISO alpha-2 for a country, "CC.admin1" for a region ("UA.14"), the GeoNames id
    /// for a town ("703448"), a word for a hand-made place ("donbas").
    public let key: String
    public let kind: PlaceKind
    /// ISO 3166-1 alpha-2; empty for places in several countries ("Europe", "Kashmir").
    public let countryCode: String
    /// The region code inside the country ("14" of "UA.14"); empty when unknown or not a town.
    public let admin1: String
    /// The display name ("Kyiv", "Zaporizhzhia Oblast").
    public let name: String
    public let latitude: Double
    public let longitude: Double
    /// People (regions: the sum of their towns of 15,000+; hand-made places: a rough weight).
    public let population: Int
    /// A district of a bigger town ("Obolon" in Kyiv): reported as a city, trusted less.
    public let isDistrict: Bool

    /// "UA.14" for a town or region with a known region, else nil.
    public var regionKey: String? {
        guard !admin1.isEmpty, !countryCode.isEmpty else { return nil }
        return countryCode + "." + admin1
    }
}

/// A place named in a text: where (`span`, in Unicode scalars), as written (`text`), and what it
/// resolved to.
public struct PlaceMention: Sendable, Hashable {
    public var span: TextSpan
    /// The words as they appear in the text ("Kiev", "Donetsk Oblast").
    public var text: String
    /// The gazetteer's name for the place ("Kyiv").
    public var name: String
    public var kind: PlaceKind
    /// ISO 3166-1 alpha-2; empty when the place lies in several countries ("Europe").
    public var countryCode: String
    public var latitude: Double
    public var longitude: Double
    /// The gazetteer row (`Gazetteer.place(_:)`).
    public var placeID: Int

    public init(span: TextSpan, text: String, name: String, kind: PlaceKind, countryCode: String,
                latitude: Double, longitude: Double, placeID: Int) {
        self.span = span; self.text = text; self.name = name; self.kind = kind
        self.countryCode = countryCode; self.latitude = latitude; self.longitude = longitude
        self.placeID = placeID
    }
}
