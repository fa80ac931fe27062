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
        #expect(lines.count == 2 + Keymap.bindings.count + Keymap.mouseHelp.count + Keymap.promptHelp.count)
        #expect(table.contains("| `Tab` | Focus the next pane |"))
        #expect(table.contains("| `PgDn`, `Ctrl-F` | One page down |"))
        #expect(table.contains("| `Ctrl-C` | Quit at once |"))
        #expect(table.contains("| `o` | Timeline: oldest or newest first |"))
        #expect(table.contains("| `n`, `]` | Reader: the event's next source |"))
        #expect(table.contains("| `Ctrl-U` (prompt) | Clear the prompt |"))
    }

    @Test func timelineAndReaderKeysAreInTheTable() {
        #expect(Keymap.action(for: .character("o")) == .toggleOrder)
        #expect(Keymap.action(for: .character("d")) == .jumpToDate)
        #expect(Keymap.action(for: .character("f")) == .filterDates)
        #expect(Keymap.action(for: .character("n")) == .nextSource)
        #expect(Keymap.action(for: .character("]")) == .nextSource)
        #expect(Keymap.action(for: .character("p")) == .previousSource)
        #expect(Keymap.action(for: .character("[")) == .previousSource)
    }

    @Test func helpListsThePromptKeys() {
        let entries = HelpOverlay.entries
        #expect(entries.contains { $0.isHeading && $0.keys == "Date prompt" })
        for (keys, description) in Keymap.promptHelp {
            #expect(entries.contains { $0.keys == keys && $0.description == description })
        }
    }
}
