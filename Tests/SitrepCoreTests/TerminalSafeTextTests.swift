import Testing
@testable import SitrepCore

/// Control characters on their way to a terminal are shown as symbols, never obeyed.
struct TerminalSafeTextTests {
    @Test func escapeSequencesBecomeVisible() {
        #expect(TerminalSafeText.scrub("a\u{1B}[2Jb") == "a\u{241B}[2Jb")
        #expect(TerminalSafeText.scrub("title\u{1B}]2;x\u{07}") == "title\u{241B}]2;x\u{2407}")
    }

    @Test func c1ControlsAndDeleteAreReplaced() {
        #expect(TerminalSafeText.scrub("x\u{9B}31my") == "x\u{FFFD}31my")
        #expect(TerminalSafeText.scrub("x\u{7F}") == "x\u{2421}")
        #expect(TerminalSafeText.scrub("over\rwrite") == "over\u{240D}write")
    }

    @Test func ordinaryTextTabsNewlinesAndLatinLettersPass() {
        let text = "Zürich\tCâmpina\n« déjà » — ½ ©"
        #expect(TerminalSafeText.scrub(text) == text)
        let bytes = Array(text.utf8)
        #expect(TerminalSafeText.scrub(bytes) == bytes)
    }
}
