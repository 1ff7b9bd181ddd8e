import Foundation
import Synchronization
import XCTest

@testable import SiaKit

/// One `DocumentVerifier` shared by many threads (`sia verify`'s batch, the registry):
/// what it loads on demand and the reassessments it keeps must give every thread the
/// report that file gets when verified alone, by a verifier of its own.
final class ConcurrentVerificationTests: XCTestCase {
  var folder = ""
  var paths: [String] = []
  var signers = AllowedSigners(entries: [])
  static let guide = "sha256:current"

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-concurrent-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let model = DecisionFixtures.model
    let marie = OpenSSHPrivateKey.generate(comment: "")
    let stranger = OpenSSHPrivateKey.generate(comment: "")
    signers =
      AllowedSigners.parse(
        AllowedSigners.line(
          principal: "marie.curie@inserm.fr", key: marie.publicKey, namespaces: ["sia-declaration"]) + "\n",
        file: "allowed_signers"
      ).0
    var made: [(Declaration, OpenSSHPrivateKey?)] = []
    // Several sets of answers, under the current guide and under an older one, so that
    // threads fill both reassessment tables with several keys at once.
    for volume in ["quelques", "dizaines", "centaines", "milliers"] {
      var current = try Self.declaration(volume: volume, model: model)
      if volume == "milliers" {  // expired: dates are the declarant's, not the rules'
        current.date = "2024-01-02"
        current.validUntil = "2025-01-02"
      }
      made.append((current, marie))
      var older = current
      older.guideVersion = "sha256:older"
      older.verdict.id = .ok
      made.append((older, marie))
    }
    var forged = try Self.declaration(volume: "dizaines", model: model)
    forged.verdict.id = .ok
    made.append((forged, marie))  // a verdict the rules do not give
    let plain = try Self.declaration(volume: "quelques", model: model)
    made.append((plain, stranger))  // a signer the file does not list
    made.append((plain, nil))  // no signature
    for (number, (declaration, key)) in made.enumerated() {
      let path = try DeclarationFile.write(declaration, folder: folder, slug: "n\(number)", force: false)
      if let key { try DocumentSigner.sign(path: path, key: key, force: false) }
      paths.append(path)
    }
    // Tampered after signing.
    let tampered = paths[0].replacingOccurrences(of: "-n0.md", with: "-tampered.md")
    try FileManager.default.copyItem(atPath: paths[0], toPath: tampered)
    try FileManager.default.copyItem(atPath: paths[0] + ".sig", toPath: tampered + ".sig")
    let text = try String(contentsOfFile: tampered, encoding: .utf8)
    try text.replacingOccurrences(of: "Marie Curie", with: "Marie Curle").write(
      toFile: tampered, atomically: true, encoding: .utf8)
    paths.append(tampered)
  }

  /// The literature search of `engine-bibliographie.yaml` with another volume, as
  /// `sia declare` makes it under the current guide.
  static func declaration(volume: String, model: DecisionModel) throws -> Declaration {
    let text = try String(
      contentsOf: DeclarationFixtures.folder.appendingPathComponent("engine-bibliographie.yaml"), encoding: .utf8
    ).replacingOccurrences(of: "volume: dizaines", with: "volume: \(volume)")
    let answers = AnswersFile.parse(text: text, file: "engine-bibliographie.yaml", model: model).answers
    let assessment = Engine(model: model).assess(answers, alternatives: false)
    let summary = AssessmentSummary(answers: answers, assessment: assessment, model: model)
    let input = DeclarationInput(
      profile: DeclarationFixtures.profile, assessment: summary, guideVersion: guide, toolVersion: "t")
    return try DeclarationBuilder(
      input: input, acceptedActions: Set(summary.actions.map(\.id)), date: DeclarationFixtures.date, lang: .fr
    ).build()
  }

  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  /// A verifier as the commands set one up: rules and grantors loaded when first needed.
  func verifier(loads: LoadCounter? = nil) -> DocumentVerifier {
    var verifier = DocumentVerifier(
      allowedSigners: signers, now: DeclarationFixtures.date, currentGuideVersion: Self.guide)
    verifier.loadModel {
      loads?.increment()
      return DecisionFixtures.model
    }
    verifier.loadExceptionGrantors { Bilingual(fr: "la direction", en: "the director") }
    return verifier
  }

  func states(_ reports: [VerificationReport]) -> [DocumentState] {
    reports.map { $0.state(lang: .fr, currentGuide: Self.guide) }
  }

  /// Each file alone, with a verifier of its own: what every batch must agree with.
  func alone() -> [DocumentState] { states(paths.map { verifier().verify(path: $0) }) }

  func testTheSetCoversTheStatesABatchMixes() {
    let outcomes = Set(alone().map(\.outcome))
    XCTAssertEqual(outcomes, [.valid, .invalid, .unverifiable, .unknownSigner, .expired, .verdictStricter])
  }

  func testABatchGivesEachFileItsOwnReportInTheOrderGiven() {
    let expected = alone()
    let order = Array(paths.reversed()) + paths
    let batch = states(verifier().verify(paths: order))
    XCTAssertEqual(batch.map(\.file), order)
    XCTAssertEqual(batch, Array(expected.reversed()) + expected)
  }

  /// Many threads on one verifier, each file many times over: no crash, every report the
  /// serial one, and the rules loaded once for all threads.
  func testManyThreadsOnOneVerifierAgreeWithTheSerialReports() {
    let expected = alone()
    let loads = LoadCounter()
    let shared = verifier(loads: loads)
    let rounds = 24
    let results = Guarded<[Int: [DocumentState]]>([:])
    let paths = self.paths
    DispatchQueue.concurrentPerform(iterations: rounds * paths.count) { iteration in
      // Rounds interleave: a thread starts a file while others are assessing the same answers.
      let index = (iteration * 7) % paths.count
      let state = shared.verify(path: paths[index]).state(lang: .fr, currentGuide: Self.guide)
      results.update { $0[index, default: []].append(state) }
    }
    let gathered = results.value
    for (index, path) in paths.enumerated() {
      let states = gathered[index] ?? []
      XCTAssertEqual(states.count, rounds, path)
      XCTAssertTrue(states.allSatisfy { $0 == expected[index] }, path)
    }
    XCTAssertEqual(loads.count, 1, "the rules loaded once, whatever the number of threads")
  }
}

/// Counts calls from any thread.
final class LoadCounter: Sendable {
  private let value = Guarded(0)
  func increment() { value.update { $0 += 1 } }
  var count: Int { value.value }
}

/// A value several threads change, one at a time.
final class Guarded<Value: Sendable>: Sendable {
  private let mutex: Mutex<Value>
  init(_ value: Value) { mutex = Mutex(value) }
  func update(_ change: (inout Value) -> Void) { mutex.withLock { change(&$0) } }
  var value: Value { mutex.withLock { $0 } }
}
