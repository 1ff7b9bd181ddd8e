import Foundation
import SiaKit

/// The one place that turns what `sia verify` found into a registry line: when the
/// verifier's result changes shape, only this file follows.
extension RegistryEntry {
  public init(report: VerificationReport, content: DocumentContent) {
    path = report.path
    kind = report.kind
    let declaration = report.declaration
    let person = declaration?.declarant ?? RegistryEntry.person(in: content.block)
    declarantName = person.name
    declarantEmail = person.email
    unitName = declaration?.unit.name ?? ""
    unitCode = declaration?.unit.code ?? ""
    labHeadName = declaration?.labHead.name ?? ""
    labHeadEmail = declaration?.labHead.email ?? ""
    system = declaration?.system.name ?? ""
    provider = declaration?.system.provider ?? ""
    data = declaration?.data.map(\.fr).joined(separator: "; ") ?? ""
    verdict = declaration?.verdict.id
    verdictToday = report.currentVerdict
    date = declaration?.date ?? String(RegistryEntry.string(content.block?["date"]).prefix(10))
    validUntil = declaration?.validUntil ?? String(RegistryEntry.string(content.block?["validUntil"]).prefix(10))
    contested = declaration?.isContested ?? false
    score = ""
    if declaration == nil, case .object(let tally)? = content.block?["score"],
      case .int(let right)? = tally["right"], case .int(let total)? = tally["total"]
    {
      score = "\(right)/\(total)"
    }
    attestedBy = RegistryEntry.string(content.block?["attestedBy"])
    fingerprint = report.signature?.publicKey.fingerprint ?? ""
    signature = RegistryEntry.signatureState(report)
    var problem = report.problem
    var approvalProblem: LocalizedProblem?
    approverName = ""
    approverEmail = ""
    approvalDate = ""
    approverFingerprint = ""
    approverIsLabHead = false
    if let checked = report.approval {
      approverName = checked.approval?.approver.name ?? ""
      approverEmail = checked.approval?.approver.email ?? ""
      approvalDate = String(checked.approval?.date.prefix(10) ?? "")
      approverFingerprint = checked.signature?.publicKey.fingerprint ?? ""
      approverIsLabHead = checked.approverIsLabHead
      if checked.status == .trusted || checked.status == .unknownSigner, let decision = checked.approval?.decision {
        approval = decision == .approved ? .approved : .refused
      } else {
        approval = .invalid
        approvalProblem = checked.problem
      }
    } else {
      approval = report.kind == .training ? .notNeeded : .pending
    }
    // « Unsigned » says it all; the missing .sig's path would only add noise.
    if signature == .unsigned { problem = nil }
    problemFR = RegistryEntry.problemText(problem, approval: approvalProblem, lang: .fr)
    problemEN = RegistryEntry.problemText(problem, approval: approvalProblem, lang: .en)
  }

  /// The document's problem, then the approval's, named as such.
  static func problemText(_ document: LocalizedProblem?, approval: LocalizedProblem?, lang: Lang) -> String {
    var parts: [String] = []
    if let document { parts.append(document.text(lang)) }
    if let approval {
      parts.append(Messages.verifyApproval.text(lang) + (lang == .fr ? " : " : ": ") + approval.text(lang))
    }
    return parts.joined(separator: " ")
  }

  static func signatureState(_ report: VerificationReport) -> SignatureState {
    switch report.status {
    case .trusted: return .trusted
    case .unknownSigner: return .unknownSigner
    case .invalid: return .invalid
    case .unusable: return report.signature == nil && report.problem?.message.key == Messages.verifyNoSignature.key ? .unsigned : .unusable
    }
  }

  /// The signer a training attestation names (`trainee`, `person`, `learner`).
  static func person(in block: [String: JSONValue]?) -> Person {
    for key in ["trainee", "declarant", "person", "learner"] {
      if case .object(let person)? = block?[key] {
        return Person(name: string(person["name"]), email: string(person["email"]))
      }
    }
    return Person(name: "", email: string(block?["email"]))
  }

  static func string(_ value: JSONValue?) -> String {
    if case .string(let text)? = value { return text }
    return ""
  }
}
