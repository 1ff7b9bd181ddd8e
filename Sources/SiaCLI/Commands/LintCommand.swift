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
    let root = global.knowledgeRoot(env)
    let diagnostics = Linter.lint(root: root)
    for diagnostic in diagnostics { print(Sanitizer.neutralize(diagnostic.description)) }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    if diagnostics.isEmpty {
      let loaded = KnowledgeLoader.load(root: root).knowledge
      print(Messages.lintClean.text(lang, ["sections": "\(loaded.sections.count)", "faq": "\(loaded.faq.count)"]))
    } else {
      print(Messages.lintSummary.text(lang, ["errors": "\(errors)", "warnings": "\(warnings)"]))
    }
    if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
  }
}
