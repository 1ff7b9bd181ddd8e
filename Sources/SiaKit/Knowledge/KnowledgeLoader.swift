import Foundation

/// Reads `institute.yaml`, `themes.yaml`, `guide/*.md` and `faq/*.yaml` into a
/// `KnowledgeBase`, collecting every structural problem as a diagnostic. Entries with
/// errors are left out; the rest loads, so one typo does not lock everyone out.
public enum KnowledgeLoader {
  public struct Result {
    public var knowledge: KnowledgeBase
    public var diagnostics: [Diagnostic]
  }

  static let sectionFields: Set<String> = Set<String>([
    "id", "title", "title_en", "summary_en", "tags", "keywords", "aliases", "sources", "updated",
  ]).union(Freshness.keys)
  static let faqFields: Set<String> = Set<String>([
    "id", "question", "question_en", "answer", "answer_en", "keywords", "see", "tags", "situation", "expect",
    "translated_from",
  ]).union(Freshness.keys)

  public static func load(root: String) -> Result {
    var diagnostics: [Diagnostic] = []
    let institute = loadInstitute(root: root, &diagnostics)
    let themes = loadThemes(root: root, &diagnostics)
    var sections = KnowledgeFiles.list(root: root, folder: "guide", suffix: ".md").compactMap {
      loadSection(root: root, relative: $0, institute: institute, &diagnostics)
    }
    attachTranslations(root: root, sections: &sections, institute: institute, &diagnostics)
    let order = Dictionary(uniqueKeysWithValues: themes.enumerated().map { ($1.id, $0) })
    sections.sort { (order[$0.theme] ?? Int.max, $0.id) < (order[$1.theme] ?? Int.max, $1.id) }
    var faq: [FAQEntry] = []
    for relative in KnowledgeFiles.list(root: root, folder: "faq", suffix: ".yaml") {
      faq += loadFAQ(root: root, relative: relative, institute: institute, &diagnostics)
    }
    let knowledge = KnowledgeBase(
      root: root, institute: institute, themes: themes, sections: sections, faq: faq,
      version: nil)
    return Result(knowledge: knowledge, diagnostics: diagnostics)
  }

  static func loadInstitute(root: String, _ diagnostics: inout [Diagnostic]) -> Institute {
    guard let text = KnowledgeFiles.read(root: root, relative: "institute.yaml", &diagnostics) else {
      return Institute(values: [:])
    }
    let document = YAMLDocument(file: "institute.yaml", text: text, diagnostics: &diagnostics)
    guard let map = document.rootMapping(&diagnostics) else { return Institute(values: [:]) }
    var values: [String: String] = [:]
    for key in map.keys {
      if let value = map.string(key, &diagnostics) { values[key] = value }
    }
    checkExceptionGrantors(map, values: values, &diagnostics)
    return Institute(values: values)
  }

  static func loadThemes(root: String, _ diagnostics: inout [Diagnostic]) -> [Theme] {
    guard let text = KnowledgeFiles.read(root: root, relative: "themes.yaml", &diagnostics) else { return [] }
    let document = YAMLDocument(file: "themes.yaml", text: text, diagnostics: &diagnostics)
    return document.rootList(&diagnostics).compactMap { map in
      guard let id = map.required("id", &diagnostics) else { return nil }
      let label = map.required("label", id: id, &diagnostics) ?? id
      return Theme(id: id, label: Bilingual(fr: label, en: map.string("label_en", &diagnostics) ?? label))
    }
  }

  static func loadSection(
    root: String, relative: String, institute: Institute, _ diagnostics: inout [Diagnostic]
  ) -> GuideSection? {
    guard let text = KnowledgeFiles.read(root: root, relative: relative, &diagnostics) else { return nil }
    return parseSection(text: text, relative: relative, institute: institute, &diagnostics)
  }

