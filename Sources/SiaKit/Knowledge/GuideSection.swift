/// One section of the institute's AI-use guide (`guide/<id>.md`).
public struct GuideSection: Sendable, Hashable {
  public var id: String
  public var title: String
  public var titleEn: String
  public var summaryEn: String
  /// Theme ids; the first is the section's main theme.
  public var tags: [String]
  public var keywords: [String]
  public var aliases: [String]
  public var sources: [String]
  /// When the section was last checked, and when to check it again (`reviewed`,
  /// `review_every`, `review_by`; the old `updated` key still reads as `reviewed`).
  public var freshness: Freshness
  /// The Markdown body, placeholders already expanded.
  public var body: String
  /// Path relative to the knowledge folder, for diagnostics.
  public var file: String
  /// Line of the first body line in the file.
  public var bodyLine: Int
  /// The English text (`guide/en/<id>.md`), when there is one.
  public var english: GuideTranslation? = nil

  public var theme: String { tags.first ?? "" }

  /// `YYYY-MM-DD` of the last check.
  public var reviewed: String { freshness.reviewed }

  public func title(_ lang: Lang) -> String { lang == .en && !titleEn.isEmpty ? titleEn : title }

  /// The body in `lang`, or the French one when the section has no English text yet.
  public func body(_ lang: Lang) -> String { lang == .en ? english?.body ?? body : body }
}

/// One question of the Q&A (`faq/*.yaml`), retrievable on its own.
public struct FAQEntry: Sendable, Hashable {
  public var id: String
  public var question: Bilingual
  public var answer: Bilingual
  public var keywords: [String]
  /// Sections the answer relies on.
  public var see: [String]
  public var file: String
  public var line: Int
  /// When the answer was last checked (`reviewed`, optional `review_every` / `review_by`).
  public var freshness: Freshness = Freshness(reviewed: "")
}
