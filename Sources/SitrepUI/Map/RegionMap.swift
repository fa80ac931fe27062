import SitrepCore

/// The Regions pane's map of "the area in question": the country of the selected place, or
/// (when the selection is a sea, a river, or nothing) every place the tree lists. Outlines in
/// Braille (`BrailleMap`) or, where the terminal cannot show it, in ASCII (`ASCIIMap`); markers
/// for the places the tree lists (`MapMarkers`: `•`/`o` one place, a digit for 2-9 places in a
/// cell, `*` for more), the selected place `◆`/`@`; a legend on the last row when there is room.
enum RegionMap {
    /// The glyphs of one character set.
    struct Glyphs: Sendable, Hashable {
        var place: String
        var selected: String
        var many: String

        static let unicode = Glyphs(place: "\u{2022}", selected: "\u{25C6}", many: "*")
        static let ascii = Glyphs(place: "o", selected: "@", many: "*")
    }

    /// Maps this short or shorter have no legend row.
    static let legendMinimumRows = 6

    /// Draws the map into `rect`. `listed` is the gazetteer ids of the tree's rows, in order.
    static func draw(in rect: Rect, tree: [PlaceNode], listed: [Int], selected selectedID: Int?,
                     ascii: Bool, theme: Theme, grid: inout Grid, map: WorldMap = .shared) {
        guard rect.width > 0, rect.height > 0 else { return }
        let glyphs = ascii ? Glyphs.ascii : Glyphs.unicode
        let index = MapMarkers.nodesByID(tree)
        let places = MapMarkers.markable(listed: listed, in: index)
        let selected = selectedID.flatMap { index[$0] }.flatMap {
            MapMarkers.hasCoordinates($0) ? $0 : nil
        }
        let legend = rect.height >= legendMinimumRows
        let rows = legend ? rect.height - 1 : rect.height
        let view = viewport(selected: selected, places: places, columns: rect.width, rows: rows, map: map)
        let raster = MapRaster(viewport: view, columns: rect.width, rows: rows, map: map)
        let lines = ascii ? ASCIIMap.render(raster) : BrailleMap.render(raster)
        for (index, line) in lines.enumerated() {
            grid.put(line, column: rect.x, row: rect.y + index, style: theme[.dim], maxColumns: rect.width)
        }
        let markers = MapMarkers(places: places, selected: selected, viewport: view, columns: rect.width, rows: rows)
        for marker in markers.markers {
            let glyph = marker.selected ? glyphs.selected : symbol(count: marker.count, glyphs: glyphs)
            grid.put(glyph, column: rect.x + marker.column, row: rect.y + marker.row,
                     style: theme[marker.selected ? .highlightStrong : .accent], maxColumns: 1)
        }
        if legend {
            drawLegend(in: Rect(x: rect.x, y: rect.maxY - 1, width: rect.width, height: 1), selected: selected,
                       counts: markers.markers.filter { !$0.selected }.map(\.count), glyphs: glyphs,
                       theme: theme, grid: &grid)
        }
    }

    /// The selected place's country (its outline's ring that holds the place); else every
    /// listed place and the selection; else the world.
    static func viewport(selected: PlaceNode?, places: [PlaceNode], columns: Int, rows: Int,
                         map: WorldMap) -> MapViewport {
        if let selected, let country = MapViewport.around(
            country: selected.countryCode, place: (selected.longitude, selected.latitude),
            columns: columns, rows: rows, map: map) {
            return country
        }
        let points = (places + (selected.map { [$0] } ?? [])).map { (longitude: $0.longitude, latitude: $0.latitude) }
        return MapViewport.around(points, columns: columns, rows: rows)
    }

    /// A marker for `count` places in one cell.
    static func symbol(count: Int, glyphs: Glyphs) -> String {
        switch count {
        case ...1: return glyphs.place
        case 2...9: return String(count)
        default: return glyphs.many
        }
    }

    /// "◆ Novi Sad  • place  2-9 places  * 10+": the selection's name, then what the markers
    /// drawn mean; an item that does not fit is left out.
    private static func drawLegend(in rect: Rect, selected: PlaceNode?, counts: [Int], glyphs: Glyphs,
                                   theme: Theme, grid: inout Grid) {
        grid.fill(rect, style: theme[.text])
        var items: [(glyph: String, role: ThemeRole, text: String)] = []
        if let selected { items.append((glyphs.selected, .highlightStrong, selected.name)) }
        if counts.contains(1) { items.append((glyphs.place, .accent, "place")) }
        if counts.contains(where: { (2...9).contains($0) }) { items.append(("2-9", .accent, "places")) }
        if counts.contains(where: { $0 > 9 }) { items.append((glyphs.many, .accent, "10+ places")) }
        var x = rect.x
        for (index, item) in items.enumerated() {
            let room = rect.maxX - x
            let needed = item.glyph.displayWidth + 1 + item.text.displayWidth
            // The selection's name may be shortened; the key's items are whole or left out.
            if index == 0 && selected != nil && room >= item.glyph.displayWidth + 4 {
                x += grid.put(item.glyph, column: x, row: rect.y, style: theme[item.role])
                x += grid.put(" " + item.text, column: x, row: rect.y, style: theme[.dim],
                              maxColumns: rect.maxX - x, overflow: .ellipsis)
            } else if needed <= room {
                x += grid.put(item.glyph, column: x, row: rect.y, style: theme[item.role])
                x += grid.put(" " + item.text, column: x, row: rect.y, style: theme[.dim])
            } else {
                break
            }
            x += 2
        }
    }
}
