import GRDB
import GRDBSQLite

/// Steps a statement with the SQLite C API. GRDB's `Row` decoding costs about a
/// microsecond per column, which at 100,000 articles is most of the warm-open budget.
struct RawRow {
    let statement: OpaquePointer

    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }
    func optionalInt(_ column: Int32) -> Int64? { isNull(column) ? nil : int(column) }

    func text(_ column: Int32) -> String {
        guard let p = sqlite3_column_text(statement, column) else { return "" }
        let n = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    /// The column's bytes, valid only inside `body`.
    func withBlob<T>(_ column: Int32 = 0, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let n = Int(sqlite3_column_bytes(statement, column))
        return try body(UnsafeRawBufferPointer(start: sqlite3_column_blob(statement, column), count: n))
    }
}

enum RawRows {
    static func each(_ db: Database, _ sql: String, _ body: (RawRow) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        let s = statement.sqliteStatement
        defer { sqlite3_reset(s) }
        while true {
            let rc = sqlite3_step(s)
            if rc == SQLITE_DONE { return }
            guard rc == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errstr(rc)), sql: sql)
            }
            try body(RawRow(statement: s))
        }
    }

    /// `sql` (one `?`) for each of `ids` in turn, which must each give a row: `body` gets the
    /// id's position and its row.
    static func each(_ db: Database, _ sql: String, ids: [Int64], _ body: (Int, RawRow) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        let s = statement.sqliteStatement
        defer { sqlite3_reset(s) }
        for (position, id) in ids.enumerated() {
            sqlite3_reset(s)
            sqlite3_bind_int64(s, 1, id)
            let rc = sqlite3_step(s)
            guard rc == SQLITE_ROW else {
                if rc == SQLITE_DONE { throw DatabaseError(message: "row \(id) missing from the cache", sql: sql) }
                throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errstr(rc)), sql: sql)
            }
            try body(position, RawRow(statement: s))
        }
    }
}
