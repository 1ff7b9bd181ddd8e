import Foundation
import XCTest

@testable import SiaKit

/// sia and OpenSSH must give the same answer on the same `allowed_signers` file:
/// 1,200 files generated from a fixed seed (quoted and unquoted, repeated and unknown
/// options, option names in any case, negations in principals and `namespaces=`, CRLF,
/// blank and comment lines, bad lines for the principal and for others, a lone word at
/// the end, every time format with and without `Z`/`UTC`, impossible dates, other key
/// types), each checked once by `ssh-keygen -Y verify` and once by sia. All the
/// `ssh-keygen` runs go in one shell script; the signatures are made once and reused.
///
/// The documented stricter cases (HARDENING.md: non-Ed25519 signatures, non-canonical
/// signatures, corrupt non-Ed25519 key blobs) are not generated: on everything else
/// the two must agree, 0 disagreements.
final class AllowedSignersDifferentialTests: XCTestCase {
  static let seed: UInt64 = 0x5_1A_2026_1207
  static let fileCount = 1_200

  struct Case {
    var file: String
    var principal: String
    var signature: Int
    var time: String
  }

  func testSiaAndSSHKeygenAgreeOnGeneratedFiles() throws {
    guard let sshKeygen = ["/usr/bin/ssh-keygen", "/bin/ssh-keygen"].first(where: FileManager.default.isExecutableFile)
    else {
      return XCTFail("ssh-keygen is missing: `make deps` installs openssh-client")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-differential-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // Local times (no Z) must be read in one known zone by both tools, with summer time.
    let savedZone = ProcessInfo.processInfo.environment["TZ"]
    setenv("TZ", "Europe/Paris", 1)
    tzset()
    defer {
      if let savedZone { setenv("TZ", savedZone, 1) } else { unsetenv("TZ") }
      tzset()
    }

    var random = SplitMix64(seed: Self.seed)
    let marie = try OpenSSHPrivateKey(
      seed: Data((0..<32).map { _ in UInt8(truncatingIfNeeded: random.next()) }), comment: "")
    let paul = try OpenSSHPrivateKey(
      seed: Data((0..<32).map { _ in UInt8(truncatingIfNeeded: random.next()) }), comment: "")
    let ecdsa = try ecdsaKey(sshKeygen, folder: folder)
    let message = Data("Déclaration d'usage — différentiel\n".utf8)
    let messagePath = folder.appendingPathComponent("message").path
    try message.write(to: URL(fileURLWithPath: messagePath))
    let signatures: [(key: OpenSSHPrivateKey, namespace: String)] = [
      (marie, "sia-declaration"), (marie, "sia-approval"), (paul, "sia-declaration"),
    ]
    var signatureData: [Data] = []
    for (index, signer) in signatures.enumerated() {
      let data = Data(
        try SSHSignature.sign(message: message, namespace: signer.namespace, key: signer.key).armored.utf8)
      try data.write(to: folder.appendingPathComponent("sig\(index)"))
      signatureData.append(data)
    }

    let generator = LineGenerator(marie: marie.publicKey, paul: paul.publicKey, ecdsa: ecdsa)
    var cases: [Case] = []
    var script = "cd '\(folder.path)'\nexport TZ=Europe/Paris\n"
    for index in 0..<Self.fileCount {
      let text = generator.file(&random)
      let name = "allowed_signers_\(index)"
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
      let principal =
        random.below(2) == 0
        ? "marie@inserm.fr" : LineGenerator.askedPrincipals[random.below(LineGenerator.askedPrincipals.count)]
      let signature = random.below(2) == 0 ? 0 : random.below(signatures.count)
      let time = LineGenerator.verifyTimes[random.below(LineGenerator.verifyTimes.count)]
      cases.append(Case(file: name, principal: principal, signature: signature, time: time))
      script +=
        "\(sshKeygen) -Y verify -f \(name) -I '\(principal)' -n \(signatures[signature].namespace) -s sig\(signature)"
        + " -Overify-time=\(time) < message >/dev/null 2>&1; echo $?\n"
    }
    let openssh = try runScript(script)
    XCTAssertEqual(openssh.count, cases.count, "ssh-keygen answered \(openssh.count) of \(cases.count) cases")

    var disagreements: [String] = []
    var accepted = 0
    for (index, item) in cases.enumerated() where index < openssh.count {
      let data = try Data(contentsOf: folder.appendingPathComponent(item.file))
      let seconds = try XCTUnwrap(OpenSSHTime.parse(Array(item.time.utf8)))
      var verifier = DocumentVerifier(
        allowedSigners: AllowedSigners.parse(data, file: item.file).0,
        now: Date(timeIntervalSince1970: TimeInterval(seconds)))
      verifier.principal = item.principal
      let checked = verifier.check(
        message: message, signatureData: signatureData[item.signature], namespace: signatures[item.signature].namespace,
        principal: item.principal)
      let sia = checked.status == .trusted
      let ssh = openssh[index] == 0
      if sia { accepted += 1 }
      if sia != ssh {
        disagreements.append(
          "\(item.file) -I \(item.principal) sig\(item.signature) at \(item.time): ssh-keygen \(openssh[index]), sia \(checked.trust)\n"
            + String(decoding: data, as: UTF8.self).debugDescription)
      }
    }
    // The generator must exercise both answers, or agreement proves nothing.
    XCTAssertGreaterThan(accepted, Self.fileCount / 10)
    XCTAssertLessThan(accepted, Self.fileCount * 9 / 10)
    XCTAssertEqual(disagreements.count, 0, disagreements.prefix(5).joined(separator: "\n\n"))
  }

  /// A real ECDSA public key (OpenSSH checks the curve point), made by ssh-keygen.
  func ecdsaKey(_ sshKeygen: String, folder: URL) throws -> String {
    let path = folder.appendingPathComponent("ecdsa").path
    _ = try runScript("\(sshKeygen) -q -t ecdsa -N '' -C '' -f '\(path)' >/dev/null 2>&1; echo $?")
    let line = try String(contentsOfFile: path + ".pub", encoding: .utf8)
    return line.split(separator: " ").prefix(2).joined(separator: " ")
  }

  /// Runs a shell script and returns the integers it printed, one a line.
  func runScript(_ script: String) throws -> [Int] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(script.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { Int($0) }
  }
}

/// The generator of allowed_signers files: each choice is drawn from lists of
/// meaningful and broken variants, so most files mix good and bad lines.
struct LineGenerator {
  var marie: SSHPublicKey
  var paul: SSHPublicKey
  var ecdsa: String

