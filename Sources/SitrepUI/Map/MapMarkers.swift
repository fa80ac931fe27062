import SitrepCore

/// The places a map marks, gathered into cells: only the places the Regions tree lists (the
/// top level and what is opened), so the map says what the list says; places that share a cell
/// become one marker with their count.
struct MapMarkers: Sendable, Hashable {
    /// One marked cell.
    struct Marker: Sendable, Hashable {
        var column: Int
        var row: Int
        /// How many listed places fall in the cell.
        var count: Int
        /// The selected place is in the cell.
        var selected: Bool
    }

    /// Marked cells, top to bottom, left to right.
    private(set) var markers: [Marker] = []

    /// The listed places' cells in a `columns` x `rows` map of `viewport`; the selected place
    /// is marked even when the tree does not list it.
    init(places: [PlaceNode], selected: PlaceNode?, viewport: MapViewport, columns: Int, rows: Int) {
        var cells: [Int: Marker] = [:]
        var seen = Set<Int>()
        for place in places + (selected.map { [$0] } ?? []) where seen.insert(place.placeID).inserted {
            guard let cell = viewport.cell(longitude: place.longitude, latitude: place.latitude,
                                           columns: columns, rows: rows) else { continue }
            let key = cell.row * columns + cell.column
            var marker = cells[key] ?? Marker(column: cell.column, row: cell.row, count: 0, selected: false)
            marker.count += 1
            if place.placeID == selected?.placeID { marker.selected = true }
            cells[key] = marker
        }
        markers = cells.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The places of the tree (`index`, from `nodesByID`) whose rows list (`listed`, gazetteer
    /// ids in row order) that a point
    /// can stand for: not seas, rivers or continents (kind `other`), not places without
    /// coordinates.
    static func markable(listed: [Int], in index: [Int: PlaceNode]) -> [PlaceNode] {
        listed.compactMap { index[$0] }.filter { $0.kind != .other && hasCoordinates($0) }
    }

    /// Every node of the tree by its gazetteer id.
    static func nodesByID(_ tree: [PlaceNode]) -> [Int: PlaceNode] {
        var index: [Int: PlaceNode] = [:]
        func add(_ node: PlaceNode) {
            index[node.placeID] = node
            node.children.forEach(add)
        }
        tree.forEach(add)
        return index
    }

    static func hasCoordinates(_ node: PlaceNode) -> Bool { node.latitude != 0 || node.longitude != 0 }
}
