import ArgumentParser

/// `sitrep`: the dashboard by default, and the scripting subcommands.
@main
struct Sitrep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "A terminal dashboard for following a developing news story.",
        discussion: "With no subcommand, opens the dashboard on PATH... (no path: the bundled demo corpus).",
        version: "0.1.0",
        subcommands: [DashboardCommand.self, ExtractCommand.self, TimelineCommand.self, QuotesCommand.self, PlacesCommand.self, WatchCommand.self, BenchCommand.self, KeysCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}
