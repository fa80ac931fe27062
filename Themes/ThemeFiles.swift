import Foundation

/// The colour themes that ship with Sitrep, as files users can copy and edit.
///
/// The `.theme` files next to this one are copied into the target's resource bundle. This type
/// lists them and reads them; it knows nothing about the format (see SitrepUI's `Theme`).
public enum ThemeFiles {
    /// The bundled theme names, without the `.theme` extension.
    public static let names = ["default", "mono", "high-contrast", "solarized-dark"]

    /// The file extension of a theme file.
    public static let fileExtension = "theme"

    /// Where the bundled theme `name` is, or nil when there is no such bundled theme.
    public static func url(named name: String) -> URL? {
        guard names.contains(name) else { return nil }
        return bundle.url(forResource: name, withExtension: fileExtension)
    }

    /// The text of the bundled theme `name`, or nil when there is no such bundled theme or its
    /// file is missing from the installation.
    public static func contents(named name: String) -> String? {
        guard let url = url(named: name) else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// The resource bundle: next to the executable when installed that way, else where the
    /// build put it (`Bundle.module`).
    private static var bundle: Bundle {
        let bundleName = "Sitrep_SitrepThemes"
        let folders = [Bundle.main.resourceURL, Bundle.main.bundleURL,
                       Bundle.main.executableURL?.deletingLastPathComponent()].compactMap { $0 }
        for folder in folders {
            for suffix in ["resources", "bundle"] {
                let candidate = folder.appendingPathComponent("\(bundleName).\(suffix)")
                if let bundle = Bundle(url: candidate),
                   bundle.url(forResource: "default", withExtension: fileExtension) != nil {
                    return bundle
                }
            }
        }
        return Bundle.module
    }
}
