extension Messages {
  // MARK: verdicts and yes/no
  public static let verdictOk = Message("verdict.ok", fr: "autorisé", en: "allowed")
  public static let verdictConditions = Message(
    "verdict.conditions", fr: "autorisé sous conditions", en: "allowed with conditions")
  public static let verdictValidation = Message(
    "verdict.validation", fr: "soumis à validation préalable", en: "subject to prior approval")
  public static let verdictInterdit = Message(
    "verdict.interdit", fr: "non autorisé en l'état", en: "not allowed as it stands")
  public static let yes = Message("answer.yes", fr: "oui", en: "yes")
  public static let no = Message("answer.no", fr: "non", en: "no")

  // MARK: commands
  public static let cmdAssess = Message(
    "cmd.assess", fr: "évaluer un usage de l'IA, question par question (ou à partir d'une phrase)",
    en: "assess a use of AI, one question at a time (or from a sentence)")
  public static let cmdResume = Message(
    "cmd.resume", fr: "reprendre l'évaluation interrompue", en: "resume the interrupted assessment")
  public static let cmdBack = Message(
    "cmd.back", fr: "revenir à la question précédente", en: "go back to the previous question")
  public static let cmdWhy = Message(
    "cmd.why", fr: "expliquer le verdict (provisoire pendant l'évaluation)",
    en: "explain the verdict (provisional during the assessment)")
  public static let cmdAlternatives = Message(
    "cmd.alternatives", fr: "ce qui rendrait l'usage autorisé (changements minimaux)",
    en: "what would make the use allowed (smallest changes)")
  public static let cmdEnergy = Message(
    "cmd.energy", fr: "ordre de grandeur de l'énergie consommée", en: "order of magnitude of the energy used")
  public static let cmdCancel = Message(
    "cmd.cancel", fr: "abandonner l'évaluation en cours", en: "abandon the current assessment")

