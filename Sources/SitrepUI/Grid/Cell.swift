/// One terminal cell: a single grapheme of known display width, or the right half of a wide one.
///
/// Invariant kept by `Grid`: `grapheme` never holds a control character, an escape or a bidi
/// override (those are replaced by visible symbols before they get here); a wide grapheme
/// (width 2) is followed by a continuation cell (width 0, empty grapheme).
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    /// 1 for normal, 2 for wide (CJK, most emoji), 0 for the continuation of a wide cell.
    public var width: UInt8
    public var style: CellStyle

    public init(grapheme: String = " ", width: UInt8 = 1, style: CellStyle = .plain) {
        self.grapheme = grapheme; self.width = width; self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}
