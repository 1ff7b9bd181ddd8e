import Foundation
import GRDB
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

  /// The columns a `RegistryEntry` is read from, in the order `entry(row:)` reads them:
  /// by position, not by name (GRDB looks a name up among the row's columns each time,
  /// which made 50,000 lines cost more than the query itself).
  static let entryColumns = [
    "path", "outcome", "kind", "kindFR", "kindEN", "declarantName", "declarantEmail", "unitName", "unitCode",
    "labHeadName", "labHeadEmail", "system", "provider", "data", "verdict", "verdictToday", "date", "validUntil",
    "approval", "approverName", "approverEmail", "approvalDate", "approverIsLabHead", "signature", "problemFR",
    "problemEN", "fingerprint", "approverFingerprint", "score",
  ]

  /// A line from a row whose first columns are `entryColumns`, optionally followed by
  /// the French and English states (`--json`).
  static func entry(row: Row) throws -> RegistryEntry {
    let withStates = row.count > entryColumns.count
    return RegistryEntry(
      path: row[0], outcome: DocumentOutcome(rawValue: row[1]) ?? .unverifiable,
      kind: DocumentState.Kind(rawValue: row[2]) ?? .unknown, kindFR: row[3], kindEN: row[4],
      declarantName: row[5], declarantEmail: row[6], unitName: row[7], unitCode: row[8], labHeadName: row[9],
      labHeadEmail: row[10], system: row[11], provider: row[12], data: row[13],
      verdict: (row[14] as String?).flatMap(Verdict.init(rawValue:)),
      verdictToday: (row[15] as String?).flatMap(Verdict.init(rawValue:)), date: row[16], validUntil: row[17],
      approval: RegistryEntry.ApprovalState(rawValue: row[18]) ?? .invalid, approverName: row[19],
      approverEmail: row[20], approvalDate: row[21], approverIsLabHead: row[22],
      signature: RegistryEntry.SignatureState(rawValue: row[23]) ?? .unusable, problemFR: row[24],
      problemEN: row[25], fingerprint: row[26], approverFingerprint: row[27], score: row[28],
      stateFR: withStates ? ((row[29] as String?) ?? "") : "", stateEN: withStates ? ((row[30] as String?) ?? "") : "")
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
