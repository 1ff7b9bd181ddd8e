import Foundation
import SiaKit
import XCTest

/// Who may grant an exception is the institute's rule, read from the verifier's
/// `Knowledge/institute.yaml` (`derogation_accordee_par`, `_en`): an institute that
/// changes it sees its own wording in `sia verify` (text and JSON) and `sia approve`.
final class ExceptionGrantorsTests: XCTestCase {
  static let french = "la commission des dérogations de l'Institut (saisie par le/la directeur·rice)"
  static let english = "the Institute's exceptions board (referred by the lab head)"

  func testVerifyAndApproveShowWhoMayGrantAsTheKnowledgeBaseSays() throws {
    let sia = try SiaRunner()
    defer { sia.cleanUp() }
    try sia.setUpPeople()
    try sia.writeAllowedSigners()
    try FileManager.default.copyItem(
      atPath: sia.path("allowed_signers"), toPath: sia.path("labhead/sia/allowed_signers"))
    let request = try sia.declare(
      "engine-comptes-rendus.yaml", extra: ["--justification", "Pseudonymisation préalable."])
    let knowledge = try Self.knowledgeCopy(in: sia)
    let env = ["SIA_KNOWLEDGE": knowledge]

    let json = try sia.expect(6, ["verify", "--json", "--allowed-signers", "allowed_signers", request], env: env)
    XCTAssertEqual(try Self.grantors(json.stdout), Self.french)
    let english = try sia.expect(
      6, ["verify", "--json", "--lang", "en", "--allowed-signers", "allowed_signers", request], env: env)
    XCTAssertEqual(try Self.grantors(english.stdout), Self.english)
    let text = try sia.expect(6, ["verify", "--allowed-signers", "allowed_signers", request], env: env)
    XCTAssertTrue(Self.unwrapped(text.stdout).contains(Self.french), text.stdout)
    XCTAssertFalse(
      Self.unwrapped(text.stdout).contains("après avis écrit"), "the shipped wording must not show: \(text.stdout)")

    let refused = try sia.expect(6, ["approve", request], env: sia.labHead.merging(env) { $1 })
    XCTAssertTrue(refused.stderr.contains(Self.french), refused.stderr)
    let granted = try sia.expect(
      0, ["approve", "--lang", "en", request, "--grant-exception"], env: sia.labHead.merging(env) { $1 })
    XCTAssertTrue(Self.unwrapped(granted.stderr).contains(Self.english), granted.stderr)
    // A declaration is no exception request: nothing to grant, nothing said.
    let declaration = try sia.declare()
    let plain = try sia.expect(0, ["verify", "--json", "--allowed-signers", "allowed_signers", declaration])
    XCTAssertFalse(plain.stdout.contains("exceptionGrantors"), plain.stdout)
  }

  /// The shipped knowledge says it in both languages, placeholders expanded.
  func testTheShippedInstituteSaysWhoMayGrant() throws {
    let root = SiaRunner.repositoryRoot.appendingPathComponent("Knowledge").path
    let grantors = try XCTUnwrap(Institute.exceptionGrantors(root: root))
    XCTAssertTrue(grantors.fr.contains("directeur·rice de l'unité"), grantors.fr)
    XCTAssertTrue(grantors.en.contains("lab head"), grantors.en)
    XCTAssertFalse(grantors.fr.contains("{{") || grantors.en.contains("{{"), "\(grantors)")
  }

  /// A copy of the shipped knowledge base whose institute names another authority.
  static func knowledgeCopy(in sia: SiaRunner) throws -> String {
    let copy = sia.path("knowledge")
    try FileManager.default.copyItem(
      atPath: SiaRunner.repositoryRoot.appendingPathComponent("Knowledge").path, toPath: copy)
    let file = copy + "/institute.yaml"
    let lines = try String(contentsOfFile: file, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    let replaced = lines.map { line -> String in
      if line.hasPrefix("derogation_accordee_par:") { return "derogation_accordee_par: \"\(french)\"" }
      if line.hasPrefix("derogation_accordee_par_en:") { return "derogation_accordee_par_en: \"\(english)\"" }
      return String(line)
    }
    XCTAssertNotEqual(replaced, lines.map(String.init), "institute.yaml has no derogation_accordee_par line")
    try replaced.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
    XCTAssertEqual(Institute.exceptionGrantors(root: copy), Bilingual(fr: french, en: english))
    return copy
  }

  /// The text with the line breaks of its wrapping (and their indent) made single spaces.
  static func unwrapped(_ text: String) -> String {
    text.replacingOccurrences(of: #"\n *"#, with: " ", options: .regularExpression)
  }

  static func grantors(_ output: String) throws -> String? {
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], output)
    return (json["files"] as? [[String: Any]])?.first?["exceptionGrantors"] as? String
  }
}
