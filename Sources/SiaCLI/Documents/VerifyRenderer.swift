import SiaKit

/// Prints a `VerificationReport` as a short aligned block: signature, fingerprint,
/// signer and trust, validity, guide version, approval, and the one-line result.
struct VerifyRenderer {
  var lang: Lang
  /// How the allowed-signers file is named in trust lines.
  var allowedSignersName: String
  var currentGuide: String?
  /// The console's width: rows wrap between words there.
  var width = 80

  func render(_ report: VerificationReport) -> String {
    let t = { (message: Message) in message.text(lang) }
    var rows: [(String, String)] = []
    let state = report.state(lang: lang, currentGuide: currentGuide)
    rows.append((t(Messages.verifyKind), kindLine(state)))
    if let declarant = state.declarant {
      let unit = state.unit.map { " — " + $0.display } ?? ""
      rows.append((t(state.unit == nil ? Messages.attName : Messages.profileDeclarant), declarant.display + unit))
    }
    if let system = state.system {
      let version = system.version.isEmpty ? "" : " " + system.version
      let provider = system.provider.isEmpty ? "" : " — " + system.provider
      let date = state.date.map { " — " + $0 } ?? ""
      rows.append((t(Messages.docSystem), system.name + version + provider + date))
    }
    if let signature = report.signature, report.status == .trusted || report.status == .unknownSigner {
      rows.append(
        (
          t(Messages.verifySignature),
          Messages.verifyValid.text(lang, [.hash: signature.hashAlgorithm, .namespace: report.namespace])
        ))
    }
    if let signature = report.signature {
      rows.append((t(Messages.verifyFingerprint), signature.publicKey.fingerprint))
    }
    if report.status == .trusted || report.status == .unknownSigner {
      rows.append((t(Messages.verifySigner), trustLine(report.principal, report.trust, namespace: report.namespace)))
    }
    if let until = state.validUntil {
      let validity = state.expired ? Messages.verifyExpired : Messages.verifyValidUntil
      rows.append((t(Messages.verifyValidity), validity.text(lang, [.date: until])))
    }
    if let declaration = report.declaration {
      rows.append((t(Messages.verifyGuide), guideLine(report)))
      // Not recomputed when the document does not hold: "cannot be assessed" would blame the rules.
      let broken: Set<DocumentFinding.Code> = [.textDiffersFromData, .unreadableData, .unknownFormat]
      let unknown =
        report.findings.contains { broken.contains($0.code) }
        ? Messages.verifyVerdictNotChecked : Messages.verifyVerdictUnknown
      let today = report.verdictToday.map { $0.label.text(lang) } ?? t(unknown)
      rows.append(
        (
          t(Messages.verifyVerdict),
          Messages.verifyVerdictRecorded.text(
            lang,
            [
              .recorded: declaration.verdict.id.label.text(lang), .today: today,
            ])
        ))
      if declaration.isContested { rows.append(("", Messages.verifyContested.text(lang))) }
      if let grantors = state.exceptionGrantors {
        rows.append((t(Messages.verifyException), Messages.verifyExceptionWho.text(lang, [.grantors: grantors])))
        if state.approval?.exceptionGranted == true { rows.append(("", t(Messages.verifyExceptionGranted))) }
      }
    }
    if let training = state.training { rows.append((t(Messages.docTraining), trainingLine(training))) }
    if let approval = report.approval { rows += approvalRows(approval, report: report) }
    // What the rows above do not already say, each on its own line.
    let shown: Set<DocumentFinding.Code> = [.expired, .exceptionRequest, .approvalRefused]
    let findings = report.allFindings.filter { !shown.contains($0.code) }
    for (index, finding) in findings.enumerated() {
      rows.append((index == 0 ? t(Messages.verifyFindings) : "", finding.text(lang)))
    }
    rows.append((t(Messages.verifyResult), result(report)))
    return ([Sanitizer.neutralize(report.path)] + VerifyRenderer.aligned(rows, lang: lang, width: width)).joined(
      separator: "\n")
  }

