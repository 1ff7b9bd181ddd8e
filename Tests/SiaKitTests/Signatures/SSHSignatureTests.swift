import Foundation
import XCTest

@testable import SiaKit
@testable import SiaSignatures

final class SSHSignatureTests: XCTestCase {
  let document = Data("# Déclaration\n\nUsage : résumé d'articles.\n".utf8)

  func testSignThenVerify() throws {
    let key = OpenSSHPrivateKey.generate(comment: "a@b.fr")
    let signature = try SSHSignature.sign(message: document, namespace: "sia-declaration", key: key)
    let parsed = try SSHSignature(armored: signature.armored)
    XCTAssertEqual(parsed, signature)
    XCTAssertNoThrow(try parsed.verify(message: document, namespace: "sia-declaration"))
    XCTAssertEqual(parsed.publicKey.fingerprint, key.publicKey.fingerprint)
  }

  func testOneChangedByteIsAMismatch() throws {
    let key = OpenSSHPrivateKey.generate(comment: "")
    let signature = try SSHSignature.sign(message: document, namespace: "sia-declaration", key: key)
    for index in [0, document.count / 2, document.count - 1] {
      var changed = document
      changed[index] ^= 0x01
      XCTAssertThrowsError(try signature.verify(message: changed, namespace: "sia-declaration")) {
        XCTAssertEqual($0 as? SSHSignatureError, .mismatch)
      }
    }
  }

  func testWrongNamespaceIsNamed() throws {
    let key = OpenSSHPrivateKey.generate(comment: "")
    let signature = try SSHSignature.sign(message: document, namespace: "sia-training", key: key)
    XCTAssertThrowsError(try signature.verify(message: document, namespace: "sia-declaration")) {
      XCTAssertEqual($0 as? SSHSignatureError, .wrongNamespace(found: "sia-training", expected: "sia-declaration"))
    }
  }

