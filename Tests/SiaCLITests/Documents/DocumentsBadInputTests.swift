import Foundation
import XCTest

/// Every kind of bad input gives one clear line and the documented exit status
/// (1 invalid, 2 unusable or usage error, 3 unknown signer), never a crash.
final class DocumentsBadInputTests: XCTestCase {
  var sia: SiaRunner!
  var document = ""

  override func setUpWithError() throws {
    sia = try SiaRunner()
    try sia.setUpPeople()
    try sia.writeAllowedSigners()
    document = try sia.declare()
  }

  override func tearDown() { sia.cleanUp() }

  func verify(_ status: Int32, _ file: String, reason: String, line: UInt = #line) throws {
    let result = try sia.expect(status, ["verify", file, "--allowed-signers", "allowed_signers"], line: line)
    let last = result.unwrapped.stdout.split(separator: "\n").last.map(String.init) ?? ""
    XCTAssertTrue(last.contains(reason), "expected '\(reason)' in the result line: \(last)", line: line)
  }

  func testEveryChangedByteIsDetected() throws {
    let original = try Data(contentsOf: URL(fileURLWithPath: sia.path(document)))
    for offset in [0, original.count / 3, original.count - 2] {
      var changed = original
      changed[offset] ^= 0x04
      try changed.write(to: URL(fileURLWithPath: sia.path(document)))
      try verify(1, document, reason: "INVALIDE — La signature ne correspond pas au document")
    }
  }

  func testSignatureOfAnotherFile() throws {
    try sia.write("autre document\n", to: "autre.md")
    try sia.expect(0, ["sign", "autre.md"])
    try FileManager.default.copyItem(atPath: sia.path("autre.md.sig"), toPath: sia.path("copie.md.sig"))
    try FileManager.default.copyItem(atPath: sia.path(document), toPath: sia.path("copie.md"))
    try verify(1, "copie.md", reason: "ou la signature est celle d'un autre fichier")
  }

  func testTruncatedGarbageAndMissingSignatures() throws {
    let signature = try sia.read(document + ".sig")
    try sia.write(String(signature.prefix(signature.count / 2)), to: document + ".sig")
    try verify(2, document, reason: "INVÉRIFIABLE — Signature illisible : no END SSH SIGNATURE line")
    let lines = signature.split(separator: "\n")
    try sia.write(
      ([lines[0], lines[1].prefix(20)] + [lines[lines.count - 1]]).joined(separator: "\n") + "\n", to: document + ".sig"
    )
    try verify(2, document, reason: "INVÉRIFIABLE — Signature illisible")
    try sia.write("n'importe quoi\n", to: document + ".sig")
    try verify(2, document, reason: "n'est pas une signature SSH")
    try FileManager.default.removeItem(atPath: sia.path(document + ".sig"))
    try verify(2, document, reason: "Signature introuvable")
    try verify(2, "absent.md", reason: "Fichier introuvable : absent.md")
  }

  func testWrongNamespace() throws {
    try sia.expect(0, ["sign", document, "--namespace", "sia-training", "--force"])
    try verify(
      1, document, reason: "espace de noms « sia-training », alors que ce document demande « sia-declaration »")
  }

  func testRSAAndECDSASignaturesAndKeys() throws {
    for (type, name) in [("rsa", "ssh-rsa"), ("ecdsa", "ecdsa-sha2-nistp256")] {
      XCTAssertEqual(try sia.shell("ssh-keygen -q -t \(type) -N '' -f \(type)").status, 0)
      XCTAssertEqual(
        try sia.shell("rm -f \(document).sig && ssh-keygen -Y sign -f \(type) -n sia-declaration \(document)").status, 0
      )
      try verify(1, document, reason: "Signature faite avec une clé \(name) : sia n'accepte que les signatures Ed25519")
      let refused = try sia.expect(2, ["sign", document, "--key", type, "--force"])
      XCTAssertEqual(
        refused.stderr,
        "sia: Clé de type \(name) refusée : sia ne signe qu'avec des clés Ed25519 (ssh-keygen -t ed25519, ou sia keygen).\n"
      )
    }
  }

  func testUnusableKeys() throws {
    XCTAssertEqual(try sia.shell("ssh-keygen -q -t ed25519 -N 'phrase secrète' -f enc").status, 0)
    XCTAssertTrue(
      try sia.expect(2, ["sign", document, "--key", "enc", "--force"]).stderr.contains(
        "protégée par une phrase secrète"))
    XCTAssertEqual(try sia.shell("cp .config/sia/id_ed25519 open && chmod 644 open").status, 0)
    let open = try sia.expect(2, ["sign", document, "--key", "open", "--force"])
    XCTAssertTrue(open.stderr.contains("lisible par d'autres utilisateurs (mode 0644)"), open.stderr)
    try sia.write("ssh-ed25519 AAAA x\n", to: "pub")
    XCTAssertEqual(try sia.shell("chmod 600 pub").status, 0)
    XCTAssertTrue(
      try sia.expect(2, ["sign", document, "--key", "pub", "--force"]).stderr.contains(
        "n'est pas une clé privée OpenSSH"))
    try sia.expect(2, ["sign", document, "--key", "nowhere", "--force"])
    // keygen never replaces a key silently.
    let again = try sia.expect(2, ["keygen"])
    XCTAssertTrue(again.stderr.contains("Une clé existe déjà"), again.stderr)
    let before = try sia.read(".config/sia/id_ed25519.pub")
    try sia.expect(0, ["keygen", "--force"])
    XCTAssertNotEqual(try sia.read(".config/sia/id_ed25519.pub"), before)
    // Old signatures stay valid; a new one is valid but its key is not the listed one.
    try sia.expect(0, ["verify", document, "--allowed-signers", "allowed_signers"])
    try sia.expect(0, ["sign", document, "--force"])
    let stale = try sia.expect(3, ["verify", document, "--allowed-signers", "allowed_signers"])
    XCTAssertTrue(
      stale.unwrapped.stdout.contains("marie.curie@inserm.fr — listé(e) dans allowed_signers avec une AUTRE clé"),
      stale.stdout)
    var mode = stat()
    XCTAssertEqual(stat(sia.path(".config/sia/id_ed25519"), &mode), 0)
    XCTAssertEqual(mode.st_mode & 0o777, 0o600)
  }

