import Foundation

/// The attestation as a file: readable Markdown rendered from a `TrainingAttestation`,
/// then its canonical JSON in a fenced block that `sia verify` and `latestValid` read.
/// A signature, when present, follows the document and covers every byte above it.
public enum AttestationDocument {
  public static let fenceOpen = "```json"
  public static let fenceClose = "```"

  public enum Problem: Error, Equatable, CustomStringConvertible {
    case noDataBlock
    case invalidData(String)
    case notCanonical
    case wrongKind(String)

    public var description: String {
      switch self {
      case .noDataBlock: return "no '\(AttestationDocument.fenceOpen)' data block"
      case let .invalidData(reason): return "the JSON block cannot be read: \(reason)"
      case .notCanonical: return "the JSON block is not in canonical form (edited by hand?)"
      case let .wrongKind(kind): return "not a training attestation (kind '\(kind)')"
      }
    }
  }

  /// The document to sign: Markdown, then the data block, ending with a newline.
  public static func render(_ attestation: TrainingAttestation, institute: Institute) throws -> String {
    let lang = attestation.lang
    let percent = attestation.score.percent
    let suffix = lang == .fr ? " %" : "%"
    var lines = [
      "# " + Messages.attTitle.text(lang, [.institut: institute.value("institut", lang) ?? ""]), "",
      Messages.attIntro.text(lang, [.name: attestation.trainee.name]), "",
      "- **\(Messages.attName.text(lang))** : \(attestation.trainee.name)\(email(attestation))",
      "- **\(Messages.attDate.text(lang))** : \(attestation.date)",
      "- **\(Messages.attScore.text(lang))** : \(attestation.score.right)/\(attestation.score.total) (\(percent)\(suffix))",
      "- **\(Messages.attValidUntil.text(lang))** : \(attestation.validUntil)",
      "- **\(Messages.attGuide.text(lang))** : `\(attestation.guideVersion)`",
      "- **\(Messages.attSeed.text(lang))** : \(attestation.series.seed)",
    ]
    if attestation.mode != nil {
      lines.append("- **\(Messages.attMode.text(lang))** : \(Messages.attModeSelf.text(lang))")
    }
    lines += [
      "",
      "## \(Messages.attThemes.text(lang))", "",
      "| \(Messages.attTheme.text(lang)) | \(Messages.attRight.text(lang)) |", "|---|---|",
    ]
    if lang == .en { lines = lines.map { $0.replacingOccurrences(of: "** : ", with: "**: ") } }
    for theme in attestation.themes {
      lines.append("| \(theme.label) | \(theme.right)/\(theme.total) |")
    }
    lines += ["", "## \(Messages.attExercises.text(lang))", ""]
    for (index, exercise) in attestation.exercises.enumerated() {
      let verdict = exercise.correct ? Messages.attExerciseRight : Messages.attExerciseWrong
      lines.append(
        "\(index + 1). `\(exercise.id)` — \(exercise.chosen.joined(separator: ", ")) — \(verdict.text(lang))")
    }
    lines += [
      "", Messages.trainScoringRule.text(lang), "", Messages.attData.text(lang), "",
      fenceOpen, try attestation.canonicalJSON(), fenceClose, "", Messages.attVerifyHint.text(lang),
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  static func email(_ attestation: TrainingAttestation) -> String {
    attestation.trainee.email.isEmpty ? "" : " <\(attestation.trainee.email)>"
  }

  /// Reads the data block back; refuses one that is not byte-for-byte canonical.
  public static func parse(_ text: String) -> Result<TrainingAttestation, Problem> {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let open = lines.lastIndex(where: { $0 == fenceOpen }), open + 2 < lines.count,
      lines[open + 2] == fenceClose
    else { return .failure(.noDataBlock) }
    let json = String(lines[open + 1])
    let attestation: TrainingAttestation
    do {
      attestation = try JSONDecoder().decode(TrainingAttestation.self, from: Data(json.utf8))
    } catch {
      return .failure(.invalidData("\(error)".prefix(200).description))
    }
    guard attestation.kind == TrainingAttestation.kindName else { return .failure(.wrongKind(attestation.kind)) }
    guard (try? attestation.canonicalJSON()) == json else { return .failure(.notCanonical) }
    return .success(attestation)
  }
}
