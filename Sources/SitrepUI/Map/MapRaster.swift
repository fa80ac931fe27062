import Foundation
import SitrepCore

/// The bundled Natural Earth outlines (`WorldMap`) as dots: 2 across and 4 down per cell of a
/// `columns` x `rows` map of a `MapViewport`, each dot the country its centre lies in (even-odd
/// rule) or sea. Both renderers (`BrailleMap`, `ASCIIMap`) draw from it.
struct MapRaster {
    let columns: Int
    let rows: Int
    /// Dots across (`columns * 2`) and down (`rows * 4`).
    var width: Int { columns * 2 }
    var height: Int { rows * 4 }
    /// Row-major: the index + 1 of the country a dot lies in, 0 for sea.
    let countries: [Int32]

    init(viewport: MapViewport, columns: Int, rows: Int, map: WorldMap) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        countries = Self.countries(viewport: viewport, width: self.columns * 2, height: self.rows * 4, map: map)
    }

    /// The country of dot (dx, dy); 0 for sea.
    subscript(dx: Int, dy: Int) -> Int32 { countries[dy * width + dx] }

    /// Whether each dot is land.
    var land: [Bool] { countries.map { $0 != 0 } }

    /// Whether dot (dx, dy) is on a coast or a border: land next to the sea or to another
    /// country (the map's own edge does not count).
    func isEdge(dx: Int, dy: Int) -> Bool {
        let id = self[dx, dy]
        guard id != 0 else { return false }
        return (dx + 1 < width && self[dx + 1, dy] != id) || (dx > 0 && self[dx - 1, dy] != id)
            || (dy + 1 < height && self[dx, dy + 1] != id) || (dy > 0 && self[dx, dy - 1] != id)
    }

    /// The outline drawing: the coasts and borders (`isEdge`), plus a faint texture of one dot
    /// per cell (its top left) on the land inside, so land and sea still differ where no line
    /// runs.
    var outlineDots: [Bool] {
        var dots = [Bool](repeating: false, count: countries.count)
        for dy in 0..<height {
            for dx in 0..<width where self[dx, dy] != 0 {
                dots[dy * width + dx] = (dx % 2 == 0 && dy % 4 == 0) || isEdge(dx: dx, dy: dy)
            }
        }
        return dots
    }

    /// Whether (x, y) lies inside `ring` by the even-odd rule.
    static func contains(longitude x: Double, latitude y: Double, ring: [WorldMap.Point]) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.latitude > y) != (b.latitude > y) {
                let crossing = a.longitude + (y - a.latitude) * (b.longitude - a.longitude) / (b.latitude - a.latitude)
                if x < crossing { inside.toggle() }
            }
            j = i
        }
        return inside
    }

    /// A scanline per dot row gathers each country's ring crossings (even-odd) and fills
    /// between pairs: the same answer as `contains` for every dot centre.
    private static func countries(viewport v: MapViewport, width: Int, height: Int, map: WorldMap) -> [Int32] {
        guard width > 0, height > 0 else { return [] }
        var dots = [Int32](repeating: 0, count: width * height)
        let stepX = (v.maxLongitude - v.minLongitude) / Double(width)
        let stepY = (v.maxLatitude - v.minLatitude) / Double(height)
        // Only the countries whose box meets the viewport.
        var shapes: [(id: Int32, rings: [[WorldMap.Point]])] = []
        for (index, country) in map.countries.enumerated() {
            var south = Double.infinity, north = -Double.infinity, west = Double.infinity, east = -Double.infinity
            for ring in country.rings {
                for p in ring {
                    south = min(south, p.latitude); north = max(north, p.latitude)
                    west = min(west, p.longitude); east = max(east, p.longitude)
                }
            }
            if north >= v.minLatitude && south <= v.maxLatitude && east >= v.minLongitude && west <= v.maxLongitude {
                shapes.append((Int32(index + 1), country.rings.filter { $0.count > 2 }))
            }
        }
        var crossings: [Double] = []
        for dy in 0..<height {
            let y = v.maxLatitude - (Double(dy) + 0.5) * stepY
            for shape in shapes {
                crossings.removeAll(keepingCapacity: true)
                for ring in shape.rings {
                    var j = ring.count - 1
                    for i in ring.indices {
                        let a = ring[i], b = ring[j]
                        if (a.latitude > y) != (b.latitude > y) {
                            crossings.append(a.longitude + (y - a.latitude) * (b.longitude - a.longitude) / (b.latitude - a.latitude))
                        }
                        j = i
                    }
                }
                guard crossings.count > 1 else { continue }
                crossings.sort()
                var k = 0
                while k + 1 < crossings.count {
                    // Dot centres c with crossings[k] < c <= crossings[k+1] (as `contains` counts).
                    let start = max(0, Int(((crossings[k] - v.minLongitude) / stepX - 0.5).rounded(.down)) + 1)
                    let end = min(width, Int(((crossings[k + 1] - v.minLongitude) / stepX - 0.5).rounded(.down)) + 1)
                    if start < end { for dx in start..<end { dots[dy * width + dx] = shape.id } }
                    k += 2
                }
            }
        }
        return dots
    }
}
