/// The four verdict levels, from the most lenient to the strictest. Their raw values
/// are the stable ids used in JSON (`ok`, `conditions`, `validation`, `interdit`).
public enum Verdict: String, Codable, CaseIterable, Comparable, Sendable {
  /// Autorisé.
  case ok
  /// Autorisé sous conditions.
  case conditions
  /// Soumis à validation préalable (DPO, directeur·rice d'unité, comité d'éthique…).
  case validation
  /// Non autorisé en l'état — always given with the allowed alternative.
  case interdit

  /// The position in `allCases`, spelled out: building `allCases` to search it made
  /// every comparison allocate, and verdicts are compared in the engine's inner loops.
  public var rank: Int {
    switch self {
    case .ok: return 0
    case .conditions: return 1
    case .validation: return 2
    case .interdit: return 3
    }
  }

  public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rank < rhs.rank }

  /// The user-facing name of the level.
  public var label: Message {
    switch self {
    case .ok: return Messages.verdictOk
    case .conditions: return Messages.verdictConditions
    case .validation: return Messages.verdictValidation
    case .interdit: return Messages.verdictInterdit
    }
  }
}
