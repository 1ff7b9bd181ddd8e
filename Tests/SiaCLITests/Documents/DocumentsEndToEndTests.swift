import Foundation
import XCTest

/// The whole path a declarant and a lab head follow, through the real binary:
/// profile → keygen → declaration with commitments → sign → verify → tamper → verify →
/// approve → verify shows the approval; and OpenSSH accepts the same files.
final class DocumentsEndToEndTests: XCTestCase {
  func testProfileKeygenDeclareVerifyTamperApprove() throws {
    let sia = try SiaRunner()
    defer { sia.cleanUp() }
    try sia.setUpPeople()
    let document = try sia.declare()
    XCTAssertEqual(document, "declaration-2026-11-29-chatgpt-resumer-des-articles.md")
    let text = try sia.read(document)
    XCTAssertTrue(text.hasPrefix("# Déclaration d'usage d'un système d'IA\n"))
    XCTAssertTrue(
      text.contains(
        "- [x] Ne saisir aucune donnée personnelle, de santé, confidentielle ou non publiée dans le service."))
    XCTAssertTrue(text.contains("- **Version de sia** : 0.1.0"))

    // Signed by declare; no allowed_signers yet: valid but unknown signer.
    let unknown = try sia.expect(3, ["verify", document])
    XCTAssertTrue(unknown.stdout.contains("SIGNATAIRE NON RECONNU"))
    try sia.writeAllowedSigners()
    let trusted = try sia.expect(0, ["verify", document, "--allowed-signers", "allowed_signers"]).aligned
    XCTAssertTrue(
      trusted.stdout.contains("Signataire : marie.curie@inserm.fr — listé(e) dans allowed_signers (ligne 2)"),
      trusted.stdout)
    XCTAssertTrue(trusted.stdout.contains("Validité : jusqu'au 2027-11-29"), trusted.stdout)
    let fingerprint = try sia.shell("ssh-keygen -l -f .config/sia/id_ed25519.pub").stdout.split(separator: " ")[1]
    XCTAssertTrue(trusted.stdout.contains("Empreinte : \(fingerprint)"), trusted.stdout)

    // OpenSSH agrees.
    let openssh = try sia.shell(
      "ssh-keygen -Y verify -f allowed_signers -I marie.curie@inserm.fr -n sia-declaration -s \(document).sig < \(document)"
    )
    XCTAssertEqual(openssh.status, 0, openssh.stderr)

    // One changed byte: invalid.
    try sia.write(text.replacingOccurrences(of: "→ **des dizaines**", with: "→ **des milliers**"), to: document)
    let tampered = try sia.expect(1, ["verify", document, "--allowed-signers", "allowed_signers"])
    XCTAssertTrue(tampered.stdout.contains("INVALIDE — La signature ne correspond pas au document"), tampered.stdout)
    XCTAssertNotEqual(
      try sia.shell(
        "ssh-keygen -Y verify -f allowed_signers -I marie.curie@inserm.fr -n sia-declaration -s \(document).sig < \(document)"
      ).status, 0)
    try sia.expect(1, ["approve", document], env: sia.labHead)
    try sia.write(text, to: document)

    // The lab head approves; verify shows both signatures and the decision.
    let approved = try sia.expect(
      0, ["approve", document, "--comment", "D'accord pour un an.", "--allowed-signers", "allowed_signers"],
      env: sia.labHead)
    XCTAssertTrue(approved.stdout.contains("Décision enregistrée : approuvée"), approved.stdout)
    let shown = try sia.expect(0, ["verify", document, "--allowed-signers", "allowed_signers"]).aligned
    for expected in [
      "Approbation : APPROUVÉE par Paul Langevin <paul.langevin@inserm.fr> le 2026-11-29T10:00:00Z",
      "Commentaire : « D'accord pour un an. »", "paul.langevin@inserm.fr — listé(e) dans allowed_signers (ligne 3)",
      "Résultat : VALIDE, signataire reconnu",
      "Verdict : enregistré : autorisé sous conditions ; aujourd'hui : autorisé sous conditions",
    ] {
      XCTAssertTrue(shown.stdout.contains(expected), "missing \(expected)\n\(shown.stdout)")
    }
    // The approval is itself an SSHSIG that OpenSSH verifies.
    let approval = try sia.shell(
      "ssh-keygen -Y verify -f allowed_signers -I paul.langevin@inserm.fr -n sia-approval -s \(document).approval.sig < \(document).approval"
    )
    XCTAssertEqual(approval.status, 0, approval.stderr)
    // A second decision needs --force; a refusal then replaces it.
    try sia.expect(2, ["approve", document, "--refuse", "--allowed-signers", "allowed_signers"], env: sia.labHead)
    // Without the allowed-signers file the declarant is unknown: no decision at all.
    let stranger = try sia.expect(3, ["approve", document, "--refuse", "--force"], env: sia.labHead)
    XCTAssertFalse(stranger.stderr.contains("ajoutez"), "never suggests adding the key: \(stranger.stderr)")
    try sia.expect(
      0,
      [
        "approve", document, "--refuse", "--force", "--comment", "Revoir les données.", "--allowed-signers",
        "allowed_signers",
      ], env: sia.labHead)
    XCTAssertTrue(
      try sia.expect(7, ["verify", document, "--allowed-signers", "allowed_signers"]).stdout.contains(
        "REFUSÉE par Paul Langevin"))
    // Changing the document after approval breaks both signatures.
    try sia.write(text + "\n", to: document)
    let broken = try sia.expect(1, ["verify", document, "--allowed-signers", "allowed_signers"])
    XCTAssertTrue(broken.stdout.contains("INVALIDE — le document a changé depuis son approbation"), broken.stdout)
  }

