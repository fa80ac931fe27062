/// Which folders are watched, under which inotify descriptor, and for what.
///
/// One folder can be watched for several reasons, and the kernel gives one descriptor per
/// folder however many paths lead to it (a symbolic link), so both directions are kept.
struct WatchTable {
    /// Why a folder is watched.
    struct Roles: OptionSet {
        let rawValue: UInt8
        /// Inside a folder given to watch: every article entry counts.
        static let tree = Roles(rawValue: 1)
        /// The parent of a file given to watch: only that file's name counts (so that an
        /// atomic replace, a rename over the file, is seen).
        static let fileParent = Roles(rawValue: 2)
        /// The nearest existing folder above a given path that is missing: its coming back counts.
        static let ancestor = Roles(rawValue: 4)
    }

    /// One watched folder.
    struct Entry {
        var descriptor: Int32
        var device: UInt64
        var inode: UInt64
        var roles: Roles
    }

    private(set) var byPath: [String: Entry] = [:]
    private var byDescriptor: [Int32: Set<String>] = [:]

    func entry(_ path: String) -> Entry? { byPath[path] }

    func paths(for descriptor: Int32) -> Set<String> { byDescriptor[descriptor] ?? [] }

    /// The watched paths with `role` at or below `folder`.
    func paths(with role: Roles, inside folder: String) -> [String] {
        byPath.compactMap { $0.value.roles.contains(role) && WatchPaths.isInside($0.key, folder: folder) ? $0.key : nil }
    }

    func paths(with role: Roles) -> [String] {
        byPath.compactMap { $0.value.roles.contains(role) ? $0.key : nil }
    }

    mutating func add(_ path: String, descriptor: Int32, stamp: FileStamp, role: Roles) {
        if var entry = byPath[path], entry.descriptor == descriptor {
            entry.roles.formUnion(role)
            byPath[path] = entry
        } else {
            _ = remove(path)
            byPath[path] = Entry(descriptor: descriptor, device: stamp.device, inode: stamp.inode, roles: role)
            byDescriptor[descriptor, default: []].insert(path)
        }
    }

    /// Takes `role` away from `path`; returns the descriptor when no path needs it any more
    /// (the caller removes the kernel's watch).
    mutating func remove(_ role: Roles, from path: String) -> Int32? {
        guard var entry = byPath[path] else { return nil }
        entry.roles.subtract(role)
        if entry.roles.isEmpty { return remove(path) }
        byPath[path] = entry
        return nil
    }

    /// Forgets `path` whatever its roles; returns its descriptor when no other path shares it.
    mutating func remove(_ path: String) -> Int32? {
        guard let entry = byPath.removeValue(forKey: path) else { return nil }
        byDescriptor[entry.descriptor]?.remove(path)
        guard byDescriptor[entry.descriptor]?.isEmpty ?? true else { return nil }
        byDescriptor[entry.descriptor] = nil
        return entry.descriptor
    }

    /// The kernel dropped a watch (its folder was deleted): forgets it, returns its paths.
    mutating func forget(descriptor: Int32) -> Set<String> {
        let paths = byDescriptor.removeValue(forKey: descriptor) ?? []
        for path in paths { byPath[path] = nil }
        return paths
    }
}
