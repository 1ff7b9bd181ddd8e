/// Diagnostics of the knowledge files, answers files and `sia lint`, in French and in
/// English: policy staff who edit `Knowledge/` read them in their own language. Values
/// quoted from the files stay as written; quotes are « » in French, '…' in English.
extension Messages {
  public static let diagnosticError = Message("diagnostic.error", fr: "erreur :", en: "error:")
  public static let diagnosticWarning = Message("diagnostic.warning", fr: "avertissement :", en: "warning:")

  public static let diagNulByte = Message(
    "diagnostic.nul-byte", fr: "le fichier contient un octet NUL",
    en: "file contains a NUL byte")
  public static let diagTooLargeAfterAliases = Message(
    "diagnostic.too-large-after-aliases",
    fr: "document trop grand une fois les alias développés (plus de {nodes} nœuds ou de {megabytes} Mo de texte)",
    en: "document too large after expanding aliases (more than {nodes} nodes or {megabytes} MB of text)")
  public static let diagInvalidYAML = Message(
    "diagnostic.invalid-yaml", fr: "YAML invalide : {detail}",
    en: "invalid YAML: {detail}")
  public static let diagExpectedMapping = Message(
    "diagnostic.expected-mapping", fr: "une table était attendue (des lignes « clé: valeur »)",
    en: "expected a mapping (key: value lines)")
  public static let diagExpectedList = Message(
    "diagnostic.expected-list", fr: "une liste d'entrées était attendue (des lignes commençant par « - »)",
    en: "expected a list of entries (lines starting with '- ')")
  public static let diagExpectedEntry = Message(
    "diagnostic.expected-entry", fr: "une entrée faite de lignes « clé: valeur » était attendue",
    en: "expected an entry with key: value lines")
  public static let diagMustBeText = Message(
    "diagnostic.must-be-text", fr: "« {key} » doit être un texte",
    en: "'{key}' must be a text value")
  public static let diagMissingField = Message(
    "diagnostic.missing-field", fr: "champ obligatoire manquant : « {key} »",
    en: "missing required field '{key}'")
  public static let diagEmptyField = Message(
    "diagnostic.empty-field", fr: "« {key} » est vide",
    en: "'{key}' is empty")
  public static let diagMustListTexts = Message(
    "diagnostic.must-list-texts", fr: "« {key} » doit lister des textes",
    en: "'{key}' must list text values")
  public static let diagMustBeList = Message(
    "diagnostic.must-be-list", fr: "« {key} » doit être une liste",
    en: "'{key}' must be a list")
  public static let diagMustBeBool = Message(
    "diagnostic.must-be-bool", fr: "« {key} » doit valoir true ou false, pas « {value} »",
    en: "'{key}' must be true or false, not '{value}'")
  public static let diagMustBeEntryList = Message(
    "diagnostic.must-be-entry-list", fr: "« {key} » doit être une liste d'entrées",
    en: "'{key}' must be a list of entries")
  public static let diagEntriesMustBeMaps = Message(
    "diagnostic.entries-must-be-maps", fr: "les entrées de « {key} » doivent être faites de lignes « clé: valeur »",
    en: "'{key}' entries must be key: value entries")
  public static let diagUnknownField = Message(
    "diagnostic.unknown-field", fr: "champ inconnu « {key} » (attendus : {allowed})",
    en: "unknown field '{key}' (expected one of: {allowed})")
  public static let diagCannotRead = Message(
    "diagnostic.cannot-read", fr: "impossible de lire le fichier",
    en: "cannot read the file")
  public static let diagFileTooLarge = Message(
    "diagnostic.file-too-large", fr: "fichier trop grand ({bytes} octets, limite {limit})",
    en: "file too large ({bytes} bytes, limit {limit})")
  public static let diagInvalidUTF8 = Message(
    "diagnostic.invalid-utf8", fr: "le texte n'est pas en UTF-8 valide",
    en: "not valid UTF-8")
  public static let diagMustBeDate = Message(
    "diagnostic.must-be-date", fr: "« {key} » doit être une date AAAA-MM-JJ, pas « {value} »",
    en: "'{key}' must be a date YYYY-MM-DD, not '{value}'")
  public static let diagMustBeDuration = Message(
    "diagnostic.must-be-duration",
    fr: "« {key} » doit être un nombre de mois ou d'années, comme « 6 months » ou « 1 year », pas « {value} »",
    en: "'{key}' must be a number of months or years, like '6 months' or '1 year', not '{value}'")
  public static let diagMovingFactNoSchedule = Message(
    "diagnostic.moving-fact-no-schedule",
    fr: "énonce un fait qui change (« à la date du ») mais n'a ni « review_every » ni « review_by »",
    en: "states a fact that moves (« à la date du ») but has no 'review_every' or 'review_by'")
  public static let diagNoReviewedDate = Message(
    "diagnostic.no-reviewed-date", fr: "pas de date « reviewed » (AAAA-MM-JJ de la dernière vérification)",
    en: "no 'reviewed' date (YYYY-MM-DD of the last check)")
  public static let diagToolNeedsSchedule = Message(
    "diagnostic.tool-needs-schedule",
    fr:
      "une entrée du catalogue a besoin de « review_every » ou « review_by » : les fournisseurs changent leurs conditions",
    en: "a catalogue entry needs 'review_every' or 'review_by': providers change their terms")
  public static let diagPastReviewDate = Message(
    "diagnostic.past-review-date",
    fr: "date de révision dépassée ({reviewed}échéance {due}) : vérifiez-la au regard de ses sources",
    en: "past its review date ({reviewed}due {due}): check it against its sources")
  public static let diagReviewedOn = Message(
    "diagnostic.reviewed-on", fr: "vérifié le {date}, ",
    en: "reviewed {date}, ")
  public static let diagGuideHasNoSection = Message(
    "diagnostic.guide-has-no-section", fr: "le guide n'a aucune section",
    en: "the guide has no section")
  public static let diagDuplicateIDAlsoIn = Message(
    "diagnostic.duplicate-id-also-in", fr: "identifiant en double (aussi dans {other})",
    en: "duplicate id (also in {other})")
  public static let diagBadID = Message(
    "diagnostic.bad-id", fr: "un identifiant ne contient que des minuscules, des chiffres et « - »",
    en: "id must be lower-case letters, digits and '-'")
  public static let diagUnknownThemeInTags = Message(
    "diagnostic.unknown-theme-in-tags", fr: "thème inconnu « {tag} » dans tags (voir themes.yaml)",
    en: "unknown theme '{tag}' in tags (see themes.yaml)")
  public static let diagSectionNoSources = Message(
    "diagnostic.section-no-sources", fr: "la section n'a pas de sources",
    en: "section has no sources")
  public static let diagSectionBodyEmpty = Message(
    "diagnostic.section-body-empty", fr: "le corps de la section est vide",
    en: "section body is empty")
  public static let diagMissingHeading = Message(
    "diagnostic.missing-heading", fr: "titre manquant « {heading} »",
    en: "missing heading '{heading}'")
  public static let diagDanglingReference = Message(
    "diagnostic.dangling-reference", fr: "renvoi vers une section inexistante [§{id}]",
    en: "dangling reference [§{id}]")
  public static let diagSummaryEnTooShort = Message(
    "diagnostic.summary-en-too-short", fr: "summary_en est trop court pour aider les lecteurs anglophones",
    en: "summary_en is too short to help English readers")
  public static let diagDuplicateFAQ = Message(
    "diagnostic.duplicate-faq", fr: "identifiant de Q&R en double (aussi dans {other})",
    en: "duplicate FAQ id (also in {other})")
  public static let diagFAQClashesSection = Message(
    "diagnostic.faq-clashes-section", fr: "l'identifiant de la Q&R est déjà celui d'une section",
    en: "FAQ id clashes with a section id")
  public static let diagSeeMissingSection = Message(
    "diagnostic.see-missing-section", fr: "« see » renvoie à une section inexistante « {section} »",
    en: "'see' points to a missing section '{section}'")
  public static let diagAnswerCitesNothing = Message(
    "diagnostic.answer-cites-nothing", fr: "la réponse ne cite aucune section",
    en: "answer cites no section")
  public static let diagTagRequired = Message(
    "diagnostic.tag-required", fr: "au moins une étiquette (thème) est obligatoire",
    en: "at least one tag (theme) is required")
  public static let diagReviewedRequired = Message(
    "diagnostic.reviewed-required",
    fr: "champ obligatoire manquant : « reviewed » (date de la dernière vérification, AAAA-MM-JJ)",
    en: "missing required field 'reviewed' (date of the last check, YYYY-MM-DD)")
  public static let diagUnknownPlaceholder = Message(
    "diagnostic.unknown-placeholder", fr: "variable inconnue {{{name}}}",
    en: "unknown placeholder {{{name}}}")
  public static let diagNoFrontMatter = Message(
    "diagnostic.no-front-matter",
    fr: "en-tête manquant : le fichier doit commencer par une ligne « --- » et l'en-tête se fermer par une autre",
    en: "missing front matter: the file must start with a '---' line and close it with another")
  public static let diagIDMustMatchFile = Message(
    "diagnostic.id-must-match-file", fr: "l'identifiant doit être le nom du fichier « {file} »",
    en: "id must match the file name '{file}'")
  public static let diagNoEnglishSection = Message(
    "diagnostic.no-english-section", fr: "pas de texte anglais : écrivez {path} (voir FORMAT.md, « English texts »)",
    en: "no English text: write {path} (see FORMAT.md, « English texts »)")
  public static let diagStaleSection = Message(
    "diagnostic.stale-section",
    fr:
      "traduction périmée : {file} a changé depuis sa traduction (translated_from {recorded}, le français est maintenant {current}) ; mettez à jour le texte anglais, puis indiquez translated_from: {current}",
    en:
      "stale translation: {file} changed since it was translated (translated_from {recorded}, French now {current}); update the English text, then set translated_from: {current}"
  )
  public static let diagEnglishWithoutSection = Message(
    "diagnostic.english-without-section", fr: "texte anglais d'une section qui n'existe pas (pas de guide/{id}.md)",
    en: "English text of a section that does not exist (no guide/{id}.md)")
  public static let diagNoEnglishKey = Message(
    "diagnostic.no-english-key", fr: "pas de texte anglais : « {key} » manque",
    en: "no English text: '{key}' is missing")
  public static let diagNoTranslatedFrom = Message(
    "diagnostic.no-translated-from",
    fr:
      "pas de translated_from : quand question_en et answer_en traduisent le français, ajoutez translated_from: {current}",
    en: "no translated_from: once question_en and answer_en translate the French, add translated_from: {current}")
  public static let diagStaleFAQ = Message(
    "diagnostic.stale-faq",
    fr:
      "traduction périmée : la question ou la réponse française a changé depuis sa traduction (translated_from {recorded}, le français est maintenant {current}) ; mettez à jour question_en et answer_en, puis indiquez translated_from: {current}",
    en:
      "stale translation: the French question or answer changed since it was translated (translated_from {recorded}, French now {current}); update question_en and answer_en, then set translated_from: {current}"
  )
  public static let diagNoEnglishFor = Message(
    "diagnostic.no-english-for", fr: "pas de texte anglais pour {what}",
    en: "no English text for the {what}")
  public static let diagExerciseSituation = Message(
    "diagnostic.exercise-situation", fr: "la situation",
    en: "situation")
  public static let diagExerciseChoiceText = Message(
    "diagnostic.exercise-choice-text", fr: "le texte du choix {choice}",
    en: "choice {choice} text")
  public static let diagExerciseChoiceFeedback = Message(
    "diagnostic.exercise-choice-feedback", fr: "l'explication du choix {choice}",
    en: "choice {choice} feedback")
  public static let diagPrefixed = Message(
    "diagnostic.prefixed", fr: "{what} : ",
    en: "{what}: ")
  public static let diagCitedFrenchOnly = Message(
    "diagnostic.cited-french-only", fr: "cité en français seulement : {ids}",
    en: "cited in French only: {ids}")
  public static let diagCitedEnglishOnly = Message(
    "diagnostic.cited-english-only", fr: "cité en anglais seulement : {ids}",
    en: "cited in English only: {ids}")
  public static let diagCitationMismatch = Message(
    "diagnostic.citation-mismatch", fr: "les deux langues ne citent pas les mêmes sections ({parts})",
    en: "the two languages cite different sections ({parts})")
  public static let diagDidYouMean = Message(
    "diagnostic.did-you-mean", fr: " (vouliez-vous dire « {id} » ?)",
    en: " (did you mean '{id}'?)")
  public static let diagEnglishMissing = Message(
    "diagnostic.english-missing", fr: "« {key}_en » manque : l'interface anglaise affichera le français",
    en: "'{key}_en' is missing: the English interface will show French")
  public static let diagDuplicateIDLine = Message(
    "diagnostic.duplicate-id-line", fr: "identifiant en double (déclaré une première fois ligne {line})",
    en: "duplicate id (first declared line {line})")
  public static let diagBelongsToPlan = Message(
    "diagnostic.belongs-to-plan", fr: "« {key} » se donne dans chaque offre quand l'entrée a « plans »",
    en: "'{key}' belongs to each plan when the entry has 'plans'")
  public static let diagTwoPlans = Message(
    "diagnostic.two-plans", fr: "« plans » demande au moins deux offres (sinon, décrivez les conditions sur l'entrée)",
    en: "'plans' needs at least two plans (otherwise describe the terms on the entry)")
  public static let diagBadPlanID = Message(
    "diagnostic.bad-plan-id", fr: "un identifiant d'offre ne contient que des minuscules, des chiffres et « - »",
    en: "a plan id must be lower-case letters, digits and '-'")
  public static let diagDuplicatePlanID = Message(
    "diagnostic.duplicate-plan-id", fr: "identifiant d'offre en double « {id} »",
    en: "duplicate plan id '{id}'")
  public static let diagBadPlanKind = Message(
    "diagnostic.bad-plan-kind", fr: "« kind » vaut personnel, contrat ou api, pas « {value} »",
    en: "'kind' must be personnel, contrat or api, not '{value}'")
  public static let diagBadTraining = Message(
    "diagnostic.bad-training", fr: "« training » vaut yes, no, varies ou unknown, pas « {value} »",
    en: "'training' must be yes, no, varies or unknown, not '{value}'")
  public static let diagToolNeedsSource = Message(
    "diagnostic.tool-needs-source", fr: "un outil a besoin d'au moins une source",
    en: "a tool needs at least one source")
  public static let diagIntentNeedsPattern = Message(
    "diagnostic.intent-needs-pattern", fr: "une intention a besoin d'au moins un motif",
    en: "an intent needs at least one pattern")
  public static let diagIntentNeedsAnswer = Message(
    "diagnostic.intent-needs-answer", fr: "une intention doit impliquer au moins une réponse",
    en: "an intent must imply at least one answer")
  public static let diagMustMapAnswers = Message(
    "diagnostic.must-map-answers",
    fr: "« {key} » doit associer des identifiants de questions à des identifiants d'options",
    en: "'{key}' must map question ids to option ids")
  public static let diagUnknownChoiceQuestion = Message(
    "diagnostic.unknown-choice-question", fr: "question à choix inconnue « {question} » dans « {key} »",
    en: "unknown choice question '{question}' in '{key}'")
  public static let diagInvalidAnswerOneOption = Message(
    "diagnostic.invalid-answer-one-option",
    fr: "réponse invalide pour « {question} » dans « {key} » : un identifiant d'option attendu",
    en: "invalid answer for '{question}' in '{key}': expected one option id")
  public static let diagInvalidAnswerUnknownOption = Message(
    "diagnostic.invalid-answer-unknown-option",
    fr: "réponse invalide pour « {question} » dans « {key} » : option inconnue « {option} »",
    en: "invalid answer for '{question}' in '{key}': unknown option '{option}'")
  public static let diagBadImportance = Message(
    "diagnostic.bad-importance", fr: "« importance » va de 1 (utile) à 5 (essentiel), pas « {value} »",
    en: "'importance' must be 1 (useful) to 5 (essential), not '{value}'")
  public static let diagBadApplies = Message(
    "diagnostic.bad-applies", fr: "« applies » vaut always ou allowed, pas « {value} »",
    en: "'applies' must be always or allowed, not '{value}'")
  public static let diagUnknownConflictAction = Message(
    "diagnostic.unknown-conflict-action", fr: "action inconnue « {action} » dans « conflicts_with »",
    en: "unknown action '{action}' in 'conflicts_with'")
  public static let diagNoRuleFile = Message(
    "diagnostic.no-rule-file", fr: "aucun fichier de règles (rules/*.yaml)",
    en: "no rule file (rules/*.yaml)")
  public static let diagUnknownLevel = Message(
    "diagnostic.unknown-level", fr: "niveau inconnu « {level} » (attendus : ok, conditions, validation, interdit)",
    en: "unknown level '{level}' (expected ok, conditions, validation, interdit)")
  public static let diagUnknownAction = Message(
    "diagnostic.unknown-action", fr: "action inconnue « {action} »{hint} : déclarez-la dans actions.yaml",
    en: "unknown action '{action}'{hint} — declare it in actions.yaml")
  public static let diagInterditNeedsAlternative = Message(
    "diagnostic.interdit-needs-alternative",
    fr: "une règle « interdit » doit donner l'usage autorisé dans « alternative »",
    en: "an 'interdit' rule must give the allowed 'alternative'")
  public static let diagUnknownContact = Message(
    "diagnostic.unknown-contact", fr: "contact inconnu « {contact} » (une clé d'institute.yaml)",
    en: "unknown contact '{contact}' (a key of institute.yaml)")
  public static let diagRuleNeedsCitation = Message(
    "diagnostic.rule-needs-citation", fr: "une règle doit citer au moins une section du guide (« cite » ou [§id])",
    en: "a rule must cite at least one guide section ('cite' or [§id])")
  public static let diagUnknownKind = Message(
    "diagnostic.unknown-kind", fr: "type inconnu « {kind} » (attendus : single, multiple, yesno, text)",
    en: "unknown kind '{kind}' (expected single, multiple, yesno, text)")
  public static let diagBadLegacy = Message(
    "diagnostic.bad-legacy", fr: "« legacy » doit être un identifiant d'option de cette question, pas « {value} »",
    en: "'legacy' must be one option id of this question, not '{value}'")
  public static let diagTextNoOptions = Message(
    "diagnostic.text-no-options", fr: "une question à texte libre n'a pas d'options",
    en: "a text question has no options")
  public static let diagYesNoFixed = Message(
    "diagnostic.yes-no-fixed", fr: "une question oui/non a les options fixes « oui » et « non »",
    en: "a yes/no question has the fixed options 'oui' and 'non'")
  public static let diagExclusiveOnlyMultiple = Message(
    "diagnostic.exclusive-only-multiple", fr: "« exclusive » ne s'applique qu'à un choix multiple",
    en: "'exclusive' only applies to a multiple choice")
  public static let diagTwoOptions = Message(
    "diagnostic.two-options", fr: "une question à choix demande au moins deux options",
    en: "a choice question needs at least two options")
  public static let diagRiskOrder = Message(
    "diagnostic.risk-order", fr: "« risk » liste des identifiants d'options du moins au plus risqué",
    en: "'risk' must list option ids from the least to the most risky")
  public static let diagRiskChainTwo = Message(
    "diagnostic.risk-chain-two", fr: "une chaîne de risque demande au moins deux options",
    en: "a risk chain needs at least two options")
  public static let diagUnknownRiskOption = Message(
    "diagnostic.unknown-risk-option", fr: "option inconnue « {option} » dans « risk »",
    en: "unknown option '{option}' in 'risk'")
  public static let diagRiskTwice = Message(
    "diagnostic.risk-twice", fr: "une option apparaît deux fois dans une chaîne de risque",
    en: "an option appears twice in a risk chain")
  public static let diagCumulativeOnlyMultiple = Message(
    "diagnostic.cumulative-only-multiple", fr: "« cumulative » ne s'applique qu'à un choix multiple",
    en: "'cumulative' only applies to a multiple choice")
  public static let diagRiskCycle = Message(
    "diagnostic.risk-cycle", fr: "les chaînes de risque forment un cycle par « {option} »",
    en: "the risk chains form a cycle through '{option}'")
  public static let diagModelClassSources = Message(
    "diagnostic.model-class-sources", fr: "chaque classe de modèle a besoin de ses sources",
    en: "each model class needs its sources")
  public static let diagSourcesEnCount = Message(
    "diagnostic.sources-en-count", fr: "« sources_en » doit traduire chacune des {count} sources, dans l'ordre",
    en: "'sources_en' must translate each of the {count} sources, in order")
  public static let diagNotAnOption = Message(
    "diagnostic.not-an-option", fr: "« {id} » n'est pas une option de la question « {question} »",
    en: "'{id}' is not an option of question '{question}'")
  public static let diagBadRange = Message(
    "diagnostic.bad-range", fr: "« {key} » doit être [bas, haut], deux nombres positifs ou nuls",
    en: "'{key}' must be [low, high], two non-negative numbers")
  public static let diagConditionOneKey = Message(
    "diagnostic.condition-one-key",
    fr: "une condition est l'une de all, any, not, equals, in, at_least, answered (une seule clé)",
    en: "a condition is one of all, any, not, equals, in, at_least, answered (exactly one key)")
  public static let diagConditionList = Message(
    "diagnostic.condition-list", fr: "« {key} » doit être une liste de conditions",
    en: "'{key}' must be a list of conditions")
  public static let diagAnsweredTakesQuestion = Message(
    "diagnostic.answered-takes-question", fr: "« answered » prend un identifiant de question",
    en: "'answered' takes a question id")
  public static let diagUnknownCondition = Message(
    "diagnostic.unknown-condition",
    fr: "condition inconnue « {key} » (attendues : all, any, not, equals, in, at_least, answered)",
    en: "unknown condition '{key}' (expected all, any, not, equals, in, at_least, answered)")
  public static let diagTestOnePair = Message(
    "diagnostic.test-one-pair",
    fr: "« {key} » prend une paire « question: option », par exemple {key}: {plateforme: public}",
    en: "'{key}' takes one 'question: option' pair, e.g. {key}: {plateforme: public}")
  public static let diagTestExpectsList = Message(
    "diagnostic.test-expects-list", fr: "« {key} » sur « {question} » attend une liste d'identifiants d'options",
    en: "'{key}' on '{question}' expects a list of option ids")
  public static let diagTestExpectsOne = Message(
    "diagnostic.test-expects-one", fr: "« {key} » sur « {question} » attend un seul identifiant d'option",
    en: "'{key}' on '{question}' expects one option id")
  public static let diagUnknownQuestion = Message(
    "diagnostic.unknown-question", fr: "question inconnue « {question} »{hint}",
    en: "unknown question '{question}'{hint}")
  public static let diagEarlierQuestionsOnly = Message(
    "diagnostic.earlier-questions-only",
    fr: " (une condition « when » ne peut citer que les questions déclarées plus haut)",
    en: " (a 'when' may only refer to questions declared above)")
  public static let diagNeedsChoice = Message(
    "diagnostic.needs-choice",
    fr: "« {op} » demande une question à choix ; « {question} » attend un texte libre (utilisez « answered »)",
    en: "'{op}' needs a choice question; '{question}' takes free text (use 'answered')")
  public static let diagUnknownOptionFor = Message(
    "diagnostic.unknown-option-for", fr: "option inconnue « {option} » pour la question « {question} »{hint}",
    en: "unknown option '{option}' for question '{question}'{hint}")
  public static let diagAtLeastNeedsRisk = Message(
    "diagnostic.at-least-needs-risk", fr: "« at_least » demande un ordre de risque sur la question « {question} »",
    en: "'at_least' needs a risk order on question '{question}'")
  public static let diagAnswersEmpty = Message(
    "diagnostic.answers-empty", fr: "le fichier est vide : des lignes « question: option » étaient attendues",
    en: "the file is empty: expected 'question: option' lines")
  public static let diagUnknownAnswerQuestion = Message(
    "diagnostic.unknown-answer-question", fr: "question inconnue{hint}",
    en: "unknown question{hint}")
  public static let diagExpectedOptionOrList = Message(
    "diagnostic.expected-option-or-list", fr: "un identifiant d'option ou une liste d'identifiants était attendu",
    en: "expected an option id or a list of option ids")
  public static let diagExpectedOneText = Message(
    "diagnostic.expected-one-text", fr: "un seul texte était attendu",
    en: "expected one text")
  public static let diagUnknownOptionExpected = Message(
    "diagnostic.unknown-option-expected", fr: "option inconnue « {option} » (attendues : {expected})",
    en: "unknown option '{option}' (expected: {expected})")
  public static let diagOneOptionExpected = Message(
    "diagnostic.one-option-expected", fr: "une seule option attendue, {count} données",
    en: "one option expected, got {count}")
  public static let diagExclusiveCombined = Message(
    "diagnostic.exclusive-combined", fr: "« {option} » ne se combine pas avec d'autres options",
    en: "'{option}' cannot be combined with other options")
  public static let diagLegacyAssumed = Message(
    "diagnostic.legacy-assumed",
    fr:
      "sans réponse : « {option} » supposé, comme pour les fichiers écrits avant que cette question existe (répondez-y pour être précis)",
    en: "not answered: '{option}' assumed, as for files written before this question existed (answer it to be precise)")
  public static let diagMissingAnswer = Message(
    "diagnostic.missing-answer", fr: "réponse obligatoire manquante",
    en: "missing required answer")
  public static let diagIgnoredAnswer = Message(
    "diagnostic.ignored-answer", fr: "ignorée : cette question ne s'applique pas, vu les autres réponses",
    en: "ignored: this question does not apply given the other answers")
  public static let diagMissingCitation = Message(
    "diagnostic.missing-citation", fr: "citation d'une section du guide inexistante [§{id}]",
    en: "citation of a missing guide section [§{id}]")
  public static let diagNeverAsked = Message(
    "diagnostic.never-asked", fr: "question jamais posée : sa condition « when » ne peut jamais être vraie",
    en: "question is never asked: its 'when' can never hold")
  public static let diagNeverFires = Message(
    "diagnostic.never-fires", fr: "règle qui ne s'applique jamais : sa condition ne peut jamais être vraie",
    en: "rule can never fire: its condition can never hold")
  public static let diagUnusedQuestion = Message(
    "diagnostic.unused-question", fr: "aucune règle, condition ou estimation n'utilise cette question",
    en: "no rule, condition or estimate uses this question")
  public static let diagInWhen = Message(
    "diagnostic.in-when", fr: "« when »",
    en: "'when'")
  public static let diagInRule = Message(
    "diagnostic.in-rule", fr: "une règle « {level} »",
    en: "a '{level}' rule")
  public static let diagRiskierNoMatch = Message(
    "diagnostic.riskier-no-match", fr: "la réponse plus risquée « {option} » ne correspondrait pas",
    en: "riskier answer '{option}' would not match")
  public static let diagNotCumulative = Message(
    "diagnostic.not-cumulative", fr: "« not » sur une question cumulative : cocher une option de plus la désactiverait",
    en: "'not' on a cumulative question: ticking one more option would turn it off")
  public static let diagSaferMatch = Message(
    "diagnostic.safer-match", fr: "sous « not », la réponse moins risquée « {option} » correspondrait",
    en: "under 'not', safer answer '{option}' would match")
  public static let diagNotMonotonic = Message(
    "diagnostic.not-monotonic",
    fr:
      "non monotone sur « {question} » dans {what} : {problem} (une situation plus risquée ne doit jamais être jugée plus favorablement)",
    en: "not monotonic on '{question}' in {what}: {problem} (a riskier situation must never be judged more leniently)")
  public static let diagQAExpectDiffers = Message(
    "diagnostic.qa-expect-differs",
    fr: "la Q&R dit « {expect} » mais l'évaluation de sa situation donne « {verdict} » (règles : {rules})",
    en: "the Q&A says '{expect}' but the assessment of its situation is '{verdict}' (rules: {rules})")
  public static let diagNoRule = Message(
    "diagnostic.no-rule", fr: "aucune",
    en: "none")
  public static let diagOpensWith = Message(
    "diagnostic.opens-with", fr: "la réponse commence par « {word} » mais « expect » vaut « {expect} »",
    en: "the answer opens with « {word} » but 'expect' is '{expect}'")
  public static let diagSituationExpectTogether = Message(
    "diagnostic.situation-expect-together", fr: "« situation » et « expect » vont ensemble : donnez les deux ou aucun",
    en: "'situation' and 'expect' go together: give both or neither")
  public static let diagBadExpect = Message(
    "diagnostic.bad-expect", fr: "« expect » vaut {allowed}, pas « {value} »",
    en: "'expect' must be {allowed}, not '{value}'")
  public static let diagInSituation = Message(
    "diagnostic.in-situation", fr: "situation : {question} : ",
    en: "situation: {question}: ")
  public static let diagInterditAsksAllowedOnly = Message(
    "diagnostic.interdit-asks-allowed-only",
    fr:
      "une règle « interdit » demande « {action} », une action marquée « applies: allowed » qui n'est jamais montrée sous « non autorisé »",
    en:
      "a 'interdit' rule asks for '{action}', an action marked 'applies: allowed' that is never shown under « non autorisé »"
  )
  public static let diagActionsConflict = Message(
    "diagnostic.actions-conflict",
    fr:
      "contredit « {other} » mais les deux peuvent être montrées ensemble : les règles « {first} » et « {second} » peuvent s'appliquer aux mêmes réponses",
    en:
      "contradicts '{other}' but both can be shown together: rules '{first}' and '{second}' can fire on the same answers"
  )
  public static let diagUnknownCategory = Message(
    "diagnostic.unknown-category", fr: "catégorie de tâche inconnue « {name} » (l'une de : {known})",
    en: "unknown task category '{name}' (one of: {known})")
  public static let diagMissingVerdict = Message(
    "diagnostic.missing-verdict", fr: "« verdict » manque (id: ok|conditions|validation|interdit)",
    en: "missing 'verdict' (id: ok|conditions|validation|interdit)")
  public static let diagUnknownVerdict = Message(
    "diagnostic.unknown-verdict", fr: "verdict inconnu « {name} » (ok|conditions|validation|interdit)",
    en: "unknown verdict '{name}' (ok|conditions|validation|interdit)")
  public static let diagDuplicateSeries = Message(
    "diagnostic.duplicate-series", fr: "identifiant de série en double",
    en: "duplicate series id")
  public static let diagNoTitleEn = Message(
    "diagnostic.no-title-en", fr: "« title » n'a pas de version anglaise « title_en »",
    en: "'title' has no English version 'title_en'")
  public static let diagUnknownLevelPlain = Message(
    "diagnostic.unknown-level-plain", fr: "niveau inconnu « {level} »",
    en: "unknown level '{level}'")
  public static let diagSeriesMinutes = Message(
    "diagnostic.series-minutes", fr: "« minutes » doit être un nombre entier de 5 à 480",
    en: "'minutes' must be a whole number from 5 to 480")
  public static let diagUnknownTheme = Message(
    "diagnostic.unknown-theme", fr: "thème inconnu « {theme} »",
    en: "unknown theme '{theme}'")
  public static let diagSeriesNeedsExercise = Message(
    "diagnostic.series-needs-exercise", fr: "une série liste au moins un exercice",
    en: "a series lists at least one exercise")
  public static let diagExerciseTwice = Message(
    "diagnostic.exercise-twice", fr: "l'exercice « {id} » est listé deux fois",
    en: "exercise '{id}' is listed twice")
  public static let diagUnknownExercise = Message(
    "diagnostic.unknown-exercise", fr: "exercice inconnu « {id} »",
    en: "unknown exercise '{id}'")
  public static let diagThemeNotTagged = Message(
    "diagnostic.theme-not-tagged",
    fr: "déclare le thème « {theme} » mais aucun de ses exercices ne porte cette étiquette",
    en: "declares theme '{theme}' but none of its exercises is tagged with it")
  public static let diagSeriesTooLong = Message(
    "diagnostic.series-too-long",
    fr: "ses exercices prennent environ {needed} minutes, plus que les {minutes} annoncées",
    en: "its exercises take about {needed} minutes, more than the {minutes} announced")
  public static let diagSeriesNoAttestation = Message(
    "diagnostic.series-no-attestation", fr: "moins de {count} exercices : la terminer ne donne pas d'attestation",
    en: "fewer than {count} exercises: completing it earns no attestation")
  public static let diagNoExerciseFile = Message(
    "diagnostic.no-exercise-file", fr: "aucun fichier d'exercices (exercises/*.yaml)",
    en: "no exercise file (exercises/*.yaml)")
  public static let diagDuplicateExercise = Message(
    "diagnostic.duplicate-exercise", fr: "identifiant d'exercice en double (aussi dans {where})",
    en: "duplicate exercise id (also in {where})")
  public static let diagExerciseClashesSection = Message(
    "diagnostic.exercise-clashes-section", fr: "l'identifiant de l'exercice est déjà celui d'une section",
    en: "exercise id clashes with a section id")
  public static let diagExerciseIDPrefix = Message(
    "diagnostic.exercise-id-prefix", fr: "les identifiants d'exercices commencent par « ex- »",
    en: "exercise ids start with 'ex-'")
  public static let diagCiteRequired = Message(
    "diagnostic.cite-required",
    fr: "champ obligatoire manquant : « cite » (les sections du guide sur lesquelles repose l'exercice)",
    en: "missing required field 'cite' (the guide sections the exercise rests on)")
  public static let diagCiteEmpty = Message(
    "diagnostic.cite-empty", fr: "« cite » ne liste aucune section",
    en: "'cite' lists no section")
  public static let diagCiteMissing = Message(
    "diagnostic.cite-missing", fr: "« cite » renvoie à une section inexistante « {section} »",
    en: "'cite' points to a missing section '{section}'")
  public static let diagNoTitle = Message(
    "diagnostic.no-title", fr: "pas de « title » (les listes et les corrigés montrent l'identifiant à la place)",
    en: "no 'title' (lists and answer keys show the id instead)")
  public static let diagExerciseMinutes = Message(
    "diagnostic.exercise-minutes", fr: "« minutes » doit être un nombre entier de 1 à 60, pas « {value} »",
    en: "'minutes' must be a whole number from 1 to 60, not '{value}'")
  public static let diagUnknownLevelExpected = Message(
    "diagnostic.unknown-level-expected", fr: "niveau inconnu « {level} » (attendus : {expected})",
    en: "unknown level '{level}' (expected one of: {expected})")
  public static let diagChoicesCount = Message(
    "diagnostic.choices-count", fr: "un exercice a de 3 à 5 choix, pas {count}",
    en: "an exercise has 3 to 5 choices, not {count}")
  public static let diagNoCorrectChoice = Message(
    "diagnostic.no-correct-choice", fr: "aucun choix n'est marqué « correct: true »",
    en: "no choice is marked 'correct: true'")
  public static let diagAllCorrect = Message(
    "diagnostic.all-correct", fr: "tous les choix sont corrects : l'exercice ne vérifie rien",
    en: "every choice is correct: the exercise tests nothing")
  public static let diagChoiceLetter = Message(
    "diagnostic.choice-letter",
    fr:
      "le choix {position} doit avoir l'identifiant « {expected} », pas « {letter} » (les choix sont notés a, b, c… dans l'ordre)",
    en: "choice {position} must have id '{expected}', not '{letter}' (choices are lettered a, b, c… in order)")
  public static let diagChoiceCorrectMissing = Message(
    "diagnostic.choice-correct-missing", fr: "il manque au choix « {choice} » « correct: true » ou « correct: false »",
    en: "choice '{choice}' lacks 'correct: true' or 'correct: false'")
  public static let diagNoEnglishVersion = Message(
    "diagnostic.no-english-version", fr: "« {key} » n'a pas de version anglaise « {key}_en »",
    en: "'{key}' has no English version '{key}_en'")
  public static let diagLexiconMissing = Message(
    "diagnostic.lexicon-missing", fr: "manquant : l'analyseur ne peut pas reconnaître les contenus de santé",
    en: "missing: the scanner cannot recognise health content")
  public static let diagDuplicateGroup = Message(
    "diagnostic.duplicate-group", fr: "identifiant de groupe en double",
    en: "duplicate group id")
  public static let diagUnknownKindExpected = Message(
    "diagnostic.unknown-kind-expected", fr: "type inconnu « {kind} » (attendus : {expected})",
    en: "unknown kind '{kind}' (expected one of: {expected})")
  public static let diagUnknownSource = Message(
    "diagnostic.unknown-source", fr: "source inconnue « {source} » (listez-la sous « sources »)",
    en: "unknown source '{source}' (list it under 'sources')")
  public static let diagGroupNoTerm = Message(
    "diagnostic.group-no-term", fr: "le groupe n'a aucun terme",
    en: "group has no term")
  public static let diagTermTwice = Message(
    "diagnostic.term-twice", fr: "« {term} » est listé deux fois",
    en: "'{term}' is listed twice")
  public static let diagTermInOtherGroup = Message(
    "diagnostic.term-in-other-group", fr: "« {term} » est aussi dans le groupe « {group} » (ligne {line})",
    en: "'{term}' is also in group '{group}' (line {line})")
  public static let diagTermTokens = Message(
    "diagnostic.term-tokens", fr: "« {term} » doit contenir un mot et au plus {count} éléments",
    en: "'{term}' must hold a word and at most {count} tokens")
  public static let diagExpectedGroups = Message(
    "diagnostic.expected-groups", fr: "une liste de groupes était attendue (des lignes commençant par « - [ »)",
    en: "expected a list of groups (lines starting with '- [')")
  public static let diagGroupMustBeList = Message(
    "diagnostic.group-must-be-list", fr: "un groupe est une liste de termes, par exemple - [RGPD, GDPR]",
    en: "a group must be a list of terms, e.g. - [RGPD, GDPR]")
  public static let diagTermMustBeText = Message(
    "diagnostic.term-must-be-text", fr: "un terme doit être un texte",
    en: "a term must be a text value")
  public static let diagEmptyTerm = Message(
    "diagnostic.empty-term", fr: "terme vide",
    en: "empty term")
  public static let diagTermTwiceInGroup = Message(
    "diagnostic.term-twice-in-group", fr: "« {term} » est listé deux fois dans le groupe",
    en: "'{term}' is listed twice in the group")
  public static let diagGroupTwoTerms = Message(
    "diagnostic.group-two-terms", fr: "un groupe demande au moins deux termes",
    en: "a group needs at least two terms")
  public static let diagOnlyStopWords = Message(
    "diagnostic.only-stop-words", fr: "« {term} » n'a que des mots vides : il ne peut jamais correspondre",
    en: "'{term}' has only stop words: it can never match")
  public static let diagTermInGroupAt = Message(
    "diagnostic.term-in-group-at", fr: "« {term} » est aussi dans le groupe de la ligne {line} : fusionnez les groupes",
    en: "'{term}' is also in the group at line {line}: merge the groups")
  public static let diagYAMLListComma = Message(
    "diagnostic.yaml-list-comma", fr: "il manque une virgule ou le « ] » qui ferme la liste",
    en: "did not find expected ',' or ']'")
  public static let diagYAMLMapComma = Message(
    "diagnostic.yaml-map-comma", fr: "il manque une virgule ou l'accolade « } » qui ferme la table",
    en: "did not find expected ',' or '}'")
  public static let diagYAMLExpectedKey = Message(
    "diagnostic.yaml-expected-key", fr: "une clé était attendue ici (vérifiez l'indentation de la ligne)",
    en: "did not find expected key")
  public static let diagYAMLExpectedDash = Message(
    "diagnostic.yaml-expected-dash", fr: "un élément de liste « - » était attendu (vérifiez l'indentation)",
    en: "did not find expected '-' indicator")
  public static let diagYAMLMappingValues = Message(
    "diagnostic.yaml-mapping-values",
    fr: "« clé: valeur » n'est pas permis ici : un deux-points dans un texte ? mettez le texte entre guillemets",
    en: "mapping values are not allowed in this context")
  public static let diagYAMLExpectedColon = Message(
    "diagnostic.yaml-expected-colon", fr: "le « : » après la clé est introuvable",
    en: "could not find expected ':'")
  public static let diagYAMLBadStart = Message(
    "diagnostic.yaml-bad-start",
    fr: "un caractère ne peut pas commencer une valeur ici (un texte commençant par @, ` ou % se met entre guillemets)",
    en: "found character that cannot start any token")
  public static let diagYAMLNodeContent = Message(
    "diagnostic.yaml-node-content", fr: "une valeur était attendue ici",
    en: "did not find expected node content")
  public static let diagYAMLTabIndent = Message(
    "diagnostic.yaml-tab-indent", fr: "une tabulation sert d'indentation : utilisez des espaces",
    en: "found a tab character that violates indentation")
  public static let diagYAMLTabIndent2 = Message(
    "diagnostic.yaml-tab-indent2", fr: "une tabulation se trouve là où une indentation par espaces est attendue",
    en: "found a tab character where an indentation space is expected")
  public static let diagYAMLEndOfStream = Message(
    "diagnostic.yaml-end-of-stream", fr: "le fichier se termine au milieu d'une valeur (un guillemet non fermé ?)",
    en: "found unexpected end of stream")
  public static let diagYAMLUndefinedAlias = Message(
    "diagnostic.yaml-undefined-alias", fr: "alias inconnu (un « * » sans ancre « & » correspondante)",
    en: "found undefined alias")
  public static let diagYAMLSequenceEntries = Message(
    "diagnostic.yaml-sequence-entries", fr: "un élément de liste « - » n'est pas permis ici (vérifiez l'indentation)",
    en: "block sequence entries are not allowed in this context")
  public static let diagDuplicatedKeys = Message(
    "diagnostic.duplicated-keys", fr: "clés en double : {keys}",
    en: "duplicated keys {keys}")

