import Foundation

/// Country outlines for drawing a world map: Natural Earth's 1:110m admin-0 polygons (public
/// domain), rounded to 0.01 degree (`Resources/Gazetteer/world110m.tsv`). Tiny states
/// (Singapore, Bahrain, Malta) are too small for this scale and absent.
public struct WorldMap: Sendable {
    /// One country's outline: its rings as (longitude, latitude) points, first point repeated last.
    public struct Country: Sendable, Hashable {
        /// ISO alpha-2; empty when Natural Earth's country has none (N. Cyprus, Somaliland).
        public let countryCode: String
        /// ISO alpha-3; empty when Natural Earth gives none.
        public let isoA3: String
        public let name: String
        public let rings: [[Point]]

        public init(countryCode: String, isoA3: String, name: String, rings: [[Point]]) {
            self.countryCode = countryCode; self.isoA3 = isoA3; self.name = name; self.rings = rings
        }
    }

    public struct Point: Sendable, Hashable {
        public let longitude: Double
        public let latitude: Double

        public init(longitude: Double, latitude: Double) {
            self.longitude = longitude; self.latitude = latitude
        }
    }

    public let countries: [Country]

    /// Reads `world110m.tsv` from a folder laid out like `Resources/Gazetteer`.
    public init(directory: URL) throws {
        let text = try String(contentsOf: directory.appendingPathComponent("world110m.tsv"), encoding: .utf8)
        var countries: [Country] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 4 else { continue }
            let rings = f[3].split(separator: "|").map { ring in
                ring.split(separator: " ").compactMap { pair -> Point? in
                    let xy = pair.split(separator: ",")
                    guard xy.count == 2, let x = Double(xy[0]), let y = Double(xy[1]) else { return nil }
                    return Point(longitude: x, latitude: y)
                }
            }
            countries.append(Country(countryCode: f[0] == "-" ? "" : String(f[0]), isoA3: f[1] == "-" ? "" : String(f[1]),
                                     name: String(f[2]), rings: rings))
        }
        self.countries = countries
    }

    /// The bundled map, read on first use; empty if the resources are missing.
    public static let shared: WorldMap = {
        guard let dir = Gazetteer.resourceDirectory, let map = try? WorldMap(directory: dir) else {
            return WorldMap(countries: [])
        }
        return map
    }()

    /// A map of the given outlines (tests, other data).
    public init(countries: [Country]) { self.countries = countries }

    /// The outline of a country by ISO alpha-2 code.
    public func country(_ code: String) -> Country? { countries.first { $0.countryCode == code } }
}