  func testUnknownSignerAndBadAllowedSigners() throws {
    try sia.write(
      "someone@else.fr ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFprp5KerjhE3alvkmLhAKBEgdhUElFlxD87Z123sSn2\n",
      to: "other_signers")
    let unknown = try sia.expect(3, ["verify", document, "--allowed-signers", "other_signers"])
    XCTAssertTrue(
      unknown.unwrapped.stdout.contains("marie.curie@inserm.fr — absent(e) de other_signers"), unknown.stdout)
    try sia.write("marie.curie@inserm.fr frobnicate ssh-ed25519 AAAA\n", to: "bad_signers")
    // As OpenSSH: a malformed line is skipped; when it was the signer's only line,
    // verify says which line to fix.
    let bad = try sia.expect(3, ["verify", document, "--allowed-signers", "bad_signers"])
    XCTAssertTrue(bad.unwrapped.stdout.contains("la ligne 1 de bad_signers est mal formée, donc ignorée"), bad.stdout)
    try sia.write(
      "paul@x.org frobnicate ssh-ed25519 AAAA\n" + (try sia.read("allowed_signers")), to: "other_bad_signers")
    try sia.expect(0, ["verify", document, "--allowed-signers", "other_bad_signers"])
  }

  func testSeveralFilesInOneRunWorstStatusWins() throws {
    try sia.write("x\n", to: "x.md")
    try sia.expect(0, ["sign", "x.md"])
    try sia.write("y\n", to: "x.md")
    let result = try sia.expect(1, ["verify", document, "x.md", "absent.md", "--allowed-signers", "allowed_signers"])
    XCTAssertTrue(
      result.stdout.hasSuffix("3 fichier(s) : 1 valide(s), 1 invalide(s), 1 invérifiable(s).\n"), result.stdout)
    try sia.expect(2, ["verify", document, "absent.md", "--allowed-signers", "allowed_signers"])
    try sia.expect(0, ["verify", document, document, "--allowed-signers", "allowed_signers"])
  }

  func testDeclarationRefusals() throws {
    let answers = SiaRunner.fixtures.appendingPathComponent("engine-bibliographie.yaml").path
    let refused = try sia.expect(1, ["declare", "--answers", answers, "--force"], input: "oui\nnon\n")
    XCTAssertTrue(refused.stderr.contains("l'engagement « Désactiver la réutilisation de vos échanges"), refused.stderr)
    try sia.expect(1, ["declare", "--answers", answers, "--force"], input: "oui\n")
    // The same declaration again the same day: a numbered name, never a collision.
    let again = try sia.expect(0, ["declare", "--answers", answers, "--accept-all", "--use", SiaRunner.use])
    XCTAssertTrue(again.stdout.contains("-2.md"), again.stdout)
    let forbidden = SiaRunner.fixtures.appendingPathComponent("engine-comptes-rendus.yaml").path
    let refusal = try sia.expect(1, ["declare", "--answers", forbidden])
    XCTAssertTrue(refusal.stderr.contains("Alternative autorisée :"), refusal.stderr)
    let name = "derogation-2026-11-29-chatgpt-rediger-reformuler-corriger-un.md"
    XCTAssertFalse(FileManager.default.fileExists(atPath: sia.path(name)))
    let request = try sia.expect(
      0, ["declare", "--answers", forbidden, "--justification", "Pseudonymisation préalable par le DPO."])
    XCTAssertTrue(request.stdout.contains("verdict contesté"), request.stdout)
    XCTAssertTrue(try sia.read(name).hasPrefix("# Demande de dérogation"))
    try sia.expect(6, ["verify", name, "--allowed-signers", "allowed_signers"])
    // A verdict, actions or commitments given in the file are never signed.
    for supplied in ["answers-conditions.yaml", "answers-interdit.yaml"] {
      let path = SiaRunner.fixtures.appendingPathComponent(supplied).path
      let result = try sia.expect(2, ["declare", "--answers", path, "--accept-all", "--force"])
      XCTAssertTrue(result.stderr.contains("donne lui-même 'verdict:'"), result.stderr)
    }
    try sia.write("verdict: {id: ok}\noutil: ChatGPT\n", to: "bad.yaml")
    XCTAssertTrue(try sia.expect(2, ["declare", "--answers", "bad.yaml"]).stderr.contains("'verdict:'"))
    try sia.expect(2, ["declare", "--answers", answers, "--accept-all", "--output", "nulle-part"])
  }
}
