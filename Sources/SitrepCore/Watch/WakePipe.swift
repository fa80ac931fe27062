#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A self-pipe: one thread `signal()`s, another `poll()`s the read end and `drain()`s it.
/// Both ends are non-blocking and close-on-exec; a full pipe already means "signalled".
final class WakePipe: @unchecked Sendable {  // two immutable descriptors; pipes are thread-safe
    let readEnd: Int32
    private let writeEnd: Int32

    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) != 0 { ends = [-1, -1] }
        for end in ends where end >= 0 {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        if readEnd >= 0 { close(readEnd) }
        if writeEnd >= 0 { close(writeEnd) }
    }

    func signal() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while buffer.withUnsafeMutableBytes({ read(readEnd, $0.baseAddress, $0.count) }) > 0 {}
    }

    /// Waits until one of `descriptors` (or this pipe) is readable, or `timeout` passes
    /// (nil: no limit). Returns the descriptors that are readable.
    func wait(alsoOn descriptors: [Int32] = [], timeout: Duration?) -> Set<Int32> {
        var fds = ([readEnd] + descriptors).map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let count = fds.withUnsafeMutableBufferPointer {
            poll($0.baseAddress, nfds_t($0.count), Self.milliseconds(timeout))
        }
        guard count > 0 else { return [] }
        return Set(fds.filter { $0.revents != 0 }.map(\.fd))
    }

    /// `poll`'s timeout: rounded up, so that a wait never ends just before its deadline and spins.
    static func milliseconds(_ timeout: Duration?) -> Int32 {
        guard let timeout else { return -1 }
        if timeout <= .zero { return 0 }
        let (seconds, attoseconds) = timeout.components
        let millis = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: millis)
    }
}
