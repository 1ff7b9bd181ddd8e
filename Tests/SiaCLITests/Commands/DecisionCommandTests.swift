import Foundation
import XCTest

/// `sia questions` and `sia assess` as a user (or a script) runs them.
final class DecisionCommandTests: XCTestCase {
  var runner: SiaRunner!

  override func setUpWithError() throws { runner = try SiaRunner() }
  override func tearDown() { runner.cleanUp() }

  func write(_ text: String, _ name: String) throws -> String {
    let url = runner.home.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  static let validAnswers = """
    outil: ChatGPT
    type-systeme: chat-generatif
    plateforme: public
    localisation-fournisseur: hors-ue
    donnees: [sante]
    identifiabilite: pseudonymisees
    finalite: [redaction]
    usage-sorties: [interne]
    formation: oui
    aipd: aipd-realisee
    autorisations: obtenues
    taille-modele: grand
    volume: dizaines
    """

  func testQuestionsAsTextAndJSON() throws {
    let text = try runner.run(["questions"])
    XCTAssertEqual(text.status, 0)
    XCTAssertTrue(text.stdout.contains("[plateforme]"))
    let json = try runner.run(["questions", "--json"])
    XCTAssertEqual(json.status, 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let questions = try XCTUnwrap(object?["questions"] as? [[String: Any]])
    XCTAssertEqual(questions.first?["id"] as? String, "outil")
    XCTAssertNotNil(questions.first { $0["id"] as? String == "identifiabilite" }?["when"])
  }

  func testAssessPrintsVerdictAndExitsZeroEvenWhenForbidden() throws {
    let path = try write(Self.validAnswers, "answers.yaml")
    let result = try runner.run(["assess", "--answers", path])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.hasPrefix("Verdict : non autorisé en l'état"))
    XCTAssertTrue(result.stdout.contains("Ce qui est permis à la place"))
    XCTAssertTrue(result.stdout.contains("§donnees-personnelles"))
    XCTAssertTrue(result.stdout.contains("Ce qui abaisserait le verdict"))
    XCTAssertTrue(result.stdout.contains("Énergie"))
  }

  func testAssessJSONHasStableKeys() throws {
    let path = try write(Self.validAnswers, "answers.yaml")
    let result = try runner.run(["assess", "--answers", path, "--json"])
    XCTAssertEqual(result.status, 0)
    let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    XCTAssertEqual(Set(object.keys), ["answers", "assessment", "energy", "knowledge_version"])
    let assessment = try XCTUnwrap(object["assessment"] as? [String: Any])
    XCTAssertEqual(assessment["verdict"] as? String, "interdit")
    XCTAssertFalse((assessment["alternatives"] as? [Any] ?? []).isEmpty)
    let fired = try XCTUnwrap(assessment["fired"] as? [[String: Any]])
    XCTAssertNotNil(fired.first?["triggers"])
    // Same input, same bytes.
    XCTAssertEqual(try runner.run(["assess", "--answers", path, "--json"]).stdout, result.stdout)
  }

  func testInvalidAnswersListEveryProblemAndExitTwo() throws {
    let path = try write("plateforme: publique\ndonnees: [sante, aucune]\nfoo: bar\n", "bad.yaml")
    let result = try runner.run(["assess", "--answers", path])
    XCTAssertEqual(result.status, 2)
    // In French for the French interface, the `file:line:` prefix as editors read it.
    XCTAssertTrue(
      result.stderr.contains("bad.yaml:1: erreur : plateforme : option inconnue « publique »"), result.stderr)
    XCTAssertTrue(result.stderr.contains("bad.yaml:2: erreur : donnees : « aucune » ne se combine pas"), result.stderr)
    XCTAssertTrue(result.stderr.contains("bad.yaml:3: erreur : foo : question inconnue"), result.stderr)
    XCTAssertTrue(result.stderr.contains("type-systeme : réponse obligatoire manquante"), result.stderr)
    XCTAssertFalse(result.stderr.contains("error") || result.stderr.contains("missing"), result.stderr)
    XCTAssertEqual(result.stdout, "")
    let english = try runner.run(["--lang", "en", "assess", "--answers", path])
    XCTAssertEqual(english.status, 2)
    XCTAssertTrue(english.stderr.contains("bad.yaml:1: error: plateforme: unknown option 'publique'"), english.stderr)
    XCTAssertTrue(english.stderr.contains("bad.yaml:2: error: donnees: 'aucune' cannot be combined"), english.stderr)
    XCTAssertTrue(english.stderr.contains("bad.yaml:3: error: foo: unknown question"), english.stderr)
    XCTAssertTrue(english.stderr.contains("type-systeme: missing required answer"), english.stderr)
    XCTAssertFalse(english.stderr.contains("erreur"), english.stderr)
    let missing = try runner.run(["assess", "--answers", "/nonexistent.yaml"])
    XCTAssertEqual(missing.status, 2)
    XCTAssertTrue(missing.stderr.contains("/nonexistent.yaml"))
  }
}
