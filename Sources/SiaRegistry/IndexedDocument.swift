import Foundation
import GRDB
import SiaKit

/// One row of the index: a registry line, the stamp and hash that say when it must be
/// verified again, and folded copies of the names the filters search.
struct IndexedDocument: FetchableRecord, PersistableRecord {
  static let databaseTableName = "document"

  var entry: RegistryEntry
  var stamp: String
  var contentHash: String

  init(entry: RegistryEntry, stamp: String, contentHash: String) {
    self.entry = entry
    self.stamp = stamp
    self.contentHash = contentHash
  }

  /// Column by column rather than through `Decodable`: listing 50,000 lines is then
  /// bounded by SQLite, not by the decoder.
  init(row: Row) throws {
    stamp = row["stamp"]
    contentHash = row["contentHash"]
    entry = try IndexedDocument.entry(row: row)
  }

  static func entry(row: Row) throws -> RegistryEntry {
    RegistryEntry(
      path: row["path"], outcome: DocumentOutcome(rawValue: row["outcome"]) ?? .unverifiable,
      kind: DocumentState.Kind(rawValue: row["kind"]) ?? .unknown, kindFR: row["kindFR"], kindEN: row["kindEN"],
      declarantName: row["declarantName"], declarantEmail: row["declarantEmail"], unitName: row["unitName"],
      unitCode: row["unitCode"], labHeadName: row["labHeadName"], labHeadEmail: row["labHeadEmail"],
      system: row["system"],
      provider: row["provider"], data: row["data"],
      verdict: (row["verdict"] as String?).flatMap(Verdict.init(rawValue:)),
      verdictToday: (row["verdictToday"] as String?).flatMap(Verdict.init(rawValue:)), date: row["date"],
      validUntil: row["validUntil"],
      approval: RegistryEntry.ApprovalState(rawValue: row["approval"]) ?? .invalid, approverName: row["approverName"],
      approverEmail: row["approverEmail"], approvalDate: row["approvalDate"],
      approverIsLabHead: row["approverIsLabHead"],
      signature: RegistryEntry.SignatureState(rawValue: row["signature"]) ?? .unusable, problemFR: row["problemFR"],
      problemEN: row["problemEN"], fingerprint: row["fingerprint"], approverFingerprint: row["approverFingerprint"],
      score: row["score"], stateFR: (row["savedStateFR"] as String?) ?? "",
      stateEN: (row["savedStateEN"] as String?) ?? "")
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
