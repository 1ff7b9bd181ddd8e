extension Messages {
  // MARK: small journey defects (session 6): missing folders named as such
  public static let declareOutputMissing = Message(
    "declare.output.missing",
    fr: "Le dossier de sortie {path} n'existe pas : créez-le (mkdir -p) ou choisissez-en un autre avec --output.",
    en: "The output folder {path} does not exist: create it (mkdir -p) or choose another one with --output.")
  public static let declareOutputNotFolder = Message(
    "declare.output.notfolder", fr: "{path} n'est pas un dossier : --output attend un dossier.",
    en: "{path} is not a folder: --output expects a folder.")
  public static let registryMissingFolder = Message(
    "registry.folder.missing", fr: "Dossier introuvable, ignoré : {path}", en: "Folder not found, skipped: {path}")
  /// The end of the registry's summary when no document was verified at all.
  public static let registryNothingVerified = Message(
    "registry.summary.nothing", fr: "aucun document trouvé", en: "no document found")
  /// The second column's header of `--pseudonymise`'s table (the first is « code »).
  public static let scanPseudonymTableValue = Message("scan.pseudo.table.value", fr: "valeur", en: "value")

  static let journeyFixesCatalogue: [Message] = [
    declareOutputMissing, declareOutputNotFolder, registryMissingFolder, registryNothingVerified,
    scanPseudonymTableValue,
  ]
}
