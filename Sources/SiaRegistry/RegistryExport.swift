import CSV
import Foundation
import SiaKit

/// The registry for other programs: JSON (stable English keys, the computed flags
/// beside the stored facts) and CSV for spreadsheets (through CSV.swift, which quotes
/// what needs it).
public enum RegistryExport {
  /// One JSON object per line of the registry, plus the summary.
  public struct Document: Codable {
    public struct Line: Codable {
      public var entry: RegistryEntry
      public var expired: Bool
      public var expiringSoon: Bool
      /// The file's state exactly as `sia verify --json` gives it (absent for an unreadable file).
      public var state: DocumentState?
    }
    /// `sia-registry/1` (docs/schemas/registry.schema.json).
    public var format = "sia-registry/1"
    public var today: String
    public var summary: RegistrySummary
    public var uses: [Line]
  }

  public static func json(_ entries: [RegistryEntry], labels: RegistryLabels, summary: RegistrySummary) throws -> String
  {
    let lines = entries.map { entry -> Document.Line in
      var state = entry.state(labels.lang)
      state?.file = entry.path  // as the line shows it (relative to the current folder)
      return Document.Line(
        entry: entry, expired: entry.isExpired(today: labels.today),
        expiringSoon: entry.isExpiring(today: labels.today, limit: labels.soonLimit), state: state)
    }
    return try StableJSON.string(Document(today: labels.today, summary: summary, uses: lines))
  }

  /// The CSV text, headers in the user's language. `bom` puts a UTF-8 byte-order mark
  /// first, which spreadsheet programs need to read accents right.
  public static func csv(_ entries: [RegistryEntry], labels: RegistryLabels, bom: Bool) throws -> Data {
    let lang = labels.lang
    let stream = OutputStream.toMemory()
    stream.open()
    let writer = try CSVWriter(stream: stream, newline: bom ? .crlf : .lf)
    try writer.write(
      row: [
        Messages.registryColDeclarant, Messages.registryColEmail, Messages.registryColUnit, Messages.registryColSystem,
        Messages.registryColVerdict, Messages.registryColKind, Messages.registryColApproval,
        Messages.registryColApprover,
        Messages.registryColDate, Messages.registryColValid, Messages.registryColOutcome, Messages.registryColSignature,
        Messages.registryColData,
        Messages.registryColProblem, Messages.registryColFingerprint, Messages.registryColFile,
      ].map { $0.text(lang) })
    for entry in entries {
      let cells = [
        labels.declarant(entry), entry.declarantEmail, labels.unit(entry), entry.system, labels.verdict(entry),
        labels.kind(entry), labels.approval(entry), entry.approverEmail, entry.date, labels.validity(entry),
        labels.outcome(entry.outcome), labels.signature(entry.signature), entry.data, entry.problem(lang),
        entry.fingerprint, entry.path,
      ]
      try writer.write(row: cells.map(defused))
    }
    writer.stream.close()
    let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return (bom ? Data([0xEF, 0xBB, 0xBF]) : Data()) + data + Data((bom ? "\r\n" : "\n").utf8)
  }

  /// A cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, CR) gets a
  /// leading apostrophe: a name in a signed file must never run as a formula.
  static func defused(_ cell: String) -> String {
    guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
    return "'" + cell
  }
}