  static let diagnosticsCatalogue: [Message] = [
    diagnosticError, diagnosticWarning,
    diagNulByte, diagTooLargeAfterAliases, diagInvalidYAML, diagExpectedMapping, diagExpectedList, diagExpectedEntry,
    diagMustBeText, diagMissingField, diagEmptyField, diagMustListTexts, diagMustBeList, diagMustBeBool,
    diagMustBeEntryList, diagEntriesMustBeMaps, diagUnknownField, diagCannotRead, diagFileTooLarge, diagInvalidUTF8,
    diagMustBeDate, diagMustBeDuration, diagMovingFactNoSchedule, diagNoReviewedDate, diagToolNeedsSchedule,
    diagPastReviewDate, diagReviewedOn, diagGuideHasNoSection, diagDuplicateIDAlsoIn, diagBadID,
    diagUnknownThemeInTags, diagSectionNoSources, diagSectionBodyEmpty, diagMissingHeading, diagDanglingReference,
    diagSummaryEnTooShort, diagDuplicateFAQ, diagFAQClashesSection, diagSeeMissingSection, diagAnswerCitesNothing,
    diagTagRequired, diagReviewedRequired, diagUnknownPlaceholder, diagNoFrontMatter, diagIDMustMatchFile,
    diagNoEnglishSection, diagStaleSection, diagEnglishWithoutSection, diagNoEnglishKey, diagNoTranslatedFrom,
    diagStaleFAQ, diagNoEnglishFor, diagExerciseSituation, diagExerciseChoiceText, diagExerciseChoiceFeedback,
    diagPrefixed, diagCitedFrenchOnly, diagCitedEnglishOnly, diagCitationMismatch, diagDidYouMean, diagEnglishMissing,
    diagDuplicateIDLine, diagBelongsToPlan, diagTwoPlans, diagBadPlanID, diagDuplicatePlanID, diagBadPlanKind,
    diagBadTraining, diagToolNeedsSource, diagIntentNeedsPattern, diagIntentNeedsAnswer, diagMustMapAnswers,
    diagUnknownChoiceQuestion, diagInvalidAnswerOneOption, diagInvalidAnswerUnknownOption, diagBadImportance,
    diagBadApplies, diagUnknownConflictAction, diagNoRuleFile, diagUnknownLevel, diagUnknownAction,
    diagInterditNeedsAlternative, diagUnknownContact, diagRuleNeedsCitation, diagUnknownKind, diagBadLegacy,
    diagTextNoOptions, diagYesNoFixed, diagExclusiveOnlyMultiple, diagTwoOptions, diagRiskOrder, diagRiskChainTwo,
    diagUnknownRiskOption, diagRiskTwice, diagCumulativeOnlyMultiple, diagRiskCycle, diagModelClassSources,
    diagSourcesEnCount, diagNotAnOption, diagBadRange, diagConditionOneKey, diagConditionList,
    diagAnsweredTakesQuestion, diagUnknownCondition, diagTestOnePair, diagTestExpectsList, diagTestExpectsOne,
    diagUnknownQuestion, diagEarlierQuestionsOnly, diagNeedsChoice, diagUnknownOptionFor, diagAtLeastNeedsRisk,
    diagAnswersEmpty, diagUnknownAnswerQuestion, diagExpectedOptionOrList, diagExpectedOneText,
    diagUnknownOptionExpected, diagOneOptionExpected, diagExclusiveCombined, diagLegacyAssumed, diagMissingAnswer,
    diagIgnoredAnswer, diagMissingCitation, diagNeverAsked, diagNeverFires, diagUnusedQuestion, diagInWhen,
    diagInRule, diagRiskierNoMatch, diagNotCumulative, diagSaferMatch, diagNotMonotonic, diagQAExpectDiffers,
    diagNoRule, diagOpensWith, diagSituationExpectTogether, diagBadExpect, diagInSituation,
    diagInterditAsksAllowedOnly, diagActionsConflict, diagUnknownCategory, diagMissingVerdict, diagUnknownVerdict,
    diagDuplicateSeries, diagNoTitleEn, diagUnknownLevelPlain, diagSeriesMinutes, diagUnknownTheme,
    diagSeriesNeedsExercise, diagExerciseTwice, diagUnknownExercise, diagThemeNotTagged, diagSeriesTooLong,
    diagSeriesNoAttestation, diagNoExerciseFile, diagDuplicateExercise, diagExerciseClashesSection,
    diagExerciseIDPrefix, diagCiteRequired, diagCiteEmpty, diagCiteMissing, diagNoTitle, diagExerciseMinutes,
    diagUnknownLevelExpected, diagChoicesCount, diagNoCorrectChoice, diagAllCorrect, diagChoiceLetter,
    diagChoiceCorrectMissing, diagNoEnglishVersion, diagLexiconMissing, diagDuplicateGroup, diagUnknownKindExpected,
    diagUnknownSource, diagGroupNoTerm, diagTermTwice, diagTermInOtherGroup, diagTermTokens, diagExpectedGroups,
    diagGroupMustBeList, diagTermMustBeText, diagEmptyTerm, diagTermTwiceInGroup, diagGroupTwoTerms,
    diagOnlyStopWords, diagTermInGroupAt, diagYAMLListComma, diagYAMLMapComma, diagYAMLExpectedKey,
    diagYAMLExpectedDash, diagYAMLMappingValues, diagYAMLExpectedColon, diagYAMLBadStart, diagYAMLNodeContent,
    diagYAMLTabIndent, diagYAMLTabIndent2, diagYAMLEndOfStream, diagYAMLUndefinedAlias, diagYAMLSequenceEntries,
    diagDuplicatedKeys,
  ]
}
