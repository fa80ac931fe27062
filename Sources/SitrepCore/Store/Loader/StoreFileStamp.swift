#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's size and modification time (nanoseconds): while both are unchanged, the store's
/// copy of the file's documents is trusted without reading the file.
struct StoreFileStamp: Sendable, Equatable {
    var size: Int64
    var modified: Int64

    /// Never matches a file's stamp: for files that must be read on every open.
    static let unmatchable: Int64 = -1

    /// Nil when the file cannot be looked at (it is then read, and the reader says why).
    static func of(_ path: String) -> StoreFileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return StoreFileStamp(info)
    }

    init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    init(_ info: stat) {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        self.init(size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }
}
