import Foundation
import SiaKit
import XCTest

/// The adversarial corpus of issue 13 (items 1–4): documents made as a dishonest
/// declarant, a careless lab head or a forger would make them, each run through the real
/// `sia verify --json` (or `declare`, `approve`) with its expected outcome and exit
/// status. Every case id is listed in HARDENING.md ("Adversarial corpus"), which
/// `testHardeningListsEveryCase` checks.
final class AdversarialCorpusTests: XCTestCase {
  /// Every case: its id and the outcome `sia verify` must give (`nil`: a command's
  /// refusal, checked by its exit status).
  static let cases: [(id: String, outcome: DocumentOutcome?)] = [
    ("declare-supplied-verdict", nil), ("declare-supplied-actions", nil),
    ("genuine-declaration", .valid), ("contested-declaration", .valid), ("other-guide-same-verdict", .valid),
    ("text-says-ok-json-says-other", .invalid), ("json-verdict-edited-only", .invalid),
    ("forged-verdict-rerendered", .invalid), ("forged-commitments-dropped", .invalid),
    ("forged-answer-changed", .invalid), ("forged-kind-exception", .invalid), ("no-json-block", .unverifiable),
    ("duplicated-json-key", .invalid), ("byte-order-mark", .invalid), ("unknown-format", .unverifiable),
    ("attestation-renamed-declaration", .invalid), ("genuine-attestation", .valid), ("expired-attestation", .expired),
    ("expired-declaration", .expired), ("validity-2099", .invalid), ("impossible-dates", .invalid),
    ("other-guide-stricter-verdict", .verdictStricter), ("other-guide-unassessable", .verdictStricter),
    ("exception-request", .exceptionRequest), ("approve-exception-without-flag", nil),
    ("exception-granted", .exceptionRequest), ("grant-on-declaration", nil),
    ("exception-approved-not-granted", .invalid), ("refused-approval", .refused),
    ("approve-unknown-signer", nil), ("approve-mismatched-key", nil), ("approve-accept-unknown-signer", .unknownSigner),
    ("approve-own-declaration", nil), ("self-approval-namespace-negated", .invalid),
    ("self-approval-no-namespaces", .invalid), ("approve-other-unit", nil), ("approver-other-unit", .invalid),
    ("approver-not-lab-head-by-profile", .invalid), ("approval-old-format", .unknownSigner),
    ("approval-duplicated-field", .unverifiable), ("approval-edited", .invalid),
  ]

  var sia: SiaRunner!
  /// The genuine declaration every forgery starts from (verdict `conditions`).
  var document = ""
  var marie: OpenSSHPrivateKey!
  var paul: OpenSSHPrivateKey!

  override func setUpWithError() throws {
    sia = try SiaRunner()
    try sia.setUpPeople()
    try sia.writeAllowedSigners()
    try FileManager.default.copyItem(
      atPath: sia.path("allowed_signers"), toPath: sia.path("labhead/sia/allowed_signers"))
    document = try sia.declare()
    marie = try KeyStore(privateKeyPath: sia.path(".config/sia/id_ed25519")).load()
    paul = try KeyStore(privateKeyPath: sia.path("labhead/sia/id_ed25519")).load()
  }

  override func tearDown() { sia.cleanUp() }

  // MARK: helpers

