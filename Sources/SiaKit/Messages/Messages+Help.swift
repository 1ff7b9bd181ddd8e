/// The subcommands' help (`sia ask --help`…) in French: swift-argument-parser builds it
/// from the English strings written next to each option; `HelpTranslation` (CLI)
/// replaces each by the French of the entry whose `en` is that string. Every help string
/// of Sources/SiaCLI/Commands must have an entry (HelpCatalogueTests).
extension Messages {
  static let helpCatalogue: [Message] = [
    // The parser's own words.
    Message("help.overview", fr: "RÉSUMÉ :", en: "OVERVIEW:"),
    Message("help.usage", fr: "UTILISATION :", en: "USAGE:"),
    Message("help.arguments", fr: "ARGUMENTS :", en: "ARGUMENTS:"),
    Message("help.options", fr: "OPTIONS :", en: "OPTIONS:"),
    Message("help.subcommands", fr: "SOUS-COMMANDES :", en: "SUBCOMMANDS:"),
    Message("help.help", fr: "Afficher l'aide.", en: "Show help information."),
    Message("help.version", fr: "Afficher la version.", en: "Show the version."),
    Message("help.default", fr: "(par défaut : {value})", en: "(default: {value})"),
    Message(
      "help.see", fr: "Voir « sia help <sous-commande> » pour l'aide détaillée.",
      en: "See 'sia help <subcommand>' for detailed help."),
    // Sia
    Message(
      "help.sia", fr: "Le conseiller hors ligne sur l'usage des systèmes d'IA (SIA) à l'institut.",
      en: "Offline advisor on the use of AI systems (SIA) at the institute."),
    Message(
      "help.sia.discussion", fr: "Sans sous-commande, ouvre le conseiller interactif (tapez /aide ou /help).",
      en: "Without a subcommand, opens the interactive advisor (type /aide or /help)."),
    Message(
      "help.record", fr: "Écrire la session dans FILE, au format des transcriptions de Transcripts/.",
      en: "Write the session to FILE in the transcript format of Transcripts/."),
    Message(
      "help.lang", fr: "Langue de l'interface : fr ou en (par défaut : d'après LANG, sinon fr).",
      en: "Interface language: fr or en (default: from LANG, else fr)."),
    Message(
      "help.knowledge", fr: "Dossier de connaissances (par défaut : le Knowledge/ fourni).",
      en: "Knowledge folder (default: the bundled Knowledge/)."),
    // ask
    Message(
      "help.ask",
      fr:
        "Répondre à une question avec les meilleurs passages du guide (code 1 quand aucun passage ne partage un mot avec elle).",
      en: "Answer a question with the best passages of the guide (exit 1 when no passage shares a word with it)."),
    Message(
      "help.ask.json", fr: "Écrire {query, understood_terms, results: [{id, title, score, snippet}]} en JSON.",
      en: "Print {query, understood_terms, results: [{id, title, score, snippet}]} as JSON."),
    Message("help.ask.top", fr: "Nombre de passages.", en: "Number of passages."),
    Message(
      "help.ask.question", fr: "La question, en français ou en anglais.", en: "The question, in French or English."),
    // assess, questions
    Message(
      "help.assess",
      fr: "Évaluer un usage de l'IA à partir d'un fichier de réponses (YAML ou JSON : id de question → ids d'options).",
      en: "Assess a use of AI from a file of answers (YAML or JSON: question id → option ids)."),
    Message(
      "help.assess.answers", fr: "Le fichier de réponses (voir `sia questions` pour les ids).",
      en: "The answers file (see `sia questions` for the ids)."),
    Message(
      "help.assess.json", fr: "Écrire en JSON : réponses, évaluation (avec alternatives) et estimation d'énergie.",
      en: "Print JSON: answers, assessment (with alternatives) and energy estimate."),
    Message(
      "help.questions", fr: "Afficher le questionnaire d'évaluation (ids des questions et des options).",
      en: "Print the assessment questionnaire (question and option ids)."),
    Message(
      "help.questions.json", fr: "Écrire en JSON (questions avec ids, textes, options et conditions).",
      en: "Print JSON (questions with ids, texts, options and conditions)."),
    // declare
    Message(
      "help.declare", fr: "Écrire (et signer) la déclaration d'usage d'une évaluation.",
      en: "Write (and sign) the declaration of use for an assessment."),
    Message(
      "help.declare.answers",
      fr: "Vos réponses (question: option, comme pour sia assess), ou une évaluation complète avec verdict (YAML).",
      en: "Your answers (question: option, as for sia assess), or a whole assessment with a verdict (YAML)."),
    Message(
      "help.declare.use", fr: "L'usage prévu, avec vos mots (par défaut : les finalités choisies).",
      en: "The intended use in your own words (default: the purposes you chose)."),
    Message(
      "help.declare.verification",
      fr: "Comment vous vérifiez ce que produit le système (pour la déclaration de publication).",
      en: "How you check the system's output (for the publication statement)."),
    Message(
      "help.declare.version", fr: "La version ou le modèle du système d'IA (pour la déclaration de publication).",
      en: "The AI system's version or model (for the publication statement)."),
    Message(
      "help.declare.acceptall", fr: "Accepter tous les engagements sans les demander (scripts).",
      en: "Accept every commitment without asking (scripts)."),
    Message(
      "help.declare.justification",
      fr: "Pourquoi vous contestez le verdict : le document porte alors la mention « verdict contesté ».",
      en: "Why you disagree with the verdict: the document is then flagged as contested."),
    Message(
      "help.declare.output", fr: "Dossier du document (par défaut : le dossier courant).",
      en: "Folder for the document (default: the current folder)."),
    Message(
      "help.declare.slug", fr: "Partie libre du nom de fichier (par défaut : d'après le système et l'usage).",
      en: "File-name slug (default: from the system and the use)."),
    Message("help.declare.validity", fr: "Durée de validité, en mois.", en: "Validity period in months."),
    Message(
      "help.declare.force", fr: "Remplacer un document existant du même nom.",
      en: "Replace an existing document of the same name."),
    Message("help.declare.nosign", fr: "Ne pas signer le document.", en: "Do not sign the document."),
    Message(
      "help.declare.scanreport",
      fr:
        "Le rapport de sia scan --json du texte à coller : la déclaration en garde le décompte par catégorie, jamais le texte.",
      en:
        "The sia scan --json report of the text to paste: the declaration keeps its counts per category, never the text."
    ),
    Message(
      "help.key", fr: "Une clé privée OpenSSH Ed25519 non chiffrée (par défaut : celle créée par sia keygen).",
      en: "An unencrypted Ed25519 OpenSSH private key (default: the one sia keygen made)."),
    // guide
    Message(
      "help.guide", fr: "Lister les sections du guide par thème, ou afficher une section.",
      en: "List the guide's sections by theme, or print one section."),
    Message(
      "help.guide.markdown", fr: "Écrire l'index Markdown (Knowledge/README.md).",
      en: "Print the Markdown index (Knowledge/README.md)."),
    Message(
      "help.guide.id", fr: "L'id d'une section ou d'une question-réponse à afficher (tel que les résultats le citent).",
      en: "A section or Q&A id to print (as results cite them)."),
    // keygen, profile
    Message(
      "help.keygen", fr: "Créer votre clé de signature Ed25519 (format OpenSSH).",
      en: "Create your Ed25519 signing key (OpenSSH format)."),
    Message(
      "help.keygen.force",
      fr: "Remplacer une clé existante (les documents signés avec elle restent vérifiables avec son .pub).",
      en: "Replace an existing key (documents signed with it stay verifiable with its .pub)."),
    Message(
      "help.keygen.comment", fr: "Le commentaire de la clé (par défaut : l'e-mail de votre profil).",
      en: "The key's comment (default: your profile's e-mail)."),
    Message(
      "help.profile", fr: "Afficher ou renseigner qui vous êtes : nom, e-mail, unité, directeur·rice d'unité.",
      en: "Show or set who you are: name, e-mail, unit, lab head."),
    Message("help.profile.name", fr: "Votre nom.", en: "Your name."),
    Message(
      "help.profile.email", fr: "Votre e-mail (il identifie vos signatures).",
      en: "Your e-mail (it identifies your signatures)."),
    Message("help.profile.unit", fr: "Le nom de votre unité.", en: "Your unit's name."),
    Message(
      "help.profile.unitcode", fr: "Le code de votre unité, par exemple U1234.", en: "Your unit's code, e.g. U1234."),
    Message("help.profile.labhead", fr: "Le nom de votre directeur·rice d'unité.", en: "Your lab head's name."),
    Message(
      "help.profile.labheademail", fr: "L'e-mail de votre directeur·rice d'unité.", en: "Your lab head's e-mail."),
    // lint
    Message(
      "help.lint", fr: "Vérifier la base de connaissances (guide, questions-réponses, questions, règles, exercices).",
      en: "Check the knowledge base (guide, Q&A, questions, rules, exercises)."),
    Message("help.lint.strict", fr: "Échouer aussi sur les avertissements.", en: "Also fail on warnings."),
    Message(
      "help.lint.stale",
      fr:
        "Lister aussi ce qui a dépassé sa date de revue (reviewed + review_every, ou review_by) ; SIA_NOW fixe la date du jour.",
      en: "Also list what is past its review date (reviewed + review_every, or review_by); SIA_NOW sets today."),
    // scan
    Message(
      "help.scan",
      fr:
        "Trouver dans un texte ce qui identifie, la santé et les secrets avant de le coller (sortie 0 rien, 1 trouvé, 2 erreur).",
      en: "Find identifying, health and secret content in a text before pasting it (exit 0 nothing, 1 found, 2 error)."),
    Message(
      "help.scan.files", fr: "Fichiers à analyser ; - lit l'entrée standard.",
      en: "Files to scan; - reads standard input."),
    Message("help.scan.json", fr: "Afficher un rapport JSON pour les scripts.", en: "Print a JSON report for scripts."),
    Message(
      "help.scan.all", fr: "Montrer aussi les éléments peu sûrs (mots à majuscule inconnus).",
      en: "Also show low-confidence findings (unknown capitalised words)."),
    Message(
      "help.scan.pseudonymise",
      fr: "Écrire une copie pseudonymisée dans OUT (et sa table de correspondance dans OUT.table.tsv).",
      en: "Write a pseudonymised copy to OUT (and its correspondence table to OUT.table.tsv)."),
    Message(
      "help.scan.table", fr: "Où écrire la table de correspondance (par défaut : OUT.table.tsv).",
      en: "Where to write the correspondence table (default: OUT.table.tsv)."),
    // sign, verify, approve
    Message(
      "help.sign", fr: "Signer des documents (écrit FILE.sig, vérifiable avec sia verify ou ssh-keygen -Y verify).",
      en: "Sign documents (writes FILE.sig, verifiable with sia verify or ssh-keygen -Y verify)."),
    Message(
      "help.sign.namespace",
      fr: "Espace de noms (par défaut : selon le type de document, par exemple sia-declaration).",
      en: "Namespace (default: from the document kind, e.g. sia-declaration)."),
    Message("help.sign.force", fr: "Remplacer un FILE.sig existant.", en: "Replace an existing FILE.sig."),
    Message("help.sign.files", fr: "Les fichiers à signer.", en: "The files to sign."),
    Message(
      "help.verify",
      fr:
        "Vérifier des documents signés et leurs approbations (code 0 valide, 1 invalide, 2 erreur, 3 signataire inconnu).",
      en: "Verify signed documents and their approvals (exit 0 valid, 1 invalid, 2 error, 3 unknown signer)."),
    Message(
      "help.verify.signers",
      fr: "Fichier allowed_signers d'OpenSSH (par défaut : ~/.config/sia/allowed_signers s'il existe).",
      en: "OpenSSH allowed_signers file (default: ~/.config/sia/allowed_signers if present)."),
    Message(
      "help.verify.principal", fr: "L'e-mail du signataire (par défaut : celui que nomme le document).",
      en: "The signer's e-mail (default: the one the document names)."),
    Message(
      "help.verify.namespace", fr: "Espace de noms (par défaut : selon le type de document).",
      en: "Namespace (default: from the document kind)."),
    Message(
      "help.verify.files", fr: "Les documents à vérifier (chacun avec son FILE.sig).",
      en: "The documents to verify (each with its FILE.sig)."),
    Message(
      "help.approve",
      fr:
        "En tant que directeur·rice d'unité, approuver (ou --refuse) une déclaration signée : écrit FILE.approval et sa signature.",
      en: "As lab head, approve (or --refuse) a signed declaration: writes FILE.approval and its signature."),
    Message(
      "help.approve.refuse", fr: "Enregistrer un refus plutôt qu'une approbation.",
      en: "Record a refusal instead of an approval."),
    Message(
      "help.approve.comment", fr: "Un commentaire gardé avec la décision.", en: "A comment kept with the decision."),
    Message(
      "help.approve.key",
      fr: "Votre clé privée OpenSSH Ed25519 non chiffrée (par défaut : celle créée par sia keygen).",
      en: "Your unencrypted Ed25519 OpenSSH private key (default: the one sia keygen made)."),
    Message(
      "help.approve.signers", fr: "Fichier allowed_signers d'OpenSSH, pour vérifier la clé du déclarant.",
      en: "OpenSSH allowed_signers file, to check the declarant's key."),
    Message("help.approve.force", fr: "Remplacer une décision antérieure.", en: "Replace an earlier decision."),
    Message("help.approve.file", fr: "Le document signé.", en: "The signed document."),
    Message(
      "help.approve.grant", fr: "Pour une demande de dérogation (usage interdit par le guide) : accorder l'exception.",
      en: "For an exception request (use forbidden by the guide): grant the exception."),
    Message(
      "help.approve.unknownsigner",
      fr:
        "DANGEREUX : approuver bien que votre fichier allowed_signers ne reconnaisse pas la clé du/de la déclarant·e.",
      en: "DANGEROUS: approve although your allowed_signers file does not vouch for the declarant's key."),
    Message(
      "help.verify.abstract.outcomes",
      fr:
        "Vérifier des documents signés et leurs approbations (sortie 0 valide, 1 invalide, 2 invérifiable, 3 signataire inconnu, 4 expiré, 5 verdict plus strict aujourd'hui, 6 demande de dérogation, 7 refusé).",
      en:
        "Verify signed documents and their approvals (exit 0 valid, 1 invalid, 2 unverifiable, 3 unknown signer, 4 expired, 5 verdict stricter today, 6 exception request, 7 refused)."
    ),
    Message(
      "help.verify.json", fr: "Afficher le résultat en JSON (schéma : docs/schemas/verify.schema.json).",
      en: "Print the result as JSON (schema: docs/schemas/verify.schema.json)."),
    Message(
      "help.profile.document.lang", fr: "La langue de vos déclarations : fr ou en (par défaut : celle de l'interface).",
      en: "The language of your declarations: fr or en (default: the interface's)."),
    Message(
      "help.verify.show",
      fr: "Afficher aussi chaque déclaration dans votre langue, rendue depuis son bloc de données signé.",
      en: "Also print each declaration in your language, rendered from its signed data block."),
    Message(
      "help.verify.record", fr: "Écrire la sortie dans FICHIER au format des transcriptions de Transcripts/.",
      en: "Write the output to FILE in the transcript format of Transcripts/."),
    // train
    Message(
      "help.train",
      fr: "S'exercer sur des cas réels ; 10 exercices réussis à 80 % donnent une attestation de formation.",
      en: "Practise on real-life cases; 10 exercises with 80 % right earn a training attestation."),
    Message(
      "help.train.theme", fr: "Seulement les exercices de ce thème (voir sia guide).",
      en: "Only exercises tagged with this theme (see sia guide)."),
    Message(
      "help.train.level", fr: "Seulement ce niveau : debutant, intermediaire ou avance.",
      en: "Only this level: debutant, intermediaire or avance."),
    Message("help.train.count", fr: "Nombre d'exercices (10 par défaut).", en: "Number of exercises (default 10)."),
    Message(
      "help.train.seed", fr: "Numéro de série : la même graine donne les mêmes exercices dans le même ordre.",
      en: "Series number: the same seed gives the same exercises in the same order."),
    Message(
      "help.train.series", fr: "Suivre une série préparée (voir --list), dans son ordre : la même pour tout le groupe.",
      en: "Run a curated series (see --list), in its order: the same for the whole group."),
    Message(
      "help.train.answerkey",
      fr: "Avec --series ou --seed : imprimer le corrigé du formateur au lieu de lancer la série.",
      en: "With --series or --seed: print the trainer's answer key instead of running."),
    Message(
      "help.train.resume", fr: "Reprendre la session interrompue.", en: "Resume the session that was interrupted."),
    Message(
      "help.train.exercise", fr: "Afficher un exercice (pour un vidéoprojecteur en classe).",
      en: "Show one exercise (for a classroom projector)."),
    Message(
      "help.train.answer", fr: "Avec --exercise : afficher aussi la bonne réponse et le commentaire.",
      en: "With --exercise: also show the right answer and the feedback."),
    Message(
      "help.train.list",
      fr: "Lister les exercices (ceux de --theme/--level s'ils sont donnés) et la couverture par thème et niveau.",
      en: "List the exercises (those of --theme/--level if given) and the coverage by theme and level."),
    Message(
      "help.train.name",
      fr: "Nom écrit sur l'attestation (par défaut : celui de sia profile, sinon le nom de connexion).",
      en: "Name written on the attestation (default: from sia profile, else the login name)."),
    Message(
      "help.train.email",
      fr: "E-mail écrit sur l'attestation (par défaut : celui de sia profile) ; c'est le signataire pour sia verify.",
      en: "E-mail written on the attestation (default: from sia profile); it is the signer for sia verify."),
    Message(
      "help.train.certify",
      fr:
        "Contresigner comme formateur les attestations FICHIER… des participants : écrit FICHIER.cert à côté de chacune (SSHSIG, namespace sia-training-cert).",
      en:
        "Certify the attendees' attestations FILE… as their trainer: writes FILE.cert beside each (SSHSIG, namespace sia-training-cert)."
    ),
    Message(
      "help.train.summary",
      fr:
        "Résultats du groupe à partir des attestations FICHIER… : réussite par thème, exercices les plus souvent manqués.",
      en: "Group results of the attestations FILE…: success rate by theme, exercises most often missed."),
    Message(
      "help.train.json",
      fr:
        "Écrire le rapport en JSON (docs/schemas/train.schema.json ; --summary : train-summary.schema.json) ; les exercices d'une session passent alors sur la sortie d'erreur.",
      en:
        "Print the report as JSON (docs/schemas/train.schema.json; --summary: train-summary.schema.json); a session's exercises then go to standard error."
    ),
    Message(
      "help.train.html", fr: "Avec --summary : écrire aussi une page HTML imprimable dans FICHIER.",
      en: "With --summary: also write a printable HTML page to FILE."),
    Message(
      "help.train.present",
      fr: "Avec --exercise ou --series : mode vidéoprojecteur, un exercice par écran, la réponse sur une touche.",
      en: "With --exercise or --series: projector mode, one exercise per screen, the answer on a key press."),
    Message(
      "help.train.allowedsigners",
      fr:
        "Avec --certify ou --summary : le fichier allowed_signers du responsable, qui liste les formateurs pour sia-training-cert (par défaut : ~/.config/sia/allowed_signers).",
      en:
        "With --certify or --summary: the lab head's allowed_signers, listing trainers for sia-training-cert (default: ~/.config/sia/allowed_signers)."
    ),
    Message(
      "help.train.key", fr: "Avec --certify : la clé privée du formateur (par défaut : celle de sia keygen).",
      en: "With --certify: the trainer's private key (default: the one sia keygen made)."),
    Message(
      "help.train.files", fr: "Avec --certify ou --summary : les fichiers d'attestation.",
      en: "With --certify or --summary: the attestation files."),
    Message(
      "help.profile.requiretrainer",
      fr:
        "Responsables : exiger une formation attestée par un formateur (yes ou no) ; une auto-formation compte alors comme « non » pour le verdict.",
      en:
        "Lab heads: require trainer-attested training (yes or no); self-declared training then counts as “no” for the verdict."
    ),
    // Options added by the other helpers (December 2026).
    Message(
      "help.assess.stdin", fr: "Le fichier de réponses (voir `sia questions` pour les ids) ; - lit l'entrée standard.",
      en: "The answers file (see `sia questions` for the ids); - reads standard input."),
    Message(
      "help.lang.env",
      fr: "Langue de l'interface : fr ou en (par défaut : d'après LANGUAGE, LC_ALL, LC_MESSAGES ou LANG, sinon fr).",
      en: "Interface language: fr or en (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else fr)."),
    Message(
      "help.color", fr: "Couleurs et gras : auto (sur un terminal, sauf si NO_COLOR est défini), always ou never.",
      en: "Colours and bold: auto (on a terminal, unless NO_COLOR is set), always or never."),
    Message(
      "help.guide.json", fr: "Écrire l'index, ou la section, en JSON (docs/schemas/guide-*.schema.json).",
      en: "Print the index, or the section, as JSON (docs/schemas/guide-*.schema.json)."),
    Message(
      "help.keygen.json",
      fr: "Écrire le résultat en JSON (docs/schemas/keygen.schema.json) ; la clé privée n'est jamais affichée.",
      en: "Print the result as JSON (docs/schemas/keygen.schema.json); the private key is never printed."),
    Message(
      "help.lint.json", fr: "Écrire les problèmes en JSON (docs/schemas/lint.schema.json).",
      en: "Print the problems as JSON (docs/schemas/lint.schema.json)."),
    Message(
      "help.profile.json", fr: "Écrire le profil en JSON (docs/schemas/profile.schema.json).",
      en: "Print the profile as JSON (docs/schemas/profile.schema.json)."),
    Message(
      "help.sia.version", fr: "Afficher les versions de sia et du guide qu'il lit.",
      en: "Show the versions of sia and of the guide it reads."),
  ]

  /// The French help text for an English one, nil when the catalogue has none.
  public static func frenchHelp(_ english: String) -> String? { helpByEnglish[english] }

  static let helpByEnglish: [String: String] = Dictionary(
    (helpCatalogue + registryHelpCatalogue + cliConventionsHelpCatalogue).map { ($0.en, $0.fr) }
  ) { first, _ in first }

  /// The English help strings, the longest first (a row ends with the longest that fits).
  public static let helpEnglishLongestFirst: [String] = helpByEnglish.keys.sorted { ($0.count, $0) > ($1.count, $1) }
}
