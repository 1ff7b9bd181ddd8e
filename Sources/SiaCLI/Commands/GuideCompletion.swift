import Foundation
import SiaKit

/// Shell completion of guide ids (sections and Q&A), called back by the completion
/// scripts as `sia ---completion …`. It reads the knowledge cache like any command, so
/// it answers in a few milliseconds.
enum GuideCompletion {
  static func ids(prefix: String) -> [String] {
    guard let options = try? GlobalOptions.parse([]), let app = try? AppContext.make(options: options) else {
      return []
    }
    let ids = app.knowledge.sectionIDs + app.knowledge.faq.map(\.id)
    return ids.filter { $0.hasPrefix(prefix) }.sorted()
  }
}
