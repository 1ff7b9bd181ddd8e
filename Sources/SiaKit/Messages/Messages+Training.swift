extension Messages {
  // MARK: commands
  public static let cmdTrain = Message(
    "cmd.train", fr: "s'exercer sur des cas notés (/formation reprendre : reprise)",
    en: "practise on scored cases (/train resume: resume)")
  public static let cmdTrainShow = Message(
    "cmd.train.show", fr: "réafficher l'exercice en cours", en: "show the current exercise again")
  public static let cmdTrainPause = Message(
    "cmd.train.pause", fr: "interrompre la formation (elle est enregistrée)", en: "pause the training (it is saved)")

  // MARK: the session
  public static let trainStart = Message(
    "train.start",
    fr:
      "Formation : {count} exercice(s), série n° {seed} (pour rejouer la même : /formation graine={seed}).\nRépondez par la ou les lettres (ex. b ou a,c) ; /lire ID ouvre le guide, /pause interrompt.",
    en:
      "Training: {count} exercise(s), series no. {seed} (to replay it: /train seed={seed}).\nAnswer with the letter(s) (e.g. b or a,c); /read ID opens the guide, /pause stops."
  )
  public static let trainScoringRule = Message(
    "train.rule",
    fr: "Un exercice est juste quand les lettres choisies sont exactement les bonnes : ni oubli, ni excès.",
    en: "An exercise is right when the letters chosen are exactly the right ones: none missing, none extra.")
  public static let trainFewer = Message(
    "train.fewer",
    fr: "Seulement {count} exercice(s) pour ce choix : une attestation en demande au moins {minimum}.",
    en: "Only {count} exercise(s) for this choice: an attestation needs at least {minimum}.")
  public static let trainNone = Message(
    "train.none", fr: "Aucun exercice ne correspond à ce choix (voir sia train --list).",
    en: "No exercise matches this choice (see sia train --list).")
  public static let trainHeading = Message(
    "train.heading", fr: "Exercice {position}/{count} — {theme} · {level}",
    en: "Exercise {position}/{count} — {theme} · {level}")
  public static let trainHint = Message(
    "train.hint", fr: "Une ou plusieurs réponses justes : tapez la ou les lettres (ex. b ou a,c).",
    en: "One or more right answers: type the letter(s) (e.g. b or a,c).")
  public static let trainNotAnAnswer = Message(
    "train.notanswer", fr: "« {value} » n'est pas une réponse : tapez une ou plusieurs lettres parmi {letters}.",
    en: "\"{value}\" is not an answer: type one or more letters among {letters}.")
  public static let trainRight = Message("train.right", fr: "✓ Juste.", en: "✓ Right.")
  public static let trainWrong = Message(
    "train.wrong", fr: "✗ Inexact : la réponse juste est {letters}.", en: "✗ Not quite: the right answer is {letters}.")
  public static let trainYourChoice = Message("train.yourchoice", fr: "Votre réponse :", en: "Your answer:")
  public static let trainMissed = Message("train.missed", fr: "Il fallait aussi :", en: "You also needed:")
  public static let trainToRead = Message("train.toread", fr: "À lire :", en: "To read:")
  public static let trainSummary = Message(
    "train.summary", fr: "Résultat : {right}/{total} exercices justes ({percent} %).",
    en: "Result: {right}/{total} exercises right ({percent}%).")
  public static let trainByTheme = Message("train.bytheme", fr: "Par thème :", en: "By theme:")
  public static let trainRevisit = Message("train.revisit", fr: "À revoir :", en: "To revisit:")
  public static let trainRevisitNone = Message(
    "train.revisit.none", fr: "Aucun thème à revoir.", en: "No theme to revisit.")
  public static let trainNoAttestation = Message(
    "train.noattestation",
    fr: "Pas d'attestation cette fois : il faut au moins {minimum} exercices et {percent} % de réponses justes.",
    en: "No attestation this time: it takes at least {minimum} exercises and {percent}% right answers.")
  public static let trainAskName = Message(
    "train.askname",
    fr: "Vous obtenez une attestation de formation. Nom à y inscrire (Entrée pour « {default} ») :",
    en: "You earn a training attestation. Name to write on it (Enter for \"{default}\"):")
  public static let trainAttestationSaved = Message(
    "train.attestation.saved", fr: "Attestation enregistrée : {path}", en: "Attestation saved: {path}")
  public static let trainAttestationFailed = Message(
    "train.attestation.failed", fr: "L'attestation n'a pas pu être enregistrée : {reason}",
    en: "The attestation could not be saved: {reason}")
  public static let trainAttestationSigned = Message(
    "train.attestation.signed", fr: "Signée avec votre clé {fingerprint} : {sig}\nVérification : sia verify {path}",
    en: "Signed with your key {fingerprint}: {sig}\nVerification: sia verify {path}")
  public static let trainAttestationUnsigned = Message(
    "train.attestation.unsigned",
    fr: "Non signée : vous n'avez pas encore de clé. Créez-la (sia keygen), puis signez : sia sign {path}",
    en: "Not signed: you have no key yet. Create one (sia keygen), then sign: sia sign {path}")
  public static let trainAttestationSignFailed = Message(
    "train.attestation.signfailed", fr: "Signature impossible ({reason}) : l'attestation reste non signée.",
    en: "Cannot sign ({reason}): the attestation stays unsigned.")
  public static let trainPaused = Message(
    "train.paused",
    fr:
      "Formation interrompue avant l'exercice {position}/{count}, progression enregistrée : /formation reprendre pour continuer.",
    en:
      "Training paused before exercise {position}/{count}, progress saved: /train resume to go on."
  )
  public static let trainNotSaved = Message(
    "train.notsaved", fr: "Attention : la progression ne peut pas être enregistrée ({reason}).",
    en: "Warning: progress cannot be saved ({reason}).")
  public static let trainResumeNone = Message(
    "train.resume.none", fr: "Aucune formation en cours à reprendre : commencez-en une avec /formation.",
    en: "No training in progress to resume: start one with /train.")
  public static let trainResumed = Message(
    "train.resumed", fr: "Reprise de la formation (série n° {seed}) : {done} exercice(s) sur {count} déjà faits.",
    en: "Resuming the training (series no. {seed}): {done} of {count} exercise(s) already done.")
  public static let trainDropped = Message(
    "train.dropped", fr: "Exercice(s) retiré(s) du guide depuis, donc sautés : {ids}.",
    en: "Exercise(s) removed from the guide since, so skipped: {ids}.")
  public static let trainReplaced = Message(
    "train.replaced", fr: "La formation en cours ({done}/{count}) est remplacée par celle-ci.",
    en: "The training in progress ({done}/{count}) is replaced by this one.")
  public static let trainDamaged = Message(
    "train.damaged", fr: "Progression enregistrée illisible ({reason}).", en: "Saved progress unreadable ({reason}).")
  public static let trainUsage = Message(
    "train.usage",
    fr:
      "Usage : /formation [THÈME] [NIVEAU] [NOMBRE] [graine=N] — « {value} » n'est ni un thème, ni un niveau, ni un nombre.",
    en: "Usage: /train [THEME] [LEVEL] [COUNT] [seed=N] — \"{value}\" is not a theme, a level or a number.")
  public static let trainUnknownTheme = Message(
    "train.unknown.theme", fr: "Thème inconnu : {value}. Thèmes : {list}.",
    en: "Unknown theme: {value}. Themes: {list}.")
  public static let trainBadNumber = Message(
    "train.badnumber", fr: "{option} attend un nombre entier positif, pas « {value} ».",
    en: "{option} expects a positive whole number, not \"{value}\".")
  public static let trainUnknownExercise = Message(
    "train.unknown.exercise", fr: "Exercice inconnu : {id}. Liste : sia train --list.",
    en: "Unknown exercise: {id}. List: sia train --list.")
  public static let trainInputEnded = Message(
    "train.inputended", fr: "Fin de l'entrée.", en: "End of input.")

  // MARK: listing and projector view
  public static let trainListTitle = Message(
    "train.list.title", fr: "{count} exercices (version du guide {version})",
    en: "{count} exercises (guide version {version})")
  public static let trainCoverage = Message(
    "train.coverage", fr: "Couverture (exercices par thème, toutes étiquettes comptées) :",
    en: "Coverage (exercises per theme, every tag counted):")
  public static let trainColumnTheme = Message("train.column.theme", fr: "thème", en: "theme")
  public static let trainColumnTotal = Message("train.column.total", fr: "total", en: "total")
  public static let trainRightAnswer = Message(
    "train.rightanswer", fr: "Réponse juste : {letters}", en: "Right answer: {letters}")
  public static let levelDebutant = Message("level.debutant", fr: "débutant", en: "beginner")
  public static let levelIntermediaire = Message("level.intermediaire", fr: "intermédiaire", en: "intermediate")
  public static let levelAvance = Message("level.avance", fr: "avancé", en: "advanced")

  static let trainingCatalogue: [Message] =
    [
      cmdTrain, cmdTrainShow, cmdTrainPause,
      trainStart, trainScoringRule, trainFewer, trainNone, trainHeading, trainHint, trainNotAnAnswer,
      trainRight, trainWrong, trainYourChoice, trainMissed, trainToRead, trainSummary, trainByTheme,
      trainRevisit, trainRevisitNone, trainNoAttestation, trainAskName, trainAttestationSaved,
      trainAttestationFailed, trainAttestationSigned, trainAttestationUnsigned, trainAttestationSignFailed, trainPaused,
      trainNotSaved, trainResumeNone, trainResumed, trainDropped,
      trainReplaced, trainDamaged, trainUsage, trainUnknownTheme, trainBadNumber,
      trainUnknownExercise, trainInputEnded, trainListTitle, trainCoverage, trainColumnTheme, trainColumnTotal,
      trainRightAnswer, levelDebutant, levelIntermediaire, levelAvance,
    ] + attestationCatalogue
}
