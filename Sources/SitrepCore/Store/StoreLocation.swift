import Foundation

/// Where a corpus's store lives unless `--store` says otherwise: one file per set of corpus
/// paths in `$XDG_CACHE_HOME/sitrep/` (else `~/.cache/sitrep/`), never inside the articles'
/// own folders.
public enum StoreLocation {
    /// The folder of all default stores; nil when neither `XDG_CACHE_HOME` nor `HOME` is set.
    public static func cacheFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        // The XDG spec: a relative XDG_CACHE_HOME is invalid and ignored.
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("sitrep", isDirectory: true)
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".cache", isDirectory: true).appendingPathComponent("sitrep", isDirectory: true)
    }

    /// The default store of a corpus given by `paths` (files and folders; `-` is left out):
    /// named by the first folder's name and a hash of the sorted absolute paths, so that the
    /// same corpus finds the same store from any working folder. Nil when there is no cache
    /// folder, no path, or the store would fall inside one of the corpus folders.
    public static func defaultURL(forInputs paths: [String],
                                  environment: [String: String] = ProcessInfo.processInfo.environment,
                                  currentDirectory: String = FileManager.default.currentDirectoryPath) -> URL? {
        let absolute = Array(Set(paths.filter { $0 != "-" }.map { Self.absolute($0, from: currentDirectory) })).sorted()
        guard !absolute.isEmpty, let folder = cacheFolder(environment: environment) else { return nil }
        let hash = UInt64(bitPattern: StableHash.of(absolute.joined(separator: "\n")))
        let hex = String(hash, radix: 16)
        let name = readableName(absolute[0]) + "-" + String(repeating: "0", count: 16 - hex.count) + hex + ".sqlite"
        let url = folder.appendingPathComponent(name, isDirectory: false)
        let storePath = url.standardizedFileURL.path
        if absolute.contains(where: { storePath.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) { return nil }
        return url
    }

    /// `path` made absolute against `directory`, with `.` and `..` resolved (links are not).
    static func absolute(_ path: String, from directory: String) -> String {
        let full = path.hasPrefix("/") ? path : (directory.hasSuffix("/") ? directory : directory + "/") + path
        return URL(fileURLWithPath: full).standardizedFileURL.path
    }

    /// The last path component in letters, digits, `.`, `_`, `-` only, at most 32 characters.
    private static func readableName(_ path: String) -> String {
        let last = (path as NSString).lastPathComponent
        let kept = last.unicodeScalars.map { s -> Character in
            s.isASCII && (CharacterSet.alphanumerics.contains(s) || "._-".unicodeScalars.contains(s)) ? Character(s) : "_"
        }
        let name = String(kept.prefix(32))
        return name.isEmpty || name == "/" ? "corpus" : name
    }
}
