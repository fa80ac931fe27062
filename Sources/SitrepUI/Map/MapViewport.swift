import Foundation
import SitrepCore

/// The part of the world a map shows: an equirectangular window in degrees, and where a point
/// falls in a map of it `columns` x `rows` cells big (2 x 4 dots a cell).
struct MapViewport: Sendable, Hashable {
    var minLongitude: Double
    var maxLongitude: Double
    var minLatitude: Double
    var maxLatitude: Double

    static let world = MapViewport(minLongitude: -180, maxLongitude: 180, minLatitude: -90, maxLatitude: 90)

    /// The smallest span shown, in degrees of latitude, so one city still shows its coast.
    static let minimumLatitudeSpan = 8.0

    /// The bounding box of `points` (longitude, latitude) with a margin, at least
    /// `minimumLatitudeSpan` tall, widened or heightened so a dot covers as many kilometres
    /// across as down (dots are about square: a cell is twice as tall as wide).
    static func around(_ points: [(longitude: Double, latitude: Double)], columns: Int, rows: Int) -> MapViewport {
        guard !points.isEmpty, columns > 0, rows > 0 else { return world }
        let xs = points.map(\.longitude), ys = points.map(\.latitude)
        return around(minLongitude: xs.min()!, maxLongitude: xs.max()!, minLatitude: ys.min()!,
                      maxLatitude: ys.max()!, columns: columns, rows: rows)
    }

    /// A box (a country's outline) with a margin, made square-dotted like `around(_:)`.
    static func around(minLongitude: Double, maxLongitude: Double, minLatitude: Double, maxLatitude: Double,
                       columns: Int, rows: Int) -> MapViewport {
        guard columns > 0, rows > 0 else { return world }
        var minX = minLongitude, maxX = maxLongitude, minY = minLatitude, maxY = maxLatitude
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

    /// The area of a country around one of its places: the outline's ring that holds the place
    /// (or the largest, for a place the 1:110m outline misses), so France means mainland France
    /// and not its overseas departments; nil when the map has no outline for `countryCode`.
    static func around(country countryCode: String, place: (longitude: Double, latitude: Double),
                       columns: Int, rows: Int, map: WorldMap) -> MapViewport? {
        guard !countryCode.isEmpty, let country = map.country(countryCode) else { return nil }
        let rings = country.rings.filter { $0.count > 2 }
        guard !rings.isEmpty else { return nil }
        let ring = rings.first { MapRaster.contains(longitude: place.longitude, latitude: place.latitude, ring: $0) }
            ?? rings.max { $0.count < $1.count }!
        var minX = place.longitude, maxX = place.longitude, minY = place.latitude, maxY = place.latitude
        for p in ring {
            minX = min(minX, p.longitude); maxX = max(maxX, p.longitude)
            minY = min(minY, p.latitude); maxY = max(maxY, p.latitude)
        }
        return around(minLongitude: minX, maxLongitude: maxX, minLatitude: minY, maxLatitude: maxY,
                      columns: columns, rows: rows)
    }

    /// The cell (column, row) of a point in a `columns` x `rows` map, nil outside.
    func cell(longitude: Double, latitude: Double, columns: Int, rows: Int) -> (column: Int, row: Int)? {
        let fx = (longitude - minLongitude) / (maxLongitude - minLongitude)
        let fy = (maxLatitude - latitude) / (maxLatitude - minLatitude)
        guard fx >= 0, fx < 1, fy >= 0, fy < 1 else { return nil }
        return (Int(fx * Double(columns)), Int(fy * Double(rows)))
    }
}
