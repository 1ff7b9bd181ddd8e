/// A lab head may require trainer-attested training (`sia profile --require-trainer-training`):
/// then "training followed: yes" backed only by a self-declared attestation, or by none,
/// counts as "no" for the verdict.
public enum TrainingRequirement {
  /// The questionnaire's "training followed" question and its yes.
  public static let question = "formation"
  public static let yes = "oui"
  public static let no = "non"

  /// Whether the answers claim training that the requirement does not accept.
  public static func downgrades(_ answers: Answers, training: TrainingReference?, required: Bool) -> Bool {
    required && answers[question] == [yes] && training?.kind != .trainerAttested
  }

  /// The answers the verdict is computed from: unchanged unless `downgrades`.
  public static func effective(_ answers: Answers, training: TrainingReference?, required: Bool) -> Answers {
    guard downgrades(answers, training: training, required: required) else { return answers }
    var changed = answers
    changed[question] = [no]
    return changed
  }
}
