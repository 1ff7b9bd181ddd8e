/// Which kind of training answers "training followed": an attestation the trainee
/// signed alone (self-declared, « auto-formation ») or one a trainer countersigned
/// (`sia train --certify`, namespace `sia-training-cert`).
public enum TrainingKind: String, Codable, Sendable, CaseIterable {
  case selfDeclared = "self-declared"
  case trainerAttested = "trainer-attested"
}
