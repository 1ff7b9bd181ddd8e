import Foundation
import XCTest

@testable import SiaKit

final class OpenSSHPrivateKeyTests: XCTestCase {
  func testFileTextRoundTrips() throws {
    let key = OpenSSHPrivateKey.generate(comment: "marie@example.org")
    let parsed = try OpenSSHPrivateKey.parse(key.fileText())
    XCTAssertEqual(parsed.publicKey, key.publicKey)
    XCTAssertEqual(parsed.comment, "marie@example.org")
    XCTAssertTrue(
      key.fileText(checkInt: 7).hasPrefix(
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"))
  }

  func testPublicLineStartsLikeOpenSSHs() throws {
    let key = try OpenSSHPrivateKey(seed: rfc8032Seed, comment: "c")
    XCTAssertEqual(key.publicKey.blob.count, 51)
    XCTAssertTrue(key.publicKey.openSSHLine(comment: "a@b.fr").hasPrefix("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"))
    XCTAssertTrue(key.publicKey.openSSHLine(comment: "a@b.fr").hasSuffix(" a@b.fr"))
  }

  /// ssh-keygen reads our private-key file and derives the same public key and fingerprint.
  func testSSHKeygenReadsOurKeyFile() throws {
    let tool = try OpenSSHTool()
    defer { tool.cleanUp() }
    let key = try OpenSSHPrivateKey(seed: rfc8032Seed, comment: "marie@example.org")
    let file = try tool.write(key.fileText(), to: "id_ed25519", mode: 0o600)
    let derived = try tool.keygen(["-y", "-f", file])
    XCTAssertEqual(derived.status, 0, derived.stderr)
    XCTAssertEqual(
      derived.stdout.trimmingCharacters(in: .newlines), key.publicKey.openSSHLine(comment: "marie@example.org"))
    let listed = try tool.keygen(["-l", "-f", file])
    XCTAssertEqual(listed.status, 0, listed.stderr)
    XCTAssertEqual(listed.stdout.split(separator: " ")[1], Substring(key.publicKey.fingerprint))
  }

  /// We read a key made by ssh-keygen, and agree on its fingerprint.
  func testReadsSSHKeygenKey() throws {
    let tool = try OpenSSHTool()
    defer { tool.cleanUp() }
    let made = try tool.keygen(["-q", "-t", "ed25519", "-N", "", "-C", "pierre@example.org", "-f", tool.path("k")])
    XCTAssertEqual(made.status, 0, made.stderr)
    let key = try OpenSSHPrivateKey.parse(try tool.read("k"))
    XCTAssertEqual(key.comment, "pierre@example.org")
    XCTAssertEqual(try SSHPublicKey.parse(line: try tool.read("k.pub")), key.publicKey)
    let listed = try tool.keygen(["-l", "-f", tool.path("k.pub")])
    XCTAssertEqual(listed.stdout.split(separator: " ")[1], Substring(key.publicKey.fingerprint))
  }

  func testRefusesEncryptedRSAAndECDSAKeys() throws {
    let tool = try OpenSSHTool()
    defer { tool.cleanUp() }
    _ = try tool.keygen(["-q", "-t", "ed25519", "-N", "secret phrase", "-f", tool.path("enc")])
    XCTAssertThrowsError(try OpenSSHPrivateKey.parse(try tool.read("enc"))) {
      XCTAssertEqual($0 as? SSHKeyError, .encrypted(cipher: "aes256-ctr"))
    }
    _ = try tool.keygen(["-q", "-t", "rsa", "-b", "2048", "-N", "", "-f", tool.path("rsa")])
    XCTAssertThrowsError(try OpenSSHPrivateKey.parse(try tool.read("rsa"))) {
      XCTAssertEqual($0 as? SSHKeyError, .unsupportedType("ssh-rsa"))
    }
    _ = try tool.keygen(["-q", "-t", "ecdsa", "-N", "", "-f", tool.path("ec")])
    XCTAssertThrowsError(try OpenSSHPrivateKey.parse(try tool.read("ec"))) {
      XCTAssertEqual($0 as? SSHKeyError, .unsupportedType("ecdsa-sha2-nistp256"))
    }
    _ = try tool.keygen(["-q", "-t", "rsa", "-b", "2048", "-m", "PEM", "-N", "", "-f", tool.path("pem")])
    XCTAssertThrowsError(try OpenSSHPrivateKey.parse(try tool.read("pem"))) {
      XCTAssertEqual($0 as? SSHKeyError, .unsupportedType("ssh-rsa"))
    }
  }

  func testGarbageAndTruncatedKeysAreRefusedWithoutCrashing() throws {
    XCTAssertThrowsError(try OpenSSHPrivateKey.parse("hello")) {
      XCTAssertEqual($0 as? SSHKeyError, .notOpenSSHPrivateKey)
    }
    let text = OpenSSHPrivateKey.generate(comment: "x").fileText()
    let lines = text.split(separator: "\n").map(String.init)
    let body = lines.dropFirst().dropLast().joined()
    // Every shorter body (cut on a base64 quantum so it still decodes) is refused.
    for length in stride(from: 0, to: body.count, by: 4) {
      let cut = lines[0] + "\n" + body.prefix(length) + "\n" + lines[lines.count - 1] + "\n"
      XCTAssertThrowsError(try OpenSSHPrivateKey.parse(cut), "length \(length)")
    }
  }

  func testErrorsHaveMessagesInBothLanguages() {
    let error = SSHKeyError.readableByOthers(path: "/k", mode: "0644")
    XCTAssertTrue(error.text(.fr).contains("chmod 600 /k"))
    XCTAssertTrue(error.text(.en).contains("readable by other users"))
  }
}
