import Foundation
import XCTest

/// The README's key-rotation advice, taken literally from the README: the old key's
/// line bounded by `valid-before="…"` keeps old documents trusted until the cut-off,
/// refused after it, in sia and in OpenSSH alike; without the quotes, both tools ignore
/// the line, so the old documents are refused at once (the new key still holds).
final class RotationAdviceTests: XCTestCase {
  func testTheREADMEAdviceDoesWhatItSays() throws {
    let readme = try String(contentsOf: SiaRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let advice = readme.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter {
        $0.hasPrefix("marie.curie@inserm.fr") && ($0.hasSuffix("AAAA…ancienne") || $0.hasSuffix("AAAA…nouvelle"))
      }
    XCTAssertEqual(advice.count, 2, "the README's example lines")
    XCTAssertTrue(advice[0].contains("valid-before=\"20271130\""), advice[0])

    let sia = try SiaRunner()
    defer { sia.cleanUp() }
    try sia.setUpPeople(labHead: false)
    let key = { () throws -> String in
      let line = try sia.read(".config/sia/id_ed25519.pub")
      return line.split(separator: " ").prefix(2).joined(separator: " ")
    }
    let oldKey = try key()
    let old = try sia.declare(extra: ["--slug", "ancienne"])
    try sia.expect(0, ["keygen", "--force"])
    let newKey = try key()
    let new = try sia.declare(extra: ["--slug", "nouvelle"])
    let file =
      advice.map {
        $0.replacingOccurrences(of: "ssh-ed25519 AAAA…ancienne", with: oldKey).replacingOccurrences(
          of: "ssh-ed25519 AAAA…nouvelle", with: newKey)
      }.joined(separator: "\n") + "\n"
    try sia.write(file, to: "rotation_signers")
    try sia.write(
      file.replacingOccurrences(of: "valid-before=\"20271130\"", with: "valid-before=20271130"), to: "unquoted_signers")

    func verify(_ document: String, _ signers: String, at date: String) throws -> SiaRunner.Result {
      try sia.run(
        ["verify", document, "--allowed-signers", signers], extraEnvironment: ["SIA_NOW": date + "T12:00:00Z"])
    }
    func openssh(_ document: String, _ signers: String, at date: String) throws -> Int32 {
      try sia.shell(
        "ssh-keygen -Y verify -f \(signers) -I marie.curie@inserm.fr -n sia-declaration -s \(document).sig"
          + " -Overify-time=\(date.replacingOccurrences(of: "-", with: ""))120000Z < \(document) >/dev/null 2>&1",
        extraEnvironment: ["TZ": "UTC"]
      ).status
    }
    // Before the cut-off: both documents trusted, by both tools.
    for document in [old, new] {
      XCTAssertEqual(try verify(document, "rotation_signers", at: "2027-11-29").status, 0, document)
      XCTAssertEqual(try openssh(document, "rotation_signers", at: "2027-11-29"), 0, document)
    }
    // After it: the old key is refused by both (the new one still holds).
    let after = try verify(old, "rotation_signers", at: "2027-12-01")
    XCTAssertNotEqual(after.status, 0)
    XCTAssertTrue(after.stdout.contains("hors de la période de validité de la clé"), after.stdout)
    XCTAssertNotEqual(try openssh(old, "rotation_signers", at: "2027-12-01"), 0)
    XCTAssertEqual(try openssh(new, "rotation_signers", at: "2027-12-01"), 0)
    // Unquoted, as the README used to say: the old line is ignored by both tools.
    XCTAssertNotEqual(try verify(old, "unquoted_signers", at: "2027-06-01").status, 0)
    XCTAssertNotEqual(try openssh(old, "unquoted_signers", at: "2027-06-01"), 0)
    XCTAssertEqual(try verify(new, "unquoted_signers", at: "2027-06-01").status, 0)
    XCTAssertEqual(try openssh(new, "unquoted_signers", at: "2027-06-01"), 0)
    // SIA_NOW is announced, never silent.
    XCTAssertTrue(after.stderr.contains("ATTENTION : SIA_NOW fixe l'horloge au 2027-12-01T12:00:00Z"), after.stderr)
  }
}