  // MARK: interview
  public static let interviewIntro = Message(
    "interview.intro",
    fr:
      "Évaluation d'un usage de l'IA. Répondez par le numéro ou le texte d'une option ; ? affiche l'aide, /retour revient en arrière, /pourquoi donne le verdict provisoire, /annuler abandonne. Chaque réponse est enregistrée : après une interruption, tapez /reprendre.",
    en:
      "Assessing a use of AI. Answer with the number or the text of an option; ? shows the help, /back goes back, /why gives the provisional verdict, /cancel abandons. Every answer is saved: after an interruption, type /resume."
  )
  public static let questionHeader = Message(
    "interview.question", fr: "Question {index}/{total} — {text}", en: "Question {index}/{total} — {text}")
  public static let hintSingle = Message(
    "interview.hint.single", fr: "(un numéro ; ? pour l'aide)", en: "(one number; ? for help)")
  public static let hintMultiple = Message(
    "interview.hint.multiple", fr: "(un ou plusieurs numéros séparés par des virgules ; ? pour l'aide)",
    en: "(one or more numbers separated by commas; ? for help)")
  public static let hintText = Message(
    "interview.hint.text", fr: "(texte libre ; « - » si vous ne savez pas)", en: "(free text; \"-\" if you do not know)"
  )
  public static let answerNotUnderstood = Message(
    "interview.answer.unknown",
    fr: "Réponse non comprise : « {answer} ». Tapez un numéro de 1 à {count}, le texte d'une option, ou ? pour l'aide.",
    en: "Answer not understood: \"{answer}\". Type a number from 1 to {count}, the text of an option, or ? for help.")
  public static let answerOneOnly = Message(
    "interview.answer.one", fr: "Une seule réponse est attendue ici.", en: "Only one answer is expected here.")
  public static let answerExclusive = Message(
    "interview.answer.exclusive", fr: "« {option} » ne se combine pas avec d'autres réponses.",
    en: "\"{option}\" cannot be combined with other answers.")
  public static let helpNone = Message(
    "interview.help.none", fr: "Pas d'aide particulière pour cette question.", en: "No specific help for this question."
  )
  public static let helpRead = Message("interview.help.read", fr: "À lire : {sections}", en: "Read: {sections}")
  public static let backAtStart = Message(
    "interview.back.start", fr: "Vous êtes à la première question.", en: "This is the first question.")
  public static let questionKept = Message(
    "interview.interrupted", fr: "(interrompu — la question reste posée ; /annuler pour abandonner)",
    en: "(interrupted — the question is still open; /cancel to abandon)")
  public static let toolRecognized = Message(
    "interview.tool", fr: "Outil reconnu : {name} ({provider}, {country}).",
    en: "Tool recognised: {name} ({provider}, {country}).")
  public static let toolTraining = Message(
    "interview.tool.training", fr: "Réutilisation de vos données pour l'entraînement : {note}",
    en: "Reuse of your data for training: {note}")
  public static let toolRetention = Message(
    "interview.tool.retention", fr: "Conservation : {retention}", en: "Retention: {retention}")
  public static let toolSources = Message(
    "interview.tool.sources", fr: "Sources (état au {date}) : {sources}", en: "Sources (as of {date}): {sources}")
  public static let preanswersTitle = Message(
    "interview.preanswers", fr: "Cela répond déjà à ces questions :", en: "This already answers these questions:")
  public static let preanswersConfirm = Message(
    "interview.preanswers.confirm", fr: "Confirmez-vous ces réponses ? (oui/non)",
    en: "Do you confirm these answers? (yes/no)")
  public static let preanswersAccepted = Message(
    "interview.preanswers.yes", fr: "Réponses confirmées.", en: "Answers confirmed.")
  public static let preanswersRejected = Message(
    "interview.preanswers.no", fr: "D'accord : ces questions vous seront posées.",
    en: "All right: you will be asked these questions.")
  public static let confirmNotUnderstood = Message(
    "interview.confirm.unknown", fr: "Répondez oui ou non.", en: "Answer yes or no.")
  public static let intentNothing = Message(
    "interview.intent.none", fr: "Je n'ai rien reconnu dans cette description : commençons par la première question.",
    en: "I recognised nothing in this description: let us start with the first question.")
  public static let intentFrom = Message(
    "interview.intent.from", fr: "D'après votre description :", en: "From your description:")
  public static let intentOffer = Message(
    "interview.intent.offer",
    fr: "Vous décrivez un usage : tapez /evaluer pour l'évaluer à partir de cette phrase.",
    en: "You are describing a use: type /assess to assess it from this sentence.")
  public static let attestationFound = Message(
    "interview.attestation.found",
    fr: "Votre attestation de formation du {date} ({score} %) est valide et signée.",
    en: "Your training attestation of {date} ({score} %) is valid and signed.")
  public static let interviewResumed = Message(
    "interview.resumed", fr: "Reprise de l'évaluation commencée le {date} ({count} réponse(s) déjà données).",
    en: "Resuming the assessment started on {date} ({count} answer(s) already given).")
  public static let nothingToResume = Message(
    "interview.resume.none", fr: "Aucune évaluation en cours. Tapez /evaluer pour en commencer une.",
    en: "No assessment in progress. Type /assess to start one.")
  public static let resumeUnreadable = Message(
    "interview.resume.unreadable",
    fr: "L'évaluation enregistrée est illisible ({reason}) : tapez /evaluer pour recommencer.",
    en: "The saved assessment cannot be read ({reason}): type /assess to start again.")
  public static let saveFailed = Message(
    "interview.save.failed", fr: "Attention : l'évaluation ne peut pas être enregistrée ({reason}).",
    en: "Warning: the assessment cannot be saved ({reason}).")
  public static let interviewCancelled = Message(
    "interview.cancelled", fr: "Évaluation abandonnée.", en: "Assessment abandoned.")
  public static let notInInterview = Message(
    "interview.none", fr: "Aucune évaluation en cours.", en: "No assessment in progress.")
  public static let noAssessment = Message(
    "interview.noresult", fr: "Aucune évaluation : tapez /evaluer pour en faire une.",
    en: "No assessment: type /assess to make one.")
  public static let interviewDone = Message(
    "interview.done", fr: "Évaluation terminée. /pourquoi, /alternatives et /energie restent disponibles.",
    en: "Assessment complete. /why, /alternatives and /energy remain available.")
  public static let promptLabel = Message("interview.prompt", fr: "évaluation", en: "assessment")

  static let decisionInterviewCatalogue: [Message] = [
    verdictOk, verdictConditions, verdictValidation, verdictInterdit, yes, no,
    cmdAssess, cmdResume, cmdBack, cmdWhy, cmdAlternatives, cmdEnergy, cmdCancel,
    interviewIntro, questionHeader, hintSingle, hintMultiple, hintText, answerNotUnderstood, answerOneOnly,
    answerExclusive, helpNone, helpRead, backAtStart, questionKept, toolRecognized, toolTraining, toolRetention,
    toolSources, preanswersTitle, preanswersConfirm, preanswersAccepted, preanswersRejected, confirmNotUnderstood,
    intentNothing, intentFrom, intentOffer, attestationFound, interviewResumed, nothingToResume, resumeUnreadable,
    saveFailed, interviewCancelled,
    notInInterview, noAssessment, interviewDone, promptLabel,
  ]
}

extension Messages {
  public static let helpReadMore = Message(
    "interview.help.more", fr: "Section complète : /lire {id}", en: "Full section: /read {id}")

  public static let interviewReplaced = Message(
    "interview.replaced",
    fr: "(L'évaluation interrompue commencée le {date} est remplacée par celle-ci.)",
    en: "(The interrupted assessment started on {date} is replaced by this one.)")

  static let decisionReplCatalogue: [Message] = [helpReadMore, interviewReplaced]
}
