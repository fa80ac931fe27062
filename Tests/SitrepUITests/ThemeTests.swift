import Foundation
import Testing
@testable import SitrepUI

/// The theme format, the bundled themes, the search path and the colourless variant.
@Suite("Themes")
struct ThemeTests {
    /// An environment with no user themes, so only the bundled ones are found.
    let bare: [String: String] = ["HOME": "/nonexistent-sitrep-home"]

    @Test(arguments: Theme.bundledNames)
    func eachBundledThemeLoadsAndSetsEveryRole(name: String) throws {
        let text = try #require(Theme.bundledSource(named: name))
        for role in ThemeRole.allCases {
            let mentioned = text.split(separator: "\n").contains { $0.hasPrefix(role.rawValue + " ") }
            #expect(mentioned, "\(name).theme sets \(role.rawValue)")
        }
        let theme = try Theme.load(named: name, environment: bare)
        #expect(theme.name == name)
        #expect(theme[.selection] != theme[.text], "the selection must stand out")
    }

    @Test func defaultThemeColours() throws {
        let theme = try Theme.load(named: "default", environment: bare)
        #expect(theme[.selection] == CellStyle(foreground: .indexed(0), background: .indexed(6)))
        #expect(theme[.borderFocused] == CellStyle(foreground: .indexed(6), bold: true))
        #expect(theme[.dim].foreground == .indexed(8))
    }

    @Test func monoUsesNoColour() throws {
        let theme = try Theme.load(named: "mono", environment: bare)
        for role in ThemeRole.allCases {
            #expect(theme[role].foreground == .terminalDefault && theme[role].background == .terminalDefault)
        }
        #expect(theme[.selection].reverse)
    }

    @Test func highContrastIsBrightOnBlack() throws {
        let theme = try Theme.load(named: "high-contrast", environment: bare)
        #expect(theme[.text] == CellStyle(foreground: .indexed(15), background: .indexed(0)))
        #expect(theme[.selection].background == .indexed(11) && theme[.selection].bold)
    }

    @Test func syntax() throws {
        let theme = try Theme.parse("""
            # a comment
            text = 250 on 17          # trailing comment
            border-focused = bright-red bold,underline
            selection_unfocused = reverse
            title = default on default, italic
            dim = grey
            """, name: "test")
        #expect(theme[.text] == CellStyle(foreground: .indexed(250), background: .indexed(17)))
        #expect(theme[.borderFocused] == CellStyle(foreground: .indexed(9), bold: true, underline: true))
        #expect(theme[.selectionUnfocused] == CellStyle(reverse: true))
        #expect(theme[.title] == CellStyle(italic: true))
        #expect(theme[.dim] == CellStyle(foreground: .indexed(8)))
        #expect(theme[.header] == Theme.fallback[.header], "roles left out fall back")
    }

    @Test(arguments: [
        ("text = purpel", 3, "unknown colour or attribute 'purpel'"),
        ("sidebar = red", 3, "unknown role 'sidebar'"),
        ("just words", 3, "expected 'role = style'"),
        ("text = 256", 3, "unknown colour or attribute '256'"),
        ("text = red on", 3, "'on' needs a background colour"),
        ("text =", 3, "no style after '='"),
        ("text = red green", 3, "a second colour needs 'on'"),
    ])
    func aBadLineIsNamed(line: String, number: Int, reason: String) {
        let text = "# my theme\nborder = red\n\(line)\nheader = bold\n"
        do {
            _ = try Theme.parse(text, name: "mine")
            Issue.record("\(line) should not parse")
        } catch let error as ThemeError {
            guard case let .invalidLine(file, lineNumber, shown, why) = error else {
                Issue.record("wrong error \(error)"); return
            }
            #expect(file == "mine.theme")
            #expect(lineNumber == number)
            #expect(shown == line)
            #expect(why.contains(reason), "\(why)")
            #expect(error.description.hasPrefix("mine.theme, line \(number): "))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func anUnknownNameListsWhatIsAvailable() {
        do {
            _ = try Theme.load(named: "neon", environment: bare)
            Issue.record("neon should not exist")
        } catch let error as ThemeError {
            let message = error.description
            #expect(message.contains("no theme named 'neon'"))
            #expect(message.contains("default, high-contrast, mono, solarized-dark"))
            #expect(message.contains("/nonexistent-sitrep-home/.config/sitrep/themes"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func userThemesComeFirstFromXDGConfigHome() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitrep-theme-test-\(UUID().uuidString)")
        let themes = folder.appendingPathComponent("sitrep/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "text = magenta\n".write(to: themes.appendingPathComponent("default.theme"),
                                     atomically: true, encoding: .utf8)
        try "text = green\n".write(to: themes.appendingPathComponent("forest.theme"),
                                   atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": folder.path, "HOME": "/nonexistent-sitrep-home"]
        #expect(try Theme.load(named: "default", environment: environment)[.text].foreground == .indexed(5))
        #expect(try Theme.load(named: "forest", environment: environment)[.text].foreground == .indexed(2))
        #expect(Theme.availableNames(environment: environment)
                == ["default", "forest", "high-contrast", "mono", "solarized-dark"])
        let path = themes.appendingPathComponent("forest.theme").path
        #expect(try Theme.load(named: path, environment: bare)[.text].foreground == .indexed(2))
    }

    @Test func colorlessKeepsAttributesAndTurnsBackgroundsIntoReverse() throws {
        let theme = try Theme.load(named: "default", environment: bare).colorless
        for role in ThemeRole.allCases {
            #expect(theme[role].foreground == .terminalDefault && theme[role].background == .terminalDefault)
        }
        #expect(theme[.selection] == CellStyle(reverse: true))
        #expect(theme[.statusBar] == CellStyle(reverse: true))
        #expect(theme[.borderFocused] == CellStyle(bold: true))
        #expect(theme[.selection] != theme[.text])
    }

    @Test func fallbackNeedsNoFile() {
        #expect(Theme.fallback[.selection].reverse)
        #expect(Theme.fallback[.text] == .plain)
    }
}
