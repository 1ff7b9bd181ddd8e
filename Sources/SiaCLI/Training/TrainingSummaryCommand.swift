import Foundation
import SiaKit

/// `sia train --summary FILE… [--json] [--html OUT]`: reads the attestations of a group
/// (countersignatures checked against the allowed_signers given), then prints the
/// results; a file that is not an attestation is named on standard error, never dropped
/// silently, and with none readable the command fails (exit 2).
struct TrainingSummaryCommand {
  let app: AppContext
  var allowedSigners: String?
  var json: Bool
  var html: String?

  func run(_ files: [String]) throws {
    let lang = app.lang
    let signers = try loadSigners()
    let now = app.clock.now()
    let read = TrainingGroupSummary.read(files: files, signers: signers, now: now)
    for rejected in read.rejected {
      app.console.warn(Messages.summaryRejected.text(lang, [.file: rejected.file, .reason: rejected.reason]))
    }
    guard !read.entries.isEmpty else { throw UserFacingError(Messages.summaryNone.text(lang)) }
    let summary = TrainingGroupSummary(
      entries: read.entries, rejected: read.rejected,
      exercises: ExerciseLoader.load(knowledge: app.knowledge).exercises,
      themes: app.knowledge.themes, lang: lang)
    let renderer = TrainingSummaryRenderer(summary: summary, lang: lang)
    if json {
      app.console.say(try StableJSON.string(summary))
    } else {
      app.console.say(renderer.text(console: app.console))
    }
    if let html {
      do {
        try AtomicFile.write(renderer.html(date: now.isoDay), to: html, mode: 0o644)
      } catch {
        throw UserFacingError(
          Messages.fileUnwritable.text(lang, [.path: Sanitizer.neutralize(html), .reason: "\(error)"]))
      }
      app.console.warn(Messages.summaryHTMLWritten.text(lang, [.path: Sanitizer.neutralize(html)]))
    }
  }

  func loadSigners() throws -> AllowedSigners? {
    let path = allowedSigners ?? "\(app.paths.configFolder)/allowed_signers"
    guard let data = FileManager.default.contents(atPath: path) else {
      if allowedSigners != nil {
        throw UserFacingError(Messages.fileMissing.text(app.lang, [.path: Sanitizer.neutralize(path)]))
      }
      return nil
    }
    return AllowedSigners.parse(data, file: path).0
  }
}
