import GRDB
import SiaKit

/// The index's tables, through GRDB's migrator: a later version adds a migration,
/// never edits one, and an index from a newer `sia` is rebuilt rather than misread.
enum RegistrySchema {
  /// The columns the terminal table and its summary read (besides approval, date,
  /// declarantName and path, which lead the indexes that hold them).
  static let tableColumns = [
    "outcome", "kind", "kindFR", "kindEN", "declarantEmail", "unitName", "unitCode", "system", "verdict",
    "verdictToday", "validUntil", "approverName", "approverEmail", "signature", "score",
  ]

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      // What the verification depended on besides the files (allowed signers, guide):
      // when it changes, every line is verified again.
      try db.create(table: "meta") { t in
        t.primaryKey("key", .text)
        t.column("value", .text).notNull()
      }
      try db.create(table: "document") { t in
        t.primaryKey("path", .text)
        // size, mtime, ctime and inode of the document, its .sig, its approval and its
        // approval's .sig: unchanged, the file is not even read again.
        t.column("stamp", .text).notNull()
        // SHA-512 of those four files' contents: a touched but unchanged file is not verified again.
        t.column("contentHash", .text).notNull()
        t.column("declarantKey", .text).notNull()
        t.column("systemKey", .text).notNull()
        t.column("kind", .text).notNull()
        for name in [
          "declarantName", "declarantEmail", "unitName", "unitCode", "labHeadName", "labHeadEmail", "system",
          "provider",
          "data", "date", "validUntil", "approval", "approverName", "approverEmail", "approvalDate", "signature",
          "problemFR", "problemEN", "fingerprint", "approverFingerprint", "score", "attestedBy",
        ] {
          t.column(name, .text).notNull()
        }
        t.column("verdict", .text)
        t.column("verdictToday", .text)
        t.column("contested", .boolean).notNull()
        t.column("approverIsLabHead", .boolean).notNull()
      }
      try db.create(index: "document_validUntil", on: "document", columns: ["validUntil"])
      try db.create(index: "document_approval", on: "document", columns: ["approval"])
      try db.create(index: "document_date", on: "document", columns: ["date"])
    }
    // Issue 13's verification: each line is read from the file's `DocumentState`
    // (outcome, kind and its label, the state itself for `--json`); lines made by v1
    // lack them, so every file is verified again (the signed files are the truth).
    migrator.registerMigration("v2") { db in
      try db.execute(sql: "DELETE FROM document")
      try db.execute(sql: "DELETE FROM meta WHERE key = 'context'")
      try db.alter(table: "document") { t in
        t.add(column: "outcome", .text).notNull().defaults(to: "unverifiable")
        for name in ["kindFR", "kindEN", "stateFR", "stateEN"] { t.add(column: name, .text).notNull().defaults(to: "") }
      }
      try db.create(index: "document_outcome", on: "document", columns: ["outcome"])
    }
    // The states (a few kB each, read only for --json) move to a table of their own, so
    // that a filtered query scans compact rows (v2's columns stay, always empty).
    migrator.registerMigration("v3") { db in
      try db.execute(sql: "DELETE FROM document")
      try db.execute(sql: "DELETE FROM meta WHERE key = 'context'")
      try db.create(table: "documentState") { t in
        t.primaryKey("path", .text).references("document", onDelete: .cascade)
        t.column("fr", .text).notNull()
        t.column("en", .text).notNull()
      }
    }
    // Issue 17's scale targets: the stamp becomes a digest (FileStamp), so v3's text
    // stamps never match and each file is read and hashed once more (not verified again:
    // its content hash is kept). The terminal table is read from covering indexes that
    // hold its columns (RegistryIndex.Detail.table), rows of a few hundred bytes rather
    // than the table's kilobyte: the pending lines already in the table's order, the
    // others by path for the filters that scan.
    migrator.registerMigration("v4") { db in
      try db.execute(sql: "UPDATE document SET stamp = x''")
      try db.execute(sql: "DROP INDEX IF EXISTS document_approval")
      // A re-run reads every path and stamp (16 bytes) from this index alone.
      try db.execute(sql: "CREATE INDEX document_stamp ON document (path, stamp)")
      let shown = RegistrySchema.tableColumns.joined(separator: ", ")
      try db.execute(
        sql: "CREATE INDEX document_approval_order ON document (approval, date DESC, declarantName, path, \(shown))")
      try db.execute(
        sql:
          "CREATE INDEX document_line ON document (path, date, declarantName, approval, declarantKey, systemKey, \(shown))"
      )
    }
    return migrator
  }
}
