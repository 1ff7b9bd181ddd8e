import Foundation

/// That a text was checked with `sia scan` or `/verifier` before the use was declared:
/// how many findings of each category, and the conclusion drawn. Never the text, an
/// excerpt, a masked value or a file name (a file name can itself name a patient). This
/// is the `scan` field of a declaration's signed block, absent when no scan was made.
public struct ScanRecord: Codable, Equatable, Sendable {
  /// `ScanCategory` raw value → findings counted (medium confidence or more); only
  /// categories with at least one. Keys are strings so that a category added later
  /// still reads in an older `sia`.
  public var counts: [String: Int]
  /// `ScanConclusion.DataClass` raw value: `identifying`, `personal` or `nothing-found`.
  public var data: String
  public var health: Bool
  public var secrets: Bool

  public init(counts: [String: Int], data: String, health: Bool, secrets: Bool) {
    self.counts = counts
    self.data = data
    self.health = health
    self.secrets = secrets
  }

  /// The record of a report: its counts and the conclusion they give.
  public init(_ report: ScanReport) {
    self.init(counts: report.counts)
  }

  /// The record of counts per category, the conclusion computed from them.
  public init(counts: [ScanCategory: Int]) {
    let conclusion = ScanConclusion(counts: counts)
    self.init(
      counts: Dictionary(uniqueKeysWithValues: counts.filter { $0.value > 0 }.map { ($0.key.rawValue, $0.value) }),
      data: conclusion.dataClass.rawValue, health: conclusion.health, secrets: conclusion.secrets)
  }

  /// The conclusion as recorded (an unknown data class reads as identifying: the
  /// careful reading of a document from a later `sia`).
  public var conclusion: ScanConclusion {
    ScanConclusion(
      dataClass: ScanConclusion.DataClass(rawValue: data) ?? .identifying, health: health, secrets: secrets)
  }

  /// « nom de personne 2, date de naissance 1, contenu de santé 4 », in the scanner's
  /// category order; a category this `sia` does not know is shown by its id, last.
  public func countList(_ lang: Lang) -> String {
    let known = ScanCategory.allCases.compactMap { category in
      counts[category.rawValue].map { "\(Messages.scanCategory(category).text(lang)) \($0)" }
    }
    let unknown = counts.keys.filter { ScanCategory(rawValue: $0) == nil }.sorted().map { "\($0) \(counts[$0] ?? 0)" }
    return (known + unknown).joined(separator: ", ")
  }
}

extension ScanConclusion {
  public init(dataClass: DataClass, health: Bool, secrets: Bool) {
    self.dataClass = dataClass
    self.health = health
    self.secrets = secrets
  }
}

/// Read by `sia verify` with the rest of the declaration (see `JSONReadable`).
extension ScanRecord: JSONReadable {
  init(json: JSONValue) throws {
    let fields = try JSONFields(json)
    guard case .object(let members)? = fields.members["counts"] else {
      throw JSONShapeError(reason: "'counts' must be an object")
    }
    self.init(
      counts: try members.mapValues { try Int(json: $0) }, data: try fields.required("data"),
      health: try fields.required("health"), secrets: try fields.required("secrets"))
  }
}

/// Why a file given as `sia declare --scan-report` cannot be recorded.
public struct ScanReportFileProblem: Error, Equatable, Sendable {
  public var reason: String
}

extension ScanRecord {
  /// The record of a `sia scan --json` report: its overall `counts` (every source added
  /// up), the conclusion computed again from them. Nothing else of the report is read,
  /// so its masked excerpts and file names never reach the declaration.
  public static func fromScanJSON(_ data: Data) throws -> ScanRecord {
    let value: JSONValue
    do {
      value = try JSONReader.parse(data)
    } catch {
      throw ScanReportFileProblem(reason: "\(error)")
    }
    guard case .object(let report) = value, case .array = report["sources"],
      case .object(let members)? = report["counts"]
    else {
      throw ScanReportFileProblem(reason: "no 'sources' and 'counts' as sia scan --json writes them")
    }
    var counts: [ScanCategory: Int] = [:]
    for (key, count) in members {
      guard let category = ScanCategory(rawValue: key) else {
        throw ScanReportFileProblem(reason: "unknown category '\(String(key.prefix(40)))'")
      }
      guard case .int(let number) = count, number >= 0 else {
        throw ScanReportFileProblem(reason: "'\(key)' is not a count")
      }
      counts[category] = number
    }
    return ScanRecord(counts: counts)
  }
}
