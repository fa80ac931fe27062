#if os(Linux)
import Glibc

/// inotify's side of the engine: which folders carry a watch, and what an event means.
extension WatchEngine {
    /// Watches `path` for `role` (a no-op when polling), replacing a watch on another folder
    /// that was at the same path before.
    func watchFolder(_ path: String, stamp: FileStamp? = nil, role: WatchTable.Roles) {
        guard let inotify else { return }
        let current: FileStamp
        if let stamp {
            current = stamp
        } else if case .found(let found) = FileStamp.lookup(path), found.isDirectory {
            current = found
        } else {
            return
        }
        if let entry = table.entry(path) {
            if entry.device == current.device, entry.inode == current.inode, entry.roles.contains(role) { return }
            if entry.device != current.device || entry.inode != current.inode, let old = table.remove(path) {
                inotify.removeWatch(old)
            }
        }
        switch inotify.addWatch(path) {
        case .success(let descriptor):
            table.add(path, descriptor: descriptor, stamp: current, role: role)
        case .failure(let error) where error.code == ENOENT || error.code == ENOTDIR:
            break  // gone already; the parent's event says so
        case .failure(let error):
            let limit = error.code == ENOSPC ? " (the inotify watch limit, fs.inotify.max_user_watches, is reached)" : ""
            notice(path, "cannot watch\(limit): \(error); checked every \(Self.seconds(pollInterval)) s instead")
            pollAlso(now: ContinuousClock.now)
        }
    }

    func unwatch(_ path: String, role: WatchTable.Roles) {
        if let descriptor = table.remove(role, from: path) { inotify?.removeWatch(descriptor) }
    }

    /// Watches the nearest existing folder above a missing path, so that its return is seen.
    func watchNearestAncestor(of path: String) {
        guard inotify != nil else { return }
        var child = path
        var folder = WatchPaths.parent(of: path)
        while true {
            if case .found(let stamp) = FileStamp.lookup(folder), stamp.isDirectory { break }
            let above = WatchPaths.parent(of: folder)
            guard above != folder else { return }  // nothing above exists: the timer looks again
            child = folder
            folder = above
        }
        watchFolder(folder, role: .ancestor)
        ancestorNames[folder, default: []].insert(WatchPaths.lastName(of: child))
    }

    /// Applies a run of events: collects where to look, then looks once per path.
    func handle(_ events: [InotifyEvent], now: ContinuousClock.Instant) {
        var files: [(path: String, evidence: StabilityGate.Evidence)] = []
        var fileIndex: [String: Int] = [:]
        var folders: Set<String> = []
        var rootsToRefresh: Set<Int> = []
        var overflow = false
        var missingMayBeBack = false

        func noteFile(_ path: String, _ evidence: StabilityGate.Evidence) {
            if let index = fileIndex[path] {
                files[index].evidence = Self.merge(files[index].evidence, evidence)
            } else {
                fileIndex[path] = files.count
                files.append((path, evidence))
            }
        }

        for event in events {
            if event.has(IN_Q_OVERFLOW) { overflow = true; continue }
            let watched = table.paths(for: event.watch).map { ($0, table.entry($0)?.roles ?? []) }
            if event.has(IN_IGNORED) { _ = table.forget(descriptor: event.watch) }
            for (folder, roles) in watched {
                guard let name = event.name else {
                    if event.undecodableName, roles.contains(.tree) { folders.insert(folder); continue }
                    // The folder itself: deleted, moved, permissions changed, or its watch dropped.
                    for index in roots.indices where roots[index].path == folder
                        || (roots[index].kind == .file && WatchPaths.parent(of: roots[index].path) == folder) {
                        rootsToRefresh.insert(index)
                    }
                    if roles.contains(.tree) { folders.insert(folder) }
                    if roles.contains(.ancestor) { missingMayBeBack = true }
                    continue
                }
                let child = InputWalker.join(folder, name)
                if roles.contains(.tree), InputWalker.isVisible(name: name) {
                    if event.has(IN_ISDIR) {
                        folders.insert(child)
                    } else if InputWalker.articleFormat(ofEntry: name) != nil {
                        noteFile(child, Self.evidence(of: event))
                    }
                }
                if roles.contains(.fileParent) {
                    for index in roots.indices where roots[index].kind == .file || roots[index].kind == .missing {
                        let root = roots[index].path
                        guard WatchPaths.parent(of: root) == folder, WatchPaths.lastName(of: root) == name else { continue }
                        if event.has(IN_ISDIR) { rootsToRefresh.insert(index) } else { noteFile(root, Self.evidence(of: event)) }
                    }
                }
                if roles.contains(.ancestor), ancestorNames[folder]?.contains(name) ?? false {
                    missingMayBeBack = true
                }
            }
        }

        if overflow {
            refreshAll(now: now)
            return
        }
        for index in rootsToRefresh.sorted() { refreshRoot(index, now: now) }
        // Outer folders first; a folder inside another one rescanned here needs no scan of its own.
        let ordered = folders.sorted { $0.utf8.count < $1.utf8.count }
        var scanned: [String] = []
        for folder in ordered where !scanned.contains(where: { WatchPaths.isInside(folder, folder: $0) }) {
            reconcileFolder(folder, now: now)
            scanned.append(folder)
        }
        for (path, evidence) in files where !scanned.contains(where: { WatchPaths.isInside(path, folder: $0) }) {
            checkFile(path, evidence, now: now)
        }
        if missingMayBeBack { recheckMissing(now: now) }
    }

    private static func evidence(of event: InotifyEvent) -> StabilityGate.Evidence {
        if event.has(IN_CLOSE_WRITE) || event.has(IN_MOVED_TO) { return .completed }
        if event.has(IN_CREATE) || event.has(IN_MODIFY) { return .written }
        if event.has(IN_ATTRIB) { return .attributes }
        return .scanned  // deleted or moved away: the look at the path tells
    }

    /// Two pieces of evidence in a row: the later one says more about the writer, except
    /// that an attribute change does not undo a write.
    private static func merge(_ earlier: StabilityGate.Evidence, _ later: StabilityGate.Evidence) -> StabilityGate.Evidence {
        switch later {
        case .attributes, .scanned: earlier == .scanned ? later : earlier
        case .written, .completed: later
        }
    }
}
#else
extension WatchEngine {
    func watchFolder(_ path: String, stamp: FileStamp? = nil, role: WatchTable.Roles) {}
    func unwatch(_ path: String, role: WatchTable.Roles) {}
    func watchNearestAncestor(of path: String) {}
}
#endif
