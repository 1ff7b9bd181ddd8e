import Foundation
import XCTest

@testable import SiaKit

/// The cases of issue 13 where sia's reading of `allowed_signers` differed from
/// OpenSSH's, one by one (the differential test covers the combinations).
final class AllowedSignersParityTests: XCTestCase {
  let marie = OpenSSHPrivateKey.generate(comment: "").publicKey
  let paul = OpenSSHPrivateKey.generate(comment: "").publicKey
  let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

  func trust(
    _ text: String, _ principal: String = "marie@inserm.fr", key: SSHPublicKey? = nil,
    namespace: String = "sia-declaration",
    at date: Date? = nil
  ) -> SignerTrust {
    AllowedSigners.parse(text, file: "allowed_signers").0.trust(
      principal: principal, key: key ?? marie, namespace: namespace, at: date ?? now)
  }

  func testNegatedNamespaceRefusesApprovals() {
    let line = "marie@inserm.fr namespaces=\"*,!sia-approval\" \(marie.openSSHLine())\n"
    XCTAssertTrue(trust(line).isTrusted)
    XCTAssertEqual(trust(line, namespace: "sia-approval"), .namespaceNotAllowed)
  }

  func testUnquotedOrRepeatedOptionsMakeTheLineBad() {
    for options in [
      "namespaces=sia-declaration", "valid-before=20300101", "namespaces=\"a\",namespaces=\"sia-declaration\"",
      "valid-after=\"20200101\",valid-after=\"20210101\"", "frobnicate", "namespaces=\"sia-declaration\",",
      "valid-after=\"20300101\",valid-before=\"20200101\"",
    ] {
      XCTAssertEqual(trust("marie@inserm.fr \(options) \(marie.openSSHLine())\n"), .malformedLine(1), options)
    }
    // Option names are case-insensitive; cert-authority may repeat.
    XCTAssertTrue(trust("marie@inserm.fr NameSpaces=\"sia-*\" \(marie.openSSHLine())\n").isTrusted)
    XCTAssertFalse(trust("marie@inserm.fr cert-authority,cert-authority \(marie.openSSHLine())\n").isTrusted)
  }

  func testABadLineForSomeoneElseIsSkipped() {
    let text = """
      paul@inserm.fr frobnicate \(paul.openSSHLine())
      zoe@x.org valid-before=20300231 \(paul.openSSHLine())
      marie@inserm.fr \(marie.openSSHLine())

      """
    XCTAssertEqual(trust(text), .trusted(line: 3))
    XCTAssertEqual(trust(text, "paul@inserm.fr", key: paul), .malformedLine(1))
  }

  func testABadLineOfThePrincipalIsSkippedAsInOpenSSH() {
    let text = "marie@inserm.fr valid-before=2030 \(marie.openSSHLine())\nmarie@inserm.fr \(marie.openSSHLine())\n"
    XCTAssertEqual(trust(text), .trusted(line: 2))
    XCTAssertTrue(trust("\"paul@inserm.fr \(paul.openSSHLine())\nmarie@inserm.fr \(marie.openSSHLine())\n").isTrusted)
    // The bad line is named when nothing else vouches, before a line with another key.
    XCTAssertEqual(
      trust("marie@inserm.fr \(paul.openSSHLine())\nmarie@inserm.fr valid-before=2030 \(marie.openSSHLine())\n"),
      .malformedLine(2))
  }

  func testCRLFLineEnds() {
    let text =
      "# team\r\nmarie@inserm.fr namespaces=\"sia-declaration\" \(marie.openSSHLine())\r\n\r\npaul@inserm.fr \(paul.openSSHLine(comment: "Paul"))\r\n"
    XCTAssertEqual(trust(text), .trusted(line: 2))
    XCTAssertEqual(trust(text, "paul@inserm.fr", key: paul), .trusted(line: 4))
  }

  func testQuotedPrincipalsAndEscapedQuotes() {
    XCTAssertTrue(trust("\"marie@inserm.fr,paul@inserm.fr\" \(marie.openSSHLine())\n").isTrusted)
    XCTAssertTrue(trust("marie@inserm.fr namespaces=\"sia-declaration,a\\\"b\" \(marie.openSSHLine())\n").isTrusted)
  }

