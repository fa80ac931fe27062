import Foundation

/// Reads the `.theme` text format.
///
/// ```
/// # comment
/// role = [FOREGROUND] [on BACKGROUND] [, attribute ...]
/// ```
///
/// Colours are `default`, `black`, `red`, `green`, `yellow`, `blue`, `magenta`, `cyan`, `white`,
/// their `bright-` forms (`bright-black` is also `gray`/`grey`), or a palette index 0-255.
/// Attributes are `bold`, `dim`, `underline`, `reverse`, `italic` (or `plain` for none).
/// Commas and spaces both separate words; role names accept `borderFocused`, `border-focused`
/// or `border_focused`. A role given twice keeps the last line.
enum ThemeParser {
    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func parse(_ text: String, name: String, file: String) throws -> Theme {
        var theme = Theme(name: name, styles: [:])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                .first.map(String.init) ?? ""
            let content = line.trimmingCharacters(in: .whitespaces)
            if content.isEmpty { continue }
            func fail(_ reason: String) -> ThemeError {
                .invalidLine(file: file, line: index + 1,
                             text: rawLine.trimmingCharacters(in: .whitespaces).truncated(toColumns: 60),
                             reason: reason)
            }
            let sides = content.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard sides.count == 2 else { throw fail("expected 'role = style'") }
            let roleName = sides[0].trimmingCharacters(in: .whitespaces)
            guard let role = ThemeRole(fileName: roleName) else {
                let known = ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("unknown role '\(roleName)' (roles: \(known))")
            }
            do {
                theme[role] = try style(from: String(sides[1]))
            } catch let reason as StyleProblem {
                throw fail(reason.message)
            }
        }
        return theme
    }

    /// What is wrong with the right-hand side of a line.
    struct StyleProblem: Error {
        var message: String
    }

    static func style(from text: String) throws -> CellStyle {
        let words = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" })
            .map { $0.lowercased() }
        guard !words.isEmpty else { throw StyleProblem(message: "no style after '='") }
        var style = CellStyle()
        var foregroundSet = false
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            switch word {
            case "bold": style.bold = true
            case "dim": style.dim = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            case "italic": style.italic = true
            case "plain", "none": break
            case "on":
                guard index < words.count else {
                    throw StyleProblem(message: "'on' needs a background colour after it")
                }
                style.background = try color(words[index])
                index += 1
            default:
                if foregroundSet {
                    throw StyleProblem(message: "unknown word '\(word)' (a second colour needs 'on')")
                }
                style.foreground = try color(word)
                foregroundSet = true
            }
        }
        return style
    }

    static func color(_ word: String) throws -> TermColor {
        if word == "default" { return .terminalDefault }
        if let index = UInt8(word) { return .indexed(index) }
        if let index = colorNames.firstIndex(of: word) { return .indexed(UInt8(index)) }
        if word == "gray" || word == "grey" { return .indexed(8) }
        if word.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(word.dropFirst(7))) {
            return .indexed(UInt8(index + 8))
        }
        throw StyleProblem(message: "unknown colour or attribute '\(word)' (colours: default, "
            + colorNames.joined(separator: ", ") + ", bright-black ... bright-white, 0-255; "
            + "attributes: bold, dim, underline, reverse, italic)")
    }
}

extension Theme {
    /// Parses theme text (the format is described at the top of every bundled `.theme` file).
    /// `file` names the source in error messages.
    public static func parse(_ text: String, name: String, file: String? = nil) throws -> Theme {
        try ThemeParser.parse(text, name: name, file: file ?? "\(name).theme")
    }
}
