import Foundation
import GRDB
import GRDBSQLite
import SiaKit

/// What a lab head asks the registry: which uses await a decision, expire soon, concern
/// a person, a system, a verdict, or were declared since a day; in which order.
public struct RegistryQuery: Equatable, Sendable {
  public enum Sort: String, CaseIterable, Sendable {
    case date, declarant, system, verdict, validUntil = "valid-until", approval
  }

  public var pending = false
  /// Valid today and not after today + this many days.
  public var expiringWithinDays: Int?
  public var declarant: String?
  public var system: String?
  /// Matches the recorded verdict or today's.
  public var verdict: Verdict?
  /// `YYYY-MM-DD`: documents dated this day or later.
  public var since: String?
  public var sort: Sort = .date
  /// `YYYY-MM-DD`, from the command's clock.
  public var today: String

  public init(today: String) { self.today = today }

  /// No filter, whatever the order: every line of the folders.
  public var isUnfiltered: Bool {
    var plain = self
    plain.sort = .date
    return plain == RegistryQuery(today: today)
  }

  /// `today` + `days`, as `YYYY-MM-DD`.
  public static func day(_ today: String, plus days: Int) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    guard let date = formatter.date(from: today) else { return today }
    return formatter.string(from: date.addingTimeInterval(Double(days) * 86_400))
  }

  /// `30d`, `4w`, `30` → days; nil when not a duration.
  public static func days(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    if let days = Int(trimmed), days >= 0 { return days }
    for (suffix, factor) in [("d", 1), ("j", 1), ("w", 7), ("s", 7), ("m", 30)] where trimmed.hasSuffix(suffix) {
      if let count = Int(trimmed.dropLast()), count >= 0 { return count * factor }
    }
    return nil
  }

  public static func isDay(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count == 3 && parts.map(\.count) == [4, 2, 2]
      && parts.allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
  }

  /// The SQL `WHERE` clause (without the keyword) and its arguments.
  func whereClause(roots: [String]) -> (String, StatementArguments) {
    var clauses: [String] = []
    var arguments: [(any DatabaseValueConvertible)?] = []
    var scope: [String] = []
    for range in RegistryScanner.ranges(roots) {
      scope.append(RegistryScanner.scopeSQL)
      arguments += [range.exact, range.high, range.exact, range.low]
    }
    clauses.append("(" + scope.joined(separator: " OR ") + ")")
    if pending { clauses.append("approval = 'pending'") }
    if let days = expiringWithinDays {
      clauses.append("validUntil >= ? AND validUntil <= ?")
      arguments += [today, RegistryQuery.day(today, plus: days)]
    }
    if let declarant, !declarant.isEmpty {
      clauses.append("declarantKey LIKE ? ESCAPE '\\'")
      arguments.append("%" + RegistryQuery.likeEscaped(Fold.key(declarant)) + "%")
    }
    if let system, !system.isEmpty {
      clauses.append("systemKey LIKE ? ESCAPE '\\'")
      arguments.append("%" + RegistryQuery.likeEscaped(Fold.key(system)) + "%")
    }
    if let verdict {
      clauses.append("(verdict = ? OR verdictToday = ?)")
      arguments += [verdict.rawValue, verdict.rawValue]
    }
    if let since {
      clauses.append("date >= ?")
      arguments.append(since)
    }
    return (clauses.joined(separator: " AND "), StatementArguments(arguments))
  }

  var orderClause: String {
    let verdictRank =
      "CASE COALESCE(verdictToday, verdict) WHEN 'interdit' THEN 0 WHEN 'validation' THEN 1 WHEN 'conditions' THEN 2 WHEN 'ok' THEN 3 ELSE 4 END"
    switch sort {
    case .date: return "date DESC, declarantName, path"
    case .declarant: return "declarantName COLLATE NOCASE, date DESC, path"
    case .system: return "system COLLATE NOCASE, declarantName COLLATE NOCASE, path"
    case .verdict: return "\(verdictRank), date DESC, path"
    case .validUntil: return "validUntil = '', validUntil, path"
    case .approval:
      return
        "CASE approval WHEN 'pending' THEN 0 WHEN 'invalid' THEN 1 WHEN 'refused' THEN 2 WHEN 'approved' THEN 3 ELSE 4 END, date DESC, path"
    }
  }

  static func likeEscaped(_ text: String) -> String {
    var out = ""
    for character in text {
      if character == "%" || character == "_" || character == "\\" { out.append("\\") }
      out.append(character)
    }
    return out
  }
}