  /// `sia verify --json FILE`: the exit status is the outcome's, the JSON says the same,
  /// and `finding` (when given) is among the findings. Returns the file's JSON object.
  @discardableResult
  func verify(
    _ id: String, _ file: String, finding: DocumentFinding.Code? = nil, signers: String = "allowed_signers",
    env: [String: String] = [:], line: UInt = #line
  ) throws -> [String: Any] {
    let expected = try XCTUnwrap(Self.cases.first { $0.id == id }?.outcome, "unknown case \(id)", line: line)
    let result = try sia.expect(
      expected.exitCode, ["verify", "--json", "--allowed-signers", signers, file], env: env, line: line)
    let json = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.stdout, line: line)
    let state = try XCTUnwrap((json["files"] as? [[String: Any]])?.first, line: line)
    XCTAssertEqual(state["outcome"] as? String, expected.rawValue, "\(id): \(result.stdout)", line: line)
    XCTAssertEqual(state["exitCode"] as? Int, Int(expected.exitCode), id, line: line)
    if let finding {
      let codes = (state["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
      XCTAssertTrue(codes.contains(finding.rawValue), "\(id): \(finding.rawValue) not in \(codes)", line: line)
    }
    return state
  }

  /// A forged declaration: the genuine one changed, rendered by sia's own renderer (so
  /// the text is the data's) and signed by the declarant.
  func forge(_ name: String, _ change: (inout Declaration) -> Void) throws {
    var declaration = try XCTUnwrap(DeclarationFile.parse(try sia.read(document)))
    change(&declaration)
    try sia.write(try DeclarationRenderer(declaration).markdown(), to: name)
    try sign(name)
  }

  /// Writes `text` to `name` and signs it with the declarant's key.
  func signed(_ text: String, _ name: String) throws {
    try sia.write(text, to: name)
    try sign(name)
  }

  func sign(_ name: String) throws {
    try sia.expect(0, ["sign", name, "--force"])
  }

  /// An approval file written and signed outside `sia approve`, as a forger would.
  func forgeApproval(
    of name: String, by key: OpenSSHPrivateKey, approver: Person, unit: ResearchUnit?, labHead: String?,
    decision: Approval.Decision = .approved, granted: Bool = false
  ) throws {
    let document = try Data(contentsOf: URL(fileURLWithPath: sia.path(name)))
    let signature = try Data(contentsOf: URL(fileURLWithPath: sia.path(name + ".sig")))
    let approval = Approval(
      document: name, documentSHA512: Approval.sha512Hex(document), signatureSHA512: Approval.sha512Hex(signature),
      declarantKey: marie.publicKey.fingerprint, decision: decision, date: "2026-11-29T10:00:00Z", approver: approver,
      approverKey: key.publicKey.fingerprint, comment: "", approverUnit: unit, approverLabHead: labHead,
      exceptionGranted: granted)
    try writeApproval(approval.text, of: name, key: key)
  }

  func writeApproval(_ text: String, of name: String, key: OpenSSHPrivateKey) throws {
    try sia.write(text, to: name + ".approval")
    let signature = try SSHSignature.sign(message: Data(text.utf8), namespace: "sia-approval", key: key)
    try sia.write(signature.armored, to: name + ".approval.sig")
  }

  func copy(_ from: String, _ to: String) throws {
    for suffix in ["", ".sig"] {
      try? FileManager.default.removeItem(atPath: sia.path(to + suffix))
      try FileManager.default.copyItem(atPath: sia.path(from + suffix), toPath: sia.path(to + suffix))
    }
  }

  static let marieP = Person(name: "Marie Curie", email: "marie.curie@inserm.fr")
  static let paulP = Person(name: "Paul Langevin", email: "paul.langevin@inserm.fr")
  static let u1234 = ResearchUnit(name: "Laboratoire de radiobiologie", code: "U1234")

  // MARK: 1. the document says what the rules say

  func testDeclareSignsOnlyWhatTheRulesCompute() throws {
    try sia.write(
      "verdict: {id: ok, rationale: Tout va bien}\noutil: ChatGPT\ndonnees: [sante]\nplateforme: public\n", to: "v.yaml"
    )
    let verdict = try sia.expect(2, ["declare", "--answers", "v.yaml", "--accept-all", "--slug", "v"])
    XCTAssertTrue(verdict.stderr.contains("'verdict:'"), "declare-supplied-verdict: \(verdict.stderr)")
    try sia.write("outil: ChatGPT\nactions: []\n", to: "a.yaml")
    let actions = try sia.expect(2, ["declare", "--answers", "a.yaml", "--accept-all", "--slug", "a"])
    XCTAssertTrue(actions.stderr.contains("'actions:'"), "declare-supplied-actions: \(actions.stderr)")
    XCTAssertFalse(FileManager.default.fileExists(atPath: sia.path("declaration-2026-11-29-v.md")))

    let genuine = try verify("genuine-declaration", document)
    XCTAssertEqual(genuine["kind"] as? String, "declaration")
    XCTAssertEqual(genuine["verdictRecorded"] as? String, "conditions")
    XCTAssertEqual(genuine["verdictToday"] as? String, "conditions")

    try forge("declaration-2026-11-29-ok.md") { declaration in
      declaration.verdict = VerdictSummary(
        id: .ok, rationale: Bilingual(fr: "Rien à signaler.", en: "Nothing to report."))
      declaration.commitments = []
    }
    try verify("forged-verdict-rerendered", "declaration-2026-11-29-ok.md", finding: .notComputedByRules)
    try forge("declaration-2026-11-29-sans-engagement.md") { $0.commitments.removeLast() }
    try verify("forged-commitments-dropped", "declaration-2026-11-29-sans-engagement.md", finding: .notComputedByRules)
    try forge("declaration-2026-11-29-reponse.md") { declaration in
      declaration.answers[4].value = "sante"
    }
    try verify("forged-answer-changed", "declaration-2026-11-29-reponse.md", finding: .notComputedByRules)
    try forge("derogation-2026-11-29-fausse.md") { declaration in
      declaration.kind = .exemptionRequest
      declaration.contest = "Je conteste."
    }
    try verify("forged-kind-exception", "derogation-2026-11-29-fausse.md", finding: .notComputedByRules)

    // Under another guide version: today's verdict is reported; stricter is its own state.
    try forge("declaration-2026-11-29-ancien-guide.md") { $0.guideVersion = "sha256:ancien" }
    let same = try verify("other-guide-same-verdict", "declaration-2026-11-29-ancien-guide.md")
    XCTAssertEqual(same["verdictToday"] as? String, "conditions")
    try forge("declaration-2026-11-29-ancien-ok.md") { declaration in
      declaration.guideVersion = "sha256:ancien"
      declaration.verdict = VerdictSummary(
        id: .ok, rationale: Bilingual(fr: "Rien à signaler.", en: "Nothing to report."))
    }
    let stricter = try verify(
      "other-guide-stricter-verdict", "declaration-2026-11-29-ancien-ok.md", finding: .verdictStricter)
    XCTAssertEqual(stricter["verdictRecorded"] as? String, "ok")
    XCTAssertEqual(stricter["verdictToday"] as? String, "conditions")
    try forge("declaration-2026-11-29-ancien-questionnaire.md") { declaration in
      declaration.guideVersion = "sha256:ancien"
      for index in declaration.answers.indices { declaration.answers[index].id = "question-disparue-\(index)" }
    }
    try verify(
      "other-guide-unassessable", "declaration-2026-11-29-ancien-questionnaire.md", finding: .verdictUnknownToday)
  }

  // MARK: 2. the readable text is the JSON, rendered

  func testTheTextIsTheRenderingOfTheSignedData() throws {
    let text = try sia.read(document)
    try signed(
      text.replacingOccurrences(of: "**Usage autorisé sous conditions.**", with: "**Usage autorisé.**"),
      "declaration-2026-11-29-texte.md")
    try verify("text-says-ok-json-says-other", "declaration-2026-11-29-texte.md", finding: .textDiffersFromData)
    try signed(
      text.replacingOccurrences(of: "\"verdict\":{\"id\":\"conditions\"", with: "\"verdict\":{\"id\":\"interdit\""),
      "declaration-2026-11-29-json.md")
    try verify("json-verdict-edited-only", "declaration-2026-11-29-json.md", finding: .textDiffersFromData)
    let block = try XCTUnwrap(text.range(of: "```json\n"))
    try signed(String(text[..<block.lowerBound]), "declaration-2026-11-29-sans-bloc.md")
    try verify("no-json-block", "declaration-2026-11-29-sans-bloc.md", finding: .notASiaDocument)
    try signed(
      text.replacingOccurrences(of: "{\"answers\":", with: "{\"kind\":\"declaration\",\"answers\":"),
      "declaration-2026-11-29-cle-double.md")
    try verify("duplicated-json-key", "declaration-2026-11-29-cle-double.md", finding: .unreadableData)
    try signed("\u{FEFF}" + text, "declaration-2026-11-29-bom.md")
    try verify("byte-order-mark", "declaration-2026-11-29-bom.md", finding: .textDiffersFromData)
    try forge("declaration-2026-11-29-format.md") { $0.format = "sia-declaration/9" }
    try verify("unknown-format", "declaration-2026-11-29-format.md", finding: .unknownFormat)

    // A training attestation is checked the same way, and its name must not lie.
    try sia.expect(0, ["train", "--seed", "42"], input: TrainingInDeclarationTests.passingAnswers)
    let attestation = ".local/state/sia/training/attestations/attestation-formation-2026-11-29.md"
    try copy(attestation, "attestation-formation-2026-11-29.md")
    let genuine = try verify("genuine-attestation", "attestation-formation-2026-11-29.md")
    XCTAssertEqual(genuine["kind"] as? String, "attestation")
    try verify(
      "expired-attestation", "attestation-formation-2026-11-29.md", finding: .expired,
      env: ["SIA_NOW": "2028-01-01T00:00:00Z"])
    try copy(attestation, "declaration-2026-11-29-formation.md")
    try verify("attestation-renamed-declaration", "declaration-2026-11-29-formation.md", finding: .nameContradictsKind)
  }

  // MARK: 3. what a lab head decides on: dates, kinds

  func testDatesAndKinds() throws {
    try verify("expired-declaration", document, finding: .expired, env: ["SIA_NOW": "2028-01-01T00:00:00Z"])
    try forge("declaration-2026-11-29-2099.md") { $0.validUntil = "2099-12-31" }
    try verify("validity-2099", "declaration-2026-11-29-2099.md", finding: .validityTooLong)
    try forge("declaration-2026-11-29-dates.md") { $0.validUntil = "2026-13-45" }
    try verify("impossible-dates", "declaration-2026-11-29-dates.md", finding: .badDates)
    let contested = try sia.declare(extra: [
      "--slug", "contestee", "--justification", "Les résumés sont relus par deux personnes.",
    ])
    let state = try verify("contested-declaration", contested)
    XCTAssertEqual(state["kind"] as? String, "contested-declaration")
  }

  // MARK: 3–4. exception requests

  func testExceptionRequestsNeedAnExplicitGrant() throws {
    let request = try sia.declare(
      "engine-comptes-rendus.yaml", extra: ["--justification", "Pseudonymisation préalable."])
    let pending = try verify("exception-request", request, finding: .exceptionRequest)
    XCTAssertEqual(pending["kind"] as? String, "exception-request")
    XCTAssertNotNil(pending["exceptionGrantors"] as? String)
    let refused = try sia.expect(6, ["approve", request], env: sia.labHead)
    XCTAssertTrue(refused.stderr.contains("DEMANDE DE DÉROGATION"), "approve-exception-without-flag: \(refused.stderr)")
    XCTAssertTrue(refused.stderr.contains("--grant-exception"), refused.stderr)
    XCTAssertTrue(refused.stderr.contains("directeur·rice de l'unité"), refused.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: sia.path(request + ".approval")))
    try sia.expect(2, ["approve", document, "--grant-exception"], env: sia.labHead)  // grant-on-declaration
    try sia.expect(0, ["approve", request, "--grant-exception", "--comment", "Avis du DPO joint."], env: sia.labHead)
    let granted = try verify("exception-granted", request)
    XCTAssertEqual((granted["approval"] as? [String: Any])?["exceptionGranted"] as? Bool, true)
    try forgeApproval(of: request, by: paul, approver: Self.paulP, unit: Self.u1234, labHead: Self.paulP.email)
    try verify("exception-approved-not-granted", request, finding: .exceptionNotGranted)
  }

