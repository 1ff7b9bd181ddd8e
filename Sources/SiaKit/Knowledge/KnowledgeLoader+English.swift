import Foundation

/// Reads the English guide texts (`guide/en/<id>.md`) and attaches each to its section.
/// Only the files' own shape is checked here; whether every section has its English
/// text, and whether that text is current, is `ParityLint`'s job, so a missing or stale
/// translation never stops `sia` from starting.
extension KnowledgeLoader {
  static let translationFields: Set<String> = ["id", "translated_from", "reviewed"]
  /// The folder, under `guide/`, holding the English texts.
  public static let englishFolder = "guide/en"

  static func attachTranslations(
    root: String, sections: inout [GuideSection], institute: Institute, _ diagnostics: inout [Diagnostic]
  ) {
    var position: [String: Int] = [:]
    for (index, section) in sections.enumerated() { position[section.id] = index }
    for relative in KnowledgeFiles.list(root: root, folder: englishFolder, suffix: ".md") {
      guard let text = KnowledgeFiles.read(root: root, relative: relative, &diagnostics),
        let (id, translation) = parseTranslation(text: text, relative: relative, institute: institute, &diagnostics),
        let index = position[id]
      else { continue }
      sections[index].english = translation
    }
  }

  /// Parses one English guide file: a front matter with `id`, `translated_from` and
  /// `reviewed`, then the body.
  public static func parseTranslation(
    text: String, relative: String, institute: Institute, _ diagnostics: inout [Diagnostic]
  ) -> (String, GuideTranslation)? {
    guard
      let (parts, map, id) = openFrontMatter(text: text, relative: relative, fields: translationFields, &diagnostics)
    else { return nil }
    var problems: [Diagnostic] = []
    let source = map.required("translated_from", id: id, &problems)
    let reviewed = map.required("reviewed", id: id, &problems)
    diagnostics += problems
    guard let source, let reviewed else { return nil }
    let body = institute.expand(String(parts.body.trimmed), .en) { key in
      diagnostics.append(
        Diagnostic(file: relative, line: parts.bodyLine, id: id, Messages.diagUnknownPlaceholder, [.name: key]))
    }
    return (
      id,
      GuideTranslation(body: body, translatedFrom: source, reviewed: reviewed, file: relative, bodyLine: parts.bodyLine)
    )
  }
}
