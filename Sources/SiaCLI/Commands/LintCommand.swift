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

  @Flag(
    name: .long,
    help: "Also list what is past its review date (reviewed + review_every, or review_by); SIA_NOW sets today.")
  var stale = false

  @Flag(name: .long, help: "Print the problems as JSON (docs/schemas/lint.schema.json).")
  var json = false

  func run() throws {
    let env = ProcessInfo.processInfo.environment
    let lang = try global.resolvedLang(env)
    let root = global.knowledgeRoot(env)
    var diagnostics = Linter.lint(root: root)
    let console = Console.standard(environment: env, color: global.color)
    let today = Clock.fromEnvironment(env).now().isoDay
    var staleCount = 0
    if stale {
      let overdue = FreshnessLint.stale(KnowledgeLoader.load(root: root).knowledge, onDay: today, strict: strict)
      staleCount = overdue.count
      diagnostics = (diagnostics + overdue).sortedForReport
    }
    let report = LintReport(diagnostics: diagnostics, strict: strict)
    if json {
      console.say(try StableJSON.string(report))
    } else {
      for diagnostic in diagnostics { console.say(diagnostic.rendered(lang)) }
      if stale {
        let message = staleCount == 0 ? Messages.lintStaleNone : Messages.lintStaleCount
        console.say(message.text(lang, [.count: "\(staleCount)", .date: HumanDate.text(today, lang)]))
      }
      if diagnostics.isEmpty {
        let loaded = KnowledgeLoader.load(root: root).knowledge
        console.say(
          Messages.lintClean.text(lang, [.sections: "\(loaded.sections.count)", .faq: "\(loaded.faq.count)"]))
      } else {
        console.say(Messages.lintSummary.text(lang, [.errors: "\(report.errors)", .warnings: "\(report.warnings)"]))
      }
    }
    if report.failed { throw ExitCode(ExitStatus.found) }
  }
}

/// `sia lint --json`: every problem with its place, and the counts a CI job checks.
struct LintReport: Encodable {
  struct Problem: Encodable {
    var file: String
    var line: Int
    var severity: String
    var id: String?
    var message: String
  }
  var problems: [Problem]
  var errors: Int
  var warnings: Int
  /// Whether the run fails: errors, or warnings under `--strict`.
  var failed: Bool

  init(diagnostics: [Diagnostic], strict: Bool) {
    problems = diagnostics.map {
      Problem(file: $0.file, line: $0.line, severity: $0.severity.rawValue, id: $0.id, message: $0.message)
    }
    errors = diagnostics.filter { $0.severity == .error }.count
    warnings = diagnostics.count - errors
    failed = errors > 0 || (strict && warnings > 0)
  }
}
