import Testing
@testable import SitrepUI

/// The keymap is one table: dispatch, help and the README list all come from it.
@Suite("Keymap")
struct KeymapTests {
    @Test func noKeyIsBoundTwice() {
        let keys = Keymap.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test func everyActionHasAKey() {
        let bound = Set(Keymap.bindings.map(\.action))
        #expect(bound == Set(Action.allCases))
    }

    @Test func dispatchUsesTheTable() {
        #expect(Keymap.action(for: .character("j")) == .moveDown)
        #expect(Keymap.action(for: .down) == .moveDown)
        #expect(Keymap.action(for: .control("f")) == .pageDown)
        #expect(Keymap.action(for: .backTab) == .focusPrevious)
        #expect(Keymap.action(for: .character("x")) == nil)
    }

    @Test func helpShowsEveryBinding() {
        let entries = HelpOverlay.entries
        for binding in Keymap.bindings {
            #expect(entries.contains { $0.keys == binding.keyLabel && $0.description == binding.description })
        }
    }

    @Test func markdownTable() {
        let table = Keymap.markdownTable()
        let lines = table.split(separator: "\n")
        #expect(lines.first == "| Keys | Action |")
        #expect(lines.count == 2 + Keymap.bindings.count + Keymap.mouseHelp.count)
        #expect(table.contains("| `Tab` | Focus the next pane |"))
        #expect(table.contains("| `PgDn`, `Ctrl-F` | One page down |"))
        #expect(table.contains("| `Ctrl-C` | Quit at once |"))
    }
}
