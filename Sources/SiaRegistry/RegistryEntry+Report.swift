import Foundation
import SiaKit

/// The one place that turns what `sia verify` found into a registry line: every field
/// is read from the file's `DocumentState` (`VerificationReport.state`, what
/// `sia verify --json` prints), so a registry line and `sia verify` cannot disagree.
extension RegistryEntry {
  /// `currentGuide`: the guide version the verifier compared the document with.
  public init(report: VerificationReport, currentGuide: String?, signed: Bool) {
    let french = report.state(lang: .fr, currentGuide: currentGuide)
    let english = report.state(lang: .en, currentGuide: currentGuide)
    self.init(french: french, english: english, signatureProblem: signed ? report.problem : nil, signed: signed)
    // Facts the state does not carry, read from the same verified content.
    data = Sanitizer.neutralize(report.declaration?.data.map(\.fr).joined(separator: "; ") ?? "")
    if let score = report.attestation?.score { self.score = "\(score.right)/\(score.total)" }
  }

  init(french state: DocumentState, english: DocumentState, signatureProblem: LocalizedProblem?, signed: Bool) {
    path = state.file
    outcome = state.outcome
    kind = state.kind
    kindFR = state.kindLabel(.fr, short: true)
    kindEN = english.kindLabel(.en, short: true)
    declarantName = state.declarant?.name ?? ""
    declarantEmail = state.declarant?.email ?? ""
    unitName = state.unit?.name ?? ""
    unitCode = state.unit?.code ?? ""
    labHeadName = state.labHead?.name ?? ""
    labHeadEmail = state.labHead?.email ?? ""
    system = state.system?.name ?? ""
    provider = state.system?.provider ?? ""
    data = ""
    verdict = state.verdictRecorded
    verdictToday = state.verdictToday
    date = String((state.date ?? "").prefix(10))
    validUntil = String((state.validUntil ?? "").prefix(10))
    fingerprint = state.signature.fingerprint ?? ""
    signature = RegistryEntry.signatureState(state.signature.outcome, signed: signed)
    approverName = state.approval?.approver?.name ?? ""
    approverEmail = state.approval?.approver?.email ?? ""
    approvalDate = String((state.approval?.date ?? "").prefix(10))
    approverFingerprint = state.approval?.signature.fingerprint ?? ""
    approverIsLabHead = state.approval?.approverIsLabHead ?? false
    approval = RegistryEntry.approvalState(state)
    score = ""
    problemFR = RegistryEntry.problemText(state, signature: signatureProblem, lang: .fr)
    problemEN = RegistryEntry.problemText(english, signature: signatureProblem, lang: .en)
    stateFR = RegistryEntry.json(state)
    stateEN = RegistryEntry.json(english)
  }

  /// The lab head's decision as far as the files prove it.
  static func approvalState(_ state: DocumentState) -> ApprovalState {
    guard let approval = state.approval else {
      return state.kind == .attestation || state.kind == .unknown ? .notNeeded : .pending
    }
    // An approval that cannot be relied on (tampered, wrong approver, self-approval) decides nothing.
    guard approval.outcome != .invalid, approval.outcome != .unverifiable, let decision = approval.decision else {
      return .invalid
    }
    return decision == .approved ? .approved : .refused
  }

  static func signatureState(_ outcome: DocumentOutcome, signed: Bool) -> SignatureState {
    switch outcome {
    case .valid: return .trusted
    case .unknownSigner: return .unknownSigner
    case .invalid: return .invalid
    default: return signed ? .unusable : .unsigned
    }
  }

  /// Why the file is not simply valid: the signature's problem, then every finding
  /// that is not good news, each in the words `sia verify` uses.
  static func problemText(_ state: DocumentState, signature: LocalizedProblem?, lang: Lang) -> String {
    var parts = signature.map { [$0.text(lang)] } ?? []
    parts += state.findings.filter { $0.outcome != .valid }.map(\.message)
    // Each sentence reads on after a colon: one list, not sentences glued together.
    let trimmed = parts.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    return trimmed.joined(separator: lang == .fr ? " ; " : "; ")
  }

  static func json(_ state: DocumentState) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(state)).map { String(decoding: $0, as: UTF8.self) } ?? ""
  }
}
