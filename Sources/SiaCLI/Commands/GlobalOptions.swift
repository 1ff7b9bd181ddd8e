import ArgumentParser
import SiaKit

/// Options every command accepts.
public struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: "Interface language: fr or en (default: from LANG, else fr).")
  public var lang: String?

  @Option(name: .long, help: "Knowledge folder (default: the bundled Knowledge/).")
  public var knowledge: String?

  public init() {}

  func resolvedLang(_ env: [String: String]) throws -> Lang {
    guard let lang else { return Lang.fromEnvironment(env) }
    guard let parsed = Lang(argument: lang) else {
      throw UserFacingError(Messages.badLang.text(Lang.fromEnvironment(env), ["value": lang]))
    }
    return parsed
  }
}
