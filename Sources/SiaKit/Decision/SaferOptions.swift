/// What counterfactuals need of one question to propose safer answers, computed when the
/// model is made: `RiskOrder.safer(than:)` walks the chains and builds sets on every
/// call, and reading a `Question` out of the model copies all its fields.
struct SaferOptions: Sendable {
  let question: String
  let isChoice: Bool
  let isMultiple: Bool
  /// The risk order is cumulative: ticking fewer options is safer.
  let cumulative: Bool
  let optionIDs: [String]
  /// The first exclusive option ("aucune"), if any.
  let none: String?
  /// Option ids whose (first) declaration is exclusive.
  let exclusive: Set<String>
  private let safer: [String: [String]]

  init(_ question: Question) {
    self.question = question.id
    isChoice = question.isChoice
    isMultiple = question.kind == .multiple
    cumulative = question.risk.cumulative
    optionIDs = question.optionIDs
    none = question.options.first(where: \.exclusive)?.id
    exclusive = Set(question.optionIDs.filter { question.option($0)?.exclusive == true })
    var safer: [String: [String]] = [:]
    for option in question.risk.chains.joined() where safer[option] == nil {
      let set = question.risk.safer(than: option)
      safer[option] = question.optionIDs.filter(set.contains)
    }
    self.safer = safer
  }

  /// The question's options strictly safer than `option`, in option order (none for an
  /// option in no chain).
  func options(saferThan option: String) -> [String] { safer[option] ?? [] }
}
