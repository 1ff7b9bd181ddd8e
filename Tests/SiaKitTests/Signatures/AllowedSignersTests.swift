import Foundation
import XCTest

@testable import SiaKit
@testable import SiaSignatures

final class AllowedSignersTests: XCTestCase {
  let marie = OpenSSHPrivateKey.generate(comment: "").publicKey
  let paul = OpenSSHPrivateKey.generate(comment: "").publicKey
  let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-19

  func parse(_ text: String) -> (AllowedSigners, [Diagnostic]) { AllowedSigners.parse(text, file: "allowed_signers") }

  func testTrustsAListedKeyForItsPrincipal() {
    let (signers, problems) = parse(
      """
      # équipe U1234
      marie@inserm.fr \(marie.openSSHLine(comment: "Marie"))

      "paul@inserm.fr,p.martin@inserm.fr" namespaces="sia-declaration,sia-approval" \(paul.openSSHLine())
      """)
    XCTAssertEqual(problems, [])
    XCTAssertEqual(
      signers.trust(principal: "marie@inserm.fr", key: marie, namespace: "sia-declaration", at: now), .trusted(line: 2))
    XCTAssertEqual(
      signers.trust(principal: "p.martin@inserm.fr", key: paul, namespace: "sia-approval", at: now), .trusted(line: 4))
    XCTAssertEqual(
      signers.trust(principal: "paul@inserm.fr", key: paul, namespace: "sia-training", at: now), .namespaceNotAllowed)
    XCTAssertEqual(
      signers.trust(principal: "marie@inserm.fr", key: paul, namespace: "sia-declaration", at: now), .differentKey)
    XCTAssertEqual(
      signers.trust(principal: "eve@x.org", key: paul, namespace: "sia-declaration", at: now),
      .keyListedForOthers(["paul@inserm.fr", "p.martin@inserm.fr"]))
    XCTAssertEqual(
      signers.trust(
        principal: "eve@x.org", key: OpenSSHPrivateKey.generate(comment: "").publicKey,
        namespace: "sia-declaration", at: now), .unknownPrincipal)
  }

  func testPatternsNegationAndValidity() {
    let (signers, problems) = parse(
      """
      *@inserm.fr,!intrus@inserm.fr valid-after="20260101",valid-before="20261231235959Z" \(marie.openSSHLine())
      """)
    XCTAssertEqual(problems, [])
    XCTAssertTrue(signers.trust(principal: "qui@inserm.fr", key: marie, namespace: "n", at: now).isTrusted)
    XCTAssertEqual(signers.trust(principal: "intrus@inserm.fr", key: marie, namespace: "n", at: now), .unknownPrincipal)
    XCTAssertEqual(
      signers.trust(principal: "qui@inserm.fr", key: marie, namespace: "n", at: now.addingTimeInterval(86400 * 60)),
      .outsideValidity)
  }

  func testPatternsMatchByteByByteAsOpenSSH() {
    XCTAssertTrue(PatternList.globMatches("*@inserm.fr", "marie@inserm.fr"))
    XCTAssertTrue(PatternList.globMatches("m?rie@*", "marie@x"))
    XCTAssertFalse(PatternList.globMatches("Marie@inserm.fr", "marie@inserm.fr"))
    // `?` is one byte, as in OpenSSH: `é` is two.
    XCTAssertFalse(PatternList.globMatches("?@x.fr", "é@x.fr"))
    XCTAssertTrue(PatternList.globMatches("??@x.fr", "é@x.fr"))
    XCTAssertTrue(PatternList.globMatches("*a*a*a*b", String(repeating: "a", count: 200) + "b"))
    XCTAssertFalse(PatternList.globMatches("*a*a*a*c", String(repeating: "a", count: 200) + "b"))
    XCTAssertFalse(PatternList.matches("", ""))
    XCTAssertFalse(PatternList.matches("sia-approval", "*,!sia-approval"))
    XCTAssertTrue(PatternList.matches("sia-declaration", "*,!sia-approval"))
    XCTAssertFalse(PatternList.matches("x", "x," + String(repeating: "y", count: 1023)))
  }

  func testCertificateAuthorityLinesDoNotVouchForPlainKeys() {
    let (signers, _) = parse("*@inserm.fr cert-authority \(marie.openSSHLine())")
    XCTAssertFalse(signers.trust(principal: "a@inserm.fr", key: marie, namespace: "n", at: now).isTrusted)
  }

  func testEveryBadLineIsReportedWithItsNumber() {
    let (signers, problems) = parse(
      """
      marie@inserm.fr \(marie.openSSHLine())
      paul@inserm.fr
      bob@x.org frobnicate \(paul.openSSHLine())
      eve@x.org ssh-ed25519 !!!notbase64
      zoe@x.org valid-after=2026 \(paul.openSSHLine())
      ann@x.org = \(paul.openSSHLine())
      bea@x.org ,,=,"= \(paul.openSSHLine())
      """)
    XCTAssertEqual(signers.entries.count, 1)
    XCTAssertEqual(problems.map(\.line), [2, 3, 4, 5, 6, 7])
    XCTAssertTrue(problems[1].description.hasPrefix("allowed_signers:3: error: unknown option 'frobnicate'"))
  }

  func testGeneratedLineParsesAndOtherKeyTypesAreKept() throws {
    let line = AllowedSigners.line(
      principal: "marie@inserm.fr", key: marie, namespaces: ["sia-declaration", "sia-training"])
    XCTAssertTrue(line.hasPrefix("marie@inserm.fr namespaces=\"sia-declaration,sia-training\" ssh-ed25519 AAAA"))
    let (signers, problems) = parse(line)
    XCTAssertEqual(problems, [])
    XCTAssertEqual(signers.entries.first?.namespaces, "sia-declaration,sia-training")
    XCTAssertEqual(signers.principals(for: marie), ["marie@inserm.fr"])
  }
}
