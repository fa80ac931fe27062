import Foundation
import Testing
@testable import SitrepUI

/// Golden-file snapshots of whole frames, in `__Snapshots__` next to the calling test file.
///
/// With `SITREP_RECORD_SNAPSHOTS=1`, or when the file does not exist yet, the snapshot is
/// written and the test fails with "recorded snapshot, run again". Otherwise the text must
/// match, and a failure lists the rows that differ.
enum Snapshot {
    /// The frame as text: one line per row, trailing spaces removed.
    static func text(of grid: Grid) -> String {
        grid.textLines().map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    static func assertMatches(_ actual: String, named name: String, filePath: String = #filePath,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("__Snapshots__")
        let file = folder.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["SITREP_RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try actual.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("recorded snapshot, run again: \(file.path)", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        if expected != actual {
            Issue.record(Comment(rawValue: diff(expected: expected, actual: actual, name: name)),
                         sourceLocation: sourceLocation)
        }
    }

    /// Every row that differs, expected above actual, with its row number.
    static func diff(expected: String, actual: String, name: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report = ["snapshot '\(name)' differs (re-record with SITREP_RECORD_SNAPSHOTS=1):"]
        for row in 0..<max(old.count, new.count) {
            let before = row < old.count ? String(old[row]) : "<none>"
            let after = row < new.count ? String(new[row]) : "<none>"
            if before != after {
                let label = "row \(row)"
                let padding = String(repeating: " ", count: label.count)
                report.append("\(label) expected |\(before)|")
                report.append("\(padding)   actual |\(after)|")
            }
        }
        return report.joined(separator: "\n")
    }

    /// The styles of a frame: one letter per cell ("." for the right half of a wide cell), then
    /// a legend naming the theme roles that have each style.
    static func styleText(of grid: Grid, theme: Theme) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var order: [CellStyle] = []
        var lines: [String] = []
        for row in 0..<grid.rows {
            var line = ""
            for cell in grid.row(row) {
                if cell.isContinuation { line.append("."); continue }
                if !order.contains(cell.style) { order.append(cell.style) }
                let index = order.firstIndex(of: cell.style) ?? 0
                line.append(index < letters.count ? letters[index] : "?")
            }
            lines.append(line)
        }
        lines.append("")
        for (index, style) in order.enumerated() where index < letters.count {
            let roles = ThemeRole.allCases.filter { theme[$0] == style }.map(\.rawValue)
            let name = roles.isEmpty ? "(derived)" : roles.joined(separator: ", ")
            lines.append("\(letters[index]) = \(name): \(describe(style))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ style: CellStyle) -> String {
        func color(_ color: TermColor) -> String {
            switch color {
            case .terminalDefault: return "default"
            case .indexed(let index): return String(index)
            }
        }
        var words = ["\(color(style.foreground)) on \(color(style.background))"]
        if style.bold { words.append("bold") }
        if style.dim { words.append("dim") }
        if style.underline { words.append("underline") }
        if style.reverse { words.append("reverse") }
        if style.italic { words.append("italic") }
        return words.joined(separator: ", ")
    }
}
