import Foundation
import GRDB
import GRDBSQLite
import SiaKit

/// One row of the index: a registry line, the stamp and hash that say when it must be
/// verified again, and folded copies of the names the filters search.
struct IndexedDocument: PersistableRecord {
  static let databaseTableName = "document"

  var entry: RegistryEntry
  var stamp: Data
  var contentHash: String

  init(entry: RegistryEntry, stamp: Data, contentHash: String) {
    self.entry = entry
    self.stamp = stamp
    self.contentHash = contentHash
  }

  /// The columns a `RegistryEntry` is read from, in the order `entry(_:withStates:)`
  /// reads them: by position, not by name (GRDB looks a name up among the row's columns
  /// each time, which made 50,000 lines cost more than the query itself).
  static let entryColumns = [
    "path", "outcome", "kind", "kindFR", "kindEN", "declarantName", "declarantEmail", "unitName", "unitCode",
    "labHeadName", "labHeadEmail", "system", "provider", "data", "verdict", "verdictToday", "date", "validUntil",
    "approval", "approverName", "approverEmail", "approvalDate", "approverIsLabHead", "signature", "problemFR",
    "problemEN", "fingerprint", "approverFingerprint", "score",
  ]

  /// A line from the current row of `statement`, whose first columns are
  /// `entryColumns`, optionally followed by the French and English states (`--json`).
  /// Read with SQLite's own column functions: a lab head's `--pending` over 50,000
  /// lines decodes 17,000 rows, and GRDB's generic `Row` (a type check, a `strlen` and
  /// a copy per column) cost more than the query itself.
  static func entry(_ statement: OpaquePointer, withStates: Bool) -> RegistryEntry {
    func text(_ column: Int32) -> String {
      guard let bytes = sqlite3_column_text(statement, column) else { return "" }
      let count = Int(sqlite3_column_bytes(statement, column))
      return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
    func optionalText(_ column: Int32) -> String? {
      sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : text(column)
    }
    return RegistryEntry(
      path: text(0), outcome: DocumentOutcome(rawValue: text(1)) ?? .unverifiable,
      kind: DocumentState.Kind(rawValue: text(2)) ?? .unknown, kindFR: text(3), kindEN: text(4),
      declarantName: text(5), declarantEmail: text(6), unitName: text(7), unitCode: text(8), labHeadName: text(9),
      labHeadEmail: text(10), system: text(11), provider: text(12), data: text(13),
      verdict: optionalText(14).flatMap(Verdict.init(rawValue:)),
      verdictToday: optionalText(15).flatMap(Verdict.init(rawValue:)), date: text(16), validUntil: text(17),
      approval: RegistryEntry.ApprovalState(rawValue: text(18)) ?? .invalid, approverName: text(19),
      approverEmail: text(20), approvalDate: text(21), approverIsLabHead: sqlite3_column_int64(statement, 22) != 0,
      signature: RegistryEntry.SignatureState(rawValue: text(23)) ?? .unusable, problemFR: text(24),
      problemEN: text(25), fingerprint: text(26), approverFingerprint: text(27), score: text(28),
      stateFR: withStates ? text(29) : "", stateEN: withStates ? text(30) : "")
  }

  /// Stores the line and, beside it, its states (table `documentState`).
  func save(_ db: Database) throws {
    try insert(db, onConflict: .replace)
    try db.execute(
      sql: "INSERT OR REPLACE INTO documentState (path, fr, en) VALUES (?, ?, ?)",
      arguments: [entry.path, entry.stateFR, entry.stateEN])
  }

  func encode(to container: inout PersistenceContainer) throws {
    let e = entry
    container["path"] = e.path
    container["stamp"] = stamp
    container["contentHash"] = contentHash
    container["declarantKey"] = Fold.key(e.declarantName + " " + e.declarantEmail)
    container["systemKey"] = Fold.key(e.system + " " + e.provider)
    container["outcome"] = e.outcome.rawValue
    container["kind"] = e.kind.rawValue
    container["kindFR"] = e.kindFR
    container["kindEN"] = e.kindEN
    container["declarantName"] = e.declarantName
    container["declarantEmail"] = e.declarantEmail
    container["unitName"] = e.unitName
    container["unitCode"] = e.unitCode
    container["labHeadName"] = e.labHeadName
    container["labHeadEmail"] = e.labHeadEmail
    container["system"] = e.system
    container["provider"] = e.provider
    container["data"] = e.data
    container["verdict"] = e.verdict?.rawValue
    container["verdictToday"] = e.verdictToday?.rawValue
    container["date"] = e.date
    container["validUntil"] = e.validUntil
    container["contested"] = e.contested
    container["approval"] = e.approval.rawValue
    container["approverName"] = e.approverName
    container["approverEmail"] = e.approverEmail
    container["approvalDate"] = e.approvalDate
    container["approverIsLabHead"] = e.approverIsLabHead
    container["signature"] = e.signature.rawValue
    container["problemFR"] = e.problemFR
    container["problemEN"] = e.problemEN
    container["fingerprint"] = e.fingerprint
    container["approverFingerprint"] = e.approverFingerprint
    container["score"] = e.score
    container["attestedBy"] = ""
  }
}

/// Names as the filters compare them: accents and case folded, so `--declarant curie`
/// finds « Marie CURIE » and `--system chatgpt` « ChatGPT ».
enum Fold {
  static func key(_ text: String) -> String {
    text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
  }
}
