import Foundation
import XCTest

/// Self-declared versus trainer-attested training, end to end with the real binary: a
/// piped self-training attestation is labelled self-declared in the declaration and in
/// `sia verify`; a lab head who requires trainer-attested training gets "no" for it; a
/// trainer not listed for `sia-training-cert` cannot certify; OpenSSH accepts a
/// certification, and the declaration then names the trainer.
final class TrainingCertificationTests: XCTestCase {
  var sia: SiaRunner!
  let attestation = ".local/state/sia/training/attestations/attestation-formation-2026-11-29.md"
  /// The trainer's own configuration folder (another person, another key).
  var trainer: [String: String] { ["XDG_CONFIG_HOME": sia.path("trainer")] }

  override func setUpWithError() throws {
    sia = try SiaRunner()
    try sia.setUpPeople()
    try sia.expect(0, ["profile", "--name", "Irène Joliot", "--email", "irene.joliot@inserm.fr"], env: trainer)
    try sia.expect(0, ["keygen"], env: trainer)
    try sia.expect(0, ["train", "--seed", "42"], input: TrainingInDeclarationTests.passingAnswers)
  }

  override func tearDown() { sia.cleanUp() }

  /// The lab head's allowed_signers: the declarant, the lab head, and the trainer for `namespaces`.
  func writeAllowedSigners(trainerNamespaces: String = "sia-training-cert") throws {
    try sia.writeAllowedSigners()
    let key = try sia.read("trainer/sia/id_ed25519.pub").split(separator: " ").prefix(2).joined(separator: " ")
    let text = try sia.read("allowed_signers") + "irene.joliot@inserm.fr namespaces=\"\(trainerNamespaces)\" \(key)\n"
    try sia.write(text, to: "allowed_signers")
    // The declarant's copy, as the unit distributes it, and the trainer's.
    for folder in [".config/sia", "trainer/sia"] { try sia.write(text, to: "\(folder)/allowed_signers") }
  }

  func verifyJSON(_ file: String, env: [String: String] = [:], status: Int32 = 0) throws -> [String: Any] {
    let result = try sia.expect(status, ["verify", "--json", "--allowed-signers", "allowed_signers", file], env: env)
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    return try XCTUnwrap((object["files"] as? [[String: Any]])?.first)
  }

  func testAPipedSelfTrainingIsSelfDeclaredInTheDeclarationAndInVerify() throws {
    try writeAllowedSigners()
    let declaration = try sia.declare()
    let text = try sia.read(declaration)
    XCTAssertTrue(text.contains("signée (attestation-formation-2026-11-29.md) — auto-formation\n"), text)
    XCTAssertTrue(text.contains("\"kind\":\"self-declared\""), text)
    let state = try verifyJSON(declaration)
    XCTAssertEqual((state["training"] as? [String: Any])?["kind"] as? String, "self-declared")
    let plain = try sia.expect(0, ["verify", "--allowed-signers", "allowed_signers", declaration])
    XCTAssertTrue(plain.stdout.contains("Formation") && plain.stdout.contains("auto-formation"), plain.stdout)
    let attested = try sia.expect(0, ["verify", "--lang", "en", "--allowed-signers", "allowed_signers", attestation])
    XCTAssertTrue(
      attested.stdout.contains("self-declared (self-training, no trainer's countersignature)"), attested.stdout)
  }