  // MARK: 4. approvals by the right person only

  func testApprovalsByTheUnitsLabHeadOnly() throws {
    try sia.expect(0, ["approve", document, "--refuse", "--comment", "Non."], env: sia.labHead)
    let refused = try verify("refused-approval", document, finding: .approvalRefused)
    XCTAssertEqual((refused["approval"] as? [String: Any])?["decision"] as? String, "refused")
    try FileManager.default.removeItem(atPath: sia.path(document + ".approval"))
    try FileManager.default.removeItem(atPath: sia.path(document + ".approval.sig"))

    // The declarant is not listed (or listed with another key): no approval, no advice to add the key.
    let marieLine = try sia.read("allowed_signers").split(separator: "\n")[1]
    let paulKey = try sia.read("labhead/sia/id_ed25519.pub").split(separator: " ").prefix(2).joined(separator: " ")
    try sia.write(String(try sia.read("allowed_signers").split(separator: "\n")[2]) + "\n", to: "paul_only")
    let unknown = try sia.expect(3, ["approve", document, "--allowed-signers", "paul_only"], env: sia.labHead)
    XCTAssertFalse(unknown.stderr.contains("ajout"), "approve-unknown-signer: \(unknown.stderr)")
    try sia.write("marie.curie@inserm.fr \(paulKey)\n", to: "wrong_key")
    // approve-mismatched-key
    try sia.expect(3, ["approve", document, "--allowed-signers", "wrong_key"], env: sia.labHead)
    XCTAssertFalse(FileManager.default.fileExists(atPath: sia.path(document + ".approval")))
    let forced = try sia.expect(
      0, ["approve", document, "--allowed-signers", "paul_only", "--accept-unknown-signer"], env: sia.labHead)
    XCTAssertTrue(forced.stderr.contains("ATTENTION"), forced.stderr)
    try verify("approve-accept-unknown-signer", document, signers: "paul_only")

    // The declarant approving her own declaration.
    // approve-own-declaration
    try sia.expect(2, ["approve", document, "--force", "--allowed-signers", "allowed_signers"])
    let herKey = marieLine.split(separator: " ").suffix(2).joined(separator: " ")
    try sia.write("marie.curie@inserm.fr namespaces=\"*,!sia-approval\" \(herKey)\n\(paulKeyLine())\n", to: "negated")
    try forgeApproval(of: document, by: marie, approver: Self.marieP, unit: Self.u1234, labHead: Self.marieP.email)
    let negated = try verify("self-approval-namespace-negated", document, finding: .selfApproval, signers: "negated")
    XCTAssertEqual(
      ((negated["approval"] as? [String: Any])?["signature"] as? [String: Any])?["trust"] as? String,
      "namespace-not-allowed")
    // OpenSSH refuses the same approval with the same file.
    let openssh = try sia.shell(
      "ssh-keygen -Y verify -f negated -I marie.curie@inserm.fr -n sia-approval -s \(document).approval.sig < \(document).approval"
    )
    XCTAssertNotEqual(openssh.status, 0, openssh.stderr)
    try sia.write("marie.curie@inserm.fr \(herKey)\n", to: "plain")
    try verify("self-approval-no-namespaces", document, finding: .selfApproval, signers: "plain")

    // Someone listed for approvals, but not the lab head of the declaration's unit by their own profile.
    let pierreP = Person(name: "Pierre Curie", email: "pierre.curie@inserm.fr")
    try sia.expect(
      0,
      [
        "profile", "--name", pierreP.name, "--email", pierreP.email, "--unit", "Autre", "--unit-code", "U9999",
        "--lab-head", pierreP.name, "--lab-head-email", pierreP.email,
      ], env: ["XDG_CONFIG_HOME": sia.path("pierre")])
    try sia.expect(0, ["keygen"], env: ["XDG_CONFIG_HOME": sia.path("pierre")])
    let pierre = try KeyStore(privateKeyPath: sia.path("pierre/sia/id_ed25519")).load()
    let pierreLine = "pierre.curie@inserm.fr namespaces=\"sia-approval\" \(pierre.publicKey.openSSHLine())"
    try sia.write(try sia.read("allowed_signers") + pierreLine + "\n", to: "with_pierre")
    try sia.expect(
      2, ["approve", document, "--force", "--allowed-signers", "with_pierre"],
      env: ["XDG_CONFIG_HOME": sia.path("pierre")])  // approve-other-unit
    try forgeApproval(
      of: document, by: pierre, approver: pierreP, unit: ResearchUnit(name: "Autre", code: "U9999"),
      labHead: pierreP.email)
    try verify("approver-other-unit", document, finding: .approverNotLabHead, signers: "with_pierre")
    try forgeApproval(of: document, by: pierre, approver: pierreP, unit: Self.u1234, labHead: Self.paulP.email)
    try verify("approver-not-lab-head-by-profile", document, finding: .approverNotLabHead, signers: "with_pierre")

    // Older approvals record no role; approvals must be exactly what sia writes.
    try forgeApproval(of: document, by: paul, approver: Self.paulP, unit: nil, labHead: nil)
    try verify("approval-old-format", document, finding: .approverRoleUnknown)
    try sia.expect(0, ["approve", document, "--force"], env: sia.labHead)
    let genuine = try sia.read(document + ".approval")
    try writeApproval(genuine + "decision: approved\n", of: document, key: paul)
    try verify("approval-duplicated-field", document)
    try sia.expect(0, ["approve", document, "--force"], env: sia.labHead)
    try sia.write(
      try sia.read(document + ".approval").replacingOccurrences(of: "decision: approved", with: "decision: refused"),
      to: document + ".approval")
    try verify("approval-edited", document)
  }

  func paulKeyLine() throws -> String {
    String(try sia.read("allowed_signers").split(separator: "\n")[2])
  }

  /// HARDENING.md maps every case to this file.
  func testHardeningListsEveryCase() throws {
    let hardening = try String(
      contentsOf: SiaRunner.repositoryRoot.appendingPathComponent("HARDENING.md"), encoding: .utf8)
    for (id, _) in Self.cases {
      XCTAssertTrue(hardening.contains("`\(id)`"), "HARDENING.md does not list the case \(id)")
    }
  }
}
