import Foundation

/// What `sia verify` checks in a signed document beyond its signature: that it is a sia
/// document at all, that its readable text is exactly the rendering of its data block
/// (so a person and a script read the same thing), that its name does not announce
/// another kind, that its verdict, answers and commitments are what the rules give, and
/// what a lab head must act on (dates, a stricter verdict today, an exception request).
struct DocumentInspection {
  var findings: [DocumentFinding] = []
  /// The verdict the rules give the recorded answers today, when they could be assessed.
  var verdictToday: Verdict?
  var attestation: TrainingAttestation?

  /// The longest validity `sia declare --validity-months` accepts.
  static let maxValidityMonths = 60
  /// The declaration formats this `sia` renders (see README, "Formats des documents"):
  /// a format's rendering never changes once released; a change is a new format.
  static let declarationFormats: Set<String> = Declaration.formats
  static let attestationFormats: Set<String> = [TrainingAttestation.formatID]

  mutating func add(_ code: DocumentFinding.Code, _ message: Message, _ arguments: [MessageArgument: String] = [:]) {
    findings.append(DocumentFinding(code, message, arguments))
  }

  /// The kind a file name announces (`declaration-…`, `derogation-…` or
  /// `exemption-request-…`, `attestation-…`).
  static func namedKind(_ path: String) -> DocumentKind? {
    let name = URL(fileURLWithPath: path).lastPathComponent.lowercased()
    return DocumentKind.namePrefixes.first { name.hasPrefix($0.prefix) }?.kind
  }

  static func label(_ kind: DocumentKind) -> Message {
    switch kind {
    case .declaration: return Messages.kindDeclaration
    case .exemptionRequest: return Messages.kindException
    case .training: return Messages.kindAttestation
    case .approval: return Messages.kindApproval
    }
  }

  mutating func checkName(_ path: String, kind: DocumentKind) {
    guard let named = DocumentInspection.namedKind(path), named != kind else { return }
    var finding = DocumentFinding(.nameContradictsKind, Messages.checkNameContradictsKind)
    finding.labels = [
      .named: Bilingual(DocumentInspection.label(named)), .actual: Bilingual(DocumentInspection.label(kind)),
    ]
    findings.append(finding)
  }

  /// `YYYY-MM-DD` with a plausible month and day.
  static func isDay(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
    let digits = [0, 1, 2, 3, 5, 6, 8, 9]
    guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }) else { return false }
    let month = Int(text.dropFirst(5).prefix(2)) ?? 0
    let day = Int(text.suffix(2)) ?? 0
    return (1...12).contains(month) && (1...31).contains(day)
  }

  /// The last day `months` months after `day` could reach (a day late at most, which
  /// string order tolerates: `sia declare` never goes past it).
  static func latest(_ day: String, months: Int) -> String {
    let year = (Int(day.prefix(4)) ?? 0) + months / 12
    return String(format: "%04d", year) + day.dropFirst(4)
  }

  mutating func checkDates(date: String, validUntil: String, today: String) {
    guard DocumentInspection.isDay(date), DocumentInspection.isDay(validUntil), validUntil > date else {
      return add(
        .badDates, Messages.checkBadDates,
        [.date: Sanitizer.neutralize(date), .until: Sanitizer.neutralize(validUntil)])
    }
    let months = DocumentInspection.maxValidityMonths
    if validUntil > DocumentInspection.latest(date, months: months) {
      add(.validityTooLong, Messages.checkValidityTooLong, [.until: validUntil, .months: "\(months)"])
    }
    if today > validUntil { add(.expired, Messages.checkExpired, [.date: validUntil]) }
  }
}

extension DocumentVerifier {
  /// Inspects the content of `document` (already read), of the kind its block records.
  func inspect(document: Data, path: String, content: DocumentContent, kind: DocumentKind) -> DocumentInspection {
    var inspection = DocumentInspection()
    guard let block = content.block else {
      // A fence with something unreadable in it (bad JSON, a duplicated key) is a
      // document that says two things; no fence at all is no sia document.
      let text = String(decoding: document, as: UTF8.self)
      if let json = StructuredBlock.extract(from: text) {
        var detail = "JSON"
        do { _ = try JSONReader.parse(json) } catch { detail = "\(error)" }
        inspection.add(
          .unreadableData, Messages.checkUnreadableData, [.detail: Sanitizer.neutralize(String(detail.prefix(120)))])
      } else {
        inspection.add(.notASiaDocument, Messages.checkNotASiaDocument)
      }
      return inspection
    }
    inspection.checkName(path, kind: kind)
    switch kind {
    case .declaration, .exemptionRequest:
      inspectDeclaration(document, block: block, content: content, into: &inspection)
    case .training: inspectAttestation(document, into: &inspection)
    case .approval: inspection.add(.unreadableData, Messages.checkUnreadableData, [.detail: "kind approval"])
    }
    return inspection
  }

