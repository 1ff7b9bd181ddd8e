extension Messages {
  // MARK: verdicts
  public static let docVerdictOK = Message("doc.verdict.ok", fr: "Usage autorisé", en: "Use allowed")
  public static let docVerdictConditions = Message(
    "doc.verdict.conditions", fr: "Usage autorisé sous conditions", en: "Use allowed under conditions")
  public static let docVerdictValidation = Message(
    "doc.verdict.validation", fr: "Usage soumis à validation préalable", en: "Use subject to prior approval")
  public static let docVerdictForbidden = Message("doc.verdict.interdit", fr: "Usage interdit", en: "Use forbidden")

  // MARK: document
  public static let docTitle = Message(
    "doc.title", fr: "Déclaration d'usage d'un système d'IA", en: "Declaration of use of an AI system")
  public static let docTitleExemption = Message(
    "doc.title.exemption", fr: "Demande de dérogation — usage d'un système d'IA interdit par le guide",
    en: "Exemption request — use of an AI system the guide forbids")
  public static let docContestedFlag = Message("doc.contested", fr: "VERDICT CONTESTÉ", en: "VERDICT CONTESTED")
  public static let docContestedNote = Message(
    "doc.contested.note",
    fr:
      "le/la déclarant·e n'est pas d'accord avec le verdict du guide et s'en explique ci-dessous (section « Contestation »). À examiner par le/la directeur·rice d'unité et le/la DPO.",
    en:
      "the declarant disagrees with the guide's verdict and explains why below (section \"Contest\"). To be examined by the lab head and the DPO."
  )
  public static let docDate = Message("doc.date", fr: "Date", en: "Date")
  public static let docValidUntil = Message("doc.validuntil", fr: "Valable jusqu'au", en: "Valid until")
  public static let docGuideVersion = Message("doc.guideversion", fr: "Version du guide", en: "Guide version")
  public static let docToolVersion = Message("doc.toolversion", fr: "Version de sia", en: "sia version")
  public static let docTraining = Message("doc.training", fr: "Formation", en: "Training")
  public static let docTrainingValue = Message(
    "doc.training.value", fr: "attestation du {date}, {right}/{total} ({percent} %), signée ({file})",
    en: "attestation of {date}, {right}/{total} ({percent} %), signed ({file})")
  public static let docSystem = Message("doc.system", fr: "Système d'IA", en: "AI system")
  public static let docUse = Message("doc.use", fr: "Usage prévu", en: "Intended use")
  public static let docData = Message("doc.data", fr: "Données concernées", en: "Data involved")
  public static let docNone = Message("doc.none", fr: "(aucune)", en: "(none)")
  public static let docAnswers = Message("doc.answers", fr: "Questions et réponses", en: "Questions and answers")
  public static let docVerdict = Message("doc.verdict", fr: "Verdict du guide", en: "The guide's verdict")
  public static let docCommitments = Message("doc.commitments", fr: "Engagements", en: "Commitments")
  public static let docCommitmentsIntro = Message(
    "doc.commitments.intro", fr: "Le/la déclarant·e a accepté explicitement, un par un, les engagements suivants :",
    en: "The declarant explicitly accepted each of the following commitments, one by one:")
  public static let docNoCommitment = Message(
    "doc.commitments.none", fr: "Aucune action requise par le verdict.", en: "The verdict requires no action.")
  public static let docContest = Message("doc.contest", fr: "Contestation", en: "Contest")
  public static let docPublication = Message(
    "doc.publication", fr: "Déclaration d'usage de l'IA pour publication", en: "AI-use statement for publication")
  public static let docPublicationIntro = Message(
    "doc.publication.intro",
    fr: "À reprendre dans le manuscrit ou la thèse (section Méthodes ou Remerciements, selon les règles de la revue) :",
    en: "To paste into the manuscript or thesis (Methods or Acknowledgements section, as the journal requires):")
  public static let docStructured = Message("doc.structured", fr: "Données structurées", en: "Structured data")
  public static let docStructuredIntro = Message(
    "doc.structured.intro",
    fr:
      "Le même contenu en JSON canonique (RFC 8785), pour les registres. La signature (fichier .sig) couvre tout ce document.",
    en:
      "The same content as canonical JSON (RFC 8785), for registries. The signature (.sig file) covers this whole document."
  )

  // MARK: publication statement
  public static let pubVersion = Message("pub.version", fr: "version {version}", en: "version {version}")
  public static let pubUsed = Message(
    "pub.used", fr: "Le système d'IA {tool} a été utilisé pour les tâches suivantes : {tasks}",
    en: "The AI system {tool} was used for the following tasks: {tasks}")
  public static let pubNoTask = Message("pub.notask", fr: "tâches non précisées", en: "unspecified tasks")
  public static let pubVerification = Message(
    "pub.verification", fr: "Vérification humaine effectuée : {verification}",
    en: "Human verification done: {verification}")
  public static let pubResponsibility = Message(
    "pub.responsibility",
    fr:
      "Les auteur·rice·s ont vérifié les contenus produits avec l'aide de cet outil et en assument l'entière responsabilité ; l'outil n'est pas auteur",
    en:
      "The authors checked the content produced with the help of this tool and take full responsibility for it; the tool is not an author"
  )
  public static let pubTaxonomy = Message(
    "pub.taxonomy", fr: "Rôles délégués selon la taxonomie GAIDeT : {roles}",
    en: "Delegated roles in the GAIDeT taxonomy: {roles}")

  // MARK: GAIDeT roles
  public static let gaidetConceptualization = Message(
    "gaidet.conceptualization", fr: "conceptualisation", en: "Conceptualization")
  public static let gaidetLiterature = Message(
    "gaidet.literature", fr: "revue de la littérature", en: "Literature Review")
  public static let gaidetMethodology = Message("gaidet.methodology", fr: "méthodologie", en: "Methodology")
  public static let gaidetSoftware = Message(
    "gaidet.software", fr: "développement logiciel et automatisation", en: "Software Development and Automation")
  public static let gaidetData = Message("gaidet.data", fr: "gestion et analyse des données", en: "Data Management")
  public static let gaidetWriting = Message("gaidet.writing", fr: "rédaction et édition", en: "Writing and Editing")
  public static let gaidetEthics = Message("gaidet.ethics", fr: "analyse éthique", en: "Ethics Review")
  public static let gaidetSupervision = Message(
    "gaidet.supervision", fr: "supervision et évaluation de la qualité", en: "Supervision")

  // MARK: refusals
  public static let declRefusedCommitment = Message(
    "decl.refused.commitment",
    fr:
      "Déclaration non produite : l'engagement « {commitment} » a été refusé. Sans lui, l'usage n'est pas conforme au guide.",
    en:
      "No declaration produced: the commitment \"{commitment}\" was refused. Without it, the use does not comply with the guide."
  )
  public static let declForbidden = Message(
    "decl.forbidden",
    fr:
      "Usage interdit par le guide : aucune déclaration n'est produite. Si vous êtes en désaccord, écrivez une justification (--justification) : sia produira une demande de dérogation pour votre directeur·rice d'unité et le/la DPO.",
    en:
      "Use forbidden by the guide: no declaration is produced. If you disagree, write a justification (--justification): sia will produce an exemption request for your lab head and the DPO."
  )
  public static let declAlternative = Message(
    "decl.alternative", fr: "Alternative autorisée : {alternative}", en: "Allowed alternative: {alternative}")
  public static let declEmptyJustification = Message(
    "decl.justification.empty", fr: "La justification est vide : écrivez pourquoi vous contestez le verdict.",
    en: "The justification is empty: write why you contest the verdict.")

  static let declarationCatalogue: [Message] = [
    docVerdictOK, docVerdictConditions, docVerdictValidation, docVerdictForbidden,
    docTitle, docTitleExemption, docContestedFlag, docContestedNote, docDate, docValidUntil, docGuideVersion,
    docToolVersion, docTraining, docTrainingValue, docSystem, docUse, docData, docNone, docAnswers, docVerdict,
    docCommitments, docCommitmentsIntro,
    docNoCommitment, docContest, docPublication, docPublicationIntro, docStructured, docStructuredIntro,
    pubVersion, pubUsed, pubNoTask, pubVerification, pubResponsibility, pubTaxonomy,
    gaidetConceptualization, gaidetLiterature, gaidetMethodology, gaidetSoftware, gaidetData, gaidetWriting,
    gaidetEthics, gaidetSupervision,
    declRefusedCommitment, declForbidden, declAlternative, declEmptyJustification,
  ]
}
