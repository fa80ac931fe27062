/// The map in Braille characters (U+2800, 2x4 dots a cell): the coasts and borders of a
/// `MapRaster` as lines, the land inside as a faint dot texture (`MapRaster.outlineDots`).
/// For terminals that show Unicode; `ASCIIMap` draws the same raster for those that cannot.
enum BrailleMap {
    /// `rows` strings of `columns` Braille characters (a space where no dot is land).
    static func render(_ raster: MapRaster) -> [String] {
        let dots = raster.outlineDots
        let width = raster.width
        let bits: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        return (0..<raster.rows).map { row in
            var line = String.UnicodeScalarView()
            for column in 0..<raster.columns {
                var value: UInt32 = 0
                for dy in 0..<4 {
                    for dx in 0..<2 where dots[(row * 4 + dy) * width + column * 2 + dx] { value |= bits[dy][dx] }
                }
                line.append(value == 0 ? " " : Unicode.Scalar(0x2800 + value)!)
            }
            return String(line)
        }
    }
}
