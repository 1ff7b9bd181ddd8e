import Foundation
import SiaKit
import XCTest

/// No `{{…}}` ever reaches a screen: every text the shipped knowledge loads — guide and
/// its English bodies, Q&A, questions, rules, actions, tools, exercises, series — has its
/// institute placeholders filled, in both languages; and `sia lint` fails (an error, not
/// a warning) on a placeholder the institute file does not define.
final class PlaceholderLeakTests: XCTestCase {
  static let knowledgeRoot = Fixtures.knowledgeRoot

  /// Every string reachable from `value` (stored properties, arrays, optionals, maps).
  static func strings(in value: Any, path: String, into found: inout [(String, String)], depth: Int = 0) {
    guard depth < 12 else { return }
    if let text = value as? String { return found.append((path, text)) }
    let mirror = Mirror(reflecting: value)
    for (index, child) in mirror.children.enumerated() {
      strings(in: child.value, path: path + "." + (child.label ?? "\(index)"), into: &found, depth: depth + 1)
    }
  }

  func testNoLoadedTextKeepsAPlaceholder() {
    let loaded = KnowledgeLoader.load(root: Self.knowledgeRoot)
    let knowledge = loaded.knowledge
    let model = DecisionLoader.load(root: Self.knowledgeRoot, institute: knowledge.institute).model
    var found: [(String, String)] = []
    Self.strings(in: knowledge.sections, path: "sections", into: &found)
    Self.strings(in: knowledge.faq, path: "faq", into: &found)
    Self.strings(in: model.questions, path: "questions", into: &found)
    Self.strings(in: model.rules, path: "rules", into: &found)
    Self.strings(in: model.actions, path: "actions", into: &found)
    Self.strings(in: model.tools, path: "tools", into: &found)
    Self.strings(in: ExerciseLoader.load(knowledge: knowledge).exercises, path: "exercises", into: &found)
    Self.strings(in: TrainingSeriesLoader.load(knowledge: knowledge).series, path: "series", into: &found)
    XCTAssertGreaterThan(found.count, 5_000)
    let leaks = found.filter { $0.1.contains("{{") || $0.1.contains("}}") }.map { "\($0.0): \($0.1.prefix(80))" }
    XCTAssertEqual(leaks, [], leaks.joined(separator: "\n"))
  }

  func testAnUnknownPlaceholderIsALintError() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sia-placeholder-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.copyItem(atPath: Self.knowledgeRoot, toPath: root.path)
    let file = root.appendingPathComponent("guide/plagiat.md")
    var text = try String(contentsOf: file, encoding: .utf8)
    text += "\nÉcrire à {{contact_inconnu}}.\n"
    try text.write(to: file, atomically: true, encoding: .utf8)
    let problems = Linter.lint(root: root.path).filter { $0.message.contains("{{contact_inconnu}}") }
    XCTAssertEqual(problems.map(\.severity), [.error], problems.map(\.description).joined(separator: "\n"))
    XCTAssertEqual(problems.first?.rendered(.fr).hasSuffix("variable inconnue {{contact_inconnu}}"), true)
  }

  /// The catalogue's own sentences, filled, show no double brace either (the one that
  /// name an unknown placeholder quote it on purpose).
  func testNoCatalogueSentenceShowsADoubleBrace() {
    let quoting = [Messages.diagUnknownPlaceholder.key, Messages.diagUnknownPlaceholderIn.key]
    for message in Messages.all where !quoting.contains(message.key) {
      for lang in Lang.allCases {
        let names = message.placeholders(lang).compactMap(MessageArgument.init(rawValue:))
        let filled = message.text(lang, Dictionary(uniqueKeysWithValues: names.map { ($0, "x") }))
        XCTAssertFalse(filled.contains("{{"), "\(message.key) (\(lang)): \(filled)")
      }
    }
  }
}
