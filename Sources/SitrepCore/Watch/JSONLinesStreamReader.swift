import Foundation

/// Reads an endless JSON Lines stream (standard input: `sitrep -`) on a thread of its own,
/// handing out documents as their lines complete. At the end of the stream a last line
/// without newline is read too, as `Ingest.readStandardInput` does.
final class JSONLinesStreamReader: @unchecked Sendable {  // `cursor` is touched by the reader's thread only
    private let descriptor: Int32
    private var cursor: JSONLinesCursor
    private let wake = WakePipe()
    private let state = NSLock()
    private var stopped = false
    private var ended = false

    /// - Parameters:
    ///   - descriptor: read until it ends (it is not closed here).
    ///   - deliver: takes each delta on the reader's thread.
    init(descriptor: Int32, origin: String = "-", options: IngestOptions,
         deliver: @escaping @Sendable (IngestDelta) -> Void) {
        self.descriptor = descriptor
        cursor = JSONLinesCursor(origin: origin, options: options)
        let thread = Thread { [self] in run(deliver: deliver) }
        thread.name = "sitrep-stream"
        thread.start()
    }

    /// True once the stream has ended (and its last line was handed out).
    var hasEnded: Bool {
        state.lock()
        defer { state.unlock() }
        return ended
    }

    func stop() {
        state.lock()
        stopped = true
        state.unlock()
        wake.signal()
    }

    private var shouldStop: Bool {
        state.lock()
        defer { state.unlock() }
        return stopped
    }

    private func run(deliver: @Sendable (IngestDelta) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var result = IngestResult()
        while !shouldStop {
            let ready = wake.wait(alsoOn: [descriptor], timeout: nil)
            guard ready.contains(descriptor) else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            switch count {
            case 1...:
                result = cursor.consume(buffer[..<count])
            case 0:
                // The end: marked first, so that the consumer woken by this last delta sees it.
                result = cursor.finish()
                markEnded()
                deliver(IngestDelta(upserted: result.documents, problems: result.problems))
                return
            default:
                if errno == EINTR || errno == EAGAIN { continue }
                let reason = "read error: \(FileLoader.errnoText(errno))"
                markEnded()
                deliver(IngestDelta(problems: [IngestProblem(path: cursor.origin, reason: reason)]))
                return
            }
            if !result.documents.isEmpty || !result.problems.isEmpty {
                deliver(IngestDelta(upserted: result.documents, problems: result.problems))
            }
        }
    }

    private func markEnded() {
        state.lock()
        ended = true
        state.unlock()
    }
}
