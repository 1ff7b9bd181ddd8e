/// Which answers of a question are riskier than others, declared in `questions.yaml`,
/// so the engine can be checked to be monotonic (a riskier situation never gets a more
/// lenient verdict) and counterfactuals only suggest safer answers.
public struct RiskOrder: Sendable, Equatable, Codable {
  /// Chains of option ids, each from the least to the most risky. Options in no common
  /// chain are not comparable.
  public var chains: [[String]]
  /// Multiple choice: ticking one more option never makes the situation safer.
  public var cumulative: Bool

  public init(chains: [[String]], cumulative: Bool) {
    self.chains = chains
    self.cumulative = cumulative
  }

  public var isEmpty: Bool { chains.isEmpty && !cumulative }

  /// Options strictly riskier than `option` (transitively, across chains).
  public func riskier(than option: String) -> Set<String> {
    closure(from: option) { chain, index in chain[(index + 1)...] }.subtracting([option])
  }

  /// Does a chain lead from `option` back to itself (a data error)?
  public func isCyclic(at option: String) -> Bool {
    closure(from: option) { chain, index in chain[(index + 1)...] }.contains(option)
  }

  /// Options strictly safer than `option`.
  public func safer(than option: String) -> Set<String> {
    closure(from: option) { chain, index in chain[..<index] }.subtracting([option])
  }

  /// Is `set` closed upwards: every option riskier than a member is a member?
  public func isUpwardClosed(_ set: Set<String>) -> Bool {
    set.allSatisfy { riskier(than: $0).isSubset(of: set) }
  }

  /// Is `set` closed downwards: every option safer than a member is a member?
  public func isDownwardClosed(_ set: Set<String>) -> Bool {
    set.allSatisfy { safer(than: $0).isSubset(of: set) }
  }

  /// `option` and everything riskier.
  public func atLeast(_ option: String) -> Set<String> { riskier(than: option).union([option]) }

  private func closure(from option: String, _ step: ([String], Int) -> ArraySlice<String>) -> Set<String> {
    var found: Set<String> = []
    var frontier = [option]
    while let current = frontier.popLast() {
      for chain in chains {
        guard let index = chain.firstIndex(of: current) else { continue }
        for next in step(chain, index) where !found.contains(next) {
          found.insert(next)
          frontier.append(next)
        }
      }
    }
    return found
  }
}
