import Foundation
import XCTest

@testable import SiaKit

final class ApprovalTests: XCTestCase {
  let approval = Approval(
    document: "declaration-2026-11-29-x.md", documentSHA512: "aa", signatureSHA512: "bb", declarantKey: "SHA256:d",
    decision: .refused, date: "2026-11-29T10:00:00Z", approver: Person(name: "Paul Langevin", email: "paul@inserm.fr"),
    approverKey: "SHA256:p", comment: "Pseudonymiser d'abord.\nPuis revenir me voir.")

  func testTextRoundTripsWithOneLineValues() throws {
    let text = approval.text
    XCTAssertTrue(text.hasPrefix("sia-approval/1\ndocument: declaration-2026-11-29-x.md\n"))
    XCTAssertTrue(text.contains("comment: Pseudonymiser d'abord. Puis revenir me voir.\n"))
    var expected = approval
    expected.comment = "Pseudonymiser d'abord. Puis revenir me voir."
    XCTAssertEqual(Approval.parse(text), expected)
    XCTAssertNil(Approval.parse("sia-approval/2\n"))
    XCTAssertNil(Approval.parse(text.replacingOccurrences(of: "decision: refused", with: "decision: peut-être")))
  }

  /// Format 2 carries the approver's own unit and lab head; a field given twice, an
  /// unknown field or any text `text` would not write is not an approval.
  func testFormatTwoRoundTripsAndOnlyExactTextParses() throws {
    var approval = approval
    approval.comment = "D'accord."
    let two = Approval(
      document: approval.document, documentSHA512: "aa", signatureSHA512: "bb", declarantKey: "SHA256:d",
      decision: .approved,
      date: approval.date, approver: approval.approver, approverKey: "SHA256:p", comment: "D'accord.",
      approverUnit: ResearchUnit(name: "Labo", code: "U1234"), approverLabHead: "paul@inserm.fr", exceptionGranted: true
    )
    XCTAssertTrue(two.text.hasPrefix("sia-approval/2\n"))
    XCTAssertTrue(two.text.contains("approver-unit-code: U1234\n"))
    XCTAssertEqual(Approval.parse(two.text), two)
    XCTAssertTrue(two.approverHeads(unitCode: "U1234"))
    XCTAssertFalse(two.approverHeads(unitCode: "U9999"))
    XCTAssertNil(Approval.parse(two.text + "decision: refused\n"), "a duplicated field")
    XCTAssertNil(
      Approval.parse(
        two.text.replacingOccurrences(of: "decision: approved", with: "decision: approved\ndecision: refused")))
    XCTAssertNil(Approval.parse(two.text + "role: lab-head\n"), "an unknown field")
    XCTAssertNil(Approval.parse(two.text.replacingOccurrences(of: "\n", with: "\r\n")))
    XCTAssertNil(
      Approval.parse(two.text.replacingOccurrences(of: "exception-granted: yes", with: "exception-granted: oui")))
    XCTAssertNil(
      Approval.parse(approval.text.replacingOccurrences(of: "sia-approval/1", with: "sia-approval/2")),
      "format 2 needs the role")
  }

  /// The approval binds document and signature; only the lab head of the declaration's
  /// unit by their own profile approves, never the declarant, never an unknown signer
  /// unless explicitly accepted.
  func testApproveThenVerifyThroughTheKit() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-approval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = try DeclarationFixtures.input()
    let declaration = try DeclarationBuilder(
      input: input, acceptedActions: Set(input.assessment.actions.map(\.id)), date: DeclarationFixtures.date, lang: .fr
    ).build()
    let path = try DeclarationFile.write(declaration, folder: folder.path, force: false)
    let marie = OpenSSHPrivateKey.generate(comment: ""), paul = OpenSSHPrivateKey.generate(comment: "")
    try DocumentSigner.sign(path: path, key: marie, force: false)
    let verifier = DocumentVerifier(allowedSigners: nil, now: DeclarationFixtures.date)
    let paulsProfile = Profile(
      declarant: Person(name: "Paul Langevin", email: "paul.langevin@inserm.fr"),
      unit: DeclarationFixtures.profile.unit,
      labHead: Person(name: "Paul Langevin", email: "paul.langevin@inserm.fr"))
    var signer = ApprovalSigner(key: paul, profile: paulsProfile, now: DeclarationFixtures.date)
    // No allowed-signers file: the declarant is not vouched for, so no approval by default.
    XCTAssertThrowsError(
      try signer.approve(documentPath: path, decision: .approved, comment: "", verifier: verifier, force: false)
    ) {
      guard case ApprovalSigner.Failure.unknownSigner = $0 else { return XCTFail("\($0)") }
    }
    signer.acceptUnknownSigner = true
    var elsewhere = signer
    elsewhere.profile.unit.code = "U9999"
    XCTAssertThrowsError(
      try elsewhere.approve(documentPath: path, decision: .approved, comment: "", verifier: verifier, force: false)
    ) {
      guard case ApprovalSigner.Failure.notLabHead = $0 else { return XCTFail("\($0)") }
    }
    var herself = ApprovalSigner(key: marie, profile: DeclarationFixtures.profile, now: DeclarationFixtures.date)
    herself.acceptUnknownSigner = true
    XCTAssertThrowsError(
      try herself.approve(documentPath: path, decision: .approved, comment: "", verifier: verifier, force: false)
    ) {
      guard case ApprovalSigner.Failure.selfApproval = $0 else { return XCTFail("\($0)") }
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: Approval.path(for: path)))
    let made = try signer.approve(
      documentPath: path, decision: .approved, comment: "", verifier: verifier, force: false)
    XCTAssertEqual(made.declarantKey, marie.publicKey.fingerprint)
    let report = verifier.verify(path: path)
    XCTAssertEqual(report.approval?.status, .unknownSigner)
    XCTAssertEqual(report.approval?.approverIsLabHead, true)
    XCTAssertEqual(report.approval?.findings, [])
    XCTAssertThrowsError(
      try signer.approve(documentPath: path, decision: .approved, comment: "", verifier: verifier, force: false))
    // Re-signing the document (same bytes, new signature) breaks the approval.
    try DocumentSigner.sign(path: path, key: paul, force: true)
    XCTAssertEqual(verifier.verify(path: path).approval?.status, .invalid)
  }
}
