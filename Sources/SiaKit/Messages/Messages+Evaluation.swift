/// The evaluation as a saved object (issue 14): what waits at start-up, replacing or
/// discarding it, the profile and key set up inside the REPL, the verdict card.
extension Messages {
  // MARK: what waits
  public static let waitingInterview = Message(
    "journey.waiting.interview",
    fr: "Un entretien commencé le {date} n'est pas fini ({count} réponse(s)) : /reprendre pour le continuer.",
    en: "An interview started on {date} is not finished ({count} answer(s)): /resume to continue it.")
  public static let waitingEvaluation = Message(
    "journey.waiting.evaluation",
    fr:
      "Une évaluation du {date} (verdict : {verdict}) n'est pas encore déclarée : /declaration pour la déclarer, /abandonner pour l'oublier.",
    en:
      "An assessment of {date} (verdict: {verdict}) is not declared yet: /declaration to declare it, /discard to forget it."
  )
  public static let evaluationKept = Message(
    "journey.evaluation.kept",
    fr: "Cette évaluation est enregistrée jusqu'à ce que vous la déclariez ou l'abandonniez, même si vous quittez sia.",
    en: "This assessment is kept until you declare or discard it, even if you leave sia.")
  public static let replaceInterviewAsk = Message(
    "journey.replace.interview",
    fr: "Un entretien commencé le {date} n'est pas fini ({count} réponse(s)). Le remplacer par un nouveau ? (oui/non)",
    en: "An interview started on {date} is not finished ({count} answer(s)). Replace it with a new one? (yes/no)")
  public static let replaceEvaluationAsk = Message(
    "journey.replace.evaluation",
    fr:
      "L'évaluation du {date} (verdict : {verdict}) n'est pas encore déclarée. La remplacer par une nouvelle ? (oui/non)",
    en: "The assessment of {date} (verdict: {verdict}) is not declared yet. Replace it with a new one? (yes/no)")
  public static let replaceKept = Message(
    "journey.replace.kept",
    fr: "Rien n'est remplacé : /reprendre continue l'entretien.",
    en: "Nothing is replaced: /resume continues the interview.")
  public static let replaceKeptEvaluation = Message(
    "journey.replace.kept.evaluation",
    fr: "Rien n'est remplacé : /declaration déclare l'évaluation, /abandonner l'oublie.",
    en: "Nothing is replaced: /declaration declares the assessment, /discard forgets it.")
  public static let discarded = Message(
    "journey.discarded", fr: "Évaluation abandonnée : elle ne sera pas déclarée.",
    en: "Assessment discarded: it will not be declared.")
  public static let nothingToDiscard = Message(
    "journey.discard.none", fr: "Aucune évaluation en attente.", en: "No assessment is waiting.")
  public static let goodbyeInterview = Message(
    "journey.goodbye.interview",
    fr: "Entretien enregistré ({count} réponse(s)) : relancez sia et tapez /reprendre pour le continuer. Au revoir.",
    en: "Interview saved ({count} answer(s)): start sia again and type /resume to continue it. Goodbye.")
  public static let goodbyeEvaluation = Message(
    "journey.goodbye.evaluation",
    fr: "L'évaluation reste enregistrée : relancez sia et tapez /declaration pour la déclarer. Au revoir.",
    en: "The assessment stays saved: start sia again and type /declaration to declare it. Goodbye.")
  public static let cmdDiscard = Message(
    "cmd.discard", fr: "abandonner l'évaluation en attente (elle ne sera pas déclarée)",
    en: "discard the waiting assessment (it will not be declared)")

