import SiaKit

/// The short words a registry line is made of, in the user's language; shared by the
/// terminal table, the CSV and the HTML report so they always agree.
public struct RegistryLabels {
  public var lang: Lang
  public var today: String
  /// Last day counted as "expiring soon".
  public var soonLimit: String

  public init(lang: Lang, today: String, soonDays: Int = 30) {
    self.lang = lang
    self.today = today
    soonLimit = RegistryQuery.day(today, plus: soonDays)
  }

  /// The kind as `DocumentState.kindLabel` named it when the file was verified.
  public func kind(_ entry: RegistryEntry) -> String { entry.kindLabel(lang) }

  /// `sia verify`'s outcome for the file, in a word.
  public func outcome(_ outcome: DocumentOutcome) -> String {
    switch outcome {
    case .valid: return Messages.registryOutcomeValid.text(lang)
    case .invalid: return Messages.registryOutcomeInvalid.text(lang)
    case .unverifiable: return Messages.registryOutcomeUnverifiable.text(lang)
    case .unknownSigner: return Messages.registryOutcomeUnknownSigner.text(lang)
    case .expired: return Messages.registryOutcomeExpired.text(lang)
    case .verdictStricter: return Messages.registryOutcomeStricter.text(lang)
    case .exceptionRequest: return Messages.registryOutcomeException.text(lang)
    case .refused: return Messages.registryOutcomeRefused.text(lang)
    }
  }

  /// `sia verify`'s own summary of outcomes (« 4 valide(s), 2 invalide(s) »), in its order.
  public func outcomes(_ summary: RegistrySummary) -> String {
    let messages: [(DocumentOutcome, Message)] = [
      (.valid, Messages.outcomeValid), (.invalid, Messages.outcomeInvalid),
      (.unverifiable, Messages.outcomeUnverifiable),
      (.unknownSigner, Messages.outcomeUnknownSigner), (.expired, Messages.outcomeExpired),
      (.verdictStricter, Messages.outcomeStricter), (.exceptionRequest, Messages.outcomeException),
      (.refused, Messages.outcomeRefused),
    ]
    return messages.compactMap { outcome, message -> String? in
      guard let count = summary.outcomes[outcome.rawValue], count > 0 else { return nil }
      return message.text(lang, [.n: "\(count)"])
    }.joined(separator: ", ")
  }

  public func verdictWord(_ verdict: Verdict) -> String {
    switch verdict {
    case .ok: return Messages.registryVerdictOk.text(lang)
    case .conditions: return Messages.registryVerdictConditions.text(lang)
    case .validation: return Messages.registryVerdictValidation.text(lang)
    case .interdit: return Messages.registryVerdictInterdit.text(lang)
    }
  }

  /// Recorded verdict, today's when it changed, and « contesté ».
  public func verdict(_ entry: RegistryEntry) -> String {
    guard let recorded = entry.verdict else { return entry.score.isEmpty ? "—" : entry.score }
    var text = verdictWord(recorded)
    if let today = entry.verdictToday, today != recorded {
      text = Messages.registryVerdictToday.text(lang, [.recorded: text, .today: verdictWord(today)])
    }
    if entry.contested { text = Messages.registryVerdictContested.text(lang, [.verdict: text]) }
    return text
  }

  /// `naming`: with the approver's name (« approuvée (Paul Langevin) »).
  public func approval(_ entry: RegistryEntry, naming: Bool = true) -> String {
    let who = entry.approverName.isEmpty ? entry.approverEmail : entry.approverName
    switch entry.approval {
    case .pending: return Messages.registryApprovalPending.text(lang)
    case .approved:
      return naming
        ? Messages.registryApprovalApproved.text(lang, [.who: who]) : Messages.registryApprovalApprovedShort.text(lang)
    case .refused:
      return naming
        ? Messages.registryApprovalRefused.text(lang, [.who: who]) : Messages.registryApprovalRefusedShort.text(lang)
    case .invalid: return Messages.registryApprovalInvalid.text(lang)
    case .notNeeded: return Messages.registryApprovalNotNeeded.text(lang)
    }
  }

  public func validity(_ entry: RegistryEntry) -> String {
    if entry.validUntil.isEmpty { return "—" }
    if entry.isExpired(today: today) { return Messages.registryValidExpired.text(lang, [.date: entry.validUntil]) }
    if entry.isExpiring(today: today, limit: soonLimit) {
      return Messages.registryValidSoon.text(lang, [.date: entry.validUntil])
    }
    return entry.validUntil
  }

  public func signature(_ state: RegistryEntry.SignatureState) -> String {
    switch state {
    case .trusted: return Messages.registrySigTrusted.text(lang)
    case .unknownSigner: return Messages.registrySigUnknown.text(lang)
    case .invalid: return Messages.registrySigInvalid.text(lang)
    case .unusable: return Messages.registrySigUnusable.text(lang)
    case .unsigned: return Messages.registrySigUnsigned.text(lang)
    }
  }

  public func declarant(_ entry: RegistryEntry) -> String {
    entry.declarantName.isEmpty ? (entry.declarantEmail.isEmpty ? "?" : entry.declarantEmail) : entry.declarantName
  }

  public func unit(_ entry: RegistryEntry) -> String { entry.unitCode.isEmpty ? entry.unitName : entry.unitCode }

  public func system(_ entry: RegistryEntry) -> String { entry.system.isEmpty ? "—" : entry.system }

  /// Column headers and cells of the table, in order.
  public var headers: [String] {
    [
      Messages.registryColDeclarant, Messages.registryColUnit, Messages.registryColSystem, Messages.registryColVerdict,
      Messages.registryColKind, Messages.registryColApproval, Messages.registryColValid, Messages.registryColOutcome,
    ].map { $0.text(lang) }
  }

  public func cells(_ entry: RegistryEntry) -> [String] {
    [
      declarant(entry), unit(entry), system(entry), verdict(entry), kind(entry), approval(entry), validity(entry),
      outcome(entry.outcome),
    ]
  }
}
