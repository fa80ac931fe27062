import Foundation

/// Looks at a store file's first bytes before SQLite does, to say in plain words what is
/// wrong with a file that is not a usable store: not SQLite at all, or cut short.
enum StoreFileCheck {
    enum Verdict: Equatable {
        /// Missing or empty: a new store is made there.
        case absent
        /// An SQLite file of the right length; its marks are checked once it is open.
        case sqlite
        case damaged(String)
    }

    static func inspect(_ path: String) -> Verdict {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return FileManager.default.fileExists(atPath: path) ? .damaged("cannot be read") : .absent
        }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
        if size == 0 { return .absent }
        try? handle.seek(toOffset: 0)
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard header.count == 100, header.starts(with: Array("SQLite format 3\u{0}".utf8)) else {
            return .damaged("not an SQLite database (\(size) bytes of something else)")
        }
        func bigEndian(_ offset: Int, _ count: Int) -> Int {
            header[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
        }
        let rawPageSize = bigEndian(16, 2)
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
            return .damaged("damaged SQLite header (page size \(rawPageSize))")
        }
        // The page count in the header is valid when the change counter matches "valid-for".
        let pages = bigEndian(28, 4)
        if pages > 0, bigEndian(24, 4) == bigEndian(92, 4), size < pages * pageSize {
            return .damaged("truncated (\(size) of \(pages * pageSize) bytes)")
        }
        if size % pageSize != 0 {
            return .damaged("truncated (\(size) bytes is not a whole number of \(pageSize)-byte pages)")
        }
        return .sqlite
    }
}
