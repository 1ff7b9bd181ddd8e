import Foundation
import SiaKit

/// What every command needs, built once from the global options and the environment:
/// language, loaded knowledge, clock, file locations and the console.
public struct AppContext {
  public var lang: Lang
  public var knowledge: KnowledgeBase
  public var loadDiagnostics: [Diagnostic]
  public var clock: Clock
  public var paths: Paths
  public var console: Console
  public var environment: [String: String]
  /// The knowledge folder's cache entry (nil with `SIA_NO_CACHE`).
  public var cache: KnowledgeCache.Entry?

  /// Loads the knowledge base; fails with a user-facing message when it is missing or
  /// holds no valid section. Structural problems are reported once on standard error.
  public static func make(options: GlobalOptions, console: Console? = nil) throws -> AppContext {
    let env = ProcessInfo.processInfo.environment
    let lang = try options.resolvedLang(env)
    let console = console ?? Console.standard(environment: env, color: options.color)
    let root = options.knowledgeRoot(env)
    guard FileManager.default.fileExists(atPath: root) else {
      throw UserFacingError(Messages.knowledgeNotFound.text(lang, [.path: root]))
    }
    let cache = KnowledgeCache.fromEnvironment(env)?.entry(root: root)
    let loaded = cache?.knowledge { KnowledgeLoader.load(root: root) } ?? KnowledgeLoader.load(root: root)
    if loaded.knowledge.sections.isEmpty {
      for diagnostic in loaded.diagnostics.sortedForReport.prefix(20) { console.warn(diagnostic.rendered(lang)) }
      throw UserFacingError(Messages.knowledgeEmpty.text(lang, [.path: root]))
    }
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
      for diagnostic in errors.sortedForReport.prefix(10) { console.warn(diagnostic.rendered(lang)) }
      console.warn(Messages.knowledgeProblems.text(lang, [.count: "\(errors.count)"]))
    }
    return AppContext(
      lang: lang, knowledge: loaded.knowledge, loadDiagnostics: loaded.diagnostics,
      clock: Clock.fromEnvironment(env), paths: Paths(environment: env), console: console, environment: env,
      cache: cache)
  }

  /// The guide search, from the cache when the folder is unchanged.
  public func guideSearch() -> GuideSearch {
    cache?.search(knowledge) { GuideSearch.load(knowledge) } ?? GuideSearch.load(knowledge)
  }
}

/// An error whose message is already written for the user: printed as one line on
/// standard error, with the exit status given (see `ExitStatus`: 2, an input problem,
/// unless told).
public struct UserFacingError: Error, CustomStringConvertible {
  public var message: String
  public var exitCode: Int32
  public init(_ message: String, exitCode: Int32 = 2) {
    self.message = message
    self.exitCode = exitCode
  }
  public var description: String { message }
}

extension UserFacingError {
  /// A mistake in the command line itself (a bad option value): exit 64, like the
  /// argument parser's own usage errors, so scripts see one code for both.
  static func usage(_ message: String) -> UserFacingError {
    UserFacingError(message, exitCode: ExitStatus.usage)
  }
}