  // MARK: profile and key inside the REPL
  public static let cmdProfileRepl = Message(
    "cmd.profile", fr: "renseigner votre profil (nom, unité, directeur·rice d'unité)",
    en: "set up your profile (name, unit, lab head)")
  public static let cmdKeyRepl = Message(
    "cmd.key", fr: "créer votre clé de signature", en: "create your signing key")
  public static let profileIntroRepl = Message(
    "journey.profile.intro",
    fr:
      "Votre profil figure sur chaque déclaration. Entrée garde la valeur entre crochets ; /annuler arrête sans rien changer.",
    en:
      "Your profile appears on every declaration. Enter keeps the value in brackets; /cancel stops without changing anything."
  )
  public static let profileFieldRepl = Message("journey.profile.field", fr: "{field} :", en: "{field}:")
  public static let profileFieldCurrent = Message(
    "journey.profile.field.current", fr: "{field} [{current}] :", en: "{field} [{current}]:")
  public static let profileFieldRequired = Message(
    "journey.profile.required", fr: "Ce champ est nécessaire.", en: "This field is needed.")
  public static let profileEmailRetry = Message(
    "journey.profile.email", fr: "Adresse invalide : {value}. Tapez une adresse de la forme prenom.nom@exemple.fr.",
    en: "Invalid address: {value}. Type an address like first.last@example.org.")
  public static let profileCancelledRepl = Message(
    "journey.profile.cancelled", fr: "Profil inchangé.", en: "Profile unchanged.")
  public static let fieldDeclarantName = Message("journey.field.name", fr: "Votre nom", en: "Your name")
  public static let fieldDeclarantEmail = Message("journey.field.email", fr: "Votre e-mail", en: "Your e-mail")
  public static let fieldUnitName = Message("journey.field.unit", fr: "Votre unité", en: "Your unit")
  public static let fieldUnitCode = Message(
    "journey.field.unitcode", fr: "Code de l'unité (ex. U1234)", en: "Unit code (e.g. U1234)")
  public static let fieldLabHeadName = Message(
    "journey.field.labhead", fr: "Directeur·rice d'unité", en: "Lab head")
  public static let fieldLabHeadEmail = Message(
    "journey.field.labheademail", fr: "E-mail du directeur·rice d'unité", en: "Lab head's e-mail")
  public static let needProfile = Message(
    "journey.need.profile",
    fr:
      "Pour déclarer, il faut d'abord votre profil : tapez /profil. L'évaluation reste enregistrée et la déclaration reprendra ensuite.",
    en:
      "To declare, your profile is needed first: type /profile. The assessment stays saved and the declaration will resume afterwards."
  )
  public static let needKey = Message(
    "journey.need.key",
    fr:
      "Pas encore de clé de signature : tapez /cle pour la créer (la déclaration reprendra ensuite), ou /declaration --sans-signature.",
    en:
      "No signing key yet: type /key to create it (the declaration will resume afterwards), or /declaration --unsigned."
  )
  public static let keyExistsRepl = Message(
    "journey.key.exists", fr: "Vous avez déjà une clé de signature ({fingerprint}).",
    en: "You already have a signing key ({fingerprint}).")
  public static let keyNeedsProfile = Message(
    "journey.key.needsprofile", fr: "La clé porte votre e-mail : tapez d'abord /profil.",
    en: "The key carries your e-mail: type /profile first.")
  public static let backToDeclaration = Message(
    "journey.back.declaration", fr: "Retour à la déclaration en attente.", en: "Back to the waiting declaration.")

  // MARK: the use in the person's words, the folder
  public static let usePrompt = Message(
    "journey.use.prompt",
    fr: "Décrivez l'usage en une phrase, avec vos mots (il figurera sur la déclaration). Entrée garde :",
    en: "Describe the use in one sentence, in your own words (it goes on the declaration). Enter keeps:")
  public static let usePromptEmpty = Message(
    "journey.use.prompt.empty",
    fr: "Décrivez l'usage en une phrase, avec vos mots (il figurera sur la déclaration) :",
    en: "Describe the use in one sentence, in your own words (it goes on the declaration):")
  public static let documentsFolder = Message(
    "journey.documents.folder", fr: "Dossier des déclarations : {path}", en: "Declarations folder: {path}")

