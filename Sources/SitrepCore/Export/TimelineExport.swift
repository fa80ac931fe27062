import Foundation

/// The merged timeline as text for scripts: plain text, JSON Lines, CSV and iCalendar.
public enum TimelineExport {
    /// Entries whose dates overlap [from, to] (either end open).
    public static func filter(_ entries: [TimelineEntry], from: DayDate?, to: DayDate?) -> [TimelineEntry] {
        entries.filter { e in
            if let from, let last = e.date.lastDay, last < from { return false }
            if let to, let first = e.date.firstDay, first > to { return false }
            return true
        }
    }

    /// One line per entry: date, marker, summary, then its sources.
    public static func text(_ entries: [TimelineEntry]) -> String {
        var out = ""
        for e in entries {
            let date = e.date.description.padding(toLength: 10, withPad: " ", startingAt: 0)
            let mark = e.isAnnounced ? " (announced)" : ""
            let sources = e.sources.map(\.documentID).uniqued().joined(separator: ", ")
            out += "\(date)  \(e.summary)\(mark)  [\(e.sources.count) source\(e.sources.count == 1 ? "" : "s"): \(sources)]\n"
        }
        return out
    }

    public static func jsonLines(_ entries: [TimelineEntry]) -> String {
        var out = ""
        for e in entries {
            var o = JSONObjectWriter()
            o.add(key: "date", string: e.date.description)
            o.add(key: "precision", string: e.date.precision.rawValue)
            o.add(key: "summary", string: e.summary)
            o.add(key: "actor", string: e.actor)
            o.add(key: "announced", bool: e.isAnnounced)
            var sources = JSONArrayWriter()
            for s in e.sources {
                var so = JSONObjectWriter()
                so.add(key: "id", string: s.documentID)
                so.add(key: "start", int: s.span.start)
                so.add(key: "end", int: s.span.end)
                sources.append(object: so)
            }
            o.add(key: "sources", array: sources)
            out += o.json + "\n"
        }
        return out
    }

    /// RFC 4180: a header row, fields quoted when they hold a comma, quote or line break.
    public static func csv(_ entries: [TimelineEntry]) -> String {
        var out = "date,precision,summary,actor,announced,sources\r\n"
        for e in entries {
            let fields = [e.date.description, e.date.precision.rawValue, e.summary, e.actor ?? "",
                          e.isAnnounced ? "yes" : "no", e.sources.map(\.documentID).uniqued().joined(separator: "; ")]
            out += fields.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    public static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// iCalendar (RFC 5545): one all-day VEVENT per entry, spanning its month or year when
    /// that is all the articles say. Imports into calendar programs.
    public static func iCalendar(_ entries: [TimelineEntry], now: Date = Date()) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sitrep//Timeline//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:Sitrep timeline"]
        let stamp = icsTimestamp(now)
        for e in entries {
            guard let first = e.date.firstDay, let last = e.date.lastDay, let end = DateMath.adding(days: 1, to: last) else { continue }
            let sources = e.sources.map(\.documentID).uniqued()
            lines += [
                "BEGIN:VEVENT",
                "UID:\(uid(e))@sitrep",
                "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(compact(first))",
                "DTEND;VALUE=DATE:\(compact(end))",
                "SUMMARY:\(icsText(e.summary))",
                "DESCRIPTION:\(icsText(descriptionText(e, sources: sources)))",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    private static func descriptionText(_ e: TimelineEntry, sources: [String]) -> String {
        var parts: [String] = []
        if let actor = e.actor { parts.append("Actor: \(actor)") }
        if e.isAnnounced { parts.append("Announced (after the newest article)") }
        if e.date.precision != .day { parts.append("Dated to the \(e.date.precision.rawValue) only") }
        parts.append("Sources: " + sources.joined(separator: ", "))
        return parts.joined(separator: "\n")
    }

    private static func compact(_ d: DayDate) -> String { d.iso.replacingOccurrences(of: "-", with: "") }

    private static func icsTimestamp(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: date)
    }

    /// A stable id from the date and summary (FNV-1a), so re-imports update rather than duplicate.
    private static func uid(_ e: TimelineEntry) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in (e.date.description + "|" + e.summary).utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return String(h, radix: 16)
    }

    static func icsText(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(ch)
            }
        }
        return out
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = "", count = 0
        for ch in line {
            let n = String(ch).utf8.count
            if count + n > 75 { out += "\r\n "; count = 1 }
            out.append(ch); count += n
        }
        return out
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each kept once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
