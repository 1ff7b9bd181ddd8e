import Foundation
import SiaKit

/// One use as the registry lists it: who, what system, which verdict, which approval,
/// until when, and whether the signatures hold. Every field is read from the file's
/// `DocumentState` — what `sia verify --json` prints for it — so the registry and
/// `sia verify` always agree; nothing here is typed by hand, and the index stores
/// exactly this value (with the whole state, in both languages, for `--json`).
public struct RegistryEntry: Codable, Equatable, Sendable {
  /// The declarant's signature, as `sia verify` judged it.
  public enum SignatureState: String, Codable, Sendable, CaseIterable {
    case trusted
    /// Valid, but the allowed-signers file does not vouch for the signer (or there is none).
    case unknownSigner = "unknown-signer"
    /// Tampered, another file's signature, wrong namespace.
    case invalid
    /// A `.sig` that is not a signature, or an unreadable document.
    case unusable
    /// No `.sig` beside the document.
    case unsigned
  }

  /// The lab head's decision as far as the files prove it.
  public enum ApprovalState: String, Codable, Sendable, CaseIterable {
    /// No approval file yet: the lab head has not decided.
    case pending
    case approved
    case refused
    /// An approval file that does not verify (tampered, for another version of the document).
    case invalid
    /// Training attestations need no approval.
    case notNeeded = "not-needed"
  }

  public var path: String
  /// `sia verify`'s outcome for the file (its exit status is `outcome.exitCode`).
  public var outcome: DocumentOutcome
  public var kind: DocumentState.Kind
  /// The kind as `DocumentState.kindLabel(short:)` names it, in French and in English.
  public var kindFR: String
  public var kindEN: String
  public var declarantName: String
  public var declarantEmail: String
  public var unitName: String
  public var unitCode: String
  public var labHeadName: String
  public var labHeadEmail: String
  public var system: String
  public var provider: String
  /// The data the use involves, as the declarant described them (French, `; `-joined).
  public var data: String
  /// The verdict the document records; nil for a training attestation.
  public var verdict: Verdict?
  /// The verdict the current rules give to the recorded answers, when the document was
  /// made under another guide version and the rules could re-evaluate it.
  public var verdictToday: Verdict?
  /// `YYYY-MM-DD`.
  public var date: String
  /// Last day of validity, `YYYY-MM-DD` (empty when the document states none).
  public var validUntil: String
  /// A declaration whose declarant disagrees with the verdict (`kind`).
  public var contested: Bool { kind == .contestedDeclaration }
  public var approval: ApprovalState
  public var approverName: String
  public var approverEmail: String
  /// `YYYY-MM-DD` of the decision.
  public var approvalDate: String
  public var approverIsLabHead: Bool
  public var signature: SignatureState
  /// Why the signature or the approval failed, in both languages (empty when fine).
  public var problemFR: String
  public var problemEN: String
  /// The declarant key's SHA256 fingerprint, as `ssh-keygen -l` shows it.
  public var fingerprint: String
  public var approverFingerprint: String
  /// A training attestation's score (`right/total`), empty otherwise.
  public var score: String
  /// The file's `DocumentState` as `sia verify --json` prints it (StableJSON), in French
  /// and in English; not part of the line's own JSON (`state(_:)` gives it).
  public var stateFR: String
  public var stateEN: String

  enum CodingKeys: String, CodingKey {
    case path, outcome, kind, kindFR, kindEN, declarantName, declarantEmail, unitName, unitCode, labHeadName,
      labHeadEmail
    case system, provider, data, verdict, verdictToday, date, validUntil, approval, approverName, approverEmail,
      approvalDate
    case approverIsLabHead, signature, problemFR, problemEN, fingerprint, approverFingerprint, score
  }

  /// The file's `DocumentState` in `lang`, exactly as `sia verify --json` gives it (nil
  /// for a line that holds none, such as an unreadable file's).
  public func state(_ lang: Lang) -> DocumentState? {
    let text = lang == .en ? stateEN : stateFR
    guard !text.isEmpty else { return nil }
    return try? JSONDecoder().decode(DocumentState.self, from: Data(text.utf8))
  }

  public func kindLabel(_ lang: Lang) -> String { lang == .en ? kindEN : kindFR }

  /// Whether the use still needs the lab head's decision.
  public var isPending: Bool { approval == .pending }

  public func isExpired(today: String) -> Bool { !validUntil.isEmpty && validUntil < today }

  /// Valid today but not after `limit` (`YYYY-MM-DD`).
  public func isExpiring(today: String, limit: String) -> Bool {
    !validUntil.isEmpty && validUntil >= today && validUntil <= limit
  }

  public func problem(_ lang: Lang) -> String { lang == .en ? problemEN : problemFR }

  /// Whether the signatures prove what the line says (trusted or merely unknown signer).
  public var signatureHolds: Bool { signature == .trusted || signature == .unknownSigner }
}

extension RegistryEntry {
  /// Decodes a line without its states (which its JSON does not carry).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    path = try c.decode(String.self, forKey: .path)
    outcome = try c.decode(DocumentOutcome.self, forKey: .outcome)
    kind = try c.decode(DocumentState.Kind.self, forKey: .kind)
    kindFR = try c.decode(String.self, forKey: .kindFR)
    kindEN = try c.decode(String.self, forKey: .kindEN)
    declarantName = try c.decode(String.self, forKey: .declarantName)
    declarantEmail = try c.decode(String.self, forKey: .declarantEmail)
    unitName = try c.decode(String.self, forKey: .unitName)
    unitCode = try c.decode(String.self, forKey: .unitCode)
    labHeadName = try c.decode(String.self, forKey: .labHeadName)
    labHeadEmail = try c.decode(String.self, forKey: .labHeadEmail)
    system = try c.decode(String.self, forKey: .system)
    provider = try c.decode(String.self, forKey: .provider)
    data = try c.decode(String.self, forKey: .data)
    verdict = try c.decodeIfPresent(Verdict.self, forKey: .verdict)
    verdictToday = try c.decodeIfPresent(Verdict.self, forKey: .verdictToday)
    date = try c.decode(String.self, forKey: .date)
    validUntil = try c.decode(String.self, forKey: .validUntil)
    approval = try c.decode(ApprovalState.self, forKey: .approval)
    approverName = try c.decode(String.self, forKey: .approverName)
    approverEmail = try c.decode(String.self, forKey: .approverEmail)
    approvalDate = try c.decode(String.self, forKey: .approvalDate)
    approverIsLabHead = try c.decode(Bool.self, forKey: .approverIsLabHead)
    signature = try c.decode(SignatureState.self, forKey: .signature)
    problemFR = try c.decode(String.self, forKey: .problemFR)
    problemEN = try c.decode(String.self, forKey: .problemEN)
    fingerprint = try c.decode(String.self, forKey: .fingerprint)
    approverFingerprint = try c.decode(String.self, forKey: .approverFingerprint)
    score = try c.decode(String.self, forKey: .score)
    stateFR = ""
    stateEN = ""
  }
}
