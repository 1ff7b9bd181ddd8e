import Foundation
@testable import SiaKit
import XCTest

/// The attestation document: earned only from 10 exercises at 80 %, rendered with its
/// canonical JSON, read back, refused when the data block was edited, and found by
/// `latestValid` while less than 12 months old.
final class TrainingAttestationTests: XCTestCase {
  let day = ISO8601DateFormatter().date(from: "2026-11-29T10:00:00Z") ?? Date()
  let themes = [Theme(id: "donnees", label: Bilingual(fr: "Données", en: "Data"))]
  let trainee = Person(name: "Marie Curie", email: "marie.curie@example.org")

  func finishedSession(right: Int, total: Int) -> TrainingSession {
    let exercises = (0..<total).map { TrainingFixtures.exercise(String(format: "ex-%02d", $0)) }
    var session = TrainingSession(
      plan: TrainingPlan(count: total, seed: 42), exercises: exercises, startedAt: day, guideVersion: "sha256:abc")
    for (index, id) in session.exerciseIDs.enumerated() {
      let exercise = exercises.first { $0.id == id } ?? exercises[0]
      session.answer(index < right ? ["b"] : ["a"], to: exercise)
    }
    return session
  }

  func attestation(right: Int = 9, total: Int = 10, on date: Date? = nil) -> TrainingAttestation? {
    TrainingAttestation(
      session: finishedSession(right: right, total: total), trainee: trainee, themes: themes, date: date ?? day,
      lang: .fr, toolVersion: "0.1.0")
  }

  func testOnlyAnEarnedSessionGivesAnAttestation() throws {
    XCTAssertNil(attestation(right: 7, total: 10))
    XCTAssertNil(attestation(right: 9, total: 9))
    let earned = try XCTUnwrap(attestation())
    XCTAssertEqual(earned.score, .init(right: 9, total: 10))
    XCTAssertEqual(earned.themes, [.init(id: "donnees", label: "Données", right: 9, total: 10)])
    XCTAssertEqual(earned.date, "2026-11-29")
    XCTAssertEqual(earned.validUntil, "2027-11-28")
    XCTAssertEqual(earned.exercises.count, 10)
    XCTAssertEqual(earned.series.seed, 42)
  }

  func testRendersAndReadsBackTheSameAttestation() throws {
    let earned = try XCTUnwrap(attestation())
    let text = try AttestationDocument.render(earned, institute: Institute(values: ["institut": "Inserm"]))
    XCTAssertTrue(text.hasPrefix("# Attestation de formation à l'usage de l'IA — Inserm\n"))
    XCTAssertTrue(text.contains("- **Nom** : Marie Curie <marie.curie@example.org>\n"))
    XCTAssertTrue(text.contains("- **Score** : 9/10 (90 %)\n"))
    XCTAssertTrue(
      text.contains("\n```json\n{\"date\":\"2026-11-29\",\"exercises\":[{\"chosen\":[\"b\"],\"correct\":true,"))
    XCTAssertEqual(AttestationDocument.parse(text), .success(earned))
  }

  func testAnEditedDataBlockIsRefused() throws {
    let text = try AttestationDocument.render(try XCTUnwrap(attestation()), institute: Institute(values: [:]))
    let inflated = text.replacingOccurrences(of: "\"score\":{\"right\":9,", with: "\"score\":{\"right\":10,")
    XCTAssertNotEqual(inflated, text)
    XCTAssertEqual(
      AttestationDocument.parse(inflated).map(\.score.right), .success(10), "still canonical, so it parses…")
    let spaced = text.replacingOccurrences(of: "\"score\":{\"right\":9,", with: "\"score\": {\"right\":9,")
    XCTAssertEqual(AttestationDocument.parse(spaced), .failure(.notCanonical))
    XCTAssertEqual(AttestationDocument.parse("# nothing\n"), .failure(.noDataBlock))
    let broken = text.replacingOccurrences(of: "\"kind\":\"training\"", with: "\"kind\":\"training\",")
    guard case .failure(.invalidData) = AttestationDocument.parse(broken) else {
      return XCTFail("invalid JSON accepted")
    }
  }

  func testValidityLastsTwelveMonths() throws {
    let earned = try XCTUnwrap(attestation())
    let date = { (text: String) in ISO8601DateFormatter().date(from: text) ?? Date() }
    XCTAssertTrue(earned.isCurrent(at: date("2026-11-29T12:00:00Z")))
    XCTAssertTrue(earned.isCurrent(at: date("2027-11-28T23:00:00Z")))
    XCTAssertFalse(earned.isCurrent(at: date("2027-11-29T00:00:00Z")), "12 months old")
    XCTAssertFalse(earned.isCurrent(at: date("2026-11-28T10:00:00Z")), "dated in the future")
  }

  /// A temporary home with its `Paths`, cleaned up by the caller.
  func temporaryPaths() -> (URL, Paths) {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("sia-att-\(UUID().uuidString)")
    return (
      home,
      Paths(
        stateFolder: home.appendingPathComponent("state").path, configFolder: home.appendingPathComponent("config").path
      )
    )
  }

  func save(_ earned: TrainingAttestation, in paths: Paths) throws -> String {
    let text = try AttestationDocument.render(earned, institute: Institute(values: [:]))
    return try TrainingStore(paths: paths).saveAttestation(
      text, date: ISO8601DateFormatter().date(from: earned.date + "T00:00:00Z") ?? day)
  }

