/// Messages of the scanner: `sia scan`, `/verifier`, `--pseudonymise`, and the scan's
/// traces in the interview and the declaration.
extension Messages {
  // MARK: categories
  public static func scanCategory(_ category: ScanCategory) -> Message {
    switch category {
    case .nir: return scanCatNir
    case .email: return scanCatEmail
    case .phone: return scanCatPhone
    case .iban: return scanCatIban
    case .address: return scanCatAddress
    case .postalTown: return scanCatPostaltown
    case .ipAddress: return scanCatIp
    case .recordNumber: return scanCatRecord
    case .birthDate: return scanCatBirthdate
    case .date: return scanCatDate
    case .age: return scanCatAge
    case .town: return scanCatTown
    case .rareCondition: return scanCatRare
    case .profession: return scanCatProfession
    case .name: return scanCatName
    case .health: return scanCatHealth
    case .privateKey: return scanCatPrivatekey
    case .apiToken: return scanCatToken
    case .credential: return scanCatCredential
    case .connectionString: return scanCatConnection
    }
  }

  public static func scanGroup(_ group: ScanGroup) -> Message {
    switch group {
    case .directIdentifier: return scanGroupDirect
    case .quasiIdentifier: return scanGroupQuasi
    case .name: return scanGroupName
    case .health: return scanGroupHealth
    case .secret: return scanGroupSecret
    }
  }

  public static func scanConfidence(_ confidence: ScanConfidence) -> Message {
    switch confidence {
    case .high: return scanConfHigh
    case .medium: return scanConfMedium
    case .low: return scanConfLow
    }
  }

  static let scanCatNir = Message(
    "scan.cat.nir", fr: "NIR (n° de sécurité sociale)", en: "NIR (French social security no.)")
  static let scanCatEmail = Message("scan.cat.email", fr: "courriel", en: "e-mail")
  static let scanCatPhone = Message("scan.cat.phone", fr: "téléphone", en: "phone number")
  static let scanCatIban = Message("scan.cat.iban", fr: "IBAN", en: "IBAN")
  static let scanCatAddress = Message("scan.cat.address", fr: "adresse postale", en: "postal address")
  static let scanCatPostaltown = Message("scan.cat.postaltown", fr: "code postal et ville", en: "postal code and town")
  static let scanCatIp = Message("scan.cat.ip", fr: "adresse IP", en: "IP address")
  static let scanCatRecord = Message("scan.cat.record", fr: "n° de patient/dossier", en: "patient/record number")
  static let scanCatBirthdate = Message("scan.cat.birthdate", fr: "date de naissance", en: "date of birth")
  static let scanCatDate = Message("scan.cat.date", fr: "date", en: "date")
  static let scanCatAge = Message("scan.cat.age", fr: "âge", en: "age")
  static let scanCatTown = Message("scan.cat.town", fr: "ville", en: "town")
  static let scanCatRare = Message("scan.cat.rare", fr: "maladie rare, petit groupe", en: "rare condition, small group")
  static let scanCatProfession = Message("scan.cat.profession", fr: "profession", en: "occupation")
  static let scanCatName = Message("scan.cat.name", fr: "nom de personne", en: "person's name")
  static let scanCatHealth = Message("scan.cat.health", fr: "contenu de santé", en: "health content")
  static let scanCatPrivatekey = Message("scan.cat.privatekey", fr: "clé privée", en: "private key")
  static let scanCatToken = Message("scan.cat.token", fr: "jeton d'API", en: "API token")
  static let scanCatCredential = Message("scan.cat.credential", fr: "mot de passe ou secret", en: "password or secret")
  static let scanCatConnection = Message("scan.cat.connection", fr: "chaîne de connexion", en: "connection string")
  static let scanGroupDirect = Message("scan.group.direct", fr: "Identifiants directs", en: "Direct identifiers")
  static let scanGroupQuasi = Message("scan.group.quasi", fr: "Quasi-identifiants", en: "Quasi-identifiers")
  static let scanGroupName = Message("scan.group.name", fr: "Noms", en: "Names")
  static let scanGroupHealth = Message("scan.group.health", fr: "Santé", en: "Health")
  static let scanGroupSecret = Message("scan.group.secret", fr: "Secrets", en: "Secrets")
  static let scanConfHigh = Message("scan.conf.high", fr: "sûr", en: "sure")
  static let scanConfMedium = Message("scan.conf.medium", fr: "probable", en: "likely")
  static let scanConfLow = Message("scan.conf.low", fr: "possible", en: "possible")