  /// Parses one guide file's text (front matter and body); `relative` names it in diagnostics.
  public static func parseSection(
    text: String, relative: String, institute: Institute, _ diagnostics: inout [Diagnostic]
  ) -> GuideSection? {
    guard let (parts, map, id) = openFrontMatter(text: text, relative: relative, fields: sectionFields, &diagnostics)
    else { return nil }
    var problems: [Diagnostic] = []
    let title = map.required("title", id: id, &problems)
    let titleEn = map.required("title_en", id: id, &problems)
    let summaryEn = map.required("summary_en", id: id, &problems)
    let tags = map.strings("tags", id: id, &problems)
    if tags.isEmpty {
      problems.append(Diagnostic(file: relative, line: map.line(of: "tags"), id: id, Messages.diagTagRequired))
    }
    // `updated` is the key of guides written before `reviewed` existed: still read.
    let freshness = Freshness.read(map, id: id, legacyKeys: ["updated"], &problems)
    if freshness.reviewed.isEmpty && map.value(Freshness.reviewedKey) == nil && map.value("updated") == nil {
      problems.append(Diagnostic(file: relative, line: map.line, id: id, Messages.diagReviewedRequired))
    }
    diagnostics += problems
    guard let title, problems.allSatisfy({ $0.severity != .error }) else { return nil }
    var unknown: [Diagnostic] = []
    defer { diagnostics += unknown }
    let expand = { (text: String, lang: Lang, line: Int) -> String in
      institute.expand(text, lang) { key in
        unknown.append(Diagnostic(file: relative, line: line, id: id, Messages.diagUnknownPlaceholder, [.name: key]))
      }
    }
    return GuideSection(
      id: id, title: expand(title, .fr, map.line(of: "title")),
      titleEn: expand(titleEn ?? title, .en, map.line(of: "title_en")),
      summaryEn: expand(summaryEn ?? "", .en, map.line(of: "summary_en")),
      tags: tags,
      keywords: map.strings("keywords", id: id, &diagnostics).map { expand($0, .fr, map.line(of: "keywords")) },
      aliases: map.strings("aliases", id: id, &diagnostics).map { expand($0, .fr, map.line(of: "aliases")) },
      sources: map.strings("sources", id: id, &diagnostics), freshness: freshness,
      body: expand(String(parts.body.trimmed), .fr, parts.bodyLine),
      file: relative, bodyLine: parts.bodyLine)
  }

  static func loadFAQ(
    root: String, relative: String, institute: Institute, _ diagnostics: inout [Diagnostic]
  ) -> [FAQEntry] {
    guard let text = KnowledgeFiles.read(root: root, relative: relative, &diagnostics) else { return [] }
    return parseFAQ(text: text, relative: relative, institute: institute, &diagnostics)
  }

  /// Parses one Q&A file's text; `relative` names it in diagnostics.
  public static func parseFAQ(
    text: String, relative: String, institute: Institute, _ diagnostics: inout [Diagnostic]
  ) -> [FAQEntry] {
    let document = YAMLDocument(file: relative, text: text, diagnostics: &diagnostics)
    return document.rootList(&diagnostics).compactMap { map in
      guard let id = map.required("id", &diagnostics) else { return nil }
      map.checkKeys(faqFields, id: id, &diagnostics)
      var problems: [Diagnostic] = []
      let question = map.required("question", id: id, &problems)
      let answer = map.required("answer", id: id, &problems)
      diagnostics += problems
      guard let question, let answer else { return nil }
      var unknown: [Diagnostic] = []
      defer { diagnostics += unknown }
      let expand = { (text: String, lang: Lang, key: String) -> String in
        institute.expand(text, lang) { name in
          unknown.append(
            Diagnostic(file: relative, line: map.line(of: key), id: id, Messages.diagUnknownPlaceholder, [.name: name])
          )
        }
      }
      return FAQEntry(
        id: id,
        question: Bilingual(
          fr: expand(question, .fr, "question"),
          en: expand(map.string("question_en", &diagnostics) ?? "", .en, "question_en")),
        answer: Bilingual(
          fr: expand(answer, .fr, "answer"), en: expand(map.string("answer_en", &diagnostics) ?? "", .en, "answer_en")),
        keywords: map.strings("keywords", id: id, &diagnostics).map { expand($0, .fr, "keywords") },
        see: map.strings("see", id: id, &diagnostics),
        file: relative, line: map.line, freshness: Freshness.read(map, id: id, &diagnostics))
    }
  }
}
