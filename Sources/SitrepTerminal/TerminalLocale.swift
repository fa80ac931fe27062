/// What the user's locale says the terminal can show. ncurses itself always runs in a UTF-8
/// locale (`TerminalSession` falls back to C.UTF-8), but a terminal set up for another
/// character set would show UTF-8 as garbage: the dashboard then draws in ASCII.
public enum TerminalLocale {
    /// True when the locale in effect is UTF-8: the first of LC_ALL, LC_CTYPE and LANG that is
    /// set and not empty names a UTF-8 codeset ("C.UTF-8", "en_GB.utf8"). None set means the
    /// "C" locale, which is ASCII.
    public static func isUTF8(environment: [String: String]) -> Bool {
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "C"
        let lowered = name.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }
}
