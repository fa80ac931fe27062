#if os(Linux)
import Glibc

/// Our own thin wrapper over Linux inotify: one non-blocking, close-on-exec instance, watches
/// added and removed by path, and the kernel's variable-size `inotify_event` records decoded.
final class Inotify {
    /// The descriptor to `poll()` on; readable when events are queued.
    let fileDescriptor: Int32

    /// What a folder watch reports: entries created, written, closed after writing, moved,
    /// deleted or changed in their attributes (permissions), and the folder itself going away.
    static let folderEvents: UInt32 = mask(IN_CREATE, IN_MODIFY, IN_CLOSE_WRITE, IN_MOVED_FROM, IN_MOVED_TO,
                                           IN_DELETE, IN_DELETE_SELF, IN_MOVE_SELF, IN_ATTRIB, IN_ONLYDIR)

    /// Opens an instance, or returns the `errno` of the failure (EMFILE when the per-user
    /// instance limit is reached, ENOSYS where the kernel lacks inotify).
    static func open() -> Result<Inotify, SystemError> {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return .failure(SystemError(code: errno)) }
        return .success(Inotify(fileDescriptor: fd))
    }

    private init(fileDescriptor: Int32) { self.fileDescriptor = fileDescriptor }

    deinit { close(fileDescriptor) }

    /// Watches the folder at `path`; the kernel gives the same descriptor back for a folder
    /// already watched (under any path), with the mask replaced.
    func addWatch(_ path: String, mask: UInt32 = Inotify.folderEvents) -> Result<Int32, SystemError> {
        let wd = inotify_add_watch(fileDescriptor, path, mask)
        return wd >= 0 ? .success(wd) : .failure(SystemError(code: errno))
    }

    func removeWatch(_ wd: Int32) { _ = inotify_rm_watch(fileDescriptor, wd) }

    /// Reads every event queued now (never blocks); empty when none are.
    func readEvents() -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        // Large enough for many records at once, and for any single record (NAME_MAX + 1 name).
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                break  // EAGAIN: drained
            }
            if count == 0 { break }
            buffer.withUnsafeBytes { InotifyEvent.decode(UnsafeRawBufferPointer(rebasing: $0[..<count]), into: &events) }
        }
        return events
    }

    private static func mask(_ flags: Int32...) -> UInt32 {
        flags.reduce(0) { $0 | UInt32(bitPattern: $1) }
    }
}

/// One inotify record: which watch, what happened, and the entry's name inside the watched
/// folder (nil for events about the folder itself, or a name that is not valid UTF-8).
struct InotifyEvent: Equatable {
    var watch: Int32
    var mask: UInt32
    var cookie: UInt32
    var name: String?
    /// The name's bytes were not UTF-8: the entry cannot be named, its folder is rescanned.
    var undecodableName = false

    func has(_ flag: Int32) -> Bool { mask & UInt32(bitPattern: flag) != 0 }

    /// The fixed part of `struct inotify_event`: wd, mask, cookie, len (4 bytes each).
    static let headerSize = 16

    /// Decodes the records in `bytes`: each is the fixed header followed by `len` bytes of
    /// NUL-padded name. A truncated record at the end (which the kernel never writes) is dropped.
    static func decode(_ bytes: UnsafeRawBufferPointer, into events: inout [InotifyEvent]) {
        var offset = 0
        while offset + headerSize <= bytes.count {
            let wd = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let cookie = bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameStart = offset + headerSize
            guard nameStart + length <= bytes.count else { break }
            var event = InotifyEvent(watch: wd, mask: mask, cookie: cookie, name: nil)
            if length > 0 {
                let raw = UnsafeRawBufferPointer(rebasing: bytes[nameStart..<nameStart + length])
                let nameBytes = raw.prefix { $0 != 0 }
                if !nameBytes.isEmpty {
                    event.name = String(validating: nameBytes, as: UTF8.self)
                    event.undecodableName = event.name == nil
                }
            }
            events.append(event)
            offset = nameStart + length
        }
    }
}
#endif