  func testEveryTimeFormatOpenSSHTakes() throws {
    func seconds(_ text: String) -> Int64? { OpenSSHTime.parse(Array(text.utf8)) }
    XCTAssertEqual(seconds("20300101Z"), 1_893_456_000)
    XCTAssertEqual(seconds("20300101utc"), 1_893_456_000)
    XCTAssertEqual(seconds("203001010000UTC"), 1_893_456_000)
    XCTAssertEqual(seconds("20300101000000z"), 1_893_456_000)
    XCTAssertEqual(seconds("203001011230Z"), 1_893_456_000 + 45_000)
    XCTAssertEqual(seconds("20300231Z"), seconds("20300303Z"), "glibc takes day 31 of February, the calendar moves it")
    XCTAssertEqual(seconds("20300101000060Z"), 1_893_456_060, "seconds up to 61, as glibc")
    for bad in [
      "2030010Z", "20301301Z", "20300100Z", "20300101240000Z", "2030-1-01", "Z", "UTC", "19691231Z", "203001011Z",
      "20300101 Z", "2030010aZ",
    ] {
      XCTAssertNil(seconds(bad), bad)
    }
    XCTAssertEqual(seconds("19700101Z"), 0, "zero: the option parser refuses it, as OpenSSH does")
    XCTAssertEqual(trust("marie@inserm.fr valid-after=\"19700101Z\" \(marie.openSSHLine())\n"), .malformedLine(1))
  }

  func testValidityWindowInWholeSeconds() {
    let line = "marie@inserm.fr valid-before=\"20261118170000Z\" \(marie.openSSHLine())\n"
    let edge = Date(timeIntervalSince1970: 1_795_021_200)  // 2026-11-18 17:00:00Z
    XCTAssertTrue(trust(line, at: edge.addingTimeInterval(0.9)).isTrusted)
    XCTAssertEqual(trust(line, at: edge.addingTimeInterval(1)), .outsideValidity)
  }

  func testOtherKeyTypesAreReadAndNeverMatch() throws {
    // An ECDSA line from a .pub file (type and blob agree): a valid line, not a bad one.
    var writer = SSHWireWriter()
    writer.writeString("ecdsa-sha2-nistp256")
    writer.writeString("nistp256")
    writer.writeString([UInt8](repeating: 4, count: 65))
    let ecdsa = writer.data.base64EncodedString()
    let text = "marie@inserm.fr ecdsa-sha2-nistp256 \(ecdsa)\nmarie@inserm.fr \(marie.openSSHLine())\n"
    XCTAssertEqual(trust(text), .trusted(line: 2))
  }

  /// Random bytes made mostly of the format's own characters: parsing and every
  /// question never trap, the parsed lines keep their numbers in order, and a good
  /// line after the garbage still vouches.
  func testRandomInputNeverTraps() {
    var random = SplitMix64(seed: 13)
    let alphabet =
      Array("ab@*?!,\"= \t\r\n#Zz0123456789-".utf8) + Array(marie.openSSHLine().utf8.prefix(30)) + [0, 0xC3, 0xFF]
    for _ in 0..<3_000 {
      let bytes = (0..<random.below(120)).map { _ in alphabet[random.below(alphabet.count)] }
      let text = Data(bytes) + Data("\nmarie@inserm.fr namespaces=\"sia-*\" \(marie.openSSHLine())\n".utf8)
      let (signers, _) = AllowedSigners.parse(text, file: "random")
      XCTAssertEqual(signers.lines.map(\.number), signers.lines.map(\.number).sorted())
      // Lines are independent, as in OpenSSH: no garbage before it spoils a good line.
      XCTAssertTrue(
        signers.allows(principal: "marie@inserm.fr", key: marie, namespace: "sia-declaration", at: now), "\(bytes)")
      _ = signers.trust(principal: "", key: paul, namespace: "", at: now)
      _ = OpenSSHTime.parse(Array(bytes.prefix(16)))
    }
  }
}
