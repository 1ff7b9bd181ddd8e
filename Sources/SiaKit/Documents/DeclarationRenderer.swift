/// Writes a `Declaration` as the human-readable Markdown document (French or English),
/// ending with the same content as canonical JSON. Pure function of its input: the
/// same declaration always gives the same bytes, which is what gets signed.
public struct DeclarationRenderer {
  public var declaration: Declaration
  /// The document's own language; another one only to show it to a reader (`sia verify
  /// --show`): what is signed is always the rendering in `declaration.lang`.
  var lang: Lang

  public init(_ declaration: Declaration) {
    self.declaration = declaration
    lang = declaration.lang
  }

  /// Renders the document for a reader of `lang` from its structured block (which holds
  /// both languages): the same sections, the same data block, every text in `lang`.
  public init(_ declaration: Declaration, readIn lang: Lang) {
    self.declaration = declaration
    self.lang = lang
  }

  public func markdown() throws -> String {
    let data = section(
      Messages.docStructured,
      [
        Messages.docStructuredIntro.text(lang), "",
        StructuredBlock.render(CanonicalJSON.serialize(declaration.jsonValue)),
      ])
    return (prose() + [data]).joined(separator: "\n\n") + "\n"
  }

  /// The document for a reader: every section but the structured block.
  public func readable() -> String { prose().joined(separator: "\n\n") + "\n" }

  func prose() -> [String] {
    var blocks: [String] = [title()]
    if declaration.isContested { blocks.append(contestFlag()) }
    blocks.append(header())
    blocks.append(section(Messages.docSystem, [MarkdownText.inline(systemLine())]))
    blocks.append(section(Messages.docUse, [MarkdownText.paragraph(declaration.intendedUse.pick(lang))]))
    var data = declaration.data.map { "- " + MarkdownText.inline($0.pick(lang)) }
    if data.isEmpty { data = [Messages.docNone.text(lang)] }
    if let scan = declaration.scan { data += ["", scanLine(scan)] }
    blocks.append(section(Messages.docData, data))
    blocks.append(section(Messages.docAnswers, answers()))
    blocks.append(section(Messages.docVerdict, verdict()))
    if declaration.kind == .declaration {
      blocks.append(section(Messages.docCommitments, commitments()))
    }
    if let contest = declaration.contest {
      blocks.append(section(Messages.docContest, [MarkdownText.paragraph(contest)]))
    }
    blocks.append(section(Messages.docPublication, publication()))
    return blocks
  }

  func title() -> String {
    let message = declaration.kind == .exemptionRequest ? Messages.docTitleExemption : Messages.docTitle
    return "# " + message.text(lang)
  }

  func contestFlag() -> String {
    "> **" + Messages.docContestedFlag.text(lang) + "** — " + Messages.docContestedNote.text(lang)
  }

  func header() -> String {
    var rows: [(Message, String)] = [
      (Messages.profileDeclarant, declaration.declarant.display), (Messages.profileUnit, declaration.unit.display),
      (Messages.profileLabHead, declaration.labHead.display), (Messages.docDate, declaration.date),
      (Messages.docValidUntil, declaration.validUntil), (Messages.docGuideVersion, guideVersion()),
      (Messages.docToolVersion, declaration.toolVersion),
    ]
    if let training = declaration.training {
      rows.append(
        (
          Messages.docTraining,
          Messages.docTrainingValue.text(
            lang,
            [
              .date: training.date, .right: "\(training.right)", .total: "\(training.total)",
              .percent: "\(training.percent)", .file: training.file,
            ]) + Self.trainingKind(training, lang: lang)
        ))
    }
    let colon = lang == .fr ? " : " : ": "
    return rows.map { "- **\($0.0.text(lang))**" + colon + MarkdownText.inline($0.1) }.joined(separator: "\n")
  }

  /// « — auto-formation » or « — formation attestée par … », only for documents that
  /// record the kind (older ones render byte for byte as before).
  static func trainingKind(_ training: TrainingReference, lang: Lang) -> String {
    switch training.kind {
    case .none: return ""
    case .selfDeclared: return Messages.docTrainingSelf.text(lang)
    case .trainerAttested: return Messages.docTrainingTrainer.text(lang, [.trainer: training.trainer ?? "?"])
    }
  }