  // MARK: the verdict card
  public static let cardReasons = Message("journey.card.reasons", fr: "Parce que :", en: "Because:")
  public static let cardActionsCount = Message(
    "journey.card.actions", fr: "{count} action(s) à respecter : /actions pour la liste.",
    en: "{count} action(s) to follow: /actions for the list.")
  public static let cardNextDeclare = Message(
    "journey.card.next.declare",
    fr: "Suite : /declaration pour déclarer cet usage · /details : les règles appliquées · /alternatives",
    en: "Next: /declaration to declare this use · /details: the rules applied · /alternatives")
  public static let cardNextForbidden = Message(
    "journey.card.next.forbidden",
    fr:
      "Suite : /alternatives pour ce qui changerait le verdict · /details : les règles appliquées · /declaration pour demander une dérogation",
    en:
      "Next: /alternatives for what would change the verdict · /details: the rules applied · /declaration to request an exemption"
  )
  public static let verdictIncomplete = Message(
    "journey.verdict.incomplete",
    fr: "Verdict provisoire : incomplet ({count} question(s) encore sans réponse). Au pire : {worst}.",
    en: "Provisional verdict: incomplete ({count} question(s) still unanswered). At worst: {worst}.")
  public static let cmdDetails = Message(
    "cmd.details", fr: "les règles appliquées et les réponses qui les déclenchent",
    en: "the rules applied and the answers that trigger them")
  public static let cmdActions = Message(
    "cmd.actions", fr: "toutes les actions à respecter", en: "every action to follow")
  public static let actionsNone = Message(
    "journey.actions.none", fr: "Aucune action particulière pour cet usage.", en: "No particular action for this use.")

  static let evaluationCatalogue: [Message] = [
    waitingInterview, waitingEvaluation, evaluationKept, replaceInterviewAsk, replaceEvaluationAsk, replaceKept,
    replaceKeptEvaluation, discarded,
    nothingToDiscard, goodbyeInterview, goodbyeEvaluation, cmdDiscard, cmdProfileRepl, cmdKeyRepl, profileIntroRepl,
    profileFieldRepl, profileFieldCurrent, profileFieldRequired, profileEmailRetry, profileCancelledRepl,
    fieldDeclarantName, fieldDeclarantEmail, fieldUnitName, fieldUnitCode, fieldLabHeadName, fieldLabHeadEmail,
    needProfile, needKey, keyExistsRepl, keyNeedsProfile, backToDeclaration, usePrompt, usePromptEmpty, documentsFolder,
    cardReasons, cardActionsCount, cardNextDeclare, cardNextForbidden, verdictIncomplete, cmdDetails, cmdActions,
    actionsNone,
  ]
}

extension Messages {
  public static let declarationForceIgnored = Message(
    "journey.declaration.force",
    fr: "(--force est inutile : une déclaration ne remplace jamais un document existant, elle prend un nom numéroté.)",
    en: "(--force is not needed: a declaration never replaces an existing document, it takes a numbered name.)")
  public static let declarationUsage = Message(
    "journey.declaration.usage", fr: "Usage : /declaration [FICHIER] [--sans-signature]",
    en: "Usage: /declaration [FILE] [--unsigned]")

  static let declarationJourneyCatalogue: [Message] = [declarationForceIgnored, declarationUsage]
}

extension Messages {
  // MARK: prompt labels of the declaration and profile dialogues (`sia[label …]> `)
  public static let promptUse = Message("prompt.use", fr: "usage", en: "use")
  public static let promptCommitment = Message("prompt.commitment", fr: "engagement", en: "commitment")
  public static let promptVersion = Message("prompt.version", fr: "version", en: "version")
  public static let promptVerification = Message("prompt.verification", fr: "vérification", en: "check")
  public static let promptVerdict = Message("prompt.verdict", fr: "verdict", en: "verdict")
  public static let promptJustification = Message("prompt.justification", fr: "justification", en: "justification")
  public static let promptProfile = Message("prompt.profile", fr: "profil", en: "profile")

  static let promptCatalogue: [Message] = [
    promptUse, promptCommitment, promptVersion, promptVerification, promptVerdict, promptJustification, promptProfile,
  ]
}
