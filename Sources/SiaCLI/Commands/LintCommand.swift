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

  @Flag(name: .long, help: "Also list what is past its review date (reviewed + review_every, or review_by); SIA_NOW sets today.")
  var stale = false

  func run() throws {
    let env = ProcessInfo.processInfo.environment
    let lang = try global.resolvedLang(env)
    let root = KnowledgeLocator.locate(
      explicit: global.knowledge, environment: env, executablePath: CommandLine.arguments.first ?? "sia")
    var diagnostics = Linter.lint(root: root)
    let console = Console.standard(environment: env)
    let today = Clock.fromEnvironment(env).now().isoDay
    var staleCount = 0
    if stale {
      let overdue = FreshnessLint.stale(KnowledgeLoader.load(root: root).knowledge, onDay: today, strict: strict)
      staleCount = overdue.count
      diagnostics = (diagnostics + overdue).sortedForReport
    }
    for diagnostic in diagnostics { console.say(diagnostic.description) }
    if stale {
      let message = staleCount == 0 ? Messages.lintStaleNone : Messages.lintStaleCount
      console.say(message.text(lang, ["count": "\(staleCount)", "date": HumanDate.text(today, lang)]))
    }
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
