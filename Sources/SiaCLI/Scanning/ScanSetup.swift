import Foundation
import SiaKit

/// What `sia scan` and `/verifier` share: loading the word lists and the lexicon once,
/// opening a source, and the exit status of a scan.
enum ScanSetup {
  /// The scanner, saying once (through `warn`) what is missing.
  static func scanner(knowledgeRoot: String, lang: Lang, warn: (String) -> Void) -> TextScanner {
    let (resources, diagnostics) = ScanResources.load(knowledgeRoot: knowledgeRoot)
    if resources.wordLists.isEmpty {
      warn(Messages.scanNoWordLists.text(lang, [.paths: WordLists.debianPaths.joined(separator: ", ")]))
    }
    let errors = diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty { warn(Messages.scanLexiconProblem.text(lang, [.count: "\(errors.count)"])) }
    return TextScanner(resources: resources)
  }

  /// A file descriptor for `path` (`-` is standard input) and the name to show.
  static func open(_ path: String, lang: Lang) -> Result<(Int32, String), LocalizedProblem> {
    if path == "-" { return .success((STDIN_FILENO, Messages.scanStdinSource.text(lang))) }
    let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      return .failure(
        LocalizedProblem(Messages.scanUnreadable, [.source: path, .reason: String(cString: strerror(errno))]))
    }
    var info = stat()
    if fstat(fd, &info) == 0 {
      if info.st_mode & S_IFMT == S_IFDIR {
        close(fd)
        return .failure(LocalizedProblem(Messages.scanIsDirectory, [.source: path]))
      }
      // A regular file too large is refused before reading a byte.
      let limit = ScanLimits().maxBytes
      if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > limit {
        close(fd)
        return .failure(ScanProblem.tooLarge(limit: limit).message(source: path))
      }
    }
    return .success((fd, path))
  }

  static func scan(_ path: String, scanner: TextScanner, lang: Lang) -> Result<ScanReport, LocalizedProblem> {
    switch open(path, lang: lang) {
    case .failure(let problem): return .failure(problem)
    case .success(let (fd, source)):
      defer { if fd != STDIN_FILENO { close(fd) } }
      return scanner.scan(fileDescriptor: fd, source: source).mapError { $0.message(source: source) }
    }
  }

  /// 2 when a source could not be scanned, 1 when something was found, else 0.
  static func exitCode(reports: [ScanReport], failed: Bool) -> Int32 {
    if failed { return ExitStatus.input }
    return reports.contains { $0.total > 0 } ? ExitStatus.found : ExitStatus.success
  }
}
