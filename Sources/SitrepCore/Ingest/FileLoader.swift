import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with POSIX calls, refusing devices and files over the size limit.
enum FileLoader {
    /// A file's bytes and when it was last modified.
    struct Loaded {
        var bytes: [UInt8]
        var modified: DayDate?
    }

    /// Reads `path`; on failure, the reason in plain words (`permission denied`, `too large ...`).
    static func load(_ path: String, limit: Int) -> Result<Loaded, Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(Failure(errno: errno, path: path)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Failure(errno: errno, path: path)) }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { return .failure(Failure("is a folder, not a file; skipped")) }
        if kind == S_IFCHR || kind == S_IFBLK { return .failure(Failure("is a device, not a file; skipped")) }
        let size = Int64(info.st_size)
        let isRegular = kind == S_IFREG
        if isRegular, size > Int64(limit) {
            return .failure(Failure("too large (\(describe(bytes: size)), limit \(describe(limit: limit))), skipped"))
        }
        #if canImport(Darwin)
        let modified = day(fromEpochSeconds: Int(info.st_mtimespec.tv_sec))
        #else
        let modified = day(fromEpochSeconds: Int(info.st_mtim.tv_sec))
        #endif
        // Read at most limit + 1 bytes: one more than allowed is enough to know it is too many.
        let cap = max(0, min(limit, Int.max - 1)) + 1
        var bytes = [UInt8](repeating: 0, count: isRegular ? min(Int(size), cap - 1) + 1 : min(64 * 1024, cap))
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count < cap else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, cap - bytes.count)))
            }
            let got = bytes.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress.map { $0 + filled }, raw.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(Failure("read error: \(errnoText(errno)), skipped"))
            }
            if got == 0 { break }
            filled += got
        }
        if filled > limit {
            let shown = isRegular ? describe(bytes: Int64(filled)) + " or more" : "more than \(describe(limit: limit))"
            return .failure(Failure("too large (\(shown), limit \(describe(limit: limit))), skipped"))
        }
        bytes.removeSubrange(filled...)
        return .success(Loaded(bytes: bytes, modified: modified))
    }

    /// Why a file could not be read.
    struct Failure: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }

        /// From a failed `open`/`stat`: `does not exist`, `permission denied`, ...
        init(errno code: Int32, path: String) {
            switch code {
            case ENOENT:
                var info = stat()
                reason = lstat(path, &info) == 0 ? "broken symbolic link (its target does not exist)"
                                                 : "does not exist"
            case EACCES: reason = "permission denied"
            default: reason = errnoText(code)
            }
        }
    }

    /// The C library's text for an errno value, with a lower-case first letter.
    static func errnoText(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// `20.3 MB`, `512 bytes` (decimal units, as `ls -h --si` and file managers show them).
    static func describe(bytes: Int64) -> String {
        switch bytes {
        case ..<1000: return "\(bytes) bytes"
        case ..<1_000_000: return String(format: "%.1f KB", Double(bytes) / 1e3)
        case ..<1_000_000_000: return String(format: "%.1f MB", Double(bytes) / 1e6)
        default: return String(format: "%.1f GB", Double(bytes) / 1e9)
        }
    }

    /// `16 MiB`, `64 KiB`, `100 bytes`: the limit as it was most likely set.
    static func describe(limit: Int) -> String {
        if limit >= 1 << 20, limit % (1 << 20) == 0 { return "\(limit >> 20) MiB" }
        if limit >= 1 << 10, limit % (1 << 10) == 0 { return "\(limit >> 10) KiB" }
        return "\(limit) bytes"
    }

    /// The local calendar day of a moment given in seconds since 1970.
    static func day(fromEpochSeconds seconds: Int) -> DayDate? {
        var time = time_t(seconds)
        var parts = tm()
        guard localtime_r(&time, &parts) != nil else { return nil }
        return DayDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}
