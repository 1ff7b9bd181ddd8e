import Foundation

extension DocumentVerifier {
  /// The kind of training a declaration relies on, or an attestation is.
  func trainingCheck(path: String, declaration: Declaration?, attestation: TrainingAttestation?) -> TrainingCheck? {
    if attestation != nil {
      guard let certifier = TrainingCertification.certifier(of: path, signers: allowedSigners, now: now) else {
        return TrainingCheck(kind: .selfDeclared, trainer: nil, trainerVouched: nil)
      }
      return TrainingCheck(
        kind: .trainerAttested, trainer: Sanitizer.neutralize(certifier.principal), trainerVouched: true)
    }
    guard let training = declaration?.training else { return nil }
    // Older declarations record no kind: their training was self-declared.
    guard training.kind == .trainerAttested else {
      return TrainingCheck(kind: .selfDeclared, trainer: nil, trainerVouched: nil)
    }
    var vouched: Bool?
    if let allowedSigners {
      let key = training.trainerKey.flatMap { try? SSHPublicKey.parse(line: $0) }
      vouched =
        key.map {
          allowedSigners.allows(
            principal: training.trainer ?? "", key: $0, namespace: TrainingCertification.namespace, at: now)
        } ?? false
    }
    return TrainingCheck(
      kind: .trainerAttested, trainer: training.trainer.map(Sanitizer.neutralize), trainerVouched: vouched)
  }

  /// Under a requirement of trainer-attested training, a "yes" resting on anything else
  /// is re-assessed as "no"; a stricter verdict then is a finding (exit 5).
  func checkTrainingRequirement(
    _ declaration: Declaration, training: TrainingCheck?, into report: inout VerificationReport
  ) {
    guard let model, let answers = DeclarationReassessment.answers(of: declaration, model: model) else { return }
    let accepted = training?.isTrainerAttested == true
    let reference = accepted ? TrainingReference(date: "", right: 0, total: 0, file: "", kind: .trainerAttested) : nil
    guard TrainingRequirement.downgrades(answers, training: reference, required: true) else { return }
    let effective = TrainingRequirement.effective(answers, training: reference, required: true)
    let verdict = Engine(model: model).verdict(AnswersMigration.migrated(effective, model: model).answers)
    let recorded = report.verdictToday ?? declaration.verdict.id
    report.verdictToday = max(verdict, recorded)
    if verdict > declaration.verdict.id {
      // The verdicts by their labels, in the reader's language (« autorisé sous conditions »).
      var finding = DocumentFinding(.trainingNotAttested, Messages.checkTrainingNotAttested)
      finding.labels = [.today: verdict.label.both(), .recorded: declaration.verdict.id.label.both()]
      report.findings.append(finding)
    }
  }
}
