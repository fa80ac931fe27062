import Foundation

/// Reads articles into `Document`s: files and folders, JSON Lines from a file or stdin.
///
/// Never traps on bad input: every file that cannot be read becomes one `IngestProblem`
/// naming it and saying why, and the other inputs are still read. Documents and problems
/// come back in input order.
public enum Ingest {
    /// Reads files and folders in the order given.
    ///
    /// Folders are walked recursively in UTF-8 byte order of their names; dot-names are
    /// skipped; symbolic links are followed and directory loops reported once. By extension:
    /// `.txt`, `.md`/`.markdown`, `.html`/`.htm`, `.json`, `.jsonl`/`.ndjson`. A file named
    /// here with another extension is read as plain text; inside folders such files are
    /// passed over and listed in `IngestResult.skippedFiles`. A path `-` reads JSON Lines
    /// from standard input.
    public static func read(paths: [String], options: IngestOptions = IngestOptions()) -> IngestResult {
        var result = IngestResult()
        for item in InputWalker.walk(paths) {
            switch item {
            case .file(let path, let format):
                result.append(FileDocumentReader.read(path, format: format, options: options))
            case .standardInput:
                result.append(readStandardInput(options: options))
            case .problem(let problem):
                result.problems.append(problem)
            case .skipped(let path):
                result.skippedFiles.append(path)
            }
        }
        return result
    }

    /// Reads JSON Lines (`{"id"?, "text", "title"?, "date"?, "url"?, "source"?}` per line).
    ///
    /// - Parameter origin: names the input in problems and default ids: `"-"` for stdin,
    ///   else the file's path. A line without an id gets `"origin:lineNumber"`.
    public static func readJSONLines(_ data: Data, origin: String, options: IngestOptions = IngestOptions()) -> IngestResult {
        JSONRecords.readLines([UInt8](data), origin: origin, path: origin == "-" ? nil : origin, options: options)
    }

    /// Reads a JSON Lines file (`--input-jsonl FILE`), whatever its extension; problems with
    /// the file itself (missing, unreadable, binary) are reported like any other input's.
    public static func readJSONLines(path: String, options: IngestOptions = IngestOptions()) -> IngestResult {
        FileDocumentReader.read(path, format: .jsonLines, options: options)
    }

    /// Reads JSON Lines from standard input until it ends (`sitrep extract -`).
    public static func readStandardInput(options: IngestOptions = IngestOptions()) -> IngestResult {
        do {
            let data = try FileHandle.standardInput.readToEnd() ?? Data()
            return readJSONLines(data, origin: "-", options: options)
        } catch {
            let reason = "read error: \((error as NSError).localizedDescription)"
            return IngestResult(problems: [IngestProblem(path: "-", reason: reason)])
        }
    }
}
