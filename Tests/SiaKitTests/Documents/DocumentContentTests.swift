import Foundation
import XCTest

@testable import SiaKit

/// Reading a signed document's structured block once, by hand: it must decode the same
/// declaration and tell the same kind and signer as `JSONDecoder` did.
final class DocumentContentTests: XCTestCase {
  /// A declaration with every optional field set (contest, alternative, training, scan).
  static func fullDeclaration() throws -> Declaration {
    let input = try DeclarationFixtures.input("answers-interdit.yaml")
    var declaration = try DeclarationBuilder(
      input: input, acceptedActions: Set(input.assessment.actions.map(\.id)),
      justification: "Les comptes rendus seront pseudonymisés « avant » tout envoi.\n\"Cité\" \\ \u{1}",
      date: DeclarationFixtures.date, lang: .fr
    ).build()
    declaration.training = TrainingReference(
      date: "2026-10-01", right: 9, total: 10, file: "attestation-formation-2026-10-01.md",
      kind: .trainerAttested, trainer: "irene.joliot@inserm.fr",
      trainerKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFzefulZ8bQ16WrgTWBEOFbBW+pl7A7HGFLcmYHpDltR")
    declaration.guideReviewed = "2026-12-07"
    declaration.scan = ScanRecord(
      counts: ["birth-date": 1, "health": 3, "town": 2], data: "identifying", health: true, secrets: false)
    declaration.system.names = Bilingual(fr: "LLM de l'environnement interne", en: "internal environment LLM")
    declaration.system.providers = Bilingual(fr: "projet libre", en: "open-source project")
    // Format 1's `value` beside format 2's `values`, so the reader is checked on both.
    declaration.answers[0].value = declaration.answers[0].choices().joined(separator: ",")
    // An exemption request commits to nothing; one commitment still exercises the field.
    declaration.commitments.append(
      Commitment(id: "relire", text: Bilingual(fr: "Relire", en: "Proofread"), accepted: false))
    return declaration
  }

  func testDeclarationReadByHandEqualsJSONDecoder() throws {
    let declaration = try Self.fullDeclaration()
    XCTAssertEqual(Self.nilOptionals(in: declaration), [], "set every optional so every field is compared")
    XCTAssertFalse(declaration.answers.isEmpty || declaration.commitments.isEmpty || declaration.tasks.isEmpty)
    let json = try CanonicalJSON.encode(declaration)
    let byHand = try Declaration(json: JSONReader.parse(json))
    XCTAssertEqual(byHand, try JSONDecoder().decode(Declaration.self, from: Data(json.utf8)))
    XCTAssertEqual(byHand, declaration)
    var minimal = declaration
    minimal.contest = nil
    minimal.training = nil
    minimal.guideReviewed = nil
    minimal.scan = nil
    minimal.verdict.alternative = nil
    minimal.system.names = nil
    minimal.system.providers = nil
    minimal.answers = minimal.answers.map { $0.written(as: Declaration.formatOne) }
    XCTAssertEqual(try Declaration(json: JSONReader.parse(try CanonicalJSON.encode(minimal))), minimal)
  }

  /// The hand-built JSON of a declaration is what `JSONEncoder` writes, with every
  /// optional field set and with none.
  func testHandWrittenJSONIsTheEncoders() throws {
    let full = try Self.fullDeclaration()
    XCTAssertEqual(Self.nilOptionals(in: full), [])
    var minimal = full
    minimal.contest = nil
    minimal.training = nil
    minimal.guideReviewed = nil
    minimal.verdict.alternative = nil
    for declaration in [full, minimal] {
      let encoded = try JSONReader.parse(try JSONEncoder().encode(declaration))
      XCTAssertEqual(declaration.jsonValue, encoded)
      XCTAssertEqual(CanonicalJSON.serialize(declaration.jsonValue), try CanonicalJSON.encode(declaration))
    }
  }

  /// Every key of the block removed, set to `null` or to a value of another type, one at
  /// a time: reading by hand fails or succeeds exactly when `JSONDecoder` does.
  func testEveryFieldFollowsCodablesRules() throws {
    let json = try CanonicalJSON.encode(try Self.fullDeclaration())
    let tree = try JSONReader.parse(json)
    var variants: [JSONValue] = []
    Self.mutations(of: tree) { variants.append($0) }
    XCTAssertGreaterThan(variants.count, 400)
    for variant in variants {
      let text = CanonicalJSON.serialize(variant)
      let expected = try? JSONDecoder().decode(Declaration.self, from: Data(text.utf8))
      XCTAssertEqual(try? Declaration(json: variant), expected, text)
    }
  }

  func testKindPrincipalAndFallbacks() throws {
    let declaration = try Self.fullDeclaration()
    let text = try DeclarationRenderer(declaration).markdown()
    let content = DocumentContent(text: text)
    XCTAssertEqual(content.declaration, declaration)
    XCTAssertEqual(content.kind(path: "attestation-x.md"), .exemptionRequest, "the block's kind wins over the name")
    XCTAssertEqual(content.principal, "marie.curie@inserm.fr")
    // A byte-order mark was never part of the text (`String(data:encoding:)` drops it).
    XCTAssertEqual(DocumentContent(document: Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)).declaration, declaration)
    // Invalid UTF-8 anywhere: no text, so no block, as before.
    XCTAssertNil(DocumentContent(document: Data(text.utf8) + Data([0xFF])).block)
    let training = "# Attestation\n```json\n{\"kind\":\"training\",\"trainee\":{\"email\":\"a@b.fr\"}}\n```\n"
    XCTAssertEqual(DocumentContent(text: training).kind(path: "x.md"), .training)
    XCTAssertEqual(DocumentContent(text: training).principal, "a@b.fr")
    XCTAssertNil(DocumentContent(text: training).declaration)
    XCTAssertEqual(DocumentContent(text: "```json\n{\"email\":\"c@d.fr\"}\n```").principal, "c@d.fr")
    XCTAssertEqual(
      DocumentContent(text: "```json\n{\"kind\":\"other\"}\n```").kind(path: "dir/Formation-1.md"), .training)
    XCTAssertEqual(DocumentContent(text: "no block").kind(path: "x.md.approval"), .approval)
    XCTAssertEqual(DocumentContent(text: "no block").kind(path: "x.md"), .declaration)
    XCTAssertNil(DocumentContent(text: "no block").principal)
    // Stricter than JSONDecoder: a duplicated key makes the block unreadable, so a
    // document cannot show one kind to sia and another to a tool keeping the last.
    let twice = "```json\n{\"kind\":\"training\",\"kind\":\"approval\"}\n```"
    XCTAssertNil(DocumentContent(text: twice).block)
    XCTAssertEqual(DocumentKind.detect(document: Data(twice.utf8), path: "x.md"), .declaration)
  }

