#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a file, enough to tell that it changed: identity (device, inode),
/// size, modification time to the nanosecond, and permission bits (so `chmod` counts).
struct FileStamp: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64
    var mode: UInt32

    var isDirectory: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }
    var isRegularFile: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFREG) }

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modifiedSeconds = Int64(info.st_mtimespec.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtimespec.tv_nsec)
        #else
        modifiedSeconds = Int64(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
        #endif
        mode = UInt32(info.st_mode)
    }

    /// The outcome of looking at a path.
    enum Lookup: Equatable {
        case found(FileStamp)
        /// Definitely not there (ENOENT, ENOTDIR): what was known there is gone.
        case absent
        /// Could not be looked at (EACCES on a folder above it, EIO ...): nothing can be concluded.
        case unknown
    }

    /// Looks at `path`, following symbolic links as the ingest walk does.
    static func lookup(_ path: String) -> Lookup {
        var info = stat()
        if stat(path, &info) == 0 { return .found(FileStamp(info)) }
        switch errno {
        case ENOENT, ENOTDIR: return .absent
        default: return .unknown
        }
    }
}