  func kindLine(_ state: DocumentState) -> String {
    func label(_ kind: DocumentState.Kind) -> String {
      var other = state
      other.kind = kind
      return other.kindLabel(lang)
    }
    guard state.kind == .approval else { return label(state.kind) }
    var underlying = state
    underlying.kind =
      state.verdictRecorded == nil
      ? (state.declarant == nil ? .unknown : .attestation)
      : state.exceptionGrantors != nil ? .exceptionRequest : .declaration
    return Messages.verifyApprovalOf.text(lang, [.kind: label(underlying.kind)])
  }

  /// « auto-formation » or « formation attestée par … », with whether the trainer is vouched for.
  func trainingLine(_ training: DocumentState.TrainingState) -> String {
    let trainer: [MessageArgument: String] = [.trainer: training.trainer ?? "?", .file: allowedSignersName]
    switch (training.kind, training.trainerVouched) {
    case (.selfDeclared, _): return Messages.verifyTrainingSelf.text(lang)
    case (.trainerAttested, true): return Messages.verifyTrainingTrainer.text(lang, trainer)
    case (.trainerAttested, false): return Messages.verifyTrainingTrainerUnknown.text(lang, trainer)
    case (.trainerAttested, nil): return Messages.verifyTrainingTrainerUnchecked.text(lang, trainer)
    }
  }

  /// The one-line result: the outcome, with the reason that decided it.
  func result(_ report: VerificationReport) -> String {
    let outcome = report.outcome
    // A signature that does not hold says why first; then the finding that decided.
    let signatureProblem =
      DocumentOutcome(report.overallStatus) == outcome ? (report.problem ?? report.approval?.problem) : nil
    let decisive = signatureProblem == nil ? report.allFindings.first { $0.outcome == outcome }?.text(lang) : nil
    let reason = signatureProblem?.text(lang) ?? decisive ?? ""
    switch outcome {
    case .valid: return Messages.verifyTrusted.text(lang)
    case .unknownSigner: return decisive ?? Messages.verifyUnknown.text(lang)
    case .invalid: return Messages.verifyInvalid.text(lang, [.reason: reason])
    case .unverifiable: return Messages.verifyUnusable.text(lang, [.reason: reason])
    case .expired: return Messages.verifyExpiredResult.text(lang, [.reason: reason])
    case .verdictStricter: return Messages.verifyStricterResult.text(lang, [.reason: reason])
    case .exceptionRequest:
      guard let approval = report.approval?.approval, approval.exceptionGranted else {
        return Messages.verifyExceptionResult.text(lang)
      }
      return Messages.verifyExceptionGrantedResult.text(
        lang, [.approver: Sanitizer.neutralize(approval.approver.display)])
    case .refused:
      let approver = report.approval?.approval.map { Sanitizer.neutralize($0.approver.display) } ?? ""
      return Messages.verifyRefusedResult.text(lang, [.approver: approver])
    }
  }

  /// `Label : value` (French) or `Label:   value` (English), values in one column and
  /// wrapped between words at `width` (`ReportLines`); an empty label continues the row
  /// above.
  static func aligned(_ rows: [(String, String)], lang: Lang, width: Int = 80) -> [String] {
    let column = (rows.map(\.0.count).max() ?? 0) + (lang == .fr ? 3 : 2)
    return rows.flatMap { label, value in
      let head = label.isEmpty ? "" : (lang == .fr ? label + " : " : label + ": ")
      let padded =
        lang == .fr && !label.isEmpty
        ? VerifyRenderer.padded(label, to: column - 3) + " : " : VerifyRenderer.padded(head, to: column)
      return ReportLines.wrapped(value, after: "  " + padded, width: width)
    }
  }

  /// `text` padded with spaces to `length` UTF-16 units, as Foundation's
  /// `padding(toLength:withPad:startingAt:)` does — which, bridging to `NSString` for
  /// every row, was a third of what `sia verify` spent on each report. Foundation still
  /// handles the case of a text too long, which it truncates.
  static func padded(_ text: String, to length: Int) -> String {
    let missing = length - text.utf16.count
    guard missing >= 0 else { return text.padding(toLength: length, withPad: " ", startingAt: 0) }
    return text + String(repeating: " ", count: missing)
  }

