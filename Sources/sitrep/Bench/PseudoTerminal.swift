import Foundation
import Glibc

/// A child process on a pseudo-terminal of our own: what it writes to its "screen" is read
/// and counted here, keys are written to it, and its window can be resized.
final class PseudoTerminal {
    private(set) var master: Int32 = -1
    private(set) var pid: pid_t = 0
    /// Every byte the child wrote, in order.
    private(set) var output: [UInt8] = []
    /// When each read returned, and how many bytes it brought.
    private(set) var reads: [(time: Date, bytes: Int)] = []

    /// Starts `executable` with `arguments` on a `columns` x `rows` terminal.
    init(executable: String, arguments: [String], environment: [String: String], columns: Int, rows: Int) throws {
        var slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw PseudoTerminalError("openpty failed: errno \(errno)") }
        defer { close(slave) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, 0x80) // POSIX_SPAWN_SETSID: a session of its own
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else { throw PseudoTerminalError("cannot start \(executable): errno \(status)") }
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if pid > 0 { kill(pid, SIGKILL); var s: Int32 = 0; waitpid(pid, &s, 0) }
        if master >= 0 { close(master) }
    }

    /// Reads what the child writes for `seconds`.
    func pump(for seconds: TimeInterval) {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(max(1, left * 1000))) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n > 0 {
                output.append(contentsOf: buffer[0..<n])
                reads.append((Date(), n))
            } else if n == 0 || (errno != EAGAIN && errno != EINTR) {
                return
            }
        }
    }

    /// Reads until the child has written nothing for `quiet` seconds (at most `limit`).
    func pumpUntilQuiet(_ quiet: TimeInterval, limit: TimeInterval) {
        let deadline = Date().addingTimeInterval(limit)
        var last = output.count
        repeat {
            pump(for: quiet)
            if output.count == last { return }
            last = output.count
        } while Date() < deadline
    }

    /// Reads until there is output past byte `offset`, or `limit` passes; true if there is.
    func pumpUntilOutput(after offset: Int, limit: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(limit)
        while output.count <= offset && Date() < deadline { pump(for: 0.05) }
        return output.count > offset
    }

    /// Reads until the output holds `text` (as UTF-8) after byte `offset`, or `limit` passes.
    /// Returns when it appeared, or nil.
    func pump(until text: String, after offset: Int, limit: TimeInterval) -> Date? {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            pump(for: 0.01)
            if output.count >= offset + needle.count,
               output[offset...].firstRange(of: needle) != nil { return reads.last?.time ?? Date() }
        }
        return nil
    }

    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    func resize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        kill(pid, SIGWINCH) // no controlling terminal: the kernel would not send it
    }

    /// Waits up to `seconds` for the child to exit; its exit status, or nil.
    func waitForExit(seconds: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            pump(for: 0.05)
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                pid = 0
                return (status >> 8) & 0xFF
            }
        }
        return nil
    }
}

/// Why the pseudo-terminal could not be set up, in one line.
struct PseudoTerminalError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