  // MARK: conclusion
  public static let scanConclusionLabel = Message(
    "scan.conclusion", fr: "Conclusion : {text}", en: "Conclusion: {text}")
  public static let scanHealthIdentifying = Message(
    "scan.c.health.identifying", fr: "données de santé identifiantes", en: "identifying health data")
  public static let scanHealthPersonal = Message(
    "scan.c.health.personal", fr: "données de santé, personnelles (quasi-identifiants) — pas anonymes",
    en: "health data, personal (quasi-identifiers) — not anonymous")
  public static let scanHealthOnly = Message(
    "scan.c.health.only", fr: "contenu de santé sans identifiant détecté — ce n'est pas une preuve d'anonymat",
    en: "health content with no identifier found — this is no proof of anonymity")
  public static let scanIdentifying = Message(
    "scan.c.identifying", fr: "données personnelles identifiantes", en: "identifying personal data")
  public static let scanPersonal = Message(
    "scan.c.personal", fr: "données personnelles (quasi-identifiants) — pas anonymes",
    en: "personal data (quasi-identifiers) — not anonymous")
  public static let scanNothing = Message(
    "scan.c.nothing", fr: "aucune donnée personnelle détectée — ce n'est pas une preuve d'anonymat",
    en: "no personal data detected — this is no proof of anonymity")
  public static let scanSecrets = Message("scan.c.secrets", fr: "secrets", en: "secrets")
  public static let scanSecretsAdvice = Message(
    "scan.c.secrets.advice",
    fr: "Retirez les secrets avant tout collage et changez-les s'ils ont déjà circulé [§secrets-code].",
    en: "Remove the secrets before pasting anything, and change them if they have already been shared [§secrets-code].")
  public static let scanIdentifyingAdvice = Message(
    "scan.c.identifying.advice",
    fr:
      "Retirer les noms ne suffit pas : dates de naissance, ville, maladie rare permettent de ré-identifier [§anonymisation].",
    en: "Removing names is not enough: dates of birth, town, a rare condition allow re-identification [§anonymisation]."
  )

  // MARK: report
  public static let scanHeader = Message(
    "scan.header", fr: "{source} — {count} élément(s) trouvé(s) sur {lines} ligne(s)",
    en: "{source} — {count} item(s) found in {lines} line(s)")
  public static let scanHeaderNothing = Message(
    "scan.header.nothing", fr: "{source} — rien trouvé sur {lines} ligne(s)",
    en: "{source} — nothing found in {lines} line(s)")
  public static let scanCounts = Message("scan.counts", fr: "Par catégorie : {list}", en: "By category: {list}")
  public static let scanOmitted = Message(
    "scan.omitted", fr: "… et {count} autre(s), comptés mais non affichés.",
    en: "… and {count} more, counted but not shown.")
  public static let scanLowHidden = Message(
    "scan.low.hidden",
    fr: "{count} mot(s) à majuscule inconnu(s) non compté(s) (possibles noms) : --all pour les voir.",
    en: "{count} unknown capitalised word(s) not counted (possible names): --all to see them.")
  public static let scanTotal = Message(
    "scan.total", fr: "Ensemble ({files} fichiers)", en: "All together ({files} files)")
  public static let scanPastedSource = Message("scan.source.pasted", fr: "texte collé", en: "pasted text")
  public static let scanStdinSource = Message("scan.source.stdin", fr: "entrée standard", en: "standard input")
  public static let scanNoWordLists = Message(
    "scan.nowordlists",
    fr:
      "Listes de mots absentes ({paths}) : installez les paquets wfrench et wamerican. Sans elles, les noms ne sont repérés qu'après un titre ou un indice (M., Mme, Dr, « patient »…).",
    en:
      "Word lists missing ({paths}): install the wfrench and wamerican packages. Without them, names are found only after a title or a cue (Mr, Mrs, Dr, \"patient\"…)."
  )
  public static let scanLexiconProblem = Message(
    "scan.lexicon.problem", fr: "Lexique médical : {count} problème(s) ; lancez sia lint.",
    en: "Medical lexicon: {count} problem(s); run sia lint.")
  public static let scanNoFile = Message(
    "scan.nofile", fr: "Indiquez un ou plusieurs fichiers, ou - pour l'entrée standard : sia scan FICHIER…",
    en: "Give one or more files, or - for standard input: sia scan FILE…")

