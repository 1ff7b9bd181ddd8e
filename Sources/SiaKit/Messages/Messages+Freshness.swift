/// Messages of the freshness check (`sia lint --stale`) and of the guide's human date.
extension Messages {
  public static let lintStaleNone = Message(
    "lint.stale.none", fr: "Rien n'a dépassé sa date de révision au {date}.",
    en: "Nothing is past its review date on {date}.")
  public static let lintStaleCount = Message(
    "lint.stale.count", fr: "{count} élément(s) à revérifier au {date}.",
    en: "{count} item(s) past their review date on {date}.")
  public static let docGuideReviewed = Message(
    "doc.guidereviewed", fr: "{version} (guide vérifié au {date})", en: "{version} (guide reviewed as of {date})")

  public static let guideTitleReviewed = Message(
    "guide.title.reviewed", fr: "Guide de l'usage de l'IA — {count} sections (version {version}, vérifié au {date})",
    en: "Guide to AI use — {count} sections (version {version}, reviewed as of {date})")

  static let freshnessCatalogue: [Message] = [lintStaleNone, lintStaleCount, docGuideReviewed, guideTitleReviewed]
}
