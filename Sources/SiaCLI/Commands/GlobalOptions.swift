import ArgumentParser
import SiaKit

/// Options every command accepts.
public struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long, help: "Interface language: fr or en (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else fr).",
    completion: .list(Lang.allCases.map(\.rawValue)))
  public var lang: String?

  @Option(name: .long, help: "Colours and bold: auto (on a terminal, unless NO_COLOR is set), always or never.")
  public var color: ColorChoice = .auto

  @Option(name: .long, help: "Knowledge folder (default: the bundled Knowledge/).", completion: .directory)
  public var knowledge: String?

  public init() {}

  func resolvedLang(_ env: [String: String]) throws -> Lang {
    guard let lang else { return Lang.fromEnvironment(env) }
    guard let parsed = Lang(argument: lang) else {
      throw UserFacingError.usage(Messages.badLang.text(Lang.fromEnvironment(env), [.value: lang]))
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