  /// The rules are loaded when a first declaration needs them (to recompute its verdict
  /// under its own guide, or today's under another), once, then kept.
  func testTheRulesAreLoadedOnceThenKept() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-content-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let declaration = try Self.fullDeclaration()
    let path = try DeclarationFile.write(declaration, folder: folder.path, force: false)
    try DocumentSigner.sign(path: path, key: OpenSSHPrivateKey.generate(comment: ""), force: false)
    let loads = Counter()
    var verifier = DocumentVerifier(
      allowedSigners: nil, now: DeclarationFixtures.date, currentGuideVersion: declaration.guideVersion)
    verifier.loadModel {
      loads.count += 1
      return DecisionFixtures.model
    }
    XCTAssertEqual(loads.count, 0, "nothing loaded before a declaration needs it")
    let same = verifier.verify(path: path)
    XCTAssertEqual(same.status, .unknownSigner)
    XCTAssertNil(same.otherGuideVersion)
    XCTAssertFalse(same.expired)
    XCTAssertEqual(loads.count, 1, "a declaration under the current guide is recomputed with its rules")
    verifier.currentGuideVersion = "sha256:new"
    XCTAssertEqual(verifier.verify(path: path).otherGuideVersion, declaration.guideVersion)
    XCTAssertEqual(verifier.verify(path: path).otherGuideVersion, declaration.guideVersion)
    XCTAssertEqual(loads.count, 1, "loaded once, then kept")
    // The fixture's answers are not this questionnaire's: under its own guide, a
    // verdict the rules did not compute.
    XCTAssertEqual(same.findings.map(\.code), [.notComputedByRules, .exceptionRequest])
    verifier.now = DeclarationFixtures.date.addingTimeInterval(366 * 86400)
    XCTAssertTrue(verifier.verify(path: path).expired, "the day follows `now`")
  }

  final class Counter: @unchecked Sendable { var count = 0 }

  /// The paths of optionals left `nil` anywhere in `value`.
  static func nilOptionals(in value: Any, path: String = "") -> [String] {
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .optional {
      guard let wrapped = mirror.children.first else { return [path] }
      return nilOptionals(in: wrapped.value, path: path)
    }
    return mirror.children.enumerated().flatMap { offset, child in
      nilOptionals(in: child.value, path: path + "." + (child.label ?? "\(offset)"))
    }
  }

  /// Each member of each object (and the first item of each array) removed or replaced.
  static func mutations(of value: JSONValue, _ emit: (JSONValue) -> Void) {
    let replacements: [JSONValue] = [.null, .int(1), .string("x"), .bool(true), .array([]), .object([:])]
    switch value {
    case .object(let members):
      emit(.object(members.merging(["unknown": .int(3)]) { $1 }))
      for (key, member) in members {
        var without = members
        without[key] = nil
        emit(.object(without))
        for replacement in replacements where replacement != member {
          emit(.object(members.merging([key: replacement]) { $1 }))
        }
        mutations(of: member) { changed in emit(.object(members.merging([key: changed]) { $1 })) }
      }
    case .array(let items) where !items.isEmpty:
      for replacement in replacements { emit(.array([replacement] + items.dropFirst())) }
      mutations(of: items[0]) { changed in emit(.array([changed] + items.dropFirst())) }
    default: break
    }
  }
}
