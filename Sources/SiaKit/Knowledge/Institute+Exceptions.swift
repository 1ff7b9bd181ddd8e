/// Who may grant an exception to the guide: the institute's rule, not sia's, so it is
/// data in `institute.yaml` (`derogation_accordee_par`, `derogation_accordee_par_en`),
/// shown by `sia verify` and `sia approve` on an exception request.
extension Institute {
  public static let exceptionGrantorsKey = "derogation_accordee_par"

  /// Who may grant an exception, in both languages, its `{{key}}` placeholders expanded
  /// (it may name `{{dpo}}`); nil when `institute.yaml` does not say.
  public var exceptionGrantors: Bilingual? {
    let key = Institute.exceptionGrantorsKey
    guard let french = values[key], !french.trimmed.isEmpty else { return nil }
    let english = values[key + "_en"].flatMap { $0.trimmed.isEmpty ? nil : $0 } ?? french
    return Bilingual(fr: expand(french, .fr), en: expand(english, .en))
  }

  /// Who may grant an exception according to the knowledge folder `root`, reading
  /// `institute.yaml` alone (a verification needs nothing else from it).
  public static func exceptionGrantors(root: String) -> Bilingual? {
    var diagnostics: [Diagnostic] = []
    return KnowledgeLoader.loadInstitute(root: root, &diagnostics).exceptionGrantors
  }
}

extension KnowledgeLoader {
  /// `derogation_accordee_par` and its English form are required, one line each, and
  /// may use only placeholders the file defines: a lab head reads them when deciding.
  static func checkExceptionGrantors(_ map: YAMLMap, values: [String: String], _ diagnostics: inout [Diagnostic]) {
    let key = Institute.exceptionGrantorsKey
    let languages = [
      (key, Bilingual(fr: "en français", en: "French")), (key + "_en", Bilingual(fr: "en anglais", en: "English")),
    ]
    for (name, language) in languages {
      guard map.value(name) != nil else {
        let line = name == key ? map.line : map.line(of: key)
        diagnostics.append(
          Diagnostic(
            file: map.file, line: line,
            Messages.diagExceptionGrantorsMissing.both([.name: name], bilingual: [.language: language])))
        continue
      }
      guard let text = values[name] else { continue }  // not a text: already reported
      let line = map.line(of: name)
      if text.trimmed.isEmpty {
        diagnostics.append(Diagnostic(file: map.file, line: line, Messages.diagExceptionGrantorsEmpty, [.name: name]))
      } else if text.contains(where: \.isNewline) {
        diagnostics.append(Diagnostic(file: map.file, line: line, Messages.diagOneLine, [.name: name]))
      }
      _ = Institute(values: values).expand(text, name == key ? .fr : .en) { unknown in
        diagnostics.append(
          Diagnostic(file: map.file, line: line, Messages.diagUnknownPlaceholderIn, [.unknown: unknown, .name: name]))
      }
    }
  }
}
