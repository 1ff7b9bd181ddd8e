import Foundation
import XCTest

@testable import SiaKit

/// The adversarial corpus of issue 13, items 5 and 7 (Tests/Corpus/): each case with
/// the exit status `sia` must give, and for allowed_signers what OpenSSH answers on the
/// same signature — so the expected states are OpenSSH's, not ours.
final class IntegrityCorpusTests: XCTestCase {
  static let corpus = SiaRunner.repositoryRoot.appendingPathComponent("Tests/Corpus")

  struct SignersCase {
    var name: String
    var text: String
    var signature: String
    var siaStatus: Int32
    var opensshAccepts: Bool

    init(name: String, text: String) throws {
      self.name = name
      self.text = text
      let header = Dictionary(
        text.split(separator: "\n").filter { $0.hasPrefix("# ") && $0.contains(": ") }.map { line -> (String, String) in
          let parts = line.dropFirst(2).split(separator: ":", maxSplits: 1)
          return (String(parts[0]), parts[1].trimmingCharacters(in: .whitespaces))
        }, uniquingKeysWith: { first, _ in first })
      signature = try XCTUnwrap(header["signature"], name)
      siaStatus = try XCTUnwrap(header["sia"].flatMap { Int32($0) }, name)
      opensshAccepts = try XCTUnwrap(header["openssh"], name) == "ok"
    }
  }

  func testAllowedSignersCasesGiveTheExpectedStatusInBothTools() throws {
    let folder = Self.corpus.appendingPathComponent("allowed_signers")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
      .sorted()
    XCTAssertGreaterThanOrEqual(names.count, 12)
    let sia = try SiaRunner()
    defer { sia.cleanUp() }
    try sia.setUpPeople()
    try sia.writeAllowedSigners()
    let document = try sia.declare(extra: ["--slug", "corpus"])
    let keyOf = { (path: String) throws -> String in
      (try sia.read(path)).split(separator: " ").prefix(2).joined(separator: " ")
    }
    let marie = try keyOf(".config/sia/id_ed25519.pub")
    let paul = try keyOf("labhead/sia/id_ed25519.pub")
    // Marie approves her own declaration, written and signed in process as a forger
    // would (`sia approve` refuses it), for the self-approval cases.
    let key = try OpenSSHPrivateKey.parse(try sia.read(".config/sia/id_ed25519"))
    let approvalCopy = "self-approved.md"
    try sia.write(try sia.read(document), to: approvalCopy)
    try sia.write(try sia.read(document + ".sig"), to: approvalCopy + ".sig")
    let approved = Approval(
      document: approvalCopy, documentSHA512: Approval.sha512Hex(Data(try sia.read(approvalCopy).utf8)),
      signatureSHA512: Approval.sha512Hex(Data(try sia.read(approvalCopy + ".sig").utf8)),
      declarantKey: key.publicKey.fingerprint, decision: .approved, date: "2026-11-29T10:00:00Z",
      approver: Person(name: "Marie Curie", email: "marie.curie@inserm.fr"), approverKey: key.publicKey.fingerprint,
      comment: "", approverUnit: ResearchUnit(name: "Laboratoire de radiobiologie", code: "U1234"),
      approverLabHead: "marie.curie@inserm.fr")
    try sia.write(approved.text, to: approvalCopy + ".approval")
    let countersignature = try SSHSignature.sign(message: Data(approved.text.utf8), namespace: "sia-approval", key: key)
    try sia.write(countersignature.armored, to: approvalCopy + ".approval.sig")

    for name in names {
      let item = try SignersCase(
        name: name, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
      var text = item.text.replacingOccurrences(of: "{MARIE}", with: marie).replacingOccurrences(
        of: "{PAUL}", with: paul)
      if text.contains("{CRLF}") {
        text = text.replacingOccurrences(of: "{CRLF}", with: "").replacingOccurrences(of: "\n", with: "\r\n")
      }
      try sia.write(text, to: "case_signers")
      let approval = item.signature == "approval"
      let checked = approval ? approvalCopy : document
      let result = try sia.run(["verify", checked, "--allowed-signers", "case_signers"])
      XCTAssertEqual(result.status, item.siaStatus, "\(name): sia verify\n\(result.stdout)\(result.stderr)")
      let signed = approval ? approvalCopy + ".approval" : document
      let namespace = approval ? "sia-approval" : "sia-declaration"
      let openssh = try sia.shell(
        "ssh-keygen -Y verify -f case_signers -I marie.curie@inserm.fr -n \(namespace) -s '\(signed).sig'"
          + " -Overify-time=20261129100000Z < '\(signed)'")
      XCTAssertEqual(
        openssh.status == 0, item.opensshAccepts, "\(name): ssh-keygen said \(openssh.status) \(openssh.stderr)")
    }
  }

  /// YAML whose aliases expand far beyond the file: refused with one line, exit 2, no
  /// abort — both the answers file of `assess`/`declare` and an assessment with a verdict.
  func testAliasBombsAreRefusedClearly() throws {
    let sia = try SiaRunner()
    defer { sia.cleanUp() }
    try sia.setUpPeople(labHead: false)
    for name in ["alias-text-bomb.yaml", "alias-node-bomb.yaml"] {
      let path = Self.corpus.appendingPathComponent("yaml/\(name)").path
      for command in [["assess", "--answers", path], ["declare", "--answers", path, "--accept-all"]] {
        let result = try sia.expect(2, command)
        XCTAssertTrue(
          result.stderr.contains("document trop grand une fois les alias développés"), "\(name): \(result.stderr)")
        XCTAssertLessThan(result.stderr.utf8.count, 2_000, name)
      }
    }
  }
}