  func inspectDeclaration(
    _ document: Data, block: [String: JSONValue], content: DocumentContent, into inspection: inout DocumentInspection
  ) {
    guard let declaration = content.declaration else {
      var detail = "?"
      do { _ = try Declaration(json: .object(block)) } catch { detail = "\(error)" }
      return inspection.add(
        .unreadableData, Messages.checkUnreadableData, [.detail: Sanitizer.neutralize(String(detail.prefix(120)))])
    }
    guard DocumentInspection.declarationFormats.contains(declaration.format) else {
      return inspection.add(
        .unknownFormat, Messages.checkUnknownFormat,
        [.format: Sanitizer.neutralize(String(declaration.format.prefix(40)))])
    }
    // The whole file must be the rendering of its block, byte for byte: then whatever a
    // person reads (verdict, kind, people, dates, answers, commitments) is what is signed.
    // (`Data ==` compares memory at once; `elementsEqual` went byte by byte through an iterator.)
    guard let rendered = try? DeclarationRenderer(declaration).markdown(), document == Data(rendered.utf8) else {
      return inspection.add(.textDiffersFromData, Messages.checkTextDiffers)
    }
    inspection.checkDates(date: declaration.date, validUntil: declaration.validUntil, today: today)
    if let model {
      if currentGuideVersion == declaration.guideVersion {
        checkComputedByRules(declaration, model: model, into: &inspection)
      } else {
        inspection.verdictToday = reassessments.verdict(for: declaration, model: model)
        if let today = inspection.verdictToday {
          if today > declaration.verdict.id {
            inspection.add(
              .verdictStricter, Messages.checkStricter,
              [
                .today: today.rawValue, .recorded: declaration.verdict.id.rawValue,
              ])
          }
        } else {
          inspection.add(.verdictUnknownToday, Messages.checkUnknownToday)
        }
      }
    }
    if declaration.kind == .exemptionRequest {
      var finding = DocumentFinding(.exceptionRequest, Messages.checkExceptionRequest)
      finding.labels = [.grantors: exceptionGrantors]
      inspection.findings.append(finding)
    }
  }

  /// Under the guide the declaration names: the engine, given the recorded answers,
  /// must give exactly the recorded verdict, answers, commitments, data and tasks.
  func checkComputedByRules(_ declaration: Declaration, model: DecisionModel, into inspection: inout DocumentInspection)
  {
    guard let computed = reassessments.summary(for: declaration, model: model) else {
      return inspection.add(.notComputedByRules, Messages.checkNotAssessable)
    }
    inspection.verdictToday = computed.verdict.id
    let fields = DeclarationReassessment.discrepancies(declaration, computed: computed)
    if !fields.isEmpty {
      inspection.add(.notComputedByRules, Messages.checkNotComputed, [.fields: fields.joined(separator: ", ")])
    }
  }

  func inspectAttestation(_ document: Data, into inspection: inout DocumentInspection) {
    guard let text = String(data: document, encoding: .utf8) else {
      return inspection.add(.unreadableData, Messages.checkUnreadableData, [.detail: "UTF-8"])
    }
    let attestation: TrainingAttestation
    switch AttestationDocument.parse(text) {
    case .success(let parsed): attestation = parsed
    case .failure(let problem):
      return inspection.add(
        .unreadableData, Messages.checkUnreadableData, [.detail: Sanitizer.neutralize(problem.description)])
    }
    inspection.attestation = attestation
    guard DocumentInspection.attestationFormats.contains(attestation.format) else {
      return inspection.add(
        .unknownFormat, Messages.checkUnknownFormat,
        [.format: Sanitizer.neutralize(String(attestation.format.prefix(40)))])
    }
    guard AttestationDocument.isRendering(text, of: attestation) else {
      return inspection.add(.textDiffersFromData, Messages.checkTextDiffers)
    }
    let end = attestation.validUntil
    if !DocumentInspection.isDay(attestation.date) || !DocumentInspection.isDay(end) || end <= attestation.date
      || end > DocumentInspection.latest(attestation.date, months: TrainingAttestation.validityMonths)
    {
      return inspection.add(.badDates, Messages.checkBadDates, [.date: attestation.date, .until: end])
    }
    if today > end { inspection.add(.expired, Messages.checkExpiredAttestation, [.date: end]) }
  }
}

extension AttestationDocument {
  /// Whether `text` is exactly the rendering of `attestation`. The title names the
  /// institute of the knowledge base that wrote it, which may differ from the verifier's:
  /// it is read from the title line and the rest must match byte for byte.
  static func isRendering(_ text: String, of attestation: TrainingAttestation) -> Bool {
    let lang = attestation.lang
    let template = "# " + Messages.attTitle.text(lang, [.institut: "\u{1}"])
    guard let marker = template.firstIndex(of: "\u{1}") else { return false }
    let prefix = String(template[..<marker])
    let firstLine = text.prefix { $0 != "\n" }
    guard firstLine.hasPrefix(prefix) else { return false }
    let name = String(firstLine.dropFirst(prefix.count))
    let institute = Institute(values: ["institut": name, "institut_en": name])
    return (try? render(attestation, institute: institute)) == text
  }
}
