import CSQLite

/// SQLite copies bound text and blobs (`SQLITE_TRANSIENT`).
private let transient = unsafeBitCast(-1 as Int, to: sqlite3_destructor_type.self)

/// A prepared statement: bind parameters (1-based), step through rows, read columns (0-based).
/// Belongs to its connection's thread.
final class SQLiteStatement {
    private var handle: OpaquePointer?
    private let connection: SQLiteConnection

    init(_ handle: OpaquePointer, connection: SQLiteConnection) {
        self.handle = handle
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    /// Clears the bindings' effect of the last run so that the statement can run again.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func bind(_ index: Int32, _ value: Int64) throws {
        try check(sqlite3_bind_int64(handle, index, value))
    }

    func bind(_ index: Int32, _ value: Int) throws { try bind(index, Int64(value)) }

    func bind(_ index: Int32, _ value: String?) throws {
        guard let value else { return try check(sqlite3_bind_null(handle, index)) }
        var copy = value
        try copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return try check(sqlite3_bind_text(handle, index, "", 0, transient)) }
            try base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                try check(sqlite3_bind_text(handle, index, $0, Int32(bytes.count), transient))
            }
        }
    }

    func bind(_ index: Int32, blob: [UInt8]?) throws {
        guard let blob else { return try check(sqlite3_bind_null(handle, index)) }
        try blob.withUnsafeBytes { bytes in
            try check(sqlite3_bind_blob(handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), transient))
        }
    }

    /// Runs the statement to its next row: true when a row is ready, false when done.
    @discardableResult
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(code)
        }
    }

    /// Runs a statement that returns no rows, then makes it ready to run again.
    func run() throws {
        defer { reset() }
        try step()
    }

    /// Rows changed by the last run of this statement's connection.
    var changes: Int { Int(sqlite3_changes(sqlite3_db_handle(handle))) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func string(_ column: Int32) -> String? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// The column's bytes, valid until the next `step`, `reset` or column read; nil for NULL.
    func blob(_ column: Int32) -> UnsafeRawBufferPointer? {
        guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
        let start = sqlite3_column_blob(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let start else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: start, count: count)
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw connection.error(code) }
    }
}
