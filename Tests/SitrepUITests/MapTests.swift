import Foundation
@testable import SitrepCore
import Testing
@testable import SitrepUI

/// The Regions pane's map: the projection and viewports, the even-odd raster, the Braille and
/// ASCII renderings, the markers, and when the pane has room for it.
@Suite("Region map")
struct MapTests {
    static func ring(_ points: [(Double, Double)]) -> [WorldMap.Point] {
        points.map { WorldMap.Point(longitude: $0.0, latitude: $0.1) }
    }
    static let square = ring([(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)])
    static func map(_ rings: [[WorldMap.Point]]...) -> WorldMap {
        WorldMap(countries: rings.enumerated().map { index, rings in
            WorldMap.Country(countryCode: "X\(index)", isoA3: "", name: "Country \(index)", rings: rings)
        })
    }

    static func node(_ id: Int, _ name: String, _ kind: PlaceKind, _ country: String, lon: Double, lat: Double,
                     children: [PlaceNode] = []) -> PlaceNode {
        PlaceNode(placeID: id, name: name, kind: kind, countryCode: country, latitude: lat, longitude: lon,
                  count: 1, documents: ["d"], children: children)
    }

    // MARK: - raster

    @Test func pointInSquareRing() {
        #expect(MapRaster.contains(longitude: 5, latitude: 5, ring: Self.square))
        #expect(MapRaster.contains(longitude: 0.5, latitude: 9.5, ring: Self.square))
        #expect(!MapRaster.contains(longitude: 15, latitude: 5, ring: Self.square))
        #expect(!MapRaster.contains(longitude: 5, latitude: -1, ring: Self.square))
    }

    @Test func holeByEvenOdd() {
        let hole = Self.ring([(3, 3), (7, 3), (7, 7), (3, 7), (3, 3)])
        // 20x20 dots over 0...10: a dot is half a degree.
        let view = MapViewport(minLongitude: 0, maxLongitude: 10, minLatitude: 0, maxLatitude: 10)
        let dots = MapRaster(viewport: view, columns: 10, rows: 5, map: Self.map([Self.square, hole])).land
        #expect(dots[0]) // the corner (0.25, 9.75)
        #expect(!dots[10 * 20 + 10]) // (5.25, 4.75): in the hole
        #expect(dots[10 * 20 + 2])   // (1.25, 4.75)
    }

    @Test func rasterAgreesWithContains() {
        let ring = Self.ring([(1, 1), (9, 2), (6, 9), (2, 6), (1, 1)])
        let view = MapViewport(minLongitude: 0, maxLongitude: 10, minLatitude: 0, maxLatitude: 10)
        let dots = MapRaster(viewport: view, columns: 8, rows: 4, map: Self.map([ring])).land
        for dy in 0..<16 {
            for dx in 0..<16 {
                let x = (Double(dx) + 0.5) * 10 / 16, y = 10 - (Double(dy) + 0.5) * 10 / 16
                #expect(dots[dy * 16 + dx] == MapRaster.contains(longitude: x, latitude: y, ring: ring))
            }
        }
    }

    // MARK: - renderings

    @Test func brailleCellsAreBraille() {
        let view = MapViewport(minLongitude: -10, maxLongitude: 10, minLatitude: -10, maxLatitude: 10)
        let raster = MapRaster(viewport: view, columns: 4, rows: 2, map: Self.map([Self.square]))
        // The coast (left and bottom; the map's own edge draws no line) and one texture dot a cell.
        #expect(BrailleMap.render(raster) == ["  ⣇⣁", "    "])
    }

    @Test func asciiDrawsCoastsAndBordersAsLinesAndLandAsDots() {
        // Two countries side by side over 0...8 x 0...3, the sea above them: 8 x 4 cells of
        // 1 x 2 degrees (dots half a degree). The coast runs along the top of row 2; the
        // border between them down row 3 (the map's own edge draws nothing).
        let west = Self.ring([(0, 0), (4, 0), (4, 3), (0, 3), (0, 0)])
        let east = Self.ring([(4, 0), (8, 0), (8, 3), (4, 3), (4, 0)])
        let view = MapViewport(minLongitude: 0, maxLongitude: 8, minLatitude: 0, maxLatitude: 8)
        let rows = ASCIIMap.render(MapRaster(viewport: view, columns: 8, rows: 4, map: Self.map([west], [east])))
        #expect(rows == ["        ", "        ", "--------", "  .|| . "])
        #expect(rows.joined().unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func asciiLineArtFollowsTheDotsInACell() {
        #expect(ASCIIMap.line(through: [(0, 0), (0, 1), (0, 2), (0, 3)]) == "|")
        #expect(ASCIIMap.line(through: [(0, 0), (1, 0)]) == "'")
        #expect(ASCIIMap.line(through: [(0, 1), (1, 2)]) == "-")
        #expect(ASCIIMap.line(through: [(0, 3), (1, 3)]) == "_")
        #expect(ASCIIMap.line(through: [(0, 0), (0, 1), (1, 2), (1, 3)]) == "\\")
        #expect(ASCIIMap.line(through: [(1, 0), (1, 1), (0, 2), (0, 3)]) == "/")
        #expect(ASCIIMap.line(through: [(0, 0), (1, 0), (0, 1), (1, 1), (0, 2), (1, 2)]) == ":")
    }

    // MARK: - viewports

    @Test func projection() {
        let view = MapViewport(minLongitude: 0, maxLongitude: 40, minLatitude: 0, maxLatitude: 20)
        #expect(view.cell(longitude: 1, latitude: 19, columns: 40, rows: 10)! == (1, 0))
        #expect(view.cell(longitude: 39.5, latitude: 0.5, columns: 40, rows: 10)! == (39, 9))
        #expect(view.cell(longitude: 41, latitude: 5, columns: 40, rows: 10) == nil)
    }

