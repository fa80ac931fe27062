/// Why the dashboard could not take over the terminal; each case reads as one line for the user.
public enum TerminalError: Error, CustomStringConvertible, Sendable {
    case notATerminal
    case unsupportedTerminal(String)
    case cannotInitialise(String)
    case noKeyboard

    public var description: String {
        switch self {
        case .notATerminal:
            return "standard output is not a terminal; for scripts use `sitrep extract PATH...` (JSON Lines)"
        case .unsupportedTerminal(let term):
            return "terminal type \(term.isEmpty ? "(unset)" : "'\(term)'") cannot draw the dashboard; set TERM (e.g. TERM=xterm-256color) or use `sitrep extract`"
        case .noKeyboard:
            return "standard input carries the articles and /dev/tty cannot be opened for keys; for a headless feed use `sitrep watch -`"
        case .cannotInitialise(let term):
            return "cannot initialise terminal '\(term)': no terminfo entry; try TERM=xterm-256color"
        }
    }
}
