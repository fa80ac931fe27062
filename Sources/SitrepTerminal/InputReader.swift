import CNcurses
import SitrepUI

/// Turns what ncurses reads (wide characters, key codes, mouse reports) into UI messages.
struct InputReader {
    let mouseEnabled: Bool

    /// Waits up to `timeoutMilliseconds` (-1: forever) for input; nil on timeout.
    func next(timeoutMilliseconds: Int32) -> Message? {
        let screen = sitrep_stdscr()
        wtimeout(screen, timeoutMilliseconds)
        var ch: wint_t = 0
        switch wget_wch(screen, &ch) {
        case KEY_CODE_YES: return keyCode(Int32(ch))
        case OK: return character(UInt32(ch))
        default: return nil
        }
    }

    private func character(_ value: UInt32) -> Message? {
        switch value {
        case 3: return .key(.control("c"))
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26:
            guard let s = Unicode.Scalar(value + 96) else { return nil }
            return .key(.control(Character(s)))
        default:
            guard let s = Unicode.Scalar(value) else { return nil }
            return .key(.character(Character(s)))
        }
    }

    private func keyCode(_ code: Int32) -> Message? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END, KEY_LL: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_RESIZE:
            return .resize(columns: Int(getmaxx(sitrep_stdscr())), rows: Int(getmaxy(sitrep_stdscr())))
        case KEY_MOUSE: return mouse()
        case KEY_F0 + 1 ... KEY_F0 + 24: return .key(.function(Int(code - KEY_F0)))
        default: return nil
        }
    }

    private func mouse() -> Message? {
        var event = MEVENT()
        guard mouseEnabled, getmouse(&event) == OK else { return nil }
        let b = event.bstate
        let kind: MouseEvent.Kind
        if sitrep_mouse_is_wheel_up(b) != 0 { kind = .wheelUp }
        else if sitrep_mouse_is_wheel_down(b) != 0 { kind = .wheelDown }
        else if sitrep_mouse_is_click(b) != 0 { kind = .press }
        else { return nil }
        return .mouse(MouseEvent(kind: kind, column: Int(event.x), row: Int(event.y)))
    }
}
