import Foundation

/// Who signs: the declarant, their unit and their lab head, kept in
/// `$XDG_CONFIG_HOME/sia/profile.json` (mode 0600: it is personal data).
public struct Profile: Codable, Equatable, Sendable {
  public var declarant: Person
  public var unit: ResearchUnit
  public var labHead: Person
  /// A lab head's setting (`sia profile --require-trainer-training yes`): "training
  /// followed: yes" counts only when trainer-attested; self-declared training counts as
  /// "no" for the verdict, at `/evaluer`, `sia declare` and `sia verify`. Absent: not required.
  public var requireTrainerAttestedTraining: Bool?
  /// The language of the person's documents (`sia profile --document-lang`); nil: the
  /// interface's. An explicit `--lang` still wins.
  public var lang: Lang? = nil

  public init(declarant: Person, unit: ResearchUnit, labHead: Person) {
    self.declarant = declarant
    self.unit = unit
    self.labHead = labHead
  }

  public static let empty = Profile(
    declarant: Person(name: "", email: ""), unit: ResearchUnit(name: "", code: ""), labHead: Person(name: "", email: "")
  )

  public var requiresTrainerAttestedTraining: Bool { requireTrainerAttestedTraining == true }

  public static func file(_ paths: Paths) -> String { "\(paths.configFolder)/profile.json" }

  /// The fields still empty, by their option name (`--name`, `--lab-head-email`…).
  public var missingFields: [String] {
    [
      ("--name", declarant.name), ("--email", declarant.email), ("--unit", unit.name), ("--unit-code", unit.code),
      ("--lab-head", labHead.name), ("--lab-head-email", labHead.email),
    ].filter { $0.1.trimmed.isEmpty }.map(\.0)
  }

  /// E-mails that cannot serve as signature principals, by option name.
  public var invalidEmails: [String] {
    [("--email", declarant.email), ("--lab-head-email", labHead.email)]
      .filter { !$0.1.isEmpty && !Person.isValidEmail($0.1) }.map(\.0)
  }

  public var isComplete: Bool { missingFields.isEmpty && invalidEmails.isEmpty }

  /// The stored profile, `nil` when none was saved yet.
  public static func load(_ paths: Paths) throws -> Profile? {
    let path = file(paths)
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    guard let data = FileManager.default.contents(atPath: path) else { throw ProfileError.unreadable(path) }
    do {
      return try JSONDecoder().decode(Profile.self, from: data)
    } catch {
      throw ProfileError.corrupt(path)
    }
  }

  public func save(_ paths: Paths) throws {
    try AtomicFile.makeFolder(paths.configFolder)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try AtomicFile.write(try encoder.encode(self) + Data("\n".utf8), to: Profile.file(paths), mode: 0o600)
  }
}

public enum ProfileError: Error, Equatable {
  case unreadable(String)
  case corrupt(String)
  case incomplete([String])

  public func text(_ lang: Lang) -> String {
    switch self {
    case .unreadable(let path): return Messages.profileUnreadable.text(lang, [.path: path])
    case .corrupt(let path): return Messages.profileCorrupt.text(lang, [.path: path])
    case .incomplete(let fields):
      return Messages.profileIncomplete.text(lang, [.fields: fields.joined(separator: " ")])
    }
  }
}
