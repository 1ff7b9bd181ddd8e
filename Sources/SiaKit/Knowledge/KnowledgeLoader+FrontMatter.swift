import Foundation

extension KnowledgeLoader {
  /// The opening every Markdown knowledge file shares (a French section, its English
  /// translation): the front matter split from the body, its YAML mapping, the known
  /// keys, and an `id` that must match the file name. One place, so the two files can't
  /// drift apart in what they accept.
  static func openFrontMatter(
    text: String, relative: String, fields: Set<String>, _ diagnostics: inout [Diagnostic]
  ) -> (FrontMatter, YAMLMap, String)? {
    guard let parts = FrontMatter.split(text) else {
      diagnostics.append(
        Diagnostic(
          file: relative, line: 1,
          Messages.diagNoFrontMatter))
      return nil
    }
    let document = YAMLDocument(
      file: relative, text: parts.yaml, lineOffset: parts.yamlLine - 1, diagnostics: &diagnostics)
    guard let map = document.rootMapping(&diagnostics) else { return nil }
    let fileID = URL(fileURLWithPath: relative).deletingPathExtension().lastPathComponent
    let id = map.required("id", &diagnostics) ?? fileID
    map.checkKeys(fields, id: id, &diagnostics)
    if id != fileID {
      diagnostics.append(
        Diagnostic(file: relative, line: map.line(of: "id"), id: id, Messages.diagIDMustMatchFile, [.file: fileID]))
    }
    return (parts, map, id)
  }
}
