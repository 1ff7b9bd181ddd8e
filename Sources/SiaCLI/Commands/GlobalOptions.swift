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

  /// The knowledge folder: `--knowledge`, `$SIA_KNOWLEDGE`, else the one installed or
  /// built beside the running binary (found through `/proc/self/exe`).
  func knowledgeRoot(_ env: [String: String]) -> String {
    KnowledgeLocator.locate(
      explicit: knowledge, environment: env,
      executablePath: RunningExecutable.pathOrArgument(CommandLine.arguments.first ?? "sia", environment: env))
  }
}
