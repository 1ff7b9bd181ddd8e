import Foundation
import SiaKit

/// One collection of documents, as each engine sees it: `SearchDocument`s for sia, rows
/// of column values for FTS5 (same fields, same weights).
struct Dataset {
  var name: String
  var columns: [String]
  var weights: [Double]
  var documents: [SearchDocument]

  /// Row values in column order ("" where a document lacks the field).
  var rows: [[String]] {
    let position = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
    return documents.map { document in
      var values = [String](repeating: "", count: columns.count)
      for field in document.fields {
        if let column = position[field.name] { values[column] = field.text }
      }
      return values
    }
  }

  /// The first `limit` sentences of the corpus file (one a line), each a document with
  /// a single French field.
  static func corpus(path: String, limit: Int?) throws -> Dataset {
    // Split on bytes: splitting a String by Character costs seconds on this corpus.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
    if let limit, limit < lines.count { lines = Array(lines.prefix(limit)) }
    let documents = lines.enumerated().map { position, line in
      SearchDocument(
        id: String(position),
        fields: [SearchField("text", String(decoding: line, as: UTF8.self), weight: 1, languages: [.fr])])
    }
    return Dataset(name: "corpus", columns: ["text"], weights: [1], documents: documents)
  }

  /// The guide's sections and FAQ entries, with the very fields `GuideSearch` indexes.
  static func guide(_ knowledge: KnowledgeBase) -> Dataset {
    let documents = GuideSearch.documents(knowledge)
    var columns: [String] = []
    for document in documents {
      for field in document.fields where !columns.contains(field.name) { columns.append(field.name) }
    }
    return Dataset(
      name: "guide", columns: columns, weights: columns.map { GuideSearch.weights[$0] ?? 1 }, documents: documents)
  }
}

/// The query file: one query a line, `#` comments.
enum QueryFile {
  static func load(_ path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }
}
