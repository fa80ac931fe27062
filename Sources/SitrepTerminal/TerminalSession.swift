import CNcurses
import Glibc
import SitrepUI

/// Options the user gives for the terminal: mouse on or off, colours off (NO_COLOR).
public struct TerminalOptions: Sendable {
    public var mouse: Bool
    public var colors: Bool
    public init(mouse: Bool = true, colors: Bool = true) {
        self.mouse = mouse; self.colors = colors
    }
}

/// The real terminal, owned for the life of the dashboard: ncursesw in raw mode with the
/// wide-character API, colours mapped to what the terminal has, and the screen restored on close.
///
/// Raw mode delivers Ctrl-C as a key (the UI quits cleanly) and Ctrl-Z as a key that the
/// session turns into a real suspend (`SIGTSTP`, which ncurses handles: the screen comes back
/// on `fg`).
public final class TerminalSession {
    private let screen: OpaquePointer
    private var writer: ScreenWriter
    private let input: InputReader
    private var closed = false
    /// What the terminal can show, for the status bar and tests.
    public let colorDepth: ColorDepth

    /// Takes over the terminal. Throws with a one-line reason when it cannot.
    public init(options: TerminalOptions) throws {
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        // With articles on standard input (`sitrep -`), keys come from the terminal itself.
        let keysFromTTY = isatty(STDIN_FILENO) != 1
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty, term != "dumb", term != "unknown" else { throw TerminalError.unsupportedTerminal(term) }
        setlocale(LC_ALL, "")
        if sitrep_locale_is_utf8() == 0 { setlocale(LC_ALL, "C.UTF-8") }
        guard let scr = keysFromTTY ? sitrep_newterm_tty(nil) : sitrep_newterm(nil) else {
            throw keysFromTTY ? TerminalError.noKeyboard : TerminalError.cannotInitialise(term)
        }
        screen = scr
        _ = set_term(scr)
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = keypad(sitrep_stdscr(), true)
        _ = curs_set(0)
        _ = set_escdelay(25)
        _ = leaveok(sitrep_stdscr(), true)
        var depth = ColorDepth.none
        if options.colors && has_colors() {
            _ = start_color()
            _ = use_default_colors()
            depth = ColorDepth(colors: Int(sitrep_colors()))
        }
        colorDepth = depth
        if options.mouse {
            _ = mousemask(sitrep_mouse_mask(), nil)
            _ = mouseinterval(0)
        }
        input = InputReader(mouseEnabled: options.mouse)
        writer = ScreenWriter(colors: ColorPairs(depth: depth, available: sitrep_color_pairs()))
    }

    deinit { close() }

    /// Current size in cells.
    public var size: (columns: Int, rows: Int) {
        (Int(getmaxx(sitrep_stdscr())), Int(getmaxy(sitrep_stdscr())))
    }

    /// Shows a frame; only cells that changed since the last frame are written.
    public func draw(_ grid: Grid) {
        writer.draw(grid)
    }

    /// The next input message, or nil when `timeoutMilliseconds` passed with none.
    /// Ctrl-Z suspends here and resumes with a full repaint; it is not passed on.
    public func nextMessage(timeoutMilliseconds: Int32) -> Message? {
        let message = input.next(timeoutMilliseconds: timeoutMilliseconds)
        switch message {
        case .key(.control("z")):
            suspend()
            let (c, r) = size
            return .resize(columns: c, rows: r)
        case .resize:
            writer.invalidate()
            return message
        default:
            return message
        }
    }

    /// Restores the terminal. Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        _ = mousemask(0, nil)
        _ = curs_set(1)
        _ = endwin()
        delscreen(screen)
    }

    private func suspend() {
        _ = endwin()
        raise(SIGTSTP)
        // Resumed by `fg`: repaint everything.
        _ = refresh()
        writer.invalidate()
    }
}
