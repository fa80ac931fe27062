#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One look at a folder tree with the ingest walk's own rules (`InputWalker`): hidden names
/// skipped, only the article extensions kept, symbolic links followed, directory loops cut.
/// What it could not look at is listed apart, so that nothing is taken for deleted on a doubt.
struct FolderScan {
    /// Folders met (the top one included), with their stamps (identity for the watch table).
    private(set) var folders: [String: FileStamp] = [:]
    /// Article files met, with their stamps.
    private(set) var files: [String: FileStamp] = [:]
    /// Folders that exist but could not be listed (EACCES, EIO): what was known inside them
    /// stays as it was.
    private(set) var unlisted: [String] = []
    /// Article files whose `stat` failed for another reason than absence.
    private(set) var unsure: Set<String> = []

    private var ancestors: [FileStamp] = []

    /// Scans the folder at `path` (whose stamp the caller has just taken).
    init(folder path: String, stamp: FileStamp) {
        visit(path, stamp: stamp)
    }

    /// Whether `path` lies inside a folder that could not be listed (so its absence proves nothing).
    func isInsideUnlisted(_ path: String) -> Bool {
        unlisted.contains { WatchPaths.isInside(path, folder: $0) }
    }

    private mutating func visit(_ path: String, stamp: FileStamp) {
        guard !ancestors.contains(where: { $0.device == stamp.device && $0.inode == stamp.inode }) else { return }
        folders[path] = stamp
        let entries: [InputWalker.Entry]
        switch InputWalker.entries(of: path) {
        case .success(let found): entries = found
        case .failure: unlisted.append(path); return
        }
        ancestors.append(stamp)
        defer { ancestors.removeLast() }
        for case .name(let name) in entries {
            let child = InputWalker.join(path, name)
            switch FileStamp.lookup(child) {
            case .found(let childStamp) where childStamp.isDirectory:
                visit(child, stamp: childStamp)
            case .found(let childStamp) where childStamp.isRegularFile:
                if InputWalker.articleFormat(ofEntry: name) != nil { files[child] = childStamp }
            case .unknown:
                if InputWalker.articleFormat(ofEntry: name) != nil { unsure.insert(child) }
            case .found, .absent:
                continue  // devices, pipes, sockets; or gone since the listing
            }
        }
    }
}

/// Path arithmetic shared by the watcher's parts, written the way the ingest walk writes paths.
enum WatchPaths {
    /// Whether `path` is `folder` itself or lies somewhere below it.
    static func isInside(_ path: String, folder: String) -> Bool {
        path == folder || path.hasPrefix(InputWalker.join(folder, ""))
    }

    /// The folder holding `path` as it would be opened: `a/b.txt` -> `a`, `b.txt` -> `.`,
    /// `/b.txt` -> `/`. Trailing slashes are not part of the last name.
    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        if slash == trimmed.startIndex { return "/" }
        return String(trimmed[..<slash])
    }

    /// The last name of `path` (`a/b.txt` -> `b.txt`, `demo/` -> `demo`).
    static func lastName(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// The walk's order for paths under one root: name by name, each compared by UTF-8 bytes
    /// (so `a/z.txt` comes before `a.txt`, as the walk visits the folder `a` first).
    static func walkOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .lexicographicallyPrecedes(b.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)) {
                $0.lexicographicallyPrecedes($1)
            }
    }
}
