import XCTest

@testable import SiaKit

/// The trainer's kit in the kit: themes typed as people type them, curated series and
/// their checks.
final class TrainingSeriesTests: XCTestCase {
  let themes = [
    Theme(
      id: "donnees",
      label: Bilingual(fr: "Données personnelles, de santé et génétiques", en: "Personal, health and genetic data")),
    Theme(id: "securite", label: Bilingual(fr: "Sécurité informatique", en: "Information security")),
    Theme(id: "formation", label: Bilingual(fr: "Formation et contacts", en: "Training and contacts")),
    Theme(
      id: "modeles",
      label: Bilingual(fr: "Entraîner, partager et mutualiser des modèles", en: "Training, sharing and pooling models")),
  ]

  func testAThemeIsFoundByIdWithOrWithoutAccentsAndByALabelWordInEitherLanguage() {
    for typed in ["donnees", "données", "Données", "data", "santé", "health"] {
      XCTAssertEqual(ThemeArgument.resolve(typed, in: themes).map(\.id), ["donnees"], typed)
    }
    XCTAssertEqual(ThemeArgument.resolve("sécurité", in: themes).map(\.id), ["securite"])
    XCTAssertEqual(ThemeArgument.resolve("security", in: themes).map(\.id), ["securite"])
    XCTAssertEqual(
      ThemeArgument.resolve("formation", in: themes).map(\.id), ["formation"], "an id wins over label words")
    XCTAssertEqual(Set(ThemeArgument.resolve("training", in: themes).map(\.id)), ["formation", "modeles"], "ambiguous")
    XCTAssertEqual(ThemeArgument.resolve("cuisine", in: themes), [])
    XCTAssertEqual(ThemeArgument.resolve("", in: themes), [])
  }

  func testLevelsAreReadInBothLanguagesWithOrWithoutAccents() {
    XCTAssertEqual(ExerciseLevel(argument: "Débutant"), .debutant)
    XCTAssertEqual(ExerciseLevel(argument: "intermédiaire"), .intermediaire)
    XCTAssertEqual(ExerciseLevel(argument: "ADVANCED"), .avance)
    XCTAssertNil(ExerciseLevel(argument: "facile"))
  }

  func testTheShippedSeriesAreCleanAndFitTheirAnnouncedLength() throws {
    let root = Fixtures.knowledgeRoot
    let knowledge = KnowledgeLoader.load(root: root).knowledge
    let exercises = ExerciseLoader.load(knowledge: knowledge).exercises
    let loaded = TrainingSeriesLoader.load(knowledge: knowledge, exercises: exercises)
    XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }, [])
    XCTAssertGreaterThanOrEqual(loaded.series.count, 3)
    for series in loaded.series {
      XCTAssertLessThanOrEqual(series.exerciseMinutes(from: exercises), series.minutes, series.id)
      XCTAssertEqual(TrainingPlan(series: series).select(from: exercises).map(\.id), series.exerciseIDs)
    }
    let discovery = try XCTUnwrap(loaded.series.first { $0.id == "decouverte" })
    XCTAssertTrue(discovery.exerciseIDs.contains("ex-donnees-dossier-patient-chatbot"), "the core patient-record case")
  }

  func testABrokenSeriesIsReportedWithItsLine() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("series-\(UUID().uuidString)")
    let source = Fixtures.repositoryRoot.appendingPathComponent("Knowledge")
    try FileManager.default.copyItem(at: source, to: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    try """
    - id: trop-courte
      title: "Trop courte"
      title_en: "Too short"
      level: debutant
      minutes: 5
      themes: [donnees, frugalite]
      exercises: [ex-donnees-dossier-patient-chatbot, ex-donnees-dossier-patient-chatbot, ex-inexistant]
    """.write(to: folder.appendingPathComponent("series.yaml"), atomically: true, encoding: .utf8)
    let knowledge = KnowledgeLoader.load(root: folder.path).knowledge
    let messages = TrainingSeriesLoader.load(knowledge: knowledge).diagnostics.map(\.description)
    let expected = [
      "series.yaml:7: error: trop-courte: exercise 'ex-donnees-dossier-patient-chatbot' is listed twice",
      "series.yaml:7: error: trop-courte: unknown exercise 'ex-inexistant'",
      "series.yaml:6: error: trop-courte: declares theme 'frugalite' but none of its exercises is tagged with it",
    ]
    for message in expected { XCTAssertTrue(messages.contains(message), "\(message) not in \(messages)") }
    XCTAssertTrue(messages.contains { $0.contains("more than the 5 announced") }, "\(messages)")
  }
}
