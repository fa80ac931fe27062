import Foundation
import SitrepCore

/// `sitrep bench --terminal`: the dashboard on a pseudo-terminal of our own, watching a folder
/// of generated articles, with every byte it writes to the "screen" counted: the first frame,
/// an idle spell, one new article (and how long until the screen changes), a burst of
/// articles (how many separate redraws), and a resize.
struct TerminalBytesBench {
    var executable: String
    var idleSeconds: Double = 10
    var startArticles = 20
    var burstArticles = 1_000
    var columns = 120
    var rows = 35

    /// One measured figure.
    struct Row { var name: String; var bytes: Int; var note: String }

    func run(progress: (String) -> Void) throws -> [Row] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-terminal-bench-\(getpid())")
        let watched = root.appendingPathComponent("watched"), staging = root.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: watched, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let articles = SyntheticCorpus(count: startArticles + 1 + burstArticles, seed: 7).generate()
        for article in articles.prefix(startArticles) {
            try article.text.write(to: watched.appendingPathComponent(article.name), atomically: true, encoding: .utf8)
        }
        var environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        for key in ["HOME", "PATH", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"] {
            if let value = ProcessInfo.processInfo.environment[key] { environment[key] = value }
        }
        progress("starting the dashboard on a \(columns)x\(rows) pseudo-terminal")
        let terminal = try PseudoTerminal(executable: executable, arguments: ["--no-store", watched.path],
                                          environment: environment, columns: columns, rows: rows)
        terminal.pumpUntilQuiet(1.5, limit: 60)
        var rowsOut: [Row] = []
        let full = terminal.output.count
        rowsOut.append(Row(name: "first full frame", bytes: full, note: "\(columns)x\(rows), \(startArticles) articles"))

        progress("idle for \(Int(idleSeconds)) s")
        var mark = terminal.output.count
        terminal.pump(for: idleSeconds)
        rowsOut.append(Row(name: "idle \(Int(idleSeconds)) s", bytes: terminal.output.count - mark, note: "target 0"))

        progress("one new article")
        mark = terminal.output.count
        let one = articles[startArticles]
        try move(one, via: staging, into: watched)
        let written = Date()
        terminal.pumpUntilQuiet(1.0, limit: 10)
        let firstChange = terminal.reads.first { $0.time > written }?.time
        let latency = firstChange.map { String(format: "on screen after %.0f ms", $0.timeIntervalSince(written) * 1000) } ?? "no change seen"
        let oneBytes = terminal.output.count - mark
        rowsOut.append(Row(name: "one new article", bytes: oneBytes,
                           note: latency + String(format: ", %.1f%% of a full frame", Double(oneBytes) * 100 / Double(max(1, full)))))

        progress("a burst of \(burstArticles) articles")
        mark = terminal.output.count
        let readsBefore = terminal.reads.count
        for article in articles.suffix(burstArticles) {
            try article.text.write(to: staging.appendingPathComponent(article.name), atomically: false, encoding: .utf8)
        }
        let burstStart = Date()
        for article in articles.suffix(burstArticles) {
            _ = rename(staging.appendingPathComponent(article.name).path, watched.appendingPathComponent(article.name).path)
        }
        // Extraction takes a while before the first redraw: wait for it, then for quiet.
        _ = terminal.pumpUntilOutput(after: mark, limit: 60)
        terminal.pumpUntilQuiet(2.0, limit: 120)
        let burstReads = terminal.reads[readsBefore...]
        let redraws = Self.redraws(in: Array(burstReads.map(\.time)), gap: 0.1)
        let settled = burstReads.last.map { $0.time.timeIntervalSince(burstStart) } ?? 0
        rowsOut.append(Row(name: "burst of \(burstArticles) articles", bytes: terminal.output.count - mark,
                           note: String(format: "%d redraws over %.1f s (%.1f a second)", redraws, settled,
                                        Double(redraws) / max(0.001, settled))))

        progress("resize")
        mark = terminal.output.count
        terminal.resize(columns: columns - 20, rows: rows - 5)
        _ = terminal.pumpUntilOutput(after: mark, limit: 10)
        terminal.pumpUntilQuiet(1.0, limit: 10)
        rowsOut.append(Row(name: "resize", bytes: terminal.output.count - mark, note: "to \(columns - 20)x\(rows - 5): one full redraw"))

        terminal.type("q")
        let status = terminal.waitForExit(seconds: 10)
        if status != 0 { throw PseudoTerminalError("the dashboard did not quit cleanly (status \(status.map(String.init) ?? "none"))") }
        return rowsOut
    }

    /// Writes the article outside the watched folder, then renames it in (as a feed would).
    private func move(_ article: (name: String, text: String), via staging: URL, into watched: URL) throws {
        let temporary = staging.appendingPathComponent(article.name)
        try article.text.write(to: temporary, atomically: false, encoding: .utf8)
        _ = rename(temporary.path, watched.appendingPathComponent(article.name).path)
    }

    /// Output times grouped into redraws: reads less than `gap` apart belong to one.
    static func redraws(in times: [Date], gap: TimeInterval) -> Int {
        var count = 0
        var last: Date?
        for time in times {
            if last == nil || time.timeIntervalSince(last!) > gap { count += 1 }
            last = time
        }
        return count
    }

    static func table(_ rows: [Row]) -> String {
        var out = "Bytes written to the terminal (dashboard watching a folder, TERM=xterm-256color)\n\n"
        out += "| what | bytes | note |\n|---|---:|---|\n"
        for row in rows { out += "| \(row.name) | \(Formatting.grouped(row.bytes)) | \(row.note) |\n" }
        return out
    }
}

private enum Formatting {
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