extension RegistryIndex {
  /// How much of each line `entries` reads.
  public enum Detail: Sendable {
    /// Every field (CSV, JSON, HTML, a declarant's to-do list).
    case all
    /// What the terminal table and its summary line show; the other fields are left
    /// empty (path, lab head, provider, data, problems, fingerprints, approval date, and
    /// the approver of a line not decided, the unit's name when it has a code). A lab
    /// head's `--pending` over 50,000 lines then makes a third of the strings.
    case table
  }

  /// The fields `Detail.table` leaves empty, as SQL giving the empty value in their place.
  static let tableOnlyColumns: [String: String] = [
    "path": "''", "labHeadName": "''", "labHeadEmail": "''", "provider": "''", "data": "''",
    "approvalDate": "''", "approverIsLabHead": "0", "problemFR": "''", "problemEN": "''", "fingerprint": "''",
    "approverFingerprint": "''",
    "approverName": "CASE WHEN approval IN ('approved', 'refused') THEN approverName ELSE '' END",
    "approverEmail": "CASE WHEN approval IN ('approved', 'refused') THEN approverEmail ELSE '' END",
    "unitName": "CASE WHEN unitCode = '' THEN unitName ELSE '' END",
  ]

  /// The lines under `roots` that match `query`, in its order.
  /// `withStates`: with each file's `DocumentState` (for `--json`), read from its own table.
  public func entries(
    under roots: [String], matching query: RegistryQuery, withStates: Bool = false, detail: Detail = .all
  ) throws -> [RegistryEntry] {
    let (sql, arguments) = RegistryIndex.select(under: roots, matching: query, withStates: withStates, detail: detail)
    return try database.read { db in
      let statement = try db.makeStatement(sql: sql)
      try statement.setArguments(arguments)
      let raw = statement.sqliteStatement
      var entries: [RegistryEntry] = []
      while true {
        let code = sqlite3_step(raw)
        if code == SQLITE_DONE { break }
        guard code == SQLITE_ROW else {
          throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: sql)
        }
        entries.append(IndexedDocument.entry(raw, withStates: withStates))
      }
      return entries
    }
  }

  /// The query `entries` runs.
  static func select(under roots: [String], matching query: RegistryQuery, withStates: Bool, detail: Detail)
    -> (String, StatementArguments)
  {
    let (clause, arguments) = query.whereClause(roots: roots)
    let columns = IndexedDocument.entryColumns.map { name in
      detail == .table && !withStates ? RegistryIndex.tableOnlyColumns[name] ?? "document." + name : "document." + name
    }.joined(separator: ", ")
    let source =
      withStates
      ? "\(columns), documentState.fr, documentState.en FROM document LEFT JOIN documentState USING (path)"
      : "\(columns) FROM document"
    return ("SELECT \(source) WHERE \(clause) ORDER BY \(query.orderClause)", arguments)
  }
}

/// The counts of the summary line.
public struct RegistrySummary: Equatable, Sendable, Codable {
  public var count = 0
  public var pending = 0
  public var approved = 0
  public var refused = 0
  public var expiring = 0
  public var expired = 0
  public var contested = 0
  /// Signatures or approvals that do not verify, or documents not signed.
  public var bad = 0
  /// How many files `sia verify` gives each outcome (`valid`, `invalid`…), as its summary does.
  public var outcomes: [String: Int] = [:]
  public var days = 30

  public init(_ entries: [RegistryEntry], today: String, days: Int = 30) {
    self.days = days
    let limit = RegistryQuery.day(today, plus: days)
    count = entries.count
    for entry in entries {
      switch entry.approval {
      case .pending: pending += 1
      case .approved: approved += 1
      case .refused: refused += 1
      case .invalid, .notNeeded: break
      }
      if entry.isExpired(today: today) { expired += 1 }
      if entry.isExpiring(today: today, limit: limit) { expiring += 1 }
      if entry.contested { contested += 1 }
      if !entry.signatureHolds || entry.approval == .invalid { bad += 1 }
      outcomes[entry.outcome.rawValue, default: 0] += 1
    }
  }
}