    @Test func viewportHasMarginMinimumSpanAndSquareDots() {
        let view = MapViewport.around([(20, 45)], columns: 30, rows: 17)
        #expect(view.maxLatitude - view.minLatitude >= MapViewport.minimumLatitudeSpan)
        #expect(view.minLongitude < 20 && view.maxLongitude > 20 && view.minLatitude < 45 && view.maxLatitude > 45)
        let across = (view.maxLongitude - view.minLongitude) * cos(45 * Double.pi / 180) / 60
        let down = (view.maxLatitude - view.minLatitude) / 68
        #expect(abs(across - down) < 0.05 * down)
    }

    @Test func aCountryViewportIsTheRingThatHoldsThePlace() throws {
        // A country with a small home ring far from a big overseas one.
        let home = Self.ring([(0, 40), (8, 40), (8, 48), (0, 48), (0, 40)])
        let overseas = Self.ring([(-60, 0), (-50, 0), (-50, 10), (-60, 10), (-60, 0)])
        let map = WorldMap(countries: [WorldMap.Country(countryCode: "FR", isoA3: "FRA", name: "F", rings: [overseas, home])])
        let view = try #require(MapViewport.around(country: "FR", place: (2.35, 46), columns: 40, rows: 10, map: map))
        #expect(view.minLongitude > -50 && view.minLatitude > 10, "the overseas ring is left out: \(view)")
        #expect(MapViewport.around(country: "ZZ", place: (0, 0), columns: 40, rows: 10, map: map) == nil)
    }

    @Test func theSelectedPlacesCountryIsTheAreaInQuestion() {
        let map = Self.map([Self.ring([(18, 42), (23, 42), (23, 46), (18, 46), (18, 42)])], [Self.square])
        let inside = Self.node(1, "Inland", .city, "X0", lon: 20, lat: 44)
        let far = Self.node(2, "Far", .city, "X1", lon: 5, lat: 5)
        let zoomed = RegionMap.viewport(selected: inside, places: [inside, far], columns: 40, rows: 10, map: map)
        #expect(zoomed.minLatitude > 30, "the view shows the selected place's country, not both places")
        let overview = RegionMap.viewport(selected: nil, places: [inside, far], columns: 40, rows: 10, map: map)
        #expect(overview.minLatitude < 5 && overview.maxLatitude > 44)
    }

    // MARK: - markers

    @Test func markersAreTheListedPlacesClusteredByCell() {
        let city = Self.node(3, "Town", .city, "X0", lon: 20.1, lat: 44.1)
        let region = Self.node(2, "Province", .region, "X0", lon: 20.2, lat: 44.2, children: [city])
        let country = Self.node(1, "Land", .country, "X0", lon: 21, lat: 45, children: [region])
        let sea = Self.node(9, "Sea", .other, "", lon: 29, lat: 43)
        let tree = MapMarkers.nodesByID([country, sea])
        // Closed: only the country is listed (the sea is listed but no point stands for it).
        #expect(MapMarkers.markable(listed: [1, 9], in: tree).map(\.placeID) == [1])
        // Opened: the region and the town share a cell with each other, not with the country.
        let places = MapMarkers.markable(listed: [1, 2, 3, 9], in: tree)
        let view = MapViewport(minLongitude: 10, maxLongitude: 30, minLatitude: 40, maxLatitude: 50)
        let markers = MapMarkers(places: places, selected: nil, viewport: view, columns: 20, rows: 10).markers
        #expect(markers.map(\.count).sorted() == [1, 2])
        #expect(RegionMap.symbol(count: 2, glyphs: .ascii) == "2")
        #expect(RegionMap.symbol(count: 12, glyphs: .ascii) == "*")
        // A selected sea is marked all the same.
        let selected = MapMarkers(places: places, selected: sea, viewport: view, columns: 20, rows: 10).markers
        #expect(selected.filter(\.selected).count == 1)
    }

    // MARK: - layout and data

    @Test func mapOnlyWhenThePaneHasRoom() {
        #expect(Layout.mapArea(in: Rect(x: 0, y: 0, width: 63, height: 19)).width == 30)
        #expect(Layout.mapArea(in: Rect(x: 0, y: 0, width: 40, height: 30)).height == 14)
        #expect(Layout.mapArea(in: Rect(x: 0, y: 0, width: 41, height: 12)) == .zero)
        let list = Layout.listArea(of: .regions, in: Rect(x: 0, y: 0, width: 63, height: 19))
        #expect(list == Rect(x: 1, y: 1, width: 30, height: 17))
    }

    @Test func bundledOutlinesDrawLand() {
        guard !WorldMap.shared.countries.isEmpty else { return }
        // Around Belgrade: the city's cell is land in both renderings, the Adriatic is sea.
        let view = MapViewport.around([(20.46, 44.82)], columns: 30, rows: 17)
        let raster = MapRaster(viewport: view, columns: 30, rows: 17, map: .shared)
        let braille = BrailleMap.render(raster).map(Array.init), ascii = ASCIIMap.render(raster).map(Array.init)
        let city = view.cell(longitude: 20.46, latitude: 44.82, columns: 30, rows: 17)!
        #expect(braille[city.row][city.column] != " ")
        // ASCII dots the land in every other column.
        #expect(ascii[city.row][max(0, city.column - 1)...(city.column + 1)].contains { $0 != " " })
        let sea = view.cell(longitude: 15.8, latitude: 42.3, columns: 30, rows: 17)!
        #expect(braille[sea.row][sea.column] == " " && ascii[sea.row][sea.column] == " ")
    }
}
