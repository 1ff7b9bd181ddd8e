/// Documents read in another language than the one they were written in (issue 16):
/// `sia verify --show` renders a declaration for the lab head from its structured block,
/// which carries every text in both languages.
extension Messages {
  public static let langNameFrench = Message("lang.name.fr", fr: "français", en: "French")
  public static let langNameEnglish = Message("lang.name.en", fr: "anglais", en: "English")
  public static let verifyShowHeading = Message(
    "verify.show.heading",
    fr: "── {file}, tel qu'il se lit en français (rendu depuis ses données signées ; écrit en {written}) ──",
    en: "── {file} as it reads in English (rendered from its signed data; written in {written}) ──")
  public static let verifyShowRefused = Message(
    "verify.show.refused",
    fr: "── {file} : pas affiché, le document ne tient pas (voir le résultat ci-dessus) ──",
    en: "── {file}: not shown, the document does not hold (see the result above) ──")

  /// The name of `lang` in the reader's language `reader`.
  public static func languageName(_ lang: Lang, in reader: Lang) -> String {
    (lang == .fr ? langNameFrench : langNameEnglish).text(reader)
  }

  public static let profileDocumentLang = Message(
    "profile.document.lang", fr: "Langue des documents", en: "Documents in")

  static let languagesCatalogue: [Message] = [
    langNameFrench, langNameEnglish, verifyShowHeading, verifyShowRefused, profileDocumentLang,
  ]
}