  func testRequiredTrainerAttestationTurnsSelfDeclaredTrainingIntoNo() throws {
    try writeAllowedSigners()
    // An "ok" use: only the training answer can make it stricter.
    let fixture = "engine-traduction-ok.yaml"
    let before = try sia.read(try sia.declare(fixture, extra: ["--slug", "avant"]))
    XCTAssertTrue(before.contains("\"formation\""), before)
    XCTAssertFalse(before.contains("suivre-formation"), before)
    // The lab head's profile requires trainer-attested training: verify judges "yes" as "no".
    try sia.expect(0, ["profile", "--require-trainer-training", "yes"], env: sia.labHead)
    let judged = try verifyJSON(try sia.declare(fixture, extra: ["--slug", "jugee"]), env: sia.labHead, status: 5)
    let findings = (judged["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    XCTAssertTrue(findings.contains("training-not-attested"), "\(judged)")
    XCTAssertEqual(judged["verdictRecorded"] as? String, "ok")
    XCTAssertEqual(judged["verdictToday"] as? String, "conditions")
    // The same setting in the declarant's profile: the verdict is computed with "no".
    try sia.expect(0, ["profile", "--require-trainer-training", "oui"])
    let result = try sia.expect(
      0,
      [
        "declare", "--answers", SiaRunner.fixtures.appendingPathComponent(fixture).path, "--accept-all", "--slug",
        "exigee",
      ])
    XCTAssertTrue(result.stderr.contains("compte comme « non »"), result.stderr)
    let required = try sia.read("declaration-2026-11-29-exigee.md")
    XCTAssertTrue(required.contains("suivre-formation"), required)
    XCTAssertTrue(required.contains("\"verdict\":{\"id\":\"conditions\""), required)
  }

  func testACertificationByASignerNotListedForTheTrainingNamespaceIsRefused() throws {
    try writeAllowedSigners(trainerNamespaces: "sia-training")
    let result = try sia.expect(2, ["train", "--certify", attestation], env: trainer)
    XCTAssertTrue(result.stderr.contains("Refusé") && result.stderr.contains("sia-training-cert"), result.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: sia.path(attestation + ".cert")))
    // A .cert made by a key the file does not list for the namespace does not count either.
    let forged = try sia.shell(
      "cp \(attestation) copy.md && ssh-keygen -Y sign -q -f trainer/sia/id_ed25519 -n sia-training-cert copy.md "
        + "&& mv copy.md.sig \(attestation).cert")
    XCTAssertEqual(forged.status, 0, forged.stderr)
    let declaration = try sia.read(try sia.declare())
    XCTAssertFalse(declaration.contains("trainer-attested"), declaration)
  }

  func testACertificationVerifiesWithOpenSSHAndTheDeclarationNamesTheTrainer() throws {
    try writeAllowedSigners()
    let copies = ["alice", "bob"].map { "attestation-formation-\($0).md" }
    for copy in copies {
      XCTAssertEqual(try sia.shell("cp \(attestation) \(copy) && cp \(attestation).sig \(copy).sig").status, 0)
    }
    let result = try sia.expect(0, ["train", "--certify", attestation] + copies, env: trainer)
    XCTAssertTrue(result.stdout.contains("3/3 attestation(s) contresignée(s)"), result.stdout)
    let openssh = try sia.shell(
      "ssh-keygen -Y verify -f allowed_signers -I irene.joliot@inserm.fr -n sia-training-cert -s \(attestation).cert < \(attestation)"
    )
    XCTAssertEqual(openssh.status, 0, openssh.stdout + openssh.stderr)
    XCTAssertTrue(openssh.stdout.contains("Good \"sia-training-cert\" signature"), openssh.stdout)
    let declaration = try sia.declare()
    let text = try sia.read(declaration)
    XCTAssertTrue(text.contains(" — formation attestée par irene.joliot@inserm.fr\n"), text)
    XCTAssertTrue(text.contains("\"kind\":\"trainer-attested\""), text)
    let state = try verifyJSON(declaration)
    let training = try XCTUnwrap(state["training"] as? [String: Any])
    XCTAssertEqual(training["kind"] as? String, "trainer-attested")
    XCTAssertEqual(training["trainerVouched"] as? Bool, true)
    // Trainer-attested training satisfies the lab head's requirement.
    try sia.expect(0, ["profile", "--require-trainer-training", "yes"], env: sia.labHead)
    _ = try verifyJSON(declaration, env: sia.labHead, status: 0)
  }
}
