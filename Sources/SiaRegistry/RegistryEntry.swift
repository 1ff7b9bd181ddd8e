import Foundation
import SiaKit

/// One use as the registry lists it: who, what system, which verdict, which approval,
/// until when, and whether the signatures hold. Every field comes from a verification
/// (`DocumentVerifier`, the code behind `sia verify`) of the signed files; nothing here
/// is typed by hand, and the index stores exactly this value.
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
  public var kind: DocumentKind
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
  public var contested: Bool
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
  /// Who vouches for a training attestation (e.g. trainer-attested vs self-declared),
  /// empty while attestations do not say; kept as text so a later format can fill it.
  public var attestedBy: String

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
