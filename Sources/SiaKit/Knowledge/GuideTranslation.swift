import Crypto
import Foundation

/// The English text of a guide section, kept in `guide/en/<id>.md` beside the French
/// `guide/<id>.md`: a separate file, so the two languages can be edited (and merged)
/// independently, and a translation that lags behind its source is detectable.
public struct GuideTranslation: Sendable, Hashable {
  /// The Markdown body, placeholders expanded with their English forms.
  public var body: String
  /// `translated_from:` the `TranslationHash` of the French body this text translates.
  public var translatedFrom: String
  /// `reviewed:` when a person last checked the translation against the French.
  public var reviewed: String
  /// Path relative to the knowledge folder, for diagnostics.
  public var file: String
  /// Line of the first body line in the file.
  public var bodyLine: Int

  public init(body: String, translatedFrom: String, reviewed: String, file: String, bodyLine: Int) {
    self.body = body
    self.translatedFrom = translatedFrom
    self.reviewed = reviewed
    self.file = file
    self.bodyLine = bodyLine
  }
}

/// The fingerprint of a source text that a translation records (`translated_from:`), so
/// `sia lint` can tell when the French changed after the English was written. Computed on
/// the text as written (placeholders not expanded, so editing `institute.yaml` does not
/// make every translation stale), ignoring trailing spaces and blank lines at the ends:
/// only a change a reader could see counts.
public enum TranslationHash {
  /// Twelve hex digits of SHA-256: enough to never collide between two versions of one text.
  public static func of(_ text: String) -> String {
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map { line -> Substring in
      var line = line
      while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
      return line
    }
    let normalized = lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
    let digest = SHA256.hash(data: Data(normalized.utf8))
    return digest.prefix(6).map { String(format: "%02x", $0) }.joined()
  }
}