  // MARK: problems
  public static let scanUnreadable = Message(
    "scan.p.unreadable", fr: "{source} : illisible ({reason}).", en: "{source}: cannot be read ({reason}).")
  public static let scanBinary = Message(
    "scan.p.binary", fr: "{source} : fichier binaire (octet nul), pas un texte à analyser.",
    en: "{source}: binary file (NUL byte), not a text to scan.")
  public static let scanInvalidUTF8 = Message(
    "scan.p.utf8",
    fr: "{source} : ligne {line} : texte non UTF-8. Convertissez-le d'abord (par exemple iconv -f latin1 -t utf-8).",
    en: "{source}: line {line}: text is not UTF-8. Convert it first (e.g. iconv -f latin1 -t utf-8).")
  public static let scanLineTooLong = Message(
    "scan.p.line",
    fr: "{source} : ligne {line} plus longue que {limit} : ce n'est pas un texte à coller dans un système d'IA.",
    en: "{source}: line {line} longer than {limit}: this is not a text to paste into an AI system.")
  public static let scanTooLarge = Message(
    "scan.p.large", fr: "{source} : plus de {limit} : trop grand pour être analysé (et pour être collé).",
    en: "{source}: more than {limit}: too large to scan (and to paste).")
  public static let scanCannotWrite = Message(
    "scan.p.write", fr: "Écriture impossible : {reason}", en: "Cannot write: {reason}")
  public static let scanIsDirectory = Message(
    "scan.p.directory", fr: "{source} : c'est un dossier.", en: "{source}: this is a folder.")

  // MARK: pseudonymisation
  public static let scanPseudonymised = Message(
    "scan.pseudo.done",
    fr:
      "Copie pseudonymisée écrite dans {output} ({codes} code(s)) ; table de correspondance dans {table} (lisible par vous seul·e, 0600).",
    en:
      "Pseudonymised copy written to {output} ({codes} code(s)); correspondence table in {table} (readable by you only, 0600)."
  )
  public static let scanPseudonymisedWarning = Message(
    "scan.pseudo.warning",
    fr:
      "Ce texte est pseudonymisé : ce sont toujours des données personnelles, pas des données anonymes. Quiconque détient la table peut ré-identifier ; ne la transmettez jamais avec le texte [§pseudonymisation].",
    en:
      "This text is pseudonymised: it is still personal data, not anonymous data. Whoever holds the table can re-identify; never send it with the text [§pseudonymisation]."
  )
  public static let scanPseudonymiseOneFile = Message(
    "scan.pseudo.onefile", fr: "--pseudonymise traite un seul fichier à la fois.",
    en: "--pseudonymise handles one file at a time.")
  public static let scanPseudonymiseSame = Message(
    "scan.pseudo.same", fr: "La copie et la table doivent être des fichiers distincts de l'original.",
    en: "The copy and the table must be files other than the original.")

  // MARK: REPL
  public static let cmdScan = Message(
    "cmd.scan", fr: "vérifier un texte avant de le coller (noms, dates, santé, secrets…)",
    en: "check a text before pasting it (names, dates, health, secrets…)")
  public static let scanPasteIntro = Message(
    "scan.paste.intro",
    fr:
      "Collez le texte à vérifier, puis une ligne avec seulement un point (.) ou Ctrl-D. Le texte n'est ni enregistré, ni gardé dans l'historique ; Ctrl-C abandonne.",
    en:
      "Paste the text to check, then a line holding only a dot (.) or Ctrl-D. The text is neither saved nor kept in the history; Ctrl-C gives up."
  )
  public static let scanPasteCancelled = Message(
    "scan.paste.cancelled", fr: "Vérification abandonnée : rien n'a été analysé ni gardé.",
    en: "Check cancelled: nothing was scanned or kept.")
  public static let scanPasteEmpty = Message("scan.paste.empty", fr: "Aucun texte collé.", en: "No text pasted.")
  public static let scanPasteFollowUp = Message(
    "scan.paste.followup",
    fr: "Le texte a été oublié ; seul ce bilan est gardé pour la session. /evaluer en tiendra compte.",
    en: "The text has been forgotten; only this summary is kept for the session. /assess will take it into account.")

