/// The map in plain ASCII, for terminals without UTF-8 (`--ascii`, or a locale that is not
/// UTF-8), one character a cell of a `MapRaster`: coasts and borders as line art, `| / \ - _ '`
/// by the run of edge dots through the cell (`:` where lines meet), and the land inside as a
/// sparse dot grid (`.` every fourth column, staggered by row); the sea is blank.
enum ASCIIMap {
    /// `rows` strings of `columns` ASCII characters.
    static func render(_ raster: MapRaster) -> [String] {
        (0..<raster.rows).map { row in
            var line = ""
            line.reserveCapacity(raster.columns)
            for column in 0..<raster.columns { line.append(character(raster, column: column, row: row)) }
            return line
        }
    }

    /// The character of one cell from its 2x4 dots.
    static func character(_ raster: MapRaster, column: Int, row: Int) -> Character {
        var edges: [(x: Int, y: Int)] = []
        var land = 0
        for y in 0..<4 {
            for x in 0..<2 {
                let dx = column * 2 + x, dy = row * 4 + y
                guard raster[dx, dy] != 0 else { continue }
                land += 1
                if raster.isEdge(dx: dx, dy: dy) { edges.append((x, y)) }
            }
        }
        // A sparse grid, staggered by row, so markers and lines stand out against it.
        if edges.isEmpty { return land >= 4 && (column + 2 * (row % 2)) % 4 == 0 ? "." : " " }
        return line(through: edges)
    }

    /// The character that best draws a run of dots in a 2x4 cell.
    static func line(through dots: [(x: Int, y: Int)]) -> Character {
        if dots.count >= 6 { return ":" }
        let xs = dots.map(\.x), ys = dots.map(\.y)
        let spread = ys.max()! - ys.min()!
        let meanY = Double(ys.reduce(0, +)) / Double(dots.count)
        if spread <= 1 {
            if dots.count == 1 { return meanY < 2 ? "'" : "." }
            return meanY < 1 ? "'" : meanY < 2.5 ? "-" : "_"
        }
        if Set(xs).count == 1 { return "|" }
        let meanX = Double(xs.reduce(0, +)) / Double(dots.count)
        let covariance = dots.reduce(0.0) { $0 + (Double($1.x) - meanX) * (Double($1.y) - meanY) }
        if covariance > 0.01 { return "\\" }
        if covariance < -0.01 { return "/" }
        return "|"
    }
}
