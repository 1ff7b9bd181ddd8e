import Foundation
import SiaKit

/// For a declarant looking at their own documents folder: what each declaration still
/// needs (a signature, the lab head's approval, a renewal, a new assessment).
public enum RegistryTodo {
  /// The one declarant of `entries`, nil when there are several (a lab head's folder).
  public static func soleDeclarant(_ entries: [RegistryEntry]) -> String? {
    // Stops at the second address: a lab head's 50,000 lines are not all lower-cased.
    var sole: String?
    for entry in entries where !entry.declarantEmail.isEmpty {
      let email = entry.declarantEmail.lowercased()
      if let sole, sole != email { return nil }
      sole = email
    }
    guard let email = sole else { return nil }
    return entries.first { $0.declarantEmail.lowercased() == email }.map {
      $0.declarantName.isEmpty ? email : $0.declarantName
    }
  }

  /// One sentence per thing missing, in `entries`' order; empty when nothing is.
  public static func items(_ entries: [RegistryEntry], labels: RegistryLabels, displayPath: (String) -> String)
    -> [String]
  {
    let lang = labels.lang
    var items: [String] = []
    for entry in entries where entry.kind != .approval {
      let args: [MessageArgument: String] = [
        .file: displayPath(entry.path), .labhead: entry.labHeadName.isEmpty ? entry.labHeadEmail : entry.labHeadName,
        .who: entry.approverName, .date: entry.validUntil, .reason: entry.problem(lang),
        .today: entry.verdictToday.map(labels.verdictWord) ?? "",
      ]
      switch entry.signature {
      case .unsigned: items.append(Messages.registryMissingSign.text(lang, args))
      case .invalid, .unusable: items.append(Messages.registryMissingResign.text(lang, args))
      case .trusted, .unknownSigner: break
      }
      if entry.isExpired(today: labels.today) {
        items.append(Messages.registryMissingRenew.text(lang, args))
        continue
      }
      if let today = entry.verdictToday, today != entry.verdict {
        items.append(Messages.registryMissingReassess.text(lang, args))
      }
      if entry.kind != .attestation {
        switch entry.approval {
        case .pending where entry.signatureHolds: items.append(Messages.registryMissingApproval.text(lang, args))
        case .refused: items.append(Messages.registryMissingRefused.text(lang, args))
        default: break
        }
      }
      if entry.isExpiring(today: labels.today, limit: labels.soonLimit) {
        items.append(Messages.registryMissingRenewSoon.text(lang, args))
      }
    }
    return items.map(Sanitizer.neutralize)
  }
}