  /// The file name follows the attestation's language (issue 16); both are listed.
  func testTheFileNameFollowsTheLanguage() throws {
    let (home, paths) = temporaryPaths()
    defer { try? FileManager.default.removeItem(at: home) }
    let store = TrainingStore(paths: paths)
    let english = try store.saveAttestation("en", date: day, lang: .en)
    let french = try store.saveAttestation("fr", date: day)
    XCTAssertTrue(english.hasSuffix("/training-attestation-\(day.isoDay).md"), english)
    XCTAssertTrue(french.hasSuffix("/attestation-formation-\(day.isoDay).md"), french)
    XCTAssertEqual(Set(store.attestationFiles()), [english, french])
  }

  func testLatestValidPicksTheMostRecentSignedCurrentAttestation() throws {
    let (home, paths) = temporaryPaths()
    defer { try? FileManager.default.removeItem(at: home) }
    let now = ISO8601DateFormatter().date(from: "2027-06-01T10:00:00Z") ?? Date()
    XCTAssertNil(TrainingAttestation.latestValid(in: paths, now: now))
    let old = try XCTUnwrap(attestation(on: ISO8601DateFormatter().date(from: "2026-01-10T10:00:00Z")))
    let recent = try XCTUnwrap(attestation(on: day))
    let unsignedPath = try save(recent, in: paths)
    guard case .noKey = AttestationSigning.sign(path: unsignedPath, paths: paths) else {
      return XCTFail("signed without a key")
    }
    XCTAssertNil(TrainingAttestation.latestValid(in: paths, now: now), "an unsigned attestation does not count")
    try KeyStore(paths: paths).generate(comment: "marie", force: false)
    for earned in [old, recent] {
      let path = try save(earned, in: paths)
      guard case .signed(let signature) = AttestationSigning.sign(path: path, paths: paths) else {
        return XCTFail("not signed")
      }
      XCTAssertEqual(signature.namespace, "sia-training")
    }
    try AtomicFile.write(
      "not an attestation", to: TrainingStore(paths: paths).attestationFolder + "/attestation-formation-2027-01-01.md")
    let found = try XCTUnwrap(TrainingAttestation.latestValid(in: paths, now: now))
    XCTAssertEqual(found.attestation, recent)
    XCTAssertTrue(found.path.hasSuffix("attestation-formation-2026-11-29-2.md"), found.path)
    let later = ISO8601DateFormatter().date(from: "2028-01-01T10:00:00Z") ?? Date()
    XCTAssertNil(TrainingAttestation.latestValid(in: paths, now: later), "every attestation has expired")
  }

  func testATamperedSignedAttestationIsRefused() throws {
    let (home, paths) = temporaryPaths()
    defer { try? FileManager.default.removeItem(at: home) }
    try KeyStore(paths: paths).generate(comment: "marie", force: false)
    let path = try save(try XCTUnwrap(attestation(right: 8)), in: paths)
    guard case .signed = AttestationSigning.sign(path: path, paths: paths) else { return XCTFail("not signed") }
    XCTAssertTrue(AttestationSigning.isValidlySigned(path: path, paths: paths, now: day))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    // Raising the score in the data block keeps it canonical, but breaks the signature.
    try AtomicFile.write(
      text.replacingOccurrences(of: "\"right\":8,\"total\":10", with: "\"right\":10,\"total\":10"), to: path)
    XCTAssertNotEqual(try String(contentsOfFile: path, encoding: .utf8), text)
    XCTAssertFalse(AttestationSigning.isValidlySigned(path: path, paths: paths, now: day))
    XCTAssertNil(TrainingAttestation.latestValid(in: paths, now: day))
    // Editing only the prose is caught too: the signature covers every byte.
    try AtomicFile.write(text.replacingOccurrences(of: "Marie Curie a suivi", with: "Pierre Curie a suivi"), to: path)
    XCTAssertNil(TrainingAttestation.latestValid(in: paths, now: day))
    try AtomicFile.write(text, to: path)
    XCTAssertNotNil(TrainingAttestation.latestValid(in: paths, now: day), "the original bytes verify again")
  }

  func testAnotherPersonsKeyCountsOnlyWhenAllowedSignersTrustIt() throws {
    let (home, paths) = temporaryPaths()
    defer { try? FileManager.default.removeItem(at: home) }
    try KeyStore(paths: paths).generate(comment: "marie", force: false)
    let path = try save(try XCTUnwrap(attestation()), in: paths)
    let stranger = OpenSSHPrivateKey.generate(comment: "stranger")
    try DocumentSigner.sign(path: path, key: stranger, namespace: "sia-training", force: true)
    XCTAssertFalse(
      AttestationSigning.isValidlySigned(path: path, paths: paths, now: day), "valid signature, unknown signer")
    let line = "marie.curie@example.org namespaces=\"sia-training\" \(stranger.publicKey.openSSHLine())\n"
    try AtomicFile.write(line, to: paths.configFolder + "/allowed_signers")
    XCTAssertTrue(AttestationSigning.isValidlySigned(path: path, paths: paths, now: day))
    try DocumentSigner.sign(path: path, key: stranger, namespace: "sia-declaration", force: true)
    XCTAssertFalse(
      AttestationSigning.isValidlySigned(path: path, paths: paths, now: day), "a signature for another kind of document"
    )
  }
}
