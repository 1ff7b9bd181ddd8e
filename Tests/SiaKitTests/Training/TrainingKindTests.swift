import Foundation
@testable import SiaKit
import XCTest

/// The two kinds of training: attestations written as self-declared, older ones still
/// rendering as before; the lab head's requirement turning an unattested "yes" into "no";
/// a certification that only counts for a key listed for `sia-training-cert`; the group
/// summary's rates and most-missed exercises.
final class TrainingKindTests: XCTestCase {
  let day = ISO8601DateFormatter().date(from: "2026-11-29T10:00:00Z") ?? Date()
  let themes = [
    Theme(id: "donnees", label: Bilingual(fr: "Données", en: "Data")),
    Theme(id: "securite", label: Bilingual(fr: "Sécurité", en: "Security")),
  ]

  func attestation(name: String, wrong: Set<Int>) throws -> TrainingAttestation {
    let exercises = (0..<10).map {
      TrainingFixtures.exercise(String(format: "ex-%02d", $0), tags: [$0 < 5 ? "donnees" : "securite"])
    }
    var session = TrainingSession(
      plan: TrainingPlan(count: 10, seed: 7), exercises: exercises, startedAt: day, guideVersion: "sha256:abc")
    for id in session.exerciseIDs {
      let index = Int(id.suffix(2)) ?? 0
      let exercise = try XCTUnwrap(exercises.first { $0.id == id })
      session.answer(wrong.contains(index) ? ["a"] : ["b"], to: exercise)
    }
    return try XCTUnwrap(
      TrainingAttestation(
        session: session, trainee: Person(name: name, email: "\(name.lowercased())@example.org"), themes: themes,
        date: day, lang: .fr, toolVersion: "0.1.0"))
  }

  func testANewAttestationSaysSelfDeclaredAndAnOlderOneRendersAsBefore() throws {
    var earned = try attestation(name: "Marie", wrong: [1])
    XCTAssertEqual(earned.mode, .selfDeclared)
    let text = try AttestationDocument.render(earned, institute: Institute(values: ["institut": "Inserm"]))
    XCTAssertTrue(text.contains("- **Type** : auto-formation (signée par la personne formée seule"), text)
    XCTAssertTrue(text.contains("\"mode\":\"self-declared\""), text)
    XCTAssertEqual(AttestationDocument.parse(text), .success(earned))
    earned.mode = nil
    let older = try AttestationDocument.render(earned, institute: Institute(values: ["institut": "Inserm"]))
    XCTAssertFalse(
      older.contains("Type") || older.contains("mode"), "an attestation without the field renders as before")
    XCTAssertTrue(AttestationDocument.isRendering(older, of: earned))
  }

  func testARequirementCountsAnUnattestedYesAsNo() {
    let answers = Answers(["formation": ["oui"], "outil": ["DeepL"]])
    let selfDeclared = TrainingReference(date: "2026-11-29", right: 9, total: 10, file: "a.md", kind: .selfDeclared)
    var attested = selfDeclared
    attested.kind = .trainerAttested
    XCTAssertEqual(TrainingRequirement.effective(answers, training: selfDeclared, required: true)["formation"], ["non"])
    XCTAssertEqual(TrainingRequirement.effective(answers, training: nil, required: true)["formation"], ["non"])
    XCTAssertEqual(TrainingRequirement.effective(answers, training: attested, required: true)["formation"], ["oui"])
    XCTAssertEqual(TrainingRequirement.effective(answers, training: selfDeclared, required: false), answers)
    let no = Answers(["formation": ["non"]])
    XCTAssertFalse(TrainingRequirement.downgrades(no, training: nil, required: true))
  }

  func testACertificationCountsOnlyForAKeyListedForTheTrainingNamespace() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-cert-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let trainee = OpenSSHPrivateKey.generate(comment: "")
    let trainer = OpenSSHPrivateKey.generate(comment: "")
    let path = folder.appendingPathComponent("attestation-formation-2026-11-29.md").path
    let text = try AttestationDocument.render(
      try attestation(name: "Marie", wrong: []), institute: Institute(values: [:]))
    try AtomicFile.write(text, to: path)
    try DocumentSigner.sign(path: path, key: trainee, namespace: AttestationSigning.namespace, force: true)

    let trainingOnly = AllowedSigners.parse(
      AllowedSigners.line(principal: "irene@example.org", key: trainer.publicKey, namespaces: ["sia-training"]),
      file: "a"
    ).0
    XCTAssertThrowsError(
      try TrainingCertification.certify(
        path: path, key: trainer, principal: "irene@example.org", signers: trainingOnly, now: day)
    ) { error in
      XCTAssertEqual(error as? TrainingCertification.Refusal, .notListed(.namespaceNotAllowed))
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: TrainingCertification.path(for: path)))

    let listed = AllowedSigners.parse(
      AllowedSigners.line(principal: "irene@example.org", key: trainer.publicKey, namespaces: ["sia-training-cert"]),
      file: "a"
    ).0
    let own = AllowedSigners.parse(
      AllowedSigners.line(principal: "marie@example.org", key: trainer.publicKey, namespaces: ["sia-training-cert"]),
      file: "a"
    ).0
    XCTAssertThrowsError(
      try TrainingCertification.certify(
        path: path, key: trainer, principal: "marie@example.org", signers: own, now: day)
    ) { error in
      XCTAssertEqual(
        error as? TrainingCertification.Refusal, .ownAttestation, "a trainer cannot attest their own training")
    }
    let cert = try TrainingCertification.certify(
      path: path, key: trainer, principal: "irene@example.org", signers: listed, now: day)
    XCTAssertEqual(cert, path + ".cert")
    XCTAssertEqual(TrainingCertification.certifier(of: path, signers: listed, now: day)?.principal, "irene@example.org")
    XCTAssertNil(
      TrainingCertification.certifier(of: path, signers: trainingOnly, now: day), "not listed for the namespace")
    // The countersignature covers the attestation's bytes: an edited file loses it.
    try AtomicFile.write(text.replacingOccurrences(of: "Marie", with: "Maria"), to: path)
    XCTAssertNil(TrainingCertification.certifier(of: path, signers: listed, now: day))
  }

  func testTheGroupSummaryAddsUpThemesAndRanksMissedExercises() throws {
    let entries = try [
      TrainingGroupSummary.Entry(file: "a.md", attestation: attestation(name: "Ada", wrong: [1, 6]), certifier: nil),
      TrainingGroupSummary.Entry(file: "b.md", attestation: attestation(name: "Bob", wrong: [1]), certifier: nil),
      TrainingGroupSummary.Entry(file: "c.md", attestation: attestation(name: "Cy", wrong: []), certifier: nil),
    ]
    let exercises = [TrainingFixtures.exercise("ex-01")]
    let summary = TrainingGroupSummary(entries: entries, rejected: [], exercises: exercises, themes: themes, lang: .fr)
    XCTAssertEqual(summary.attendees.map(\.percent), [80, 90, 100])
    XCTAssertEqual(summary.attendees.map(\.kind), [.selfDeclared, .selfDeclared, .selfDeclared])
    XCTAssertEqual(summary.themes.map(\.id), ["donnees", "securite"])
    XCTAssertEqual(summary.themes.map(\.right), [13, 14])
    XCTAssertEqual(summary.themes.map(\.total), [15, 15])
    XCTAssertEqual(summary.missed.map(\.id), ["ex-01", "ex-06"])
    XCTAssertEqual(summary.missed.map(\.missed), [2, 1])
    XCTAssertEqual(summary.missed.map(\.asked), [3, 3])
  }
}
