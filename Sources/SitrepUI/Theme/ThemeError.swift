/// Why a theme could not be used. The description is the message users see.
public enum ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No file for that name in the user's theme folder nor among the bundled themes.
    case notFound(name: String, available: [String], searched: [String])
    /// A line of a theme file that does not parse; `line` counts from 1.
    case invalidLine(file: String, line: Int, text: String, reason: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .notFound(name, available, searched):
            let names = available.isEmpty ? "none" : available.joined(separator: ", ")
            let places = (searched + ["the built-in themes"]).joined(separator: ", ")
            return "no theme named '\(name)' (looked in \(places)). Available themes: \(names)."
        case let .invalidLine(file, line, text, reason):
            return "\(file), line \(line): \(reason): \"\(text)\""
        case let .unreadable(path, reason):
            return "cannot read theme file \(path): \(reason)"
        }
    }
}
