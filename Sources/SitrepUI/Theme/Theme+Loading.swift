import Foundation
import SitrepThemes

extension Theme {
    /// Finds and parses a theme by name.
    ///
    /// Looks for `NAME.theme` in `$XDG_CONFIG_HOME/sitrep/themes` (or `~/.config/sitrep/themes`),
    /// then among the bundled themes (`ThemeFiles`). A name containing "/" or ending in
    /// ".theme" is read as a path. Throws `ThemeError` with the available names when nothing
    /// matches, or naming the file and line when a line does not parse.
    public static func load(named name: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> Theme {
        if name.contains("/") || name.hasSuffix(".\(ThemeFiles.fileExtension)") {
            let url = URL(fileURLWithPath: name)
            return try parse(readFile(url), name: url.deletingPathExtension().lastPathComponent,
                             file: name)
        }
        if let folder = userThemeFolder(environment: environment) {
            let url = folder.appendingPathComponent("\(name).\(ThemeFiles.fileExtension)")
            if FileManager.default.fileExists(atPath: url.path) {
                return try parse(readFile(url), name: name, file: url.path)
            }
        }
        if let text = ThemeFiles.contents(named: name) {
            return try parse(text, name: name, file: "\(name).\(ThemeFiles.fileExtension) (built in)")
        }
        throw ThemeError.notFound(name: name, available: availableNames(environment: environment),
                                  searched: userThemeFolder(environment: environment).map { [$0.path] } ?? [])
    }

    /// The themes that ship with Sitrep.
    public static var bundledNames: [String] { ThemeFiles.names }

    /// The text of a bundled theme file (for `sitrep themes --show NAME` and tests).
    public static func bundledSource(named name: String) -> String? {
        ThemeFiles.contents(named: name)
    }

    /// Every theme name `load(named:)` can find: the user's own, then the bundled ones.
    public static func availableNames(
        environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var names: [String] = []
        if let folder = userThemeFolder(environment: environment),
           let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
            names = files.filter { $0.hasSuffix(".\(ThemeFiles.fileExtension)") }
                .map { String($0.dropLast(ThemeFiles.fileExtension.count + 1)) }
        }
        for name in ThemeFiles.names where !names.contains(name) { names.append(name) }
        return names.sorted()
    }

    /// `$XDG_CONFIG_HOME/sitrep/themes`, or `$HOME/.config/sitrep/themes`.
    static func userThemeFolder(environment: [String: String]) -> URL? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config).appendingPathComponent("sitrep/themes")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home).appendingPathComponent(".config/sitrep/themes")
        }
        return nil
    }

    private static func readFile(_ url: URL) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ThemeError.unreadable(path: url.path, reason: error.localizedDescription)
        }
    }
}
