import Foundation

/// Reads an `AssessmentSummary` from YAML — what `sia declare --answers FILE` takes
/// until the decision engine computes it from bare answers. Texts follow the knowledge
/// base's convention (`text` in French, `text_en` in English). Every problem is a
/// `Diagnostic` with its line, all reported at once.
///
/// ```yaml
/// system: {name: ChatGPT, provider: OpenAI, version: GPT-4o}
/// use: Résumer des articles publiés
/// data: [Articles publiés]
/// answers:
///   - {id: donnees, question: Quelles données ?, value: publiques, answer: Publiques}
/// verdict: {id: conditions, rationale: …, rules: [r-publiques]}
/// actions:
///   - {id: verifier, text: Vérifier chaque référence citée}
/// tasks:
///   - {category: literature-review, detail: résumés d'articles}
/// verification: Relecture complète et vérification des références
/// ```
public enum AssessmentFile {
  static let topKeys: Set<String> = [
    "system", "use", "data", "answers", "verdict", "actions", "tasks", "verification", "verification_en", "use_en",
  ]

  public static func parse(_ text: String, file: String) -> (AssessmentSummary?, [Diagnostic]) {
    var problems: [Diagnostic] = []
    let document = YAMLDocument(file: file, text: text, diagnostics: &problems)
    guard let root = document.rootMapping(&problems) else { return (nil, problems) }
    root.checkKeys(topKeys, id: nil, &problems)
    var system = AISystem(name: "")
    if let map = root.map("system") {
      system = AISystem(
        name: map.required("name", &problems) ?? "", provider: map.string("provider", &problems) ?? "",
        version: map.string("version", &problems) ?? "")
    } else {
      system.name = root.required("system", &problems) ?? ""
    }
    let use = bilingual(root, "use", required: true, &problems)
    let data = texts(root, "data", &problems)
    let answers = root.maps("answers", &problems).map { map in
      AnsweredQuestion(
        id: map.required("id", &problems) ?? "", question: bilingual(map, "question", required: true, &problems),
        value: map.string("value", &problems) ?? "", answer: bilingual(map, "answer", required: true, &problems))
    }
    let verdict = parseVerdict(root, &problems)
    let actions = root.maps("actions", &problems).map { map in
      RequiredAction(id: map.required("id", &problems) ?? "", text: bilingual(map, "text", required: true, &problems))
    }
    let tasks = root.maps("tasks", &problems).compactMap { map -> DelegatedTask? in
      guard let name = map.required("category", &problems) else { return nil }
      guard let category = GAIDeTCategory(rawValue: name) else {
        let known = GAIDeTCategory.allCases.map(\.rawValue).joined(separator: ", ")
        problems.append(
          Diagnostic(
            file: file, line: map.line(of: "category"), Messages.diagUnknownCategory, [.name: name, .known: known]))
        return nil
      }
      return DelegatedTask(category: category, detail: bilingual(map, "detail", required: false, &problems))
    }
    let verification = bilingual(root, "verification", required: false, &problems)
    guard !problems.hasErrors, let verdict else { return (nil, problems) }
    return (
      AssessmentSummary(
        system: system, intendedUse: use, data: data, answers: answers, verdict: verdict, actions: actions,
        tasks: tasks,
        humanVerification: verification), problems
    )
  }

  static func parseVerdict(_ root: YAMLMap, _ problems: inout [Diagnostic]) -> VerdictSummary? {
    guard let map = root.map("verdict") else {
      problems.append(Diagnostic(file: root.file, line: root.line(of: "verdict"), Messages.diagMissingVerdict))
      return nil
    }
    guard let name = map.required("id", &problems) else { return nil }
    guard let id = VerdictID(rawValue: name) else {
      problems.append(
        Diagnostic(file: root.file, line: map.line(of: "id"), Messages.diagUnknownVerdict, [.name: name]))
      return nil
    }
    let alternative = bilingual(map, "alternative", required: false, &problems)
    return VerdictSummary(
      id: id, rationale: bilingual(map, "rationale", required: true, &problems),
      alternative: alternative.fr.isEmpty ? nil : alternative, rules: map.strings("rules", &problems))
  }

  /// `key` (French) and `key_en` (English).
  static func bilingual(_ map: YAMLMap, _ key: String, required: Bool, _ problems: inout [Diagnostic]) -> Bilingual {
    let fr = (required ? map.required(key, &problems) : map.string(key, &problems)) ?? ""
    return Bilingual(fr: fr, en: map.string(key + "_en", &problems) ?? "")
  }

  /// A list of plain texts or of `{text, text_en}` entries.
  static func texts(_ map: YAMLMap, _ key: String, _ problems: inout [Diagnostic]) -> [Bilingual] {
    guard let node = map.value(key), case let .sequence(items) = node else { return [] }
    return items.map { item in
      if case .mapping = item {
        return bilingual(YAMLMap(document: map.document, node: item), "text", required: true, &problems)
      }
      return Bilingual(fr: item.string ?? "", en: "")
    }
  }
}
