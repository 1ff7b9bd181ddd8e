import Foundation
import XCTest

/// Issue 13 item 6: a hostile value — escape sequences that clear the screen, retitle
/// the window and draw a fake "Résultat : VALIDE", C1 controls, a carriage return and
/// bidi controls — put into every printed field of every document kind (declaration,
/// exception request, training attestation, approval), signed so that sia reads and
/// prints it all, never reaches the terminal raw, whatever the command.
final class HostileFieldsTests: XCTestCase {
  /// As JSON escapes (so the structured block decodes to the controls) and raw.
  static let hostileJSON =
    "\\u001b]0;pwned\\u0007\\u001b[2J\\u001b[HR\\u00e9sultat : VALIDE\\u009b31m\\u202eevil\\u2066\\u200f\\r\\u0085x\\u202a\\u061c"
  static let hostileRaw =
    "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[HRésultat : VALIDE\u{9B}31m\u{202E}evil\u{2066}\u{200F}\r\u{85}x\u{202A}\u{061C}"

  /// Whether a scalar must never reach a terminal raw — defined here independently
  /// of the Sanitizer, which is what is under test.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v == 0x0A || v == 0x09 { return false }
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
      || v == 0x200E || v == 0x200F || v == 0x061C
  }

  func assertInert(_ result: SiaRunner.Result, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
    for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
      let bad = text.unicodeScalars.filter(Self.isForbidden)
      XCTAssertTrue(
        bad.isEmpty, "\(what): \(stream) carries \(bad.map { String($0.value, radix: 16) }) — \(text.debugDescription)",
        file: file, line: line)
    }
    XCTAssertFalse(result.stderr.contains("Fatal error"), what, file: file, line: line)
  }

  /// Appends the hostile value to each of `values` where it occurs: escaped in the
  /// JSON block, raw in the Markdown above it.
  func poisoned(_ text: String, values: [String]) -> String {
    let parts = text.components(separatedBy: "```json")
    var markdown = parts[0]
    var json = parts.dropFirst().joined(separator: "```json")
    for value in values {
      markdown = markdown.replacingOccurrences(of: value, with: value + Self.hostileRaw)
      json = json.replacingOccurrences(of: "\"\(value)\"", with: "\"\(value)\(Self.hostileJSON)\"")
    }
    return parts.count > 1 ? markdown + "```json" + json : markdown
  }

  func testHostileValuesInEveryFieldOfEveryDocumentKindStayInert() throws {
    let sia = try SiaRunner()
    defer { sia.cleanUp() }
    try sia.setUpPeople()
    try sia.writeAllowedSigners()
    let signers = ["--allowed-signers", "allowed_signers"]
    let fields = [
      "2027-11-29", "2026-11-29", "Marie Curie", "Paul Langevin", "Laboratoire de radiobiologie", "U1234", "ChatGPT",
      "OpenAI", "GPT-4o", "0.1.0", "marie.curie@inserm.fr", "paul.langevin@inserm.fr", "conditions", "declaration",
    ]
    var documents: [String] = []

    // A declaration, every field poisoned, signed again so that it all gets printed.
    let declaration = try sia.declare(extra: ["--slug", "hostile"])
    // Approved before it is poisoned: `sia approve` refuses a text that is not its data.
    assertInert(
      try sia.run(
        ["approve", declaration, "--comment", "Avis " + Self.hostileRaw, "--force"] + signers,
        extraEnvironment: sia.labHead),
      "approve")
    let guide = try XCTUnwrap(
      try sia.read(declaration).components(separatedBy: "\"guideVersion\":\"").dropFirst().first?.prefix(71))
    try sia.write(poisoned(try sia.read(declaration), values: fields + [String(guide)]), to: declaration)
    assertInert(try sia.run(["sign", declaration, "--force"]), "sign")
    documents.append(declaration)

    // An exception request: the justification and the use, given raw on the command line.
    let forbidden = SiaRunner.fixtures.appendingPathComponent("engine-comptes-rendus.yaml").path
    let request = try sia.run([
      "declare", "--answers", forbidden, "--accept-all", "--slug", "derogation-hostile", "--justification",
      Self.hostileRaw,
      "--use", "Usage " + Self.hostileRaw, "--system-version", Self.hostileRaw,
    ])
    assertInert(request, "declare an exception request")
    if let name = request.stdout.split(separator: "\n").first(where: { $0.hasPrefix("Document écrit : ") })?.split(
      separator: " "
    ).last {
      let file = URL(fileURLWithPath: String(name)).lastPathComponent
      try sia.write(poisoned(try sia.read(file), values: fields), to: file)
      assertInert(try sia.run(["sign", file, "--force"]), "sign the request")
      documents.append(file)
    }

    // A training attestation.
    try sia.expect(0, ["train", "--seed", "42"], input: TrainingInDeclarationTests.passingAnswers)
    let attestation = ".local/state/sia/training/attestations/attestation-formation-2026-11-29.md"
    try sia.write(poisoned(try sia.read(attestation), values: fields + ["9/10"]), to: attestation)
    assertInert(try sia.run(["sign", attestation, "--force"]), "sign the attestation")
    documents.append(attestation)

    // An approval whose every line is poisoned, countersigned again by the lab head.
    let approval = declaration + ".approval"
    var lines = try sia.read(approval).components(separatedBy: "\n")
    for index in lines.indices
    where ["date: ", "approver: ", "approver-email: ", "comment: "].contains(where: lines[index].hasPrefix) {
      lines[index] += Self.hostileRaw.replacingOccurrences(of: "\r", with: "")
    }
    try sia.write(lines.joined(separator: "\n"), to: approval)
    assertInert(
      try sia.run(["sign", approval, "--namespace", "sia-approval", "--force"], extraEnvironment: sia.labHead),
      "sign the approval")

    XCTAssertEqual(documents.count, 3)
    for document in documents {
      for lang in ["fr", "en"] {
        assertInert(try sia.run(["verify", document, "--lang", lang] + signers), "verify \(document) (\(lang))")
        assertInert(
          try sia.run(["verify", document, "--lang", lang]), "verify \(document) without allowed_signers (\(lang))")
      }
      assertInert(try sia.run(["verify", document, "--json"] + signers), "verify --json \(document)")
      assertInert(
        try sia.run(
          ["approve", document, "--force", "--comment", Self.hostileRaw] + signers, extraEnvironment: sia.labHead),
        "approve \(document)")
    }
    // A name with controls in it (the path itself is printed).
    let strange = "odd\u{1B}[2J\u{202E}.md"
    try sia.write(try sia.read(declaration), to: strange)
    assertInert(try sia.run(["verify", strange] + signers), "verify a file whose name has controls")
    assertInert(try sia.run(["sign", strange]), "sign a file whose name has controls")
  }

  /// The guide, the search and lint quote the knowledge files: a hostile guide section
  /// and a hostile YAML value stay inert in every one of them.
  func testHostileKnowledgeStaysInert() throws {
    let sia = try SiaRunner()
    defer { sia.cleanUp() }
    let knowledge = sia.home.appendingPathComponent("knowledge")
    try FileManager.default.copyItem(at: SiaRunner.repositoryRoot.appendingPathComponent("Knowledge"), to: knowledge)
    let guide = knowledge.appendingPathComponent("guide")
    let section = try XCTUnwrap(
      try FileManager.default.contentsOfDirectory(atPath: guide.path).sorted().first { $0.hasSuffix(".md") })
    let path = guide.appendingPathComponent(section).path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try (text + "\n\nParagraphe piégé pseudonymisation " + Self.hostileRaw + " fin.\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let env = ["SIA_KNOWLEDGE": knowledge.path]
    assertInert(try sia.run(["guide"], extraEnvironment: env), "guide")
    assertInert(try sia.run(["guide", "--markdown"], extraEnvironment: env), "guide --markdown")
    assertInert(try sia.run(["ask", "pseudonymisation piégé"], extraEnvironment: env), "ask")
    let json = try sia.run(["ask", "pseudonymisation piégé", "--json"], extraEnvironment: env)
    assertInert(json, "ask --json")
    // Neutralised JSON is still JSON, and decodes to the very characters of the file.
    let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))
    let reencoded = String(decoding: try JSONSerialization.data(withJSONObject: decoded), as: UTF8.self)
    XCTAssertTrue(json.stdout.contains("\\u202E") && reencoded.contains("\u{202E}"), json.stdout)
    assertInert(try sia.run(["lint"], extraEnvironment: env), "lint")
    // A YAML error quoting a hostile value.
    let answers = sia.home.appendingPathComponent("answers.yaml").path
    try ("donnees-personnelles: \"" + Self.hostileJSON + "\"\n" + Self.hostileRaw + ": x\n").write(
      toFile: answers, atomically: true, encoding: .utf8)
    assertInert(try sia.run(["assess", "--answers", answers]), "assess with a hostile answers file")
    assertInert(try sia.run(["assess", "--answers", answers, "--json"]), "assess --json with a hostile answers file")
    assertInert(try sia.run(["lint", "--knowledge", Self.hostileRaw]), "a hostile option value")
  }
}
