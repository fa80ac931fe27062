/// A calendar or clock unit as used in durations and relative dates.
enum TimeUnit: UInt8, Comparable {
    case second, minute, hour, day, week, fortnight, month, quarter, year, decade, century, millennium

    static func < (a: TimeUnit, b: TimeUnit) -> Bool { a.rawValue < b.rawValue }

    /// Clock units take the `T` designator in ISO 8601 durations.
    var isClock: Bool { self <= .hour }
}

/// TIMEX3 duration values: `P3D`, `PT30M`, `P2Y6M`, `PXW`, `P10Y` (a decade), `PXDE`.
enum DurationFormat {
    /// A duration of `amount` units; nil amount means an unspecified number ("several weeks").
    static func value(_ amount: Double?, _ unit: TimeUnit) -> String {
        guard let amount else {
            switch unit {
            case .second: return "PTXS"
            case .minute: return "PTXM"
            case .hour: return "PTXH"
            case .day: return "PXD"
            case .week, .fortnight: return "PXW"
            case .month: return "PXM"
            case .quarter: return "PXQ"
            case .year: return "PXY"
            case .decade: return "PXDE"
            case .century: return "PXCE"
            case .millennium: return "PXML"
            }
        }
        if amount <= 0 { return unit.isClock ? "PT0" + (unit == .hour ? "H" : unit == .minute ? "M" : "S") : "P0D" }
        switch unit {
        case .fortnight: return value(amount * 2, .week)
        case .decade: return value(amount * 10, .year)
        case .century: return value(amount * 100, .year)
        case .millennium: return value(amount * 1000, .year)
        case .week where amount != amount.rounded(.down): return value(amount * 7, .day)
        case .quarter where amount != amount.rounded(.down): return value(amount * 3, .month)
        default: break
        }
        let whole = amount.rounded(.down)
        let frac = amount - whole
        let n = Int(whole)
        switch unit {
        case .year:
            return "P" + part(n, "Y") + (frac > 0 ? number(frac * 12) + "M" : "")
        case .month:
            return "P" + part(n, "M") + (frac > 0 ? number(frac * 30) + "D" : "")
        case .week: return "P\(n)W"
        case .quarter: return "P\(n)Q"
        case .day:
            return "P" + part(n, "D") + (frac > 0 ? "T" + number(frac * 24) + "H" : "")
        case .hour:
            return "PT" + part(n, "H") + (frac > 0 ? number(frac * 60) + "M" : "")
        case .minute:
            return "PT" + part(n, "M") + (frac > 0 ? number(frac * 60) + "S" : "")
        case .second:
            return "PT" + number(amount) + "S"
        default: return "P" + number(amount) + "Y"
        }
    }

    private static func part(_ n: Int, _ code: String) -> String { n > 0 ? "\(n)" + code : "" }

    private static func number(_ x: Double) -> String {
        let r = (x * 1000).rounded() / 1000
        if r == r.rounded(.down) { return String(Int(r)) }
        return String(r)
    }
}
