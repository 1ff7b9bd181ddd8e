import Foundation
import SiaKit
import XCTest

/// `sia train` end to end through the built binary: a seeded session earns a signed
/// attestation that `sia verify` (and ssh-keygen) accept and refuse once tampered;
/// piped sessions resume; bad options fail with one clear line; `sia lint` reports
/// broken exercise fixtures with file:line.
final class TrainCommandTests: XCTestCase {
  var sia: SiaRunner!

  override func setUpWithError() throws { sia = try SiaRunner() }
  override func tearDown() { sia.cleanUp() }

  /// The answers to the series `seed`, right for all but the exercises at `wrongAt`.
  func answers(seed: UInt64, count: Int = 10, wrongAt: Set<Int> = []) -> String {
    let root = SiaRunner.repositoryRoot.appendingPathComponent("Knowledge").path
    let knowledge = KnowledgeLoader.load(root: root).knowledge
    let series = TrainingPlan(count: count, seed: seed).select(
      from: ExerciseLoader.load(knowledge: knowledge).exercises)
    return series.enumerated().map { index, exercise in
      let right = exercise.correctIDs.sorted()
      let wrong = exercise.choices.map(\.id).filter { !exercise.correctIDs.contains($0) }.prefix(1)
      return (wrongAt.contains(index) ? Array(wrong) : right).joined(separator: ",")
    }.joined(separator: "\n") + "\n"
  }

  let attestation = ".local/state/sia/training/attestations/attestation-formation-2026-11-29.md"

  func testSeededSessionEarnsASignedAttestationThatVerifiesAndTamperingIsRefused() throws {
    try sia.setUpPeople(labHead: false)
    let session = try sia.expect(0, ["train", "--seed", "42"], input: answers(seed: 42, wrongAt: [5]))
    XCTAssertTrue(session.stdout.contains("Résultat : 9/10 exercices justes (90 %)."), session.stdout)
    XCTAssertTrue(session.stdout.contains("Signée avec votre clé SHA256:"), session.stdout)
    let text = try sia.read(attestation)
    XCTAssertTrue(text.contains("- **Nom** : Marie Curie <marie.curie@inserm.fr>\n"), text)
    XCTAssertTrue(text.contains("\"kind\":\"training\""))
    XCTAssertTrue(text.contains("\"score\":{\"right\":9,\"total\":10}"))

    let unknown = try sia.expect(3, ["verify", attestation])
    XCTAssertTrue(unknown.stdout.contains("espace de noms sia-training"), unknown.stdout)
    let publicKey = try sia.read(".config/sia/id_ed25519.pub").trimmingCharacters(in: .whitespacesAndNewlines)
    try sia.write("marie.curie@inserm.fr namespaces=\"sia-training\" \(publicKey)\n", to: "allowed_signers")
    try sia.expect(0, ["verify", attestation, "--allowed-signers", "allowed_signers"])
    let openssh = try sia.shell(
      "ssh-keygen -Y verify -f allowed_signers -I marie.curie@inserm.fr -n sia-training -s \(attestation).sig < \(attestation)"
    )
    XCTAssertEqual(openssh.status, 0, openssh.stderr)

    try sia.write(
      text.replacingOccurrences(of: "\"right\":9,\"total\":10", with: "\"right\":10,\"total\":10"), to: attestation)
    let tampered = try sia.expect(1, ["verify", attestation, "--allowed-signers", "allowed_signers"])
    XCTAssertTrue(tampered.stdout.contains("INVALIDE"), tampered.stdout)
  }

  func testFailingSessionGivesNoAttestation() throws {
    let session = try sia.expect(0, ["train", "--seed", "7"], input: answers(seed: 7, wrongAt: [0, 1, 2]))
    XCTAssertTrue(session.stdout.contains("Résultat : 7/10 exercices justes (70 %)."), session.stdout)
    XCTAssertTrue(session.stdout.contains("Pas d'attestation cette fois"), session.stdout)
    XCTAssertTrue(session.stdout.contains("À revoir :"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: sia.path(attestation)))
  }

  func testUnsignedWithoutAKeyAndSayHowToSign() throws {
    let session = try sia.expect(0, ["train", "--seed", "42", "--name", "Ada"], input: answers(seed: 42))
    XCTAssertTrue(flat(session.stdout).contains("Non signée : vous n'avez pas encore de clé."), session.stdout)
    XCTAssertTrue(try sia.read(attestation).contains("- **Nom** : Ada\n"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: sia.path(attestation + ".sig")))
  }

  func testAPipedSessionStopsAtEndOfInputAndResumes() throws {
    let all = answers(seed: 5, count: 3).split(separator: "\n").map(String.init)
    let first = try sia.expect(0, ["train", "--seed", "5", "--count", "3"], input: all[0] + "\n")
    XCTAssertTrue(first.stdout.contains("Formation interrompue avant l'exercice 2/3"), first.stdout)
    XCTAssertTrue(FileManager.default.fileExists(atPath: sia.path(".local/state/sia/training/session.json")))
    let second = try sia.expect(0, ["train", "--resume"], input: all[1...].joined(separator: "\n") + "\n")
    XCTAssertTrue(
      flat(second.stdout).contains("Reprise de la formation (série n° 5) : 1 exercice(s) sur 3 déjà faits."),
      second.stdout)
    XCTAssertTrue(second.stdout.contains("Résultat : 3/3 exercices justes (100 %)."), second.stdout)
    XCTAssertFalse(FileManager.default.fileExists(atPath: sia.path(".local/state/sia/training/session.json")))
    let none = try sia.expect(0, ["train", "--resume"])
    XCTAssertTrue(none.stdout.contains("Aucune formation en cours à reprendre"), none.stdout)
  }

