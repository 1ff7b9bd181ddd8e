import Foundation
import SiaKit

/// The small knowledge base of `Tests/Fixtures/training/` and helpers to build broken
/// copies of it in a temporary folder.
enum TrainingFixtures {
  static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/training")

  static var knowledgeRoot: String { folder.appendingPathComponent("knowledge").path }

  static func knowledge() -> KnowledgeBase { KnowledgeLoader.load(root: knowledgeRoot).knowledge }

  /// A copy of the fixture knowledge base with `extra` files added (relative path → source file).
  static func copy(adding extra: [String: URL]) throws -> URL {
    let target = FileManager.default.temporaryDirectory.appendingPathComponent("sia-training-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: folder.appendingPathComponent("knowledge"), to: target)
    for (relative, source) in extra {
      try FileManager.default.copyItem(at: source, to: target.appendingPathComponent(relative))
    }
    return target
  }

  /// A synthetic exercise: `correct` lists the right letters among `letters`.
  static func exercise(
    _ id: String, tags: [String] = ["donnees"], correct: Set<String> = ["b"], letters: [String] = ["a", "b", "c"],
    cite: [String] = ["donnees-sante"]
  ) -> Exercise {
    Exercise(
      id: id, level: .debutant, tags: tags, situation: Bilingual(fr: "Situation \(id)", en: "Situation \(id)"),
      choices: letters.map {
        ExerciseChoice(
          id: $0, text: Bilingual(fr: $0, en: $0), correct: correct.contains($0), feedback: Bilingual(fr: "f", en: "f"))
      },
      cite: cite)
  }
}
