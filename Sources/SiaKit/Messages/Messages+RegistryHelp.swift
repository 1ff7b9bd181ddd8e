extension Messages {
  /// French help of `sia registry` and `sia export` (see `helpCatalogue`), kept apart so
  /// the registry's options change without touching the shared help file.
  static let registryHelpCatalogue: [Message] = [
    Message(
      "help.export", fr: "Écrire un document signé en HTML imprimable (A4), après l'avoir vérifié.",
      en: "Write a signed document as printable HTML (A4), after verifying it."),
    Message(
      "help.export.html", fr: "Sortie HTML (le seul format pour l'instant).",
      en: "HTML output (the only format for now)."),
    Message(
      "help.export.output", fr: "Fichier de sortie (par défaut : FICHIER en .html).",
      en: "Output file (default: FILE with .html)."),
    Message(
      "help.export.invalid", fr: "Exporter un document qui ne se vérifie pas, marqué en rouge.",
      en: "Export a document that does not verify, marked in red."),
    Message(
      "help.export.file", fr: "Le document (avec son .sig), ou son fichier .approval.",
      en: "The document (with its .sig), or its .approval file."),
    Message(
      "help.registry",
      fr: "Lister les déclarations de dossiers, vérifiées, avec filtres, JSON, CSV ou rapport HTML.",
      en: "List the declarations of folders, verified, with filters, JSON, CSV or an HTML report."),
    Message(
      "help.registry.pending", fr: "Seulement les usages qui attendent la décision du/de la directeur·rice d'unité.",
      en: "Only the uses awaiting the lab head's decision."),
    Message(
      "help.registry.expiring", fr: "Seulement les usages dont la validité finit dans ce délai (30d, 4w, 30).",
      en: "Only the uses whose validity ends within this time (30d, 4w, 30)."),
    Message(
      "help.registry.declarant", fr: "Seulement ce·tte déclarant·e (partie du nom ou de l'e-mail).",
      en: "Only this declarant (part of the name or e-mail)."),
    Message(
      "help.registry.system", fr: "Seulement ce système d'IA (partie de son nom ou du fournisseur).",
      en: "Only this AI system (part of its name or provider)."),
    Message(
      "help.registry.verdict", fr: "Seulement ce verdict : ok, conditions, validation, interdit.",
      en: "Only this verdict: ok, conditions, validation, interdit."),
    Message(
      "help.registry.since", fr: "Seulement les documents datés de ce jour ou après (AAAA-MM-JJ).",
      en: "Only documents dated this day or later (YYYY-MM-DD)."),
    Message(
      "help.registry.sort", fr: "Ordre : date, declarant, system, verdict, valid-until, approval (par défaut : date).",
      en: "Order: date, declarant, system, verdict, valid-until, approval (default: date)."),
    Message("help.registry.json", fr: "JSON sur la sortie standard.", en: "JSON on standard output."),
    Message("help.registry.csv", fr: "CSV sur la sortie standard.", en: "CSV on standard output."),
    Message(
      "help.registry.bom",
      fr: "Avec --csv : une marque d'ordre d'octets UTF-8 et des fins de ligne CRLF, pour les tableurs.",
      en: "With --csv: a UTF-8 byte-order mark and CRLF line ends, for spreadsheet programs."),
    Message(
      "help.registry.html", fr: "Écrire aussi un rapport HTML (tableau et graphiques) dans ce fichier.",
      en: "Also write an HTML report (table and charts) to this file."),
    Message(
      "help.registry.noindex", fr: "Tout revérifier, sans lire ni écrire l'index.",
      en: "Verify everything again, without reading or writing the index."),
    Message(
      "help.registry.folders", fr: "Les dossiers (ou fichiers) à parcourir, sous-dossiers compris.",
      en: "Folders (or files) to scan, recursively."),
  ]
}
