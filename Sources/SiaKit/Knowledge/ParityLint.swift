import Foundation

/// Checks that the French and English texts of the guide and the Q&A stay together:
/// - a text in one language only is an error (a section without `guide/en/<id>.md`, an
///   English file without its French section, a Q&A entry without `question_en` or
///   `answer_en`);
/// - the two versions must cite the same `[§id]` set: an error, since a reader in one
///   language would be sent elsewhere than a reader in the other;
/// - a translation whose recorded `translated_from` is not the hash of today's French
///   text is stale: a warning that says what to re-translate (`sia lint --strict` fails
///   on it). A stale translation is still shown: a slightly old English text helps an
///   English reader more than none, and a French fix must not wait for a translator.
public enum ParityLint {
  public static let check: Linter.Check = { knowledge in
    guideParity(knowledge) + faqParity(knowledge) + exerciseParity(knowledge)
  }

  static let englishHeadings = GuideHeading.required.map { "## " + $0.en }

  static func guideParity(_ knowledge: KnowledgeBase) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let folder = KnowledgeLoader.englishFolder
    for section in knowledge.sections {
      guard let english = section.english else {
        diagnostics.append(
          Diagnostic(
            file: section.file, line: 1, id: section.id,
            Messages.diagNoEnglishSection, [.path: "\(folder)/\(section.id).md"]))
        continue
      }
      diagnostics += citationMismatch(
        french: section.body, english: english.body, file: english.file, line: english.bodyLine, id: section.id)
      for heading in englishHeadings where !english.body.contains(heading) {
        diagnostics.append(
          Diagnostic(
            .warning, file: english.file, line: english.bodyLine, id: section.id, Messages.diagMissingHeading,
            [.heading: heading]))
      }
      if let current = frenchBodyHash(root: knowledge.root, relative: section.file), current != english.translatedFrom {
        diagnostics.append(
          Diagnostic(
            .warning, file: english.file, line: 3, id: section.id,
            Messages.diagStaleSection, [.file: section.file, .recorded: english.translatedFrom, .current: current]))
      }
    }
    let ids = Set(knowledge.sectionIDs)
    for relative in KnowledgeFiles.list(root: knowledge.root, folder: folder, suffix: ".md") {
      let id = URL(fileURLWithPath: relative).deletingPathExtension().lastPathComponent
      if !ids.contains(id) {
        diagnostics.append(Diagnostic(file: relative, line: 1, id: id, Messages.diagEnglishWithoutSection, [.id: id]))
      }
    }
    return diagnostics
  }

  /// Each Q&A file is read again here for its raw text: the hash is taken on the French
  /// as written, before placeholders are expanded.
  static func faqParity(_ knowledge: KnowledgeBase) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for relative in KnowledgeFiles.list(root: knowledge.root, folder: "faq", suffix: ".yaml") {
      var ignored: [Diagnostic] = []
      guard let text = KnowledgeFiles.read(root: knowledge.root, relative: relative, &ignored) else { continue }
      let document = YAMLDocument(file: relative, text: text, diagnostics: &ignored)
      for map in document.rootList(&ignored) {
        guard let id = map.string("id", &ignored), let question = map.string("question", &ignored),
          let answer = map.string("answer", &ignored)
        else { continue }
        let questionEn = map.string("question_en", &ignored) ?? ""
        let answerEn = map.string("answer_en", &ignored) ?? ""
        for (key, value) in [("question_en", questionEn), ("answer_en", answerEn)] where value.trimmed.isEmpty {
          diagnostics.append(
            Diagnostic(file: relative, line: map.line, id: id, Messages.diagNoEnglishKey, [.key: key]))
        }
        guard !answerEn.trimmed.isEmpty else { continue }
        diagnostics += citationMismatch(
          french: answer, english: answerEn, file: relative, line: map.line(of: "answer_en"), id: id)
        let current = faqHash(question: question, answer: answer)
        guard let recorded = map.string("translated_from", &ignored) else {
          diagnostics.append(
            Diagnostic(
              .warning, file: relative, line: map.line, id: id,
              Messages.diagNoTranslatedFrom, [.current: current]))
          continue
        }
        if recorded != current {
          diagnostics.append(
            Diagnostic(
              .warning, file: relative, line: map.line(of: "translated_from"), id: id,
              Messages.diagStaleFAQ, [.recorded: recorded, .current: current]))
        }
      }
    }
    return diagnostics
  }

  /// Exercises keep both languages side by side (`situation` / `situation_en`, `text` /
  /// `text_en`, `feedback` / `feedback_en`): a missing English text is an error here (the
  /// exercise loader only warns, so a session still runs), and so are different citations.
  /// No hash: the two texts are a line apart and edited together.
  static func exerciseParity(_ knowledge: KnowledgeBase) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for exercise in ExerciseLoader.load(knowledge: knowledge).exercises {
      var texts: [(Bilingual, Bilingual, Int)] = [
        (Messages.diagExerciseSituation.both(), exercise.situation, exercise.line)
      ]
      for choice in exercise.choices {
        texts.append((Messages.diagExerciseChoiceText.both([.choice: choice.id]), choice.text, choice.line))
        texts.append((Messages.diagExerciseChoiceFeedback.both([.choice: choice.id]), choice.feedback, choice.line))
      }
      for (what, text, line) in texts {
        if text.en.trimmed.isEmpty {
          diagnostics.append(
            Diagnostic(
              file: exercise.file, line: line, id: exercise.id,
              Bilingual(
                fr: Messages.diagNoEnglishFor.text(.fr, [.what: what.fr]),
                en: Messages.diagNoEnglishFor.text(.en, [.what: what.en]))))
        } else {
          diagnostics += citationMismatch(
            french: text.fr, english: text.en, file: exercise.file, line: line, id: exercise.id
          )
          .map {
            Diagnostic(
              file: $0.file, line: $0.line, id: $0.id,
              Bilingual(
                fr: Messages.diagPrefixed.text(.fr, [.what: what.fr]),
                en: Messages.diagPrefixed.text(.en, [.what: what.en]))
                + $0.text)
          }
        }
      }
    }
    return diagnostics
  }

  /// What a Q&A entry's `translated_from` records: the French question and answer.
  public static func faqHash(question: String, answer: String) -> String {
    TranslationHash.of(question.trimmed + "\n\n" + answer.trimmed)
  }

  /// An error naming the `[§id]` cited in one language only, if any.
  static func citationMismatch(french: String, english: String, file: String, line: Int, id: String) -> [Diagnostic] {
    let frenchIDs = Set(CrossReference.ids(in: french))
    let englishIDs = Set(CrossReference.ids(in: english))
    guard frenchIDs != englishIDs else { return [] }
    var parts: [Bilingual] = []
    let onlyFrench = frenchIDs.subtracting(englishIDs).sorted()
    let onlyEnglish = englishIDs.subtracting(frenchIDs).sorted()
    func cited(_ ids: [String]) -> [MessageArgument: String] { [.ids: ids.map { "[§\($0)]" }.joined(separator: ", ")] }
    if !onlyFrench.isEmpty { parts.append(Messages.diagCitedFrenchOnly.both(cited(onlyFrench))) }
    if !onlyEnglish.isEmpty { parts.append(Messages.diagCitedEnglishOnly.both(cited(onlyEnglish))) }
    let joined = Bilingual(fr: parts.map(\.fr).joined(separator: " ; "), en: parts.map(\.en).joined(separator: "; "))
    return [
      Diagnostic(
        file: file, line: line, id: id,
        Bilingual(
          fr: Messages.diagCitationMismatch.text(.fr, [.parts: joined.fr]),
          en: Messages.diagCitationMismatch.text(.en, [.parts: joined.en])))
    ]
  }

  /// The `TranslationHash` of a French guide file's body as written, or nil when unreadable.
  public static func frenchBodyHash(root: String, relative: String) -> String? {
    var ignored: [Diagnostic] = []
    guard let text = KnowledgeFiles.read(root: root, relative: relative, &ignored), let parts = FrontMatter.split(text)
    else {
      return nil
    }
    return TranslationHash.of(parts.body)
  }
}
