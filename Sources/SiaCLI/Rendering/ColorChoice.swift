import ArgumentParser

/// `--color auto|always|never`. `auto` styles output only on a terminal that can show
/// it, and honours the NO_COLOR convention (no-color.org): a *non-empty* NO_COLOR turns
/// colour off; an empty one does not. An explicit `--color` wins over NO_COLOR.
public enum ColorChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
  case auto, always, never

  public func styles(terminal: Bool, environment env: [String: String]) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      let noColor = !(env["NO_COLOR"] ?? "").isEmpty
      return terminal && !noColor && env["TERM"] != "dumb"
    }
  }
}
