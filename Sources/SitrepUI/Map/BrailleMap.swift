import Foundation
import SitrepCore

/// The part of the world a map shows: an equirectangular window in degrees.
struct MapViewport: Sendable, Hashable {
    var minLongitude: Double
    var maxLongitude: Double
    var minLatitude: Double
    var maxLatitude: Double
}

/// A small map in Braille characters (U+2800, 2x4 dots a cell) of the bundled Natural Earth
/// outlines (`WorldMap`): a dot is land when its centre lies inside a ring (even-odd), in an
/// equirectangular projection of a `MapViewport`; borders between countries are left blank.
/// Pure functions (about 1 ms a frame in release at 120x40, so nothing is cached); `draw`
/// writes into a grid.
enum BrailleMap {
    /// A place to mark: `selected` draws it in `highlightStrong`.
    struct Marker: Sendable, Hashable {
        var longitude: Double
        var latitude: Double
        var selected: Bool
    }

    /// The smallest span shown, in degrees of latitude, so one city still shows its coast.
    static let minimumLatitudeSpan = 8.0

    /// The bounding box of `points` (longitude, latitude) with a margin, at least
    /// `minimumLatitudeSpan` tall, widened or heightened so a dot covers as many kilometres
    /// across as down (dots are about square: a cell is twice as tall as wide).
    static func viewport(around points: [(longitude: Double, latitude: Double)], columns: Int, rows: Int) -> MapViewport {
        guard !points.isEmpty, columns > 0, rows > 0 else {
            return MapViewport(minLongitude: -180, maxLongitude: 180, minLatitude: -90, maxLatitude: 90)
        }
        var minX = points.map(\.longitude).min()!, maxX = points.map(\.longitude).max()!
        var minY = points.map(\.latitude).min()!, maxY = points.map(\.latitude).max()!
        let marginX = max(1, (maxX - minX) * 0.25), marginY = max(1, (maxY - minY) * 0.25)
        minX -= marginX; maxX += marginX; minY -= marginY; maxY += marginY
        if maxY - minY < minimumLatitudeSpan {
            let mid = (minY + maxY) / 2
            minY = mid - minimumLatitudeSpan / 2; maxY = mid + minimumLatitudeSpan / 2
        }
        // Aspect: longitude degrees shrink by cos(latitude) on the ground.
        let scale = max(0.2, cos((minY + maxY) / 2 * .pi / 180))
        let dotsAcross = Double(columns * 2), dotsDown = Double(rows * 4)
        let perDotX = (maxX - minX) * scale / dotsAcross, perDotY = (maxY - minY) / dotsDown
        if perDotX < perDotY {
            let width = perDotY * dotsAcross / scale, mid = (minX + maxX) / 2
            minX = mid - width / 2; maxX = mid + width / 2
        } else {
            let height = perDotX * dotsDown, mid = (minY + maxY) / 2
            minY = mid - height / 2; maxY = mid + height / 2
        }
        if maxY > 90 { minY -= maxY - 90; maxY = 90 }
        if minY < -90 { maxY += -90 - minY; minY = -90 }
        return MapViewport(minLongitude: minX, maxLongitude: maxX, minLatitude: max(-90, minY), maxLatitude: min(90, maxY))
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

    /// The cell (column, row) of a point in a `columns` x `rows` map of `viewport`, nil outside.
    static func cell(longitude: Double, latitude: Double, viewport v: MapViewport,
                     columns: Int, rows: Int) -> (column: Int, row: Int)? {
        let fx = (longitude - v.minLongitude) / (v.maxLongitude - v.minLongitude)
        let fy = (v.maxLatitude - latitude) / (v.maxLatitude - v.minLatitude)
        guard fx >= 0, fx < 1, fy >= 0, fy < 1 else { return nil }
        return (Int(fx * Double(columns)), Int(fy * Double(rows)))
    }

    /// The land dots, row-major, `columns * 2` across and `rows * 4` down: each dot holds the
    /// index + 1 of the country it lies in, 0 for sea. A scanline per dot row gathers each
    /// country's ring crossings (even-odd) and fills between pairs, the same answer as
    /// `contains` for every dot centre.
    static func countries(viewport v: MapViewport, columns: Int, rows: Int, map: WorldMap) -> [Int32] {
        let width = columns * 2, height = rows * 4
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

    /// Whether each dot is land (`countries` without the country).
    static func land(viewport: MapViewport, columns: Int, rows: Int, map: WorldMap) -> [Bool] {
        countries(viewport: viewport, columns: columns, rows: rows, map: map).map { $0 != 0 }
    }

    /// The dots drawn: land, less a one-dot gap along borders (where the dot to the right or
    /// below lies in another country), so neighbouring countries show apart.
    static func drawnDots(viewport: MapViewport, columns: Int, rows: Int, map: WorldMap) -> [Bool] {
        let ids = countries(viewport: viewport, columns: columns, rows: rows, map: map)
        let width = columns * 2, height = rows * 4
        var dots = [Bool](repeating: false, count: ids.count)
        for dy in 0..<height {
            for dx in 0..<width {
                let id = ids[dy * width + dx]
                guard id != 0 else { continue }
                let right = dx + 1 < width ? ids[dy * width + dx + 1] : id
                let below = dy + 1 < height ? ids[(dy + 1) * width + dx] : id
                dots[dy * width + dx] = (right == id || right == 0) && (below == id || below == 0)
            }
        }
        return dots
    }

    /// The map as `rows` strings of `columns` Braille characters (a space where no dot is land).
    static func render(viewport: MapViewport, columns: Int, rows: Int, map: WorldMap = .shared) -> [String] {
        let dots = drawnDots(viewport: viewport, columns: columns, rows: rows, map: map)
        let width = columns * 2
        let bits: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        return (0..<rows).map { row in
            var line = String.UnicodeScalarView()
            for column in 0..<columns {
                var value: UInt32 = 0
                for dy in 0..<4 {
                    for dx in 0..<2 where dots[(row * 4 + dy) * width + column * 2 + dx] { value |= bits[dy][dx] }
                }
                line.append(value == 0 ? " " : Unicode.Scalar(0x2800 + value)!)
            }
            return String(line)
        }
    }

    /// Draws the map of the places in `nodes` into `rect`, markers on top (`•`, the selected `◆`).
    static func draw(in rect: Rect, places nodes: [PlaceNode], selected: Int?, theme: Theme,
                     grid: inout Grid, map: WorldMap = .shared) {
        guard rect.width > 0, rect.height > 0 else { return }
        var markers: [(id: Int, longitude: Double, latitude: Double)] = []
        func collect(_ node: PlaceNode) {
            if node.latitude != 0 || node.longitude != 0 {
                markers.append((node.placeID, node.longitude, node.latitude))
            }
            node.children.forEach(collect)
        }
        nodes.forEach(collect)
        let view = viewport(around: markers.map { ($0.longitude, $0.latitude) }, columns: rect.width, rows: rect.height)
        for (index, line) in render(viewport: view, columns: rect.width, rows: rect.height, map: map).enumerated() {
            _ = grid.put(line, column: rect.x, row: rect.y + index, style: theme[.dim], maxColumns: rect.width)
        }
        // The selected place last, so it stays visible where markers share a cell.
        for marker in markers.sorted(by: { ($0.id == selected ? 1 : 0) < ($1.id == selected ? 1 : 0) }) {
            guard let cell = cell(longitude: marker.longitude, latitude: marker.latitude, viewport: view,
                                  columns: rect.width, rows: rect.height) else { continue }
            let chosen = marker.id == selected
            _ = grid.put(chosen ? "◆" : "•", column: rect.x + cell.column, row: rect.y + cell.row,
                         style: theme[chosen ? .highlightStrong : .accent], maxColumns: 1)
        }
    }
}
