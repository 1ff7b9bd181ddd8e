import CEditLineShim
import Foundation
import SiaKit

/// The terminal line reader: libedit with emacs bindings, persistent history
/// (Up/Down, Ctrl-R), Tab completion, and Ctrl-C that cancels the line instead of
/// killing the process.
public final class EditLineReader: LineReader {
  public typealias Completer = (_ lineBeforeCursor: String) -> [String]

  let editor: OpaquePointer
  let history: OpaquePointer
  let historyPath: String
  var historyProblem: String?
  var historyProblemReported = false
  public private(set) var lastTruncatedSize: Int?

  public static let historySize: Int32 = 1000

  public init(historyPath: String, completer: @escaping Completer) {
    EditLineReader.ensureUTF8Locale()
    self.historyPath = historyPath
    editor = el_init("sia", stdin, stdout, stderr)
    history = history_init()
    es_hist_setsize(history, EditLineReader.historySize)
    es_hist_setunique(history, 1)
    es_set_editor(editor, "emacs")
    es_set_history(editor, history)
    es_disable_tty_signals(editor)
    es_install_interrupt(editor)
    es_bind(editor, "^R", "em-inc-search-prev")
    activeCompleter = completer
    es_add_function(editor, "sia-complete", "Complete commands and ids", siaComplete, "^I")
    el_source(editor, nil)
    prepareHistory()
  }

  deinit {
    el_end(editor)
    history_end(history)
  }

  /// libedit drops non-ASCII input unless the C library's locale is UTF-8; under
  /// LANG=C (CI, cron) fall back to C.UTF-8.
  static func ensureUTF8Locale() {
    setlocale(LC_ALL, "")
    let ctype = String(cString: setlocale(LC_CTYPE, nil))
    if !ctype.uppercased().contains("UTF-8") && !ctype.uppercased().contains("UTF8") {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }

  public func read(prompt: String) -> LineInput {
    lastTruncatedSize = nil
    es_set_prompt(editor, prompt)
    var count: Int32 = 0
    guard let raw = el_gets(editor, &count) else {
      if es_take_interrupt() != 0 { return .interrupt }
      return .endOfInput
    }
    if es_take_interrupt() != 0 { return .interrupt }
    if count <= 0 { return .endOfInput }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    if line.utf8.count > maxLineBytes {
      lastTruncatedSize = line.utf8.count
      line = String(decoding: line.utf8.prefix(maxLineBytes), as: UTF8.self)
    }
    return .line(line)
  }

  public func remember(_ line: String) {
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
    es_hist_enter(history, line)
    saveHistory()
  }

  public func takeHistoryProblem() -> String? {
    guard let problem = historyProblem, !historyProblemReported else { return nil }
    historyProblemReported = true
    return problem
  }

  public func close() {}

  func prepareHistory() {
    let folder = URL(fileURLWithPath: historyPath).deletingLastPathComponent().path
    do {
      try AtomicFile.makeFolder(folder)
    } catch {
      historyProblem = "\(folder): \(error.localizedDescription)"
      return
    }
    if FileManager.default.fileExists(atPath: historyPath) {
      es_hist_load(history, historyPath)
    }
  }

  /// libedit's H_SAVE writes in place; we save to a temporary file and rename it, so a
  /// crash never leaves a half-written history.
  func saveHistory() {
    guard historyProblem == nil else { return }
    let temp = historyPath + ".tmp-\(getpid())"
    if es_hist_save(history, temp) < 0 {
      historyProblem = "\(historyPath): \(String(cString: strerror(errno)))"
      unlink(temp)
      return
    }
    chmod(temp, 0o600)
    let fd = open(temp, O_RDONLY)
    if fd >= 0 {
      fsync(fd)
      Glibc.close(fd)
    }
    if rename(temp, historyPath) != 0 {
      historyProblem = "\(historyPath): \(String(cString: strerror(errno)))"
      unlink(temp)
    }
  }
}

/// The completion callback libedit calls from C; it reaches Swift through this global
/// because a C function pointer cannot capture context.
nonisolated(unsafe) var activeCompleter: EditLineReader.Completer?

private func siaComplete(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
  guard let editor, let info = el_line(editor), let completer = activeCompleter,
    let start = UnsafeRawPointer(info.pointee.buffer), let cursor = UnsafeRawPointer(info.pointee.cursor)
  else { return UInt8(CC_ERROR) }
  let length = cursor - start
  let bytes = UnsafeRawBufferPointer(start: start, count: length)
  let before = String(decoding: bytes, as: UTF8.self)
  let word = String(before.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
  let candidates = completer(before)
  guard !candidates.isEmpty else { return UInt8(CC_ERROR) }
  let common = Completion.commonPrefix(candidates)
  if common.count > word.count, common.hasPrefix(word) {
    var insertion = String(common.dropFirst(word.count))
    if candidates.count == 1 { insertion += " " }
    el_insertstr(editor, insertion)
    return UInt8(CC_REFRESH)
  }
  if candidates.count == 1 {
    el_insertstr(editor, " ")
    return UInt8(CC_REFRESH)
  }
  let listing = "\n" + candidates.joined(separator: "  ") + "\n"
  FileHandle.standardOutput.write(Data(Sanitizer.neutralize(listing).utf8))
  return UInt8(CC_REDISPLAY)
}
