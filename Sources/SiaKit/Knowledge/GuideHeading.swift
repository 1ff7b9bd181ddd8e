/// The headings every guide section has, in both languages (Knowledge/FORMAT.md): the
/// linter requires them in each language, and the summary is how the « En bref » excerpt
/// of a cited section is found.
public enum GuideHeading {
  /// « En bref » / « In brief »: two or three sentences, the section's answer.
  public static let summary = Bilingual(fr: "En bref", en: "In brief")
  /// « Que faire » / « What to do ».
  public static let whatToDo = Bilingual(fr: "Que faire", en: "What to do")
  /// The headings a section must have.
  public static let required = [summary, whatToDo]
}