  // MARK: interview and declaration
  public static let scanEvidence = Message(
    "scan.evidence", fr: "vérification du texte : {list}", en: "text check: {list}")
  public static let scanEvidenceShown = Message(
    "scan.evidence.shown", fr: "D'après la vérification du texte (/verifier) : {list}.",
    en: "From the text check (/scan): {list}.")
  public static let scanDeclarationLine = Message(
    "scan.declaration",
    fr:
      "Texte vérifié par sia avant l'évaluation (décompte seul, le texte n'est pas conservé) : {list} — conclusion : {conclusion}.",
    en:
      "Text checked by sia before the assessment (counts only, the text is not kept): {list} — conclusion: {conclusion}."
  )
  public static let scanReportUnusable = Message(
    "scan.report.unusable", fr: "{file} : pas un rapport de sia scan --json utilisable ({reason}).",
    en: "{file}: not a usable sia scan --json report ({reason}).")
  public static let scanReportAttached = Message(
    "scan.report.attached",
    fr: "Vérification du texte jointe à la déclaration (décompte seul) : {list} — conclusion : {conclusion}.",
    en: "Text check attached to the declaration (counts only): {list} — conclusion: {conclusion}.")
  public static let scanDeclarationNothing = Message(
    "scan.declaration.nothing", fr: "rien détecté", en: "nothing detected")

  static let scanCatalogue: [Message] =
    ScanCategory.allCases.map(scanCategory) + ScanGroup.allCases.map(scanGroup)
    + ScanConfidence.allCases.map(scanConfidence) + [
      scanConclusionLabel, scanHealthIdentifying, scanHealthPersonal, scanHealthOnly, scanIdentifying, scanPersonal,
      scanNothing, scanSecrets, scanSecretsAdvice, scanIdentifyingAdvice, scanHeader, scanHeaderNothing, scanCounts,
      scanOmitted, scanLowHidden, scanTotal, scanPastedSource, scanStdinSource, scanNoWordLists, scanLexiconProblem,
      scanNoFile, scanUnreadable, scanBinary, scanInvalidUTF8, scanLineTooLong, scanTooLarge, scanCannotWrite,
      scanIsDirectory, scanPseudonymised, scanPseudonymisedWarning, scanPseudonymiseOneFile, scanPseudonymiseSame,
      cmdScan, scanPasteIntro, scanPasteCancelled, scanPasteEmpty, scanPasteFollowUp, scanEvidence, scanDeclarationLine,
      scanDeclarationNothing, scanReportUnusable, scanReportAttached, scanEvidenceShown,
    ]
}

extension ScanConclusion {
  /// The one-line conclusion in the guide's terms.
  public func text(_ lang: Lang) -> String {
    let data: Message
    switch (dataClass, health) {
    case (.identifying, true): data = Messages.scanHealthIdentifying
    case (.personal, true): data = Messages.scanHealthPersonal
    case (.nothingFound, true): data = Messages.scanHealthOnly
    case (.identifying, false): data = Messages.scanIdentifying
    case (.personal, false): data = Messages.scanPersonal
    case (.nothingFound, false): data = Messages.scanNothing
    }
    guard secrets else { return data.text(lang) }
    if dataClass == .nothingFound, !health { return Messages.scanSecrets.text(lang) }
    return Messages.scanSecrets.text(lang) + " ; " + data.text(lang)
  }
}

extension ScanProblem {
  public func message(source: String) -> LocalizedProblem {
    switch self {
    case .unreadable(let reason):
      return LocalizedProblem(Messages.scanUnreadable, [.source: source, .reason: reason])
    case .binary: return LocalizedProblem(Messages.scanBinary, [.source: source])
    case .invalidUTF8(let line):
      return LocalizedProblem(Messages.scanInvalidUTF8, [.source: source, .line: "\(line)"])
    case .lineTooLong(let line, let limit):
      return LocalizedProblem(
        Messages.scanLineTooLong, [.source: source, .line: "\(line)", .limit: ScanProblem.size(limit)])
    case .tooLarge(let limit):
      return LocalizedProblem(Messages.scanTooLarge, [.source: source, .limit: ScanProblem.size(limit)])
    case .cannotWrite(let reason): return LocalizedProblem(Messages.scanCannotWrite, [.reason: reason])
    }
  }

  static func size(_ bytes: Int) -> String {
    bytes >= 1 << 20 ? "\(bytes >> 20) Mio" : "\(bytes >> 10) Kio"
  }
}
