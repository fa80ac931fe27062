import Foundation

import SitrepCore

/// Buffered standard output that ends the program quietly when the reader goes away (`| head`).
/// When standard output is a terminal, control characters from the articles are shown, not
/// obeyed (`TerminalSafeText`).
struct OutputBuffer {
    private var buffer: [UInt8] = []
    private let limit = 1 << 16
    private let toTerminal = isatty(STDOUT_FILENO) == 1

    init() {
        signal(SIGPIPE, SIG_IGN)
        buffer.reserveCapacity(limit)
    }

    mutating func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(10)
        if buffer.count >= limit { flush() }
    }

    /// Text that already ends its own lines.
    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    mutating func flush() {
        if toTerminal { buffer = TerminalSafeText.scrub(buffer) }
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                exit(errno == EPIPE ? 0 : 1)
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// One line on standard error (file names and reasons can carry control characters: when
/// standard error is a terminal they are shown, not obeyed).
func printError(_ message: String) {
    var bytes = Array((message + "\n").utf8)
    if isatty(STDERR_FILENO) == 1 { bytes = TerminalSafeText.scrub(bytes) }
    FileHandle.standardError.write(Data(bytes))
}
