/// The ready-to-paste AI-use statement for a manuscript or thesis, in French and
/// English: the tool and its version, the tasks delegated (GAIDeT roles), the human
/// verification, and the authors' responsibility — as ICMJE and COPE ask authors to
/// disclose (AI is never an author; humans verify and answer for the content).
public enum PublicationStatement {
  public static func make(system: AISystem, tasks: [DelegatedTask], verification: Bilingual) -> Bilingual {
    Bilingual(
      fr: text(.fr, system: system, tasks: tasks, verification: verification),
      en: text(.en, system: system, tasks: tasks, verification: verification))
  }

  static func text(_ lang: Lang, system: AISystem, tasks: [DelegatedTask], verification: Bilingual) -> String {
    // Each language names the system in its own words (format 2 records both).
    var tool = system.name(lang)
    let provider = system.provider(lang)
    let details = [
      system.version.isEmpty ? nil : Messages.pubVersion.text(lang, [.version: system.version]),
      provider.isEmpty ? nil : provider,
    ].compactMap { $0 }
    if !details.isEmpty { tool += " (" + details.joined(separator: ", ") + ")" }
    let taskList = tasks.map { task -> String in
      let label = task.category.label.text(lang)
      let detail = task.detail.pick(lang)
      return detail.isEmpty ? label : "\(label) (\(detail))"
    }
    let delegated =
      taskList.isEmpty ? Messages.pubNoTask.text(lang) : taskList.joined(separator: lang == .fr ? " ; " : "; ")
    let checked = String(verification.pick(lang).trimmed)
    var sentences = [Messages.pubUsed.text(lang, [.tool: tool, .tasks: delegated])]
    if !checked.isEmpty { sentences.append(Messages.pubVerification.text(lang, [.verification: checked])) }
    sentences.append(Messages.pubResponsibility.text(lang))
    if !tasks.isEmpty {
      let roles = Array(Set(tasks.map(\.category))).sorted { $0.rawValue < $1.rawValue }.map { $0.label.text(.en) }
      sentences.append(Messages.pubTaxonomy.text(lang, [.roles: roles.joined(separator: ", ")]))
    }
    return sentences.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
  }
}
