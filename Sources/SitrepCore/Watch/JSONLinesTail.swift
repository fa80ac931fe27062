#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Follows a growing JSON Lines file, `tail -f` style: each call reads what was appended since
/// the last one. A file truncated or replaced (another inode) is read again from its start;
/// documents that come back unchanged are not given again, and problems are said once.
///
/// A stream never takes documents back: lines that a rewrite drops leave their documents in place.
struct JSONLinesTail {
    let path: String
    private var cursor: JSONLinesCursor
    private var identity: (device: UInt64, inode: UInt64)?
    private var offset: Int64 = 0
    /// The last bytes read, up to `checkLength`, to tell an append from a rewrite.
    private var lastBytes: [UInt8] = []
    private static let checkLength = 64
    /// The file cannot be read as JSON Lines (binary, UTF-16) until it is replaced.
    private var rejected = false
    /// A fingerprint of each document given, by id, to leave out unchanged ones on a re-read.
    private var given: [String: Int] = [:]
    private var said: Set<IngestProblem> = []
    /// What is read at once; a larger file is read in several steps.
    private var block = [UInt8](repeating: 0, count: 256 * 1024)

    init(path: String, options: IngestOptions) {
        self.path = path
        cursor = JSONLinesCursor(origin: path, options: options)
    }

    /// Reads the lines completed since the last call.
    mutating func readAppended() -> IngestDelta {
        var result = IngestResult()
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            // Missing while it is being replaced, or unreadable: said once, looked at again later.
            result.problems.append(IngestProblem(path: path, reason: FileLoader.Failure(errno: errno, path: path).reason))
            return delta(from: result)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            let reason = "is not a regular file, so it cannot be followed (give a pipe on standard input: sitrep -)"
            result.problems.append(IngestProblem(path: path, reason: reason))
            return delta(from: result)
        }
        let stamp = FileStamp(info)
        let sameFile = identity.map { $0.device == stamp.device && $0.inode == stamp.inode } ?? false
        if !sameFile || stamp.size < offset || !endsAsRead(fd) {
            // First read, a replacement, or a truncation: from the start.
            identity = (stamp.device, stamp.inode)
            offset = 0
            lastBytes = []
            rejected = false
            cursor.reset()
        }
        guard !rejected else { return IngestDelta() }
        while true {
            let count = block.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            if offset == 0, let reason = Self.rejection(of: block[..<count]) {
                rejected = true
                result.problems.append(IngestProblem(path: path, reason: reason))
                break
            }
            offset += Int64(count)
            lastBytes = count >= Self.checkLength ? Array(block[(count - Self.checkLength)..<count])
                                                  : Array((lastBytes + block[..<count]).suffix(Self.checkLength))
            result.append(cursor.consume(block[..<count]))
        }
        return delta(from: result)
    }

    /// Whether the bytes just before the offset are still those read there: a file rewritten
    /// in place (truncated, then written past the old end before we looked) is not.
    private func endsAsRead(_ fd: Int32) -> Bool {
        guard offset > 0 else { return true }
        var bytes = [UInt8](repeating: 0, count: lastBytes.count)
        let start = offset - Int64(lastBytes.count)
        let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
        return count == lastBytes.count && bytes == lastBytes
    }

    /// Why the start of a file is not JSON Lines text, as the ingest would say it.
    private static func rejection(of start: ArraySlice<UInt8>) -> String? {
        let bytes = Array(start.prefix(TextDecoding.sniffLength))
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
            return "UTF-16 or UTF-32 text cannot be followed (convert it to UTF-8), skipped"
        }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return TextDecoding.binaryReason(bytes, from: bom)
    }

    /// The documents not given before (or changed), and the problems not said before.
    private mutating func delta(from result: IngestResult) -> IngestDelta {
        var delta = IngestDelta()
        for document in result.documents where given[document.id] != document.hashValue {
            given[document.id] = document.hashValue
            delta.upserted.append(document)
        }
        delta.problems = result.problems.filter { said.insert($0).inserted }
        return delta
    }
}
