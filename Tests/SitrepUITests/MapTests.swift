import Foundation
import SitrepCore
import Testing
@testable import SitrepUI

/// The Regions pane's Braille map: the projection, the even-odd test, the land raster and
/// when the pane has room for it.
@Suite("Braille map")
struct BrailleMapTests {
    static let square: [WorldMap.Point] = [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]
        .map { WorldMap.Point(longitude: $0.0, latitude: $0.1) }

    @Test func pointInSquareRing() {
        #expect(BrailleMap.contains(longitude: 5, latitude: 5, ring: Self.square))
        #expect(BrailleMap.contains(longitude: 0.5, latitude: 9.5, ring: Self.square))
        #expect(!BrailleMap.contains(longitude: 15, latitude: 5, ring: Self.square))
        #expect(!BrailleMap.contains(longitude: 5, latitude: -1, ring: Self.square))
    }

    @Test func holeByEvenOdd() {
        let hole: [WorldMap.Point] = [(3, 3), (7, 3), (7, 7), (3, 7), (3, 3)]
            .map { WorldMap.Point(longitude: $0.0, latitude: $0.1) }
        let map = WorldMap(countries: [WorldMap.Country(countryCode: "XX", isoA3: "XXX", name: "Square",
                                                        rings: [Self.square, hole])])
        // 20x20 dots over 0...10: a dot is half a degree.
        let view = MapViewport(minLongitude: 0, maxLongitude: 10, minLatitude: 0, maxLatitude: 10)
        let dots = BrailleMap.land(viewport: view, columns: 10, rows: 5, map: map)
        #expect(dots[0]) // the corner (0.25, 9.75)
        #expect(!dots[10 * 20 + 10]) // (5.25, 4.75): in the hole
        #expect(dots[10 * 20 + 2])   // (1.25, 4.75)
    }

    @Test func rasterAgreesWithContains() {
        let ring: [WorldMap.Point] = [(1, 1), (9, 2), (6, 9), (2, 6), (1, 1)]
            .map { WorldMap.Point(longitude: $0.0, latitude: $0.1) }
        let map = WorldMap(countries: [WorldMap.Country(countryCode: "", isoA3: "", name: "T", rings: [ring])])
        let view = MapViewport(minLongitude: 0, maxLongitude: 10, minLatitude: 0, maxLatitude: 10)
        let dots = BrailleMap.land(viewport: view, columns: 8, rows: 4, map: map)
        for dy in 0..<16 {
            for dx in 0..<16 {
                let x = (Double(dx) + 0.5) * 10 / 16, y = 10 - (Double(dy) + 0.5) * 10 / 16
                #expect(dots[dy * 16 + dx] == BrailleMap.contains(longitude: x, latitude: y, ring: ring))
            }
        }
    }

    @Test func renderedCellsAreBraille() {
        let map = WorldMap(countries: [WorldMap.Country(countryCode: "", isoA3: "", name: "S", rings: [Self.square])])
        let view = MapViewport(minLongitude: -10, maxLongitude: 10, minLatitude: -10, maxLatitude: 10)
        let rows = BrailleMap.render(viewport: view, columns: 4, rows: 2, map: map)
        #expect(rows == ["  ⣿⣿", "    "])
    }

    @Test func projection() {
        let view = MapViewport(minLongitude: 0, maxLongitude: 40, minLatitude: 0, maxLatitude: 20)
        #expect(BrailleMap.cell(longitude: 1, latitude: 19, viewport: view, columns: 40, rows: 10)! == (1, 0))
        #expect(BrailleMap.cell(longitude: 39.5, latitude: 0.5, viewport: view, columns: 40, rows: 10)! == (39, 9))
        #expect(BrailleMap.cell(longitude: 41, latitude: 5, viewport: view, columns: 40, rows: 10) == nil)
    }

    @Test func viewportHasMarginMinimumSpanAndSquareDots() {
        let view = BrailleMap.viewport(around: [(20, 45)], columns: 30, rows: 17)
        #expect(view.maxLatitude - view.minLatitude >= BrailleMap.minimumLatitudeSpan)
        #expect(view.minLongitude < 20 && view.maxLongitude > 20 && view.minLatitude < 45 && view.maxLatitude > 45)
        let across = (view.maxLongitude - view.minLongitude) * cos(45 * Double.pi / 180) / 60
        let down = (view.maxLatitude - view.minLatitude) / 68
        #expect(abs(across - down) < 0.05 * down)
    }

    @Test func mapOnlyWhenThePaneHasRoom() {
        #expect(Layout.mapArea(in: Rect(x: 0, y: 0, width: 63, height: 19)).width == 30)
        #expect(Layout.mapArea(in: Rect(x: 0, y: 0, width: 40, height: 30)).height == 14)
        #expect(Layout.mapArea(in: Rect(x: 0, y: 0, width: 41, height: 12)) == .zero)
        let list = Layout.listArea(of: .regions, in: Rect(x: 0, y: 0, width: 63, height: 19))
        #expect(list == Rect(x: 1, y: 1, width: 30, height: 17))
    }

    @Test func bundledOutlinesDrawLand() {
        guard !WorldMap.shared.countries.isEmpty else { return }
        // Around Belgrade, inland: the cell of the city is land.
        let view = BrailleMap.viewport(around: [(20.46, 44.82)], columns: 30, rows: 17)
        let rows = BrailleMap.render(viewport: view, columns: 30, rows: 17)
        let cell = BrailleMap.cell(longitude: 20.46, latitude: 44.82, viewport: view, columns: 30, rows: 17)!
        #expect(Array(rows[cell.row])[cell.column] == "⣿")
    }
}
