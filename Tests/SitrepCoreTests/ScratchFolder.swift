import Foundation
@testable import SitrepCore

/// A temporary folder for one test's fixture files, removed when the test ends.
final class ScratchFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitrep-ingest-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Restore permissions a test may have taken away, so that removal works.
        if let paths = FileManager.default.subpaths(atPath: url.path) {
            for sub in paths { chmod(url.appendingPathComponent(sub).path, 0o755) }
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes UTF-8 text at `relative` (folders made as needed) and returns its full path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Writes raw bytes at `relative` and returns its full path.
    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Makes a folder at `relative` and returns its full path.
    @discardableResult
    func folder(_ relative: String) throws -> String {
        let folder = url.appendingPathComponent(relative, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    /// A symbolic link at `relative` pointing to `destination` (taken as written).
    func link(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent(relative).path,
                                                   withDestinationPath: destination)
    }

    /// Sets a file's modification time.
    func touch(_ path: String, modified: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
    }
}

/// Reads one file and returns its only document (nil when there is not exactly one).
func readOne(_ path: String, options: IngestOptions = IngestOptions()) -> (Document?, [IngestProblem]) {
    let result = Ingest.read(paths: [path], options: options)
    return (result.documents.count == 1 ? result.documents[0] : nil, result.problems)
}

/// A day as `DayDate`, for expectations (fixtures use valid days only).
func day(_ iso: String) -> DayDate? { DayDate(iso: iso) }