  func testTheSameSeedGivesTheSameSeries() throws {
    let first = try sia.expect(0, ["train", "--seed", "99", "--count", "4"])
    let again = try sia.expect(0, ["train", "--seed", "99", "--count", "4"])
    XCTAssertEqual(first.stdout, again.stdout)
    let other = try sia.expect(0, ["train", "--seed", "100", "--count", "4"])
    XCTAssertNotEqual(first.stdout, other.stdout)
  }

  func testBadOptionsFailWithOneClearLine() throws {
    let theme = try sia.expect(64, ["train", "--theme", "astrologie"])
    XCTAssertTrue(theme.stderr.hasPrefix("sia: Thème inconnu : astrologie. Thèmes : principes,"), theme.stderr)
    let level = try sia.expect(64, ["train", "--level", "facile"])
    XCTAssertEqual(level.stderr, "sia: Niveau inconnu : facile (debutant, intermediaire ou avance).\n")
    let exercise = try sia.expect(2, ["train", "--exercise", "ex-inexistant"])
    XCTAssertEqual(exercise.stderr, "sia: Exercice inconnu : ex-inexistant. Liste : sia train --list.\n")
    try sia.expect(64, ["train", "--count", "0"])
  }

  func testTheTrainersKitOptions() throws {
    // --reveal alone would replace nothing silently: it is a usage error that says what to do.
    let reveal = try sia.expect(64, ["train", "--reveal"])
    XCTAssertTrue(reveal.stderr.contains("--exercise ID"), reveal.stderr)
    try sia.expect(64, ["train", "--answer-key"])
    try sia.expect(64, ["train", "--series", "inexistante"])
    // Themes with or without accents, and in English; levels likewise.
    let accented = try sia.expect(0, ["train", "--list", "--theme", "données", "--level", "Débutant"])
    XCTAssertTrue(accented.stdout.contains("ex-donnees-dossier-patient-chatbot"), accented.stdout)
    let english = try sia.expect(0, ["train", "--list", "--theme", "security", "--level", "beginner"])
    XCTAssertTrue(english.stdout.contains("ex-securite-cle-api-assistant-code"), english.stdout)
    // The answer key of a seed lists the same exercises, in the same order, as the session.
    let key = try sia.expect(0, ["train", "--seed", "42", "--answer-key"])
    let root = SiaRunner.repositoryRoot.appendingPathComponent("Knowledge").path
    let knowledge = KnowledgeLoader.load(root: root).knowledge
    let drawn = TrainingPlan(count: 10, seed: 42).select(from: ExerciseLoader.load(knowledge: knowledge).exercises)
    let positions = drawn.compactMap { key.stdout.range(of: "[\($0.id)]")?.lowerBound }
    XCTAssertEqual(positions.count, 10, key.stdout)
    XCTAssertEqual(positions, positions.sorted())
  }

  func testLintReportsBrokenExercisesWithFileAndLine() throws {
    let knowledge = sia.home.appendingPathComponent("knowledge")
    let fixtures = SiaRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/training")
    try FileManager.default.copyItem(at: fixtures.appendingPathComponent("knowledge"), to: knowledge)
    // The fixture's only errors are the deliberately untranslated exercise (kept to test
    // the loader's fallback); `sia lint` counts a text in one language only as an error.
    let baseline = try sia.expect(1, ["lint", "--knowledge", knowledge.path])
    let errors = baseline.stdout.split(separator: "\n").filter { $0.contains(": erreur : ") }
    XCTAssertEqual(errors.count, 6, baseline.stdout)
    XCTAssertTrue(errors.allSatisfy { $0.contains("ex-test-securite : pas de texte anglais") }, baseline.stdout)
    try FileManager.default.copyItem(
      at: fixtures.appendingPathComponent("broken-exercises.yaml"),
      to: knowledge.appendingPathComponent("exercises/zz-broken.yaml"))
    let lint = try sia.expect(1, ["lint", "--knowledge", knowledge.path])
    for expected in [
      "exercises/zz-broken.yaml:2: erreur : ex-sans-niveau : champ obligatoire manquant : « level »",
      "exercises/zz-broken.yaml:28: erreur : ex-deux-choix : aucun choix n'est marqué « correct: true »",
      "exercises/zz-broken.yaml:39: erreur : ex-retour-manquant : champ obligatoire manquant : « feedback »",
      "exercises/zz-broken.yaml:46: erreur : ex-retour-manquant : renvoi vers une section inexistante [§section-absente]",
    ] {
      XCTAssertTrue(lint.stdout.contains(expected + "\n"), "missing: \(expected)\n\(lint.stdout)")
    }
  }

  /// Output as one line: a long sentence is wrapped to the terminal width, with a
  /// no-break space before French double punctuation.
  func flat(_ text: String) -> String {
    text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
  }
}
