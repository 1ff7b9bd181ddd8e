import Foundation
import SiaKit

extension DocumentVerifier {
  /// The verifier every command that judges documents uses (`verify`, `approve`,
  /// `registry`, `export`), set up the same way so that they never disagree: the current
  /// rules to recompute verdicts, the institute's word on who may grant an exception,
  /// and the reader's own profile setting on trainer-attested training.
  static func configured(
    signers: AllowedSigners?, now: Date, context: CommandContext, global: GlobalOptions
  ) -> DocumentVerifier {
    var verifier = DocumentVerifier(
      allowedSigners: signers, now: now, currentGuideVersion: context.currentGuideVersion(global))
    // The lab head's own profile may require trainer-attested training.
    verifier.requireTrainerAttestedTraining =
      ((try? context.loadProfile()) ?? nil)?.requiresTrainerAttestedTraining ?? false
    if verifier.currentGuideVersion != nil {
      let root = context.knowledgeRoot(global)
      verifier.loadModel { DecisionLoader.load(root: root).model }
      verifier.loadExceptionGrantors { Institute.exceptionGrantors(root: root) }
    }
    return verifier
  }
}
