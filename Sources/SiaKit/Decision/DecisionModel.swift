/// Everything the decision engine and the interview need, loaded from `Knowledge/`:
/// the questionnaire, the rules and their actions, the tool catalogue, the intent
/// patterns and the energy table. Load it with `DecisionLoader.load(root:)`.
public struct DecisionModel: Sendable {
  public var questions: [Question] {
    didSet { program = DecisionProgram(questions: questions, rules: rules) }
  }
  public var rules: [Rule] {
    didSet { program = DecisionProgram(questions: questions, rules: rules) }
  }
  public var actions: [ActionDefinition]
  /// One entry per tool and plan (a brand with `plans:` gives several).
  public var tools: [Tool]
  /// The brands with several plans, whose plan must be asked when a sentence names only the brand.
  public var toolFamilies: [ToolFamily]
  public var intents: [Intent]
  public var energy: EnergyTable
  public var institute: Institute

  private var questionIndex: [String: Int]
  private var actionIndex: [String: Int]
  /// The questions' and rules' conditions compiled for the engine, rebuilt whenever
  /// either list changes so it never disagrees with them.
  private(set) var program: DecisionProgram

  public init(
    questions: [Question], rules: [Rule], actions: [ActionDefinition], tools: [Tool], intents: [Intent],
    energy: EnergyTable, institute: Institute, toolFamilies: [ToolFamily] = []
  ) {
    self.toolFamilies = toolFamilies
    self.questions = questions
    self.rules = rules
    self.actions = actions
    self.tools = tools
    self.intents = intents
    self.energy = energy
    self.institute = institute
    var questionIndex: [String: Int] = [:]
    for (position, question) in questions.enumerated() where questionIndex[question.id] == nil {
      questionIndex[question.id] = position
    }
    var actionIndex: [String: Int] = [:]
    for (position, action) in actions.enumerated() where actionIndex[action.id] == nil {
      actionIndex[action.id] = position
    }
    self.questionIndex = questionIndex
    self.actionIndex = actionIndex
    self.program = DecisionProgram(questions: questions, rules: rules)
  }

  public func question(_ id: String) -> Question? { questionIndex[id].map { questions[$0] } }

  /// Position of a question in the questionnaire (for ordering), `Int.max` if unknown.
  public func position(of question: String) -> Int { questionIndex[question] ?? Int.max }

  public func action(_ id: String) -> ActionDefinition? { actionIndex[id].map { actions[$0] } }

  public func tool(_ id: String) -> Tool? { tools.first { $0.id == id } }

  public func toolFamily(_ id: String) -> ToolFamily? { toolFamilies.first { $0.id == id } }

  /// The plans of a brand, in file order (the tool alone for an entry without plans).
  public func plans(of family: String) -> [Tool] { tools.filter { $0.family == family } }

  public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

  /// A contact's display text: the institute's name for the key, plus the AI unit's
  /// address for `pole_ia`.
  public func contact(_ key: String, _ lang: Lang) -> String {
    let name = institute.value(key, lang) ?? key
    if key == "pole_ia", let mail = institute.value("contact_ia", lang) { return "\(name) — \(mail)" }
    return name
  }
}
