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

  /// The approval binds document and signature; an approver other than the named lab head is flagged.
  func testApproveThenVerifyThroughTheKit() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-approval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = try DeclarationFixtures.input()
    let declaration = try DeclarationBuilder(
      input: input, acceptedActions: Set(input.assessment.actions.map(\.id)), date: DeclarationFixtures.date, lang: .fr
    ).build()
    let path = try DeclarationFile.write(declaration, folder: folder.path, force: false)
    let marie = OpenSSHPrivateKey.generate(comment: ""), stranger = OpenSSHPrivateKey.generate(comment: "")
    try DocumentSigner.sign(path: path, key: marie, force: false)
    let verifier = DocumentVerifier(allowedSigners: nil, now: DeclarationFixtures.date)
    let signer = ApprovalSigner(key: stranger, approver: Person(name: "X", email: "x@inserm.fr"), now: DeclarationFixtures.date)
    let made = try signer.approve(documentPath: path, decision: .approved, comment: "", verifier: verifier, force: false)
    XCTAssertEqual(made.declarantKey, marie.publicKey.fingerprint)
    let report = verifier.verify(path: path)
    XCTAssertEqual(report.approval?.status, .unknownSigner)
    XCTAssertEqual(report.approval?.approverIsLabHead, false)
    XCTAssertThrowsError(try signer.approve(documentPath: path, decision: .approved, comment: "", verifier: verifier, force: false))
    // Re-signing the document (same bytes, new signature) breaks the approval.
    try DocumentSigner.sign(path: path, key: stranger, force: true)
    XCTAssertEqual(verifier.verify(path: path).approval?.status, .invalid)
  }
}