  static let askedPrincipals = ["marie@inserm.fr", "paul@inserm.fr", "marie@x.org"]
  static let verifyTimes = ["20261118113000Z", "20270630230000Z", "20300303120000Z", "20250101000000Z"]
  /// Times close to the verification times, so that reading a local time as UTC (or
  /// summer time as winter time) changes the answer.
  static let nearTimes = [
    "202611181100", "202611181200", "202611181045", "20261118113000", "20261118113001", "202611181030", "20261118",
    "202707010030", "202707010130", "202706302330", "202707010000", "20270630", "20300303", "20300231", "20300304",
    "203003031300", "203003031200",
  ]

  static let principals = [
    "marie@inserm.fr", "marie@inserm.fr", "paul@inserm.fr", "*@inserm.fr", "*@inserm.fr,!marie@inserm.fr",
    "\"marie@inserm.fr,paul@inserm.fr\"", "m?rie@inserm.fr", "MARIE@inserm.fr", "*", "!marie@inserm.fr,*",
    "marie@*,!*@x.org", "\"marie@inserm.fr\"", "\"unterminated@inserm.fr", "marie@inserm.fr,", ",marie@inserm.fr",
    "p*@inserm.fr", "marie@inserm.fr,paul@inserm.fr",
  ]
  static let namespaceLists = [
    "sia-declaration", "sia-*", "*,!sia-approval", "sia-approval", "*", "!sia-declaration,*", "",
    "sia-declaration,sia-training",
    "SIA-DECLARATION", "sia-declaration,", "?ia-approval", "a\\\"b,sia-declaration",
  ]
  static let dates = [
    "20261118", "20260101", "20270101", "20261231", "20300231", "20280229", "20270229", "20261301", "20260100",
    "2026011",
    "202611181200", "202611181159", "202707010000", "20261118120000", "20261118115959", "20270630235960",
    "20261118240000",
    "20261118126000", "19691231", "19700101", "19700102", "2026111812", "20261118 ", " 2026111", "2027O101", "99991231",
    // Local times an hour or two from the verification times (Paris: +1, +2 in summer).
    "202611181230", "20261118123000", "202611181130", "202707010130", "202707010230", "20270630233000",
  ]
  static let suffixes = ["", "", "Z", "z", "UTC", "utc", "Utc", " Z", "ZZ"]