  /// Keys from ssh-keygen sign with sia; signatures from ssh-keygen verify with sia.
  func testOpenSSHKeysAndSignaturesWorkWithSia() throws {
    let sia = try SiaRunner()
    defer { sia.cleanUp() }
    try sia.write("# Attestation de formation\n\nNiveau : débutant.\n", to: "attestation.md")
    XCTAssertEqual(try sia.shell("ssh-keygen -q -t ed25519 -N '' -C x -f k").status, 0)
    // ssh-keygen signs with the training namespace; sia picks it from the file name.
    XCTAssertEqual(try sia.shell("ssh-keygen -Y sign -f k -n sia-training attestation.md").status, 0)
    let pub = try sia.read("k.pub").split(separator: " ").prefix(2).joined(separator: " ")
    try sia.write("ana@inserm.fr \(pub)\n", to: "allowed_signers")
    // The signature holds, but a file with no data block is no sia document: never VALID.
    let verified = try sia.expect(2, ["verify", "attestation.md", "--allowed-signers", "allowed_signers"])
    XCTAssertTrue(verified.stdout.contains("espace de noms sia-training"), verified.stdout)
    XCTAssertTrue(verified.stdout.contains("INVÉRIFIABLE — ce fichier n'est pas un document sia"), verified.stdout)
    XCTAssertTrue(verified.stdout.contains("ana@inserm.fr — listé(e)"), verified.stdout)
    // sia signs with the ssh-keygen key; ssh-keygen verifies.
    try FileManager.default.removeItem(atPath: sia.path("attestation.md.sig"))
    try sia.expect(0, ["sign", "attestation.md", "--key", "k"])
    let openssh = try sia.shell(
      "ssh-keygen -Y verify -f allowed_signers -I ana@inserm.fr -n sia-training -s attestation.md.sig < attestation.md")
    XCTAssertEqual(openssh.status, 0, openssh.stderr)
    try sia.expect(2, ["sign", "attestation.md", "--key", "k"])
  }

  func testEnglishDocumentAndExpiry() throws {
    let sia = try SiaRunner()
    defer { sia.cleanUp() }
    try sia.setUpPeople(labHead: false)
    let document = try sia.declare(extra: ["--lang", "en", "--validity-months", "6"])
    XCTAssertTrue(try sia.read(document).hasPrefix("# Declaration of use of an AI system\n"))
    let later = try sia.expect(3, ["verify", document, "--lang", "en"], env: ["SIA_NOW": "2027-06-01T00:00:00Z"])
    XCTAssertTrue(later.stdout.contains("Validity:    EXPIRED since 2027-05-29"), later.stdout)
  }

  /// Bare answers go through the engine; a later guide version is reported with the
  /// verdict today's rules give to the recorded answers.
  func testEngineAnswersAndGuideChange() throws {
    let sia = try SiaRunner()
    defer { sia.cleanUp() }
    try sia.setUpPeople(labHead: false)
    let document = try sia.declare(
      "engine-bibliographie.yaml", extra: ["--verification", "chaque référence vérifiée dans PubMed"])
    let text = try sia.read(document)
    XCTAssertTrue(text.contains("→ **ChatGPT**"), text)
    XCTAssertTrue(text.contains("Vérification humaine effectuée : chaque référence vérifiée dans PubMed."), text)
    XCTAssertTrue(try sia.expect(3, ["verify", document]).stdout.contains("version actuelle"))
    XCTAssertEqual(try sia.shell("cp -R \"$SIA_KNOWLEDGE\" k2 && echo '# relu' >> k2/FORMAT.md").status, 0)
    let later = try sia.expect(3, ["verify", document], env: ["SIA_KNOWLEDGE": sia.path("k2")]).aligned
    XCTAssertTrue(later.stdout.contains("faite sous une autre version du guide"), later.stdout)
    XCTAssertTrue(
      later.stdout.contains("avec les règles actuelles, le verdict serait le même (autorisé sous conditions)"),
      later.stdout)
  }
}

extension SiaRunner.Result {
  /// The output with runs of spaces made one and wrapped rows joined: label columns
  /// widen with the longest label of a report, and rows wrap at the console width,
  /// which the tests need not pin (`ReportLinesTests` does).
  var aligned: SiaRunner.Result {
    var copy = unwrapped
    copy.stdout = copy.stdout.replacingOccurrences(of: " +", with: " ", options: .regularExpression)
    return copy
  }

  /// Each row of a `verify` report on one line: a row starts with two spaces and its
  /// label, its wrapped continuation lines with at least four.
  var unwrapped: SiaRunner.Result {
    var copy = self
    copy.stdout = stdout.replacingOccurrences(of: "\n {4,}", with: " ", options: .regularExpression)
    return copy
  }
}
