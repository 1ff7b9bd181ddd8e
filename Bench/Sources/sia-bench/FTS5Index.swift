import GRDB
import GRDBSQLite

/// The peer: an in-memory SQLite FTS5 table (system libsqlite3, `unicode61
/// remove_diacritics 2`, ranked by `bm25()` with per-column weights), opened through
/// GRDB. Queries run on one prepared statement through SQLite's C API, so what is timed
/// is SQLite itself, not a Swift wrapper.
final class FTS5Index {
  let queue: DatabaseQueue
  let columns: [String]
  private var statement: OpaquePointer?

  /// Builds the table: one row per document (rowid = position + 1), inserted in one
  /// transaction, then merged into a single b-tree ('optimize'), FTS5's best shape for
  /// queries.
  init(columns: [String], weights: [Double], rows: [[String]], tokenizer: String = "unicode61 remove_diacritics 2")
    throws
  {
    self.columns = columns
    queue = try DatabaseQueue()
    let columnList = columns.map { "\"\($0)\"" }.joined(separator: ", ")
    let weightList = weights.map { String($0) }.joined(separator: ", ")
    try queue.write { db in
      try db.execute(
        sql: """
          CREATE VIRTUAL TABLE docs USING fts5(\(columnList), tokenize = '\(tokenizer)')
          """)
      let insert = try db.makeStatement(
        sql: "INSERT INTO docs(rowid, \(columnList)) VALUES (?, \(columns.map { _ in "?" }.joined(separator: ", ")))")
      for (position, values) in rows.enumerated() {
        try insert.execute(
          arguments: StatementArguments([position + 1] + values.map { $0 as DatabaseValueConvertible }))
      }
      try db.execute(sql: "INSERT INTO docs(docs) VALUES ('optimize')")
    }
    statement = try queue.inDatabase { db -> OpaquePointer? in
      var prepared: OpaquePointer?
      let sql = "SELECT rowid FROM docs WHERE docs MATCH ?1 ORDER BY bm25(docs, \(weightList)) LIMIT ?2"
      guard
        sqlite3_prepare_v3(db.sqliteConnection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil) == SQLITE_OK
      else { throw DatabaseError(message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
      return prepared
    }
  }

  deinit { sqlite3_finalize(statement) }

  /// The positions (0-based) of the `limit` best documents for an FTS5 MATCH expression.
  func search(_ match: String, limit: Int) -> [Int] {
    var found: [Int] = []
    found.reserveCapacity(limit)
    sqlite3_reset(statement)
    match.withCString { text in
      sqlite3_bind_text(statement, 1, text, -1, nil)
      sqlite3_bind_int(statement, 2, Int32(limit))
      while sqlite3_step(statement) == SQLITE_ROW {
        found.append(Int(sqlite3_column_int64(statement, 0)) - 1)
      }
      sqlite3_clear_bindings(statement)
    }
    return found
  }

  /// Bytes SQLite's allocator holds now.
  static var sqliteMemoryUsed: Int { Int(sqlite3_memory_used()) }

  /// The MATCH expression for a list of words: each quoted, joined by OR.
  static func orQuery(_ words: [String]) -> String {
    var seen = Set<String>()
    return words.filter { seen.insert($0).inserted }
      .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
      .joined(separator: " OR ")
  }
}