  func file(_ random: inout SplitMix64) -> String {
    let crlf = random.below(5) == 0
    var lines: [String] = []
    for _ in 0..<(1 + random.below(5)) {
      switch random.below(14) {
      case 0: lines.append("# un commentaire")
      case 1: lines.append(random.below(2) == 0 ? "" : " \t")
      case 2: lines.append("lone@inserm.fr")
      default: lines.append(entry(&random))
      }
    }
    let end = crlf ? "\r\n" : "\n"
    var text = lines.joined(separator: end)
    if random.below(6) != 0 { text += end }
    return text
  }

  func entry(_ random: inout SplitMix64) -> String {
    let space = random.below(6) == 0 ? "\t" : (random.below(6) == 0 ? "  " : " ")
    var line = random.below(12) == 0 ? " " : ""
    line += Self.principals[random.below(Self.principals.count)]
    let options = optionList(&random)
    if !options.isEmpty { line += space + options }
    line += space + key(&random)
    return line
  }

  func optionList(_ random: inout SplitMix64) -> String {
    var options: [String] = []
    for _ in 0..<random.below(4) {
      switch random.below(16) {
      case 0: options.append(random.below(3) == 0 ? "CERT-AUTHORITY" : "cert-authority")
      case 1, 2, 3: options.append("namespaces=\"\(Self.namespaceLists[random.below(Self.namespaceLists.count)])\"")
      case 4: options.append("namespaces=\(Self.namespaceLists[random.below(3)])")
      case 5: options.append("Namespaces=\"\(Self.namespaceLists[random.below(Self.namespaceLists.count)])\"")
      case 6, 7, 8: options.append("valid-after=\"\(time(&random))\"")
      case 9, 10, 11: options.append("valid-before=\"\(time(&random))\"")
      case 12: options.append("valid-before=\(time(&random))")
      case 13:
        options.append(["frobnicate", "no-touch-required", "verify-required", "cert-authorityx"][random.below(4)])
      case 14: options.append("")
      default: options.append("VALID-AFTER=\"\(time(&random))\"")
      }
    }
    return options.joined(separator: ",")
  }

  func time(_ random: inout SplitMix64) -> String {
    guard random.below(10) < 6 else {
      return Self.dates[random.below(Self.dates.count)] + Self.suffixes[random.below(Self.suffixes.count)]
    }
    return Self.nearTimes[random.below(Self.nearTimes.count)] + ["", "", "", "Z", "UTC", "z"][random.below(6)]
  }

  func key(_ random: inout SplitMix64) -> String {
    switch random.below(12) {
    case 0, 1, 2, 3, 4: return marie.openSSHLine(comment: random.below(3) == 0 ? "Marie Curie" : "")
    case 5, 6: return paul.openSSHLine()
    case 7: return ecdsa
    case 8: return "ssh-ed25519\t" + marie.blob.base64EncodedString()
    case 9: return "ssh-ed25519 " + String(marie.blob.base64EncodedString().dropLast(4))
    case 10: return "ssh-rsa " + marie.blob.base64EncodedString()
    default: return "ssh-ed25519"
    }
  }
}
