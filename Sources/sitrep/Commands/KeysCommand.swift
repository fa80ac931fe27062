import ArgumentParser
import SitrepUI

/// `sitrep keys`: the dashboard's key bindings, from the same table that drives the keys and
/// the `?` overlay (the README's key list is this output).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the dashboard's key bindings as a Markdown table."
    )

    func run() {
        print(Keymap.markdownTable(), terminator: "")
    }
}
