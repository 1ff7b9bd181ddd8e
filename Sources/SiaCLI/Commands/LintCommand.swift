import ArgumentParser
import Foundation
import SiaKit

/// `sia lint`: checks the whole knowledge base; exit 1 when there are errors.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint", abstract: "Check the knowledge base (guide, Q&A, questions, rules, exercises).")

  @OptionGroup var global: GlobalOptions

  @Flag(name: .long, help: "Also fail on warnings.")
  var strict = false

  func run() throws {
    let env = ProcessInfo.processInfo.environment
    let lang = try global.resolvedLang(env)
    let root = KnowledgeLocator.locate(
      explicit: global.knowledge, environment: env, executablePath: CommandLine.arguments.first ?? "sia")
    let diagnostics = Linter.lint(root: root)
    let console = Console.standard(environment: env)
    for diagnostic in diagnostics { console.say(diagnostic.description) }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    if diagnostics.isEmpty {
      let loaded = KnowledgeLoader.load(root: root).knowledge
      console.say(Messages.lintClean.text(lang, ["sections": "\(loaded.sections.count)", "faq": "\(loaded.faq.count)"]))
    } else {
      console.say(Messages.lintSummary.text(lang, ["errors": "\(errors)", "warnings": "\(warnings)"]))
    }
    if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
  }
}
