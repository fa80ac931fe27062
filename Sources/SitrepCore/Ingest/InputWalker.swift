import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The formats Sitrep reads, chosen by file extension.
enum InputFormat: Sendable, Equatable {
    case plainText, markdown, html, json, jsonLines

    /// The format for a file name's extension (any case), or nil when Sitrep does not read it.
    init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt", "text": self = .plainText
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonLines
        default: return nil
        }
    }
}

/// Expands the command line's paths into the files to read, in order: folders recursively,
/// names sorted by their UTF-8 bytes, dot-names skipped, symbolic links followed, loops cut.
struct InputWalker {
    /// One step of the walk, in input order.
    enum Item: Equatable {
        case file(path: String, format: InputFormat)
        case standardInput
        case problem(IngestProblem)
        /// Inside a folder, with an extension Sitrep does not read.
        case skipped(path: String)
    }

    private struct DirectoryKey: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private(set) var items: [Item] = []
    /// Beside each item, the size and modification time its `stat` gave (nil for non-files),
    /// so that the store can tell an unchanged file without a second look.
    private(set) var stamps: [StoreFileStamp?] = []
    private var ancestors: [(key: DirectoryKey, path: String)] = []
    private var reportedLoops: Set<Set<DirectoryKey>> = []

    /// Whether a name met inside a folder is walked at all: dot-names (hidden files, `.git`,
    /// editor lock and swap files such as `.#a.txt` and `.a.txt.swp`) are not.
    static func isVisible(name: String) -> Bool { isVisible(utf8: name.utf8) }

    static func isVisible(utf8 name: String.UTF8View) -> Bool { name.first != UInt8(ascii: ".") }

    /// The path of `name` inside `folder` as the walk writes it (and so a document's id):
    /// joined with one `/`, the folder exactly as given (`demo/` and `demo` both give `demo/a.txt`).
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The format of a file met inside a folder, or nil when the walk passes it over (hidden,
    /// or an extension Sitrep does not read, which also leaves out backups like `a.txt~`).
    static func articleFormat(ofEntry name: String) -> InputFormat? {
        isVisible(name: name) ? InputFormat(fileName: name) : nil
    }

    /// Walks every path given, in order.
    static func walk(_ paths: [String]) -> [Item] {
        walkWithStamps(paths).items
    }

    /// `walk`, with each file's stamp beside it.
    static func walkWithStamps(_ paths: [String]) -> (items: [Item], stamps: [StoreFileStamp?]) {
        var walker = InputWalker()
        for path in paths { walker.visit(given: path) }
        return (walker.items, walker.stamps)
    }

    private mutating func append(_ item: Item, _ info: stat? = nil) {
        items.append(item)
        stamps.append(info.map(StoreFileStamp.init))
    }

    private mutating func visit(given path: String) {
        if path == "-" { append(.standardInput); return }
        var info = stat()
        guard stat(path, &info) == 0 else {
            append(.problem(IngestProblem(path: path, reason: FileLoader.Failure(errno: errno, path: path).reason)))
            return
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            walkDirectory(path, key: Self.key(info))
        } else {
            // Named on the command line: read whatever it is; unknown extensions as plain text.
            let name = (path as NSString).lastPathComponent
            append(.file(path: path, format: InputFormat(fileName: name) ?? .plainText), info)
        }
    }

    private mutating func walkDirectory(_ path: String, key: DirectoryKey) {
        if let ancestor = ancestors.firstIndex(where: { $0.key == key }) {
            // Report each loop once, however many ways lead into it.
            let loop = Set(ancestors[ancestor...].map(\.key))
            if reportedLoops.insert(loop).inserted {
                let reason = "directory loop (leads back to \(ancestors[ancestor].path)), skipped"
                append(.problem(IngestProblem(path: path, reason: reason)))
            }
            return
        }
        let names: [Entry]
        switch Self.entries(of: path) {
        case .success(let found): names = found
        case .failure(let failure):
            append(.problem(IngestProblem(path: path, reason: failure.reason)))
            return
        }
        ancestors.append((key, path))
        defer { ancestors.removeLast() }
        for entry in names {
            guard case .name(let name) = entry else {
                if case .undecodable(let shown) = entry {
                    let reason = "file name is not valid UTF-8 (rename it to read it), skipped"
                    append(.problem(IngestProblem(path: Self.join(path, shown), reason: reason)))
                }
                continue
            }
            let child = Self.join(path, name)
            var info = stat()
            guard stat(child, &info) == 0 else {
                if InputFormat(fileName: name) != nil {
                    let reason = FileLoader.Failure(errno: errno, path: child).reason
                    append(.problem(IngestProblem(path: child, reason: reason)))
                } else {
                    append(.skipped(path: child))
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walkDirectory(child, key: Self.key(info))
            case S_IFREG:
                if let format = InputFormat(fileName: name) {
                    append(.file(path: child, format: format), info)
                } else {
                    append(.skipped(path: child))
                }
            default:
                append(.skipped(path: child))  // devices, pipes, sockets inside folders
            }
        }
    }

    /// A folder entry's name; file names are bytes, and a few are not UTF-8.
    enum Entry {
        case name(String)
        /// Shown repaired with U+FFFD; such a file cannot be opened through a `String` path.
        case undecodable(String)

        var sortKey: String.UTF8View {
            switch self {
            case .name(let name), .undecodable(let name): name.utf8
            }
        }
    }

    /// The visible names in a folder, sorted by UTF-8 bytes (the same order in every locale).
    static func entries(of path: String) -> Result<[Entry], FileLoader.Failure> {
        guard let directory = opendir(path) else { return .failure(FileLoader.Failure(errno: errno, path: path)) }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let found = readdir(directory) {
            let entry = withUnsafePointer(to: &found.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: $0.pointee)) {
                    String(validatingCString: $0).map(Entry.name) ?? .undecodable(String(cString: $0))
                }
            }
            guard isVisible(utf8: entry.sortKey) else { continue }
            entries.append(entry)
        }
        entries.sort { $0.sortKey.lexicographicallyPrecedes($1.sortKey) }
        return .success(entries)
    }

    private static func key(_ info: stat) -> DirectoryKey {
        DirectoryKey(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
