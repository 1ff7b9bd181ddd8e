import Foundation

/// Loads the decision model from a knowledge root — `questions.yaml`, `actions.yaml`,
/// `rules/*.yaml`, `tools.yaml`, `intents.yaml`, `energy.yaml` — reporting every problem
/// as `file:line: error: id: message`. Entries with errors are left out, the rest loads.
public enum DecisionLoader {
  public struct Result {
    public var model: DecisionModel
    public var diagnostics: [Diagnostic]
  }

  public static let questionsFile = "questions.yaml"
  public static let actionsFile = "actions.yaml"
  public static let rulesFolder = "rules"
  public static let toolsFile = "tools.yaml"
  public static let intentsFile = "intents.yaml"
  public static let energyFile = "energy.yaml"

  static let idPattern = #/^[a-z0-9]+(-[a-z0-9]+)*$/#

  public static func load(root: String, institute: Institute? = nil) -> Result {
    var diagnostics: [Diagnostic] = []
    let institute = institute ?? KnowledgeLoader.loadInstitute(root: root, &diagnostics)
    var context = DecisionLoadContext(root: root, institute: institute)
    let questions = QuestionsLoader.load(&context)
    let actions = RulesLoader.loadActions(&context)
    let rules = RulesLoader.loadRules(&context, questions: questions, actions: actions)
    let catalogue = CatalogueLoader.loadCatalogue(&context, questions: questions)
    let intents = CatalogueLoader.loadIntents(&context, questions: questions)
    let energy = EnergyLoader.load(&context, questions: questions)
    diagnostics += context.diagnostics
    let model = DecisionModel(
      questions: questions, rules: rules, actions: actions, tools: catalogue.tools, intents: intents, energy: energy,
      institute: institute, toolFamilies: catalogue.families)
    return Result(model: model, diagnostics: diagnostics)
  }
}

/// What every decision-data loader shares: where the files are, the institute names to
/// expand, and the diagnostics collected so far.
struct DecisionLoadContext {
  let root: String
  let institute: Institute
  var diagnostics: [Diagnostic] = []

  init(root: String, institute: Institute) {
    self.root = root
    self.institute = institute
  }

  /// The document of a file, or nil (with a diagnostic unless `optional` and missing).
  mutating func document(_ relative: String, optional: Bool = false) -> YAMLDocument? {
    if optional, !FileExists.at("\(root)/\(relative)") { return nil }
    guard let text = KnowledgeFiles.read(root: root, relative: relative, &diagnostics) else { return nil }
    return YAMLDocument(file: relative, text: text, diagnostics: &diagnostics)
  }

  /// How many errors so far: an entry whose loading adds one is left out.
  var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

  mutating func error(_ map: YAMLMap, key: String? = nil, id: String?, _ message: Bilingual) {
    let line = key.map { map.line(of: $0) } ?? map.line
    diagnostics.append(Diagnostic(file: map.file, line: line, id: id, message))
  }

  mutating func warning(_ map: YAMLMap, key: String? = nil, id: String?, _ message: Bilingual) {
    let line = key.map { map.line(of: $0) } ?? map.line
    diagnostics.append(Diagnostic(.warning, file: map.file, line: line, id: id, message))
  }

  /// A FR/EN pair from `key` and `key_en`, placeholders expanded.
  mutating func bilingual(_ map: YAMLMap, _ key: String, id: String, required: Bool) -> Bilingual? {
    let french = required ? map.required(key, id: id, &diagnostics) : map.string(key, id: id, &diagnostics)
    guard let french else { return nil }
    let english = map.string("\(key)_en", id: id, &diagnostics) ?? ""
    if english.isEmpty {
      warning(map, key: key, id: id, Messages.diagEnglishMissing.both([.key: key]))
    }
    return Bilingual(
      fr: expand(french, .fr, map, key: key, id: id),
      en: expand(english, .en, map, key: "\(key)_en", id: id))
  }

  mutating func expand(_ text: String, _ lang: Lang, _ map: YAMLMap, key: String, id: String) -> String {
    var unknown: [String] = []
    let expanded = institute.expand(String(text.trimmed), lang) { unknown.append($0) }
    for name in unknown { error(map, key: key, id: id, Messages.diagUnknownPlaceholder.both([.name: name])) }
    return expanded
  }

  /// A required, well-formed, unique id.
  mutating func id(_ map: YAMLMap, seen: inout [String: Int]) -> String? {
    guard let id = map.required("id", &diagnostics) else { return nil }
    if (try? DecisionLoader.idPattern.wholeMatch(in: id)) == nil {
      error(map, key: "id", id: id, Messages.diagBadID.both())
      return nil
    }
    if let other = seen[id] {
      error(map, key: "id", id: id, Messages.diagDuplicateIDLine.both([.line: "\(other)"]))
      return nil
    }
    seen[id] = map.line
    return id
  }
}

enum FileExists {
  static func at(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
