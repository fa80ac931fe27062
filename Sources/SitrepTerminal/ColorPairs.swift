import CNcurses
import SitrepUI

/// Allocates ncurses colour pairs on demand, one per (foreground, background) a frame uses.
struct ColorPairs {
    let depth: ColorDepth
    private var pairs: [PairKey: Int16] = [:]
    private var next: Int32 = 1
    private let limit: Int32

    private struct PairKey: Hashable { let fg: Int16; let bg: Int16 }

    init(depth: ColorDepth, available: Int32) {
        self.depth = depth
        self.limit = min(available, Int32(Int16.max))
    }

    /// The pair for a style's colours; 0 (terminal defaults) when colours are off or pairs run out.
    mutating func pair(for style: CellStyle) -> Int16 {
        guard depth != .none else { return 0 }
        let key = PairKey(fg: depth.number(for: style.foreground), bg: depth.number(for: style.background))
        if key.fg == -1 && key.bg == -1 { return 0 }
        if let p = pairs[key] { return p }
        guard next < limit else { return 0 }
        let p = Int16(next)
        guard init_pair(p, key.fg, key.bg) == OK else { return 0 }
        next += 1
        pairs[key] = p
        return p
    }
}
