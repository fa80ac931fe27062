import SitrepUI

/// How many colours the terminal can show, and how a theme colour maps down to them.
public enum ColorDepth: Sendable, Equatable {
    case none
    case basic8
    case basic16
    case indexed256

    init(colors: Int) {
        switch colors {
        case 256...: self = .indexed256
        case 16..<256: self = .basic16
        case 8..<16: self = .basic8
        default: self = .none
        }
    }

    /// The ncurses colour number for `color` at this depth (-1: the terminal default).
    func number(for color: TermColor) -> Int16 {
        guard case .indexed(let n) = color else { return -1 }
        switch self {
        case .none: return -1
        case .indexed256: return Int16(n)
        case .basic16: return Int16(n < 16 ? n : ColorDepth.nearestBasic(n, bright: true))
        case .basic8:
            if n < 8 { return Int16(n) }
            if n < 16 { return Int16(n - 8) }
            return Int16(ColorDepth.nearestBasic(n, bright: false))
        }
    }

    /// The nearest of the 8 (or 16) basic colours to a 256-palette entry.
    static func nearestBasic(_ n: UInt8, bright: Bool) -> UInt8 {
        let (r, g, b): (Int, Int, Int)
        if n >= 232 {
            let level = 8 + Int(n - 232) * 10
            (r, g, b) = (level, level, level)
        } else {
            let i = Int(n) - 16
            let steps = [0, 95, 135, 175, 215, 255]
            (r, g, b) = (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
        }
        let bit = { (v: Int) in v >= 128 ? 1 : 0 }
        let base = UInt8(bit(r) | bit(g) << 1 | bit(b) << 2)
        let isBright = max(r, g, b) >= 215 && base != 0
        return bright && isBright ? base + 8 : base
    }
}
