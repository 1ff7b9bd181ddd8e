import Foundation
import SiaKit
import XCTest

@testable import SiaRegistry

/// Signed documents made in a temporary folder, as `sia declare` + `sia sign` (+ `sia
/// approve`) make them: real declarations from the assessment fixtures, real keys.
struct RegistryFixtures {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
  static let today = Date(timeIntervalSince1970: 1_795_946_400)  // 2026-11-29T10:00:00Z

  let folder: String
  let declarantKey = OpenSSHPrivateKey.generate(comment: "marie.curie@inserm.fr")
  let labHeadKey = OpenSSHPrivateKey.generate(comment: "paul.langevin@inserm.fr")
  /// Irène's own key: each declarant signs with theirs, as `sia approve` checks.
  let ireneKey = OpenSSHPrivateKey.generate(comment: "irene.joliot@inserm.fr")

  init() throws {
    folder = NSTemporaryDirectory() + "sia-registry-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(atPath: folder) }

  static func declaration(
    _ fixture: String = "answers-conditions.yaml", name: String = "Marie Curie",
    email: String = "marie.curie@inserm.fr",
    date: Date = today, months: Int = 12, justification: String? = nil
  ) throws -> Declaration {
    let path = fixtures.appendingPathComponent(fixture).path
    let (summary, problems) = AssessmentFile.parse(try String(contentsOfFile: path, encoding: .utf8), file: fixture)
    guard let summary else { throw NSError(domain: "fixture", code: 1, userInfo: ["problems": "\(problems)"]) }
    let profile = Profile(
      declarant: Person(name: name, email: email),
      unit: ResearchUnit(name: "Laboratoire de radiobiologie", code: "U1234"),
      labHead: Person(name: "Paul Langevin", email: "paul.langevin@inserm.fr"))
    let input = DeclarationInput(
      profile: profile, assessment: summary, guideVersion: "sha256:abc123", toolVersion: "0.1.0")
    let actions = Set(input.assessment.actions.map(\.id))
    return try DeclarationBuilder(
      input: input, acceptedActions: actions, justification: justification, date: date, validityMonths: months,
      lang: .fr
    ).build()
  }

  /// Writes and signs `declaration` under `sub/`; returns the document's path.
  @discardableResult
  func write(_ declaration: Declaration, in sub: String = "", slug: String, sign: Bool = true) throws -> String {
    let target = sub.isEmpty ? folder : folder + "/" + sub
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    let path = try DeclarationFile.write(declaration, folder: target, slug: slug, force: true)
    let key = declaration.declarant.email == "irene.joliot@inserm.fr" ? ireneKey : declarantKey
    if sign { _ = try DocumentSigner.sign(path: path, key: key, force: true) }
    return path
  }

  /// The lab head of U1234 by his own profile, as `sia approve` requires.
  static let labHeadProfile = Profile(
    declarant: Person(name: "Paul Langevin", email: "paul.langevin@inserm.fr"),
    unit: ResearchUnit(name: "Laboratoire de radiobiologie", code: "U1234"),
    labHead: Person(name: "Paul Langevin", email: "paul.langevin@inserm.fr"))

  func approve(_ path: String, decision: Approval.Decision = .approved, grantException: Bool = false) throws {
    var signer = ApprovalSigner(key: labHeadKey, profile: RegistryFixtures.labHeadProfile, now: RegistryFixtures.today)
    signer.grantException = grantException
    _ = try signer.approve(documentPath: path, decision: decision, comment: "", verifier: verifier(), force: true)
  }

  func verifier() -> DocumentVerifier {
    let text = """
      marie.curie@inserm.fr namespaces="sia-declaration,sia-training" \(declarantKey.publicKey.openSSHLine())
      irene.joliot@inserm.fr namespaces="sia-declaration,sia-training" \(ireneKey.publicKey.openSSHLine())
      paul.langevin@inserm.fr namespaces="sia-approval" \(labHeadKey.publicKey.openSSHLine())

      """
    let (signers, _) = AllowedSigners.parse(text, file: "allowed_signers")
    return DocumentVerifier(allowedSigners: signers, now: RegistryFixtures.today)
  }

  func scanner() -> RegistryScanner { RegistryScanner(verifier: verifier(), context: "test") }

  func query() -> RegistryQuery { RegistryQuery(today: RegistryFixtures.today.isoDay) }
}