  /// The hash, with the guide's newest review date in words when the document has it.
  func guideVersion() -> String {
    guard let reviewed = declaration.guideReviewed else { return declaration.guideVersion }
    return Messages.docGuideReviewed.text(
      lang, [.version: declaration.guideVersion, .date: HumanDate.text(reviewed, lang)])
  }

  /// What the text check counted, and its conclusion (only in documents that have one).
  func scanLine(_ scan: ScanRecord) -> String {
    let list = scan.counts.isEmpty ? Messages.scanDeclarationNothing.text(lang) : scan.countList(lang)
    return MarkdownText.inline(
      Messages.scanDeclarationLine.text(lang, [.list: list, .conclusion: scan.conclusion.text(lang)]))
  }

  func section(_ heading: Message, _ lines: [String]) -> String {
    "## " + heading.text(lang) + "\n\n" + lines.joined(separator: "\n")
  }

  func systemLine() -> String {
    let system = declaration.system
    var parts = [system.name(lang)]
    let provider = system.provider(lang)
    if !provider.isEmpty { parts.append(provider) }
    if !system.version.isEmpty { parts.append(Messages.pubVersion.text(lang, [.version: system.version])) }
    return parts.joined(separator: " — ")
  }

  func answers() -> [String] {
    guard !declaration.answers.isEmpty else { return [Messages.docNone.text(lang)] }
    return declaration.answers.enumerated().map { index, item in
      "\(index + 1). " + MarkdownText.inline(item.question.pick(lang)) + "  \n   → **"
        + MarkdownText.inline(item.answer.pick(lang)) + "**"
    }
  }

  func verdict() -> [String] {
    let verdict = declaration.verdict
    var lines = [
      "**" + VerdictLabel.message(verdict.id).text(lang) + ".** " + MarkdownText.inline(verdict.rationale.pick(lang))
    ]
    if let alternative = verdict.alternative {
      lines.append("")
      lines.append(Messages.declAlternative.text(lang, [.alternative: MarkdownText.inline(alternative.pick(lang))]))
    }
    return lines
  }

  func commitments() -> [String] {
    guard !declaration.commitments.isEmpty else { return [Messages.docNoCommitment.text(lang)] }
    return [Messages.docCommitmentsIntro.text(lang), ""]
      + declaration.commitments.map { "- [x] " + MarkdownText.inline($0.text.pick(lang)) }
  }

  func publication() -> [String] {
    [
      Messages.docPublicationIntro.text(lang), "",
      "**Français** — " + MarkdownText.inline(declaration.publicationStatement.fr), "",
      "**English** — " + MarkdownText.inline(declaration.publicationStatement.en),
    ]
  }
}

/// The label of each verdict, from the catalogue.
public enum VerdictLabel {
  public static func message(_ id: VerdictID) -> Message {
    switch id {
    case .ok: return Messages.docVerdictOK
    case .conditions: return Messages.docVerdictConditions
    case .validation: return Messages.docVerdictValidation
    case .interdit: return Messages.docVerdictForbidden
    }
  }
}

/// Makes user and data text safe inside the document: no control characters, and no
/// line that Markdown would read as a heading, a quote or a code fence.
enum MarkdownText {
  static func inline(_ text: String) -> String {
    let clean = Sanitizer.neutralize(text)
    // Most values hold no line break: trimmed only, without splitting into pieces
    // (`sia verify` renders every field of every declaration it checks).
    guard hasLineBreak(clean) else { return String(clean.trimmed) }
    return clean.split(whereSeparator: \.isNewline).map { String($0.trimmed) }
      .filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// Whether `text` holds a character `Character.isNewline` accepts (U+000A–U+000D,
  /// U+0085, U+2028, U+2029), read from its UTF-8 bytes.
  static func hasLineBreak(_ text: String) -> Bool {
    var bytes = text.utf8.makeIterator()
    while let byte = bytes.next() {
      switch byte {
      case 0x0A...0x0D: return true
      case 0xC2: if bytes.next() == 0x85 { return true }
      case 0xE2: if bytes.next() == 0x80, let last = bytes.next(), last == 0xA8 || last == 0xA9 { return true }
      default: break
      }
    }
    return false
  }

  static func paragraph(_ text: String) -> String {
    let lines = String(Sanitizer.neutralize(text).trimmed)
      .split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        let trimmed = String(line.trimmed)
        if let first = trimmed.first, "#>`-*+|=".contains(first) || trimmed.hasPrefix("~~~") { return "\\" + trimmed }
        return trimmed
      }
    return lines.joined(separator: "\n")
  }
}
