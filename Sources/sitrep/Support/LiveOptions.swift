import ArgumentParser
import Foundation

/// The options of the commands that keep following their inputs (the dashboard, `watch`).
struct LiveOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Also follow a JSON Lines file that keeps growing (tail -f style).", valueName: "file.jsonl"))
    var follow: [String] = []

    @Option(help: ArgumentHelp("Look for changed files every SECONDS instead of using inotify.", valueName: "seconds"))
    var poll: Double?

    @Flag(name: .customLong("no-watch"), help: "Read the inputs once; do not follow changes.")
    var noWatch = false

    mutating func validate() throws {
        if let poll, !(poll >= 0.05 && poll <= 3600) {
            throw ValidationError("--poll takes a number of seconds from 0.05 to 3600")
        }
        if noWatch && !follow.isEmpty {
            throw ValidationError("--follow and --no-watch cannot go together")
        }
    }
}