  func testEveryTruncationAndGarbageIsRefusedWithoutCrashing() throws {
    let key = OpenSSHPrivateKey.generate(comment: "")
    let blob = try SSHSignature.sign(message: document, namespace: "sia-declaration", key: key).blob
    for length in 0..<blob.count {
      XCTAssertThrowsError(try SSHSignature(blob: blob.prefix(length)), "length \(length)") {
        XCTAssertTrue(($0 as? SSHSignatureError)?.isFormatProblem == true)
      }
    }
    XCTAssertThrowsError(try SSHSignature(blob: blob + Data([0]))) {
      XCTAssertTrue(($0 as? SSHSignatureError)?.isFormatProblem == true)
    }
    let armored = try SSHSignature.sign(message: document, namespace: "n", key: key).armored
    XCTAssertThrowsError(try SSHSignature(armored: String(armored.prefix(armored.count / 2)))) {
      XCTAssertTrue(($0 as? SSHSignatureError)?.isFormatProblem == true)
    }
    XCTAssertThrowsError(try SSHSignature(armored: "garbage")) { XCTAssertEqual($0 as? SSHSignatureError, .notArmored) }
    XCTAssertThrowsError(try SSHSignature(fileData: Data([0xFF, 0xFE, 0x00]))) {
      XCTAssertEqual($0 as? SSHSignatureError, .notArmored)
    }
    var random = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      let noise = Data(
        (0..<Int.random(in: 0..<120, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
      XCTAssertThrowsError(try SSHSignature(blob: Data("SSHSIG".utf8) + noise))
    }
  }

  /// `.sig` files are read from their bytes when ASCII: same signature, same error as
  /// the `String` path on every variant of the armor, and non-ASCII files still take it.
  func testFileBytesAndTextGiveTheSameResult() throws {
    let armored = try SSHSignature.sign(message: document, namespace: "n", key: OpenSSHPrivateKey.generate(comment: ""))
      .armored
    let body = armored.components(separatedBy: "\n").dropFirst().dropLast(2).joined()
    let begin = "-----BEGIN SSH SIGNATURE-----", end = "-----END SSH SIGNATURE-----"
    let variants = [
      armored, armored.replacingOccurrences(of: "\n", with: "\r\n"), "junk before\n" + armored + "junk after",
      "\(begin)\(body)\(end)", "\(begin) \t\u{0B}\u{0C}\r\n\(body) \(end)", "\(begin)\n\(body)", "\(begin)\n\(end)",
      "\(begin)\n!\(body)\n\(end)", "\(begin)\n\(body.dropLast(4))\n\(end)", "\(end)\n\(body)\n\(begin)", "",
      "\(begin)\(begin)\n\(body)\n\(end)\(end)", "\(begin)\n\(body)\u{1C}\n\(end)", "-----BEGIN SSH SIGNATURE----",
      "\(begin)\n\(body)\u{A0}\n\(end)", "\u{FEFF}\(armored)", "\(begin)\n\(body)\n\(end)é",
    ]
    for text in variants {
      let fromBytes = Result { try SSHSignature(fileData: Data(text.utf8)) }
      let fromText = Result { try SSHSignature(armored: String(data: Data(text.utf8), encoding: .utf8) ?? "") }
      switch (fromBytes, fromText) {
      case (.success(let a), .success(let b)): XCTAssertEqual(a, b, text.debugDescription)
      case (.failure(let a), .failure(let b)):
        XCTAssertEqual(a as? SSHSignatureError, b as? SSHSignatureError, text.debugDescription)
      default: XCTFail("bytes \(fromBytes), text \(fromText): \(text.debugDescription)")
      }
    }
    XCTAssertNotNil(try SSHSignature.asciiBlob(Data(armored.utf8)))
    XCTAssertNil(try SSHSignature.asciiBlob(Data(("\u{FEFF}" + armored).utf8)), "non-ASCII files take the String path")
  }

  /// Ed25519 is deterministic: for a fixed key our `.sig` equals ssh-keygen's, byte for byte.
  func testGoldenSignatureEqualsSSHKeygens() throws {
    let tool = try OpenSSHTool()
    defer { tool.cleanUp() }
    let key = try OpenSSHPrivateKey(seed: rfc8032Seed, comment: "golden@example.org")
    let keyFile = try tool.write(key.fileText(checkInt: 0x5151_5151), to: "id_ed25519", mode: 0o600)
    try document.write(to: URL(fileURLWithPath: tool.path("doc.md")))
    let signed = try tool.keygen(["-Y", "sign", "-f", keyFile, "-n", "sia-declaration", tool.path("doc.md")])
    XCTAssertEqual(signed.status, 0, signed.stderr)
    let theirs = try tool.read("doc.md.sig")
    let ours = try SSHSignature.sign(message: document, namespace: "sia-declaration", key: key).armored
    XCTAssertEqual(ours, theirs)
  }

  /// `ssh-keygen -Y verify` accepts our signatures, and refuses them for a changed document.
  func testSSHKeygenVerifiesOurSignature() throws {
    let tool = try OpenSSHTool()
    defer { tool.cleanUp() }
    let key = OpenSSHPrivateKey.generate(comment: "marie@example.org")
    let signature = try SSHSignature.sign(message: document, namespace: "sia-declaration", key: key)
    _ = try tool.write(signature.armored, to: "doc.md.sig")
    let signers = try tool.write("marie@example.org \(key.publicKey.openSSHLine())\n", to: "allowed_signers")
    let arguments = [
      "-Y", "verify", "-f", signers, "-I", "marie@example.org", "-n", "sia-declaration", "-s", tool.path("doc.md.sig"),
    ]
    let good = try tool.keygen(arguments, input: document)
    XCTAssertEqual(good.status, 0, good.stderr)
    XCTAssertTrue(good.stdout.contains("Good \"sia-declaration\" signature for marie@example.org"), good.stdout)
    var changed = document
    changed[3] ^= 0x20
    XCTAssertNotEqual(try tool.keygen(arguments, input: changed).status, 0)
  }

  /// We verify a signature made by `ssh-keygen -Y sign` with its own Ed25519 key.
  func testWeVerifySSHKeygensSignature() throws {
    let tool = try OpenSSHTool()
    defer { tool.cleanUp() }
    _ = try tool.keygen(["-q", "-t", "ed25519", "-N", "", "-C", "x", "-f", tool.path("k")])
    try document.write(to: URL(fileURLWithPath: tool.path("doc.md")))
    let signed = try tool.keygen(["-Y", "sign", "-f", tool.path("k"), "-n", "sia-declaration", tool.path("doc.md")])
    XCTAssertEqual(signed.status, 0, signed.stderr)
    let signature = try SSHSignature(armored: try tool.read("doc.md.sig"))
    XCTAssertNoThrow(try signature.verify(message: document, namespace: "sia-declaration"))
    XCTAssertEqual(signature.publicKey, try SSHPublicKey.parse(line: try tool.read("k.pub")))
  }

  func testRSAAndECDSASignaturesAreRefusedByName() throws {
    let tool = try OpenSSHTool()
    defer { tool.cleanUp() }
    try document.write(to: URL(fileURLWithPath: tool.path("doc.md")))
    for (type, expected) in [("rsa", "ssh-rsa"), ("ecdsa", "ecdsa-sha2-nistp256")] {
      _ = try tool.keygen(["-q", "-t", type, "-N", "", "-f", tool.path(type)])
      try? FileManager.default.removeItem(atPath: tool.path("doc.md.sig"))
      let signed = try tool.keygen(["-Y", "sign", "-f", tool.path(type), "-n", "sia-declaration", tool.path("doc.md")])
      XCTAssertEqual(signed.status, 0, signed.stderr)
      let signature = try SSHSignature(armored: try tool.read("doc.md.sig"))
      XCTAssertThrowsError(try signature.verify(message: document, namespace: "sia-declaration")) {
        XCTAssertEqual($0 as? SSHSignatureError, .unsupportedKeyType(expected))
      }
    }
  }
}

extension SSHSignatureTests {
  /// The one-call API other features (training attestations) use.
  func testOneCallVerifyForOtherDocumentKinds() throws {
    let key = OpenSSHPrivateKey.generate(comment: "")
    let attestation = Data("attestation\n".utf8)
    let armored = Data(
      try SSHSignature.sign(message: attestation, namespace: DocumentKind.training.namespace, key: key).armored.utf8)
    let signature = try SSHSignature.verify(armored: armored, message: attestation, namespace: "sia-training")
    XCTAssertEqual(signature.publicKey, key.publicKey)
    XCTAssertThrowsError(try SSHSignature.verify(armored: armored, message: attestation, namespace: "sia-declaration"))
  }
}
