import Foundation

/// The bundled demo story: fourteen invented articles about a spring 2026 Danube flood, from
/// Lower Austria to the Danube Delta. `sitrep` with no path opens it.
///
/// The files deliberately date themselves in every way Ingest understands: most carry a
/// `Title:`/`Date:` header block, some only a date in the file name, and some only a dateline
/// at the start of the text ("BELGRADE, April 16, 2026 —").
public enum DemoCorpus {
    /// The bundled `Demo` folder, or nil when the resource bundle is missing (e.g. a binary
    /// copied away from its `Sitrep_SitrepCore.resources` directory).
    public static var folderURL: URL? {
        Bundle.module.url(forResource: "Demo", withExtension: nil)
    }

    /// The demo articles (`.txt` files of the folder), sorted by file name; empty when the
    /// folder is missing.
    public static var fileURLs: [URL] {
        guard let folder = folderURL,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".txt") }.sorted()
            .map { folder.appendingPathComponent($0, isDirectory: false) }
    }
}