  func result(_ status: VerificationReport.Status, problem: LocalizedProblem?) -> String {
    let reason = problem?.text(lang) ?? ""
    switch status {
    case .trusted: return Messages.verifyTrusted.text(lang)
    case .unknownSigner: return Messages.verifyUnknown.text(lang)
    case .invalid: return Messages.verifyInvalid.text(lang, [.reason: reason])
    case .unusable: return Messages.verifyUnusable.text(lang, [.reason: reason])
    }
  }

  func trustLine(_ principal: String?, _ trust: SignerTrust, namespace: String) -> String {
    let who = principal.map(Sanitizer.neutralize) ?? Messages.verifyNoPrincipal.text(lang)
    let args: [MessageArgument: String] = [.principal: who, .file: allowedSignersName, .namespace: namespace]
    switch trust {
    case .trusted(let line): return Messages.verifyTrustedLine.text(lang, args.merging([.line: "\(line)"]) { $1 })
    case .noAllowedSigners: return Messages.verifyNoAllowedSigners.text(lang, args)
    case .unknownPrincipal: return Messages.verifyNotListed.text(lang, args)
    case .keyListedForOthers(let others):
      return Messages.verifyListedForOthers.text(lang, args.merging([.others: others.joined(separator: ", ")]) { $1 })
    case .differentKey: return Messages.verifyDifferentKey.text(lang, args)
    case .namespaceNotAllowed: return Messages.verifyNamespaceNotAllowed.text(lang, args)
    case .outsideValidity: return Messages.verifyOutsideValidity.text(lang, args)
    case .malformedLine(let line):
      return Messages.verifyMalformedLine.text(lang, args.merging([.line: "\(line)"]) { $1 })
    }
  }

  func guideLine(_ report: VerificationReport) -> String {
    guard let declaration = report.declaration else { return "" }
    if let recorded = report.otherGuideVersion, let current = currentGuide {
      let versions: [MessageArgument: String] = [
        .recorded: KnowledgeVersion.short(recorded), .current: KnowledgeVersion.short(current),
      ]
      guard let now = report.currentVerdict else { return Messages.verifyGuideOther.text(lang, versions) }
      let then = declaration.verdict.id
      let outcome =
        now == then
        ? Messages.verifyVerdictSame.text(lang, [.verdict: now.label.text(lang)])
        : Messages.verifyVerdictChanged.text(
          lang, [.verdict: now.label.text(lang), .recorded: then.label.text(lang)])
      return Messages.verifyGuideReassessed.text(lang, versions) + outcome
    }
    return Messages.verifyGuideSame.text(lang, [.version: KnowledgeVersion.short(declaration.guideVersion)])
  }

  /// The approval: decision, comment, the approver's key and trust, its own result —
  /// continuation lines carry no label so the block reads as one item.
  func approvalRows(_ report: ApprovalReport, report document: VerificationReport) -> [(String, String)] {
    let label = Messages.verifyApproval.text(lang)
    guard let approval = report.approval else { return [(label, result(report.status, problem: report.problem))] }
    let decision = approval.decision == .approved ? Messages.approvalApproved : Messages.approvalRefused
    var lines = [
      decision.text(lang, [.approver: Sanitizer.neutralize(approval.approver.display), .date: approval.date])
    ]
    if !approval.comment.isEmpty {
      lines.append(Messages.approvalComment.text(lang, [.comment: Sanitizer.neutralize(approval.comment)]))
    }
    if let signature = report.signature {
      lines.append(Messages.approvalFingerprint.text(lang, [.fingerprint: signature.publicKey.fingerprint]))
    }
    if report.status == .trusted || report.status == .unknownSigner {
      lines.append(trustLine(approval.approver.email, report.trust, namespace: DocumentKind.approval.namespace))
    }
    lines.append(result(report.status, problem: report.problem))
    return lines.enumerated().map { ($0.offset == 0 ? label : "", $0.element) }
  }
}
