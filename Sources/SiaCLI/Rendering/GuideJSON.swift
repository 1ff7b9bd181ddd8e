import SiaKit

/// `sia guide --json`: the index by theme (docs/schemas/guide-index.schema.json).
struct GuideIndexJSON: Encodable {
  struct Entry: Encodable {
    var id: String
    var title: String
  }
  struct ThemeEntry: Encodable {
    var id: String
    var label: String
    var sections: [Entry]
  }
  var version: String
  var lang: String
  var themes: [ThemeEntry]

  init(_ knowledge: KnowledgeBase, lang: Lang) {
    version = knowledge.version
    self.lang = lang.rawValue
    themes = knowledge.sectionsByTheme.map { theme, sections in
      ThemeEntry(
        id: theme.id, label: theme.label.pick(lang),
        sections: sections.map { Entry(id: $0.id, title: $0.title(lang)) })
    }
  }
}

/// `sia guide ID --json`: one section with its sources (docs/schemas/guide-section.schema.json).
struct GuideSectionJSON: Encodable {
  var id: String
  var title: String
  var lang: String
  var themes: [String]
  var keywords: [String]
  var aliases: [String]
  var sources: [String]
  /// The Markdown body, placeholders expanded.
  var body: String
  /// The English summary (always present, whatever the body's language).
  var summaryEn: String
  var version: String

  enum CodingKeys: String, CodingKey {
    case id, title, lang, themes, keywords, aliases, sources, body, version
    case summaryEn = "summary_en"
  }

  init(_ section: GuideSection, knowledge: KnowledgeBase, lang: Lang) {
    id = section.id
    title = section.title(lang)
    self.lang = lang.rawValue
    themes = section.tags
    keywords = section.keywords
    aliases = section.aliases
    sources = section.sources
    body = section.body
    summaryEn = section.summaryEn
    version = knowledge.version
  }
}
