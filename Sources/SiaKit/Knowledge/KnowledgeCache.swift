import Crypto
import Foundation

/// Start-up without re-parsing: the loaded guide (with its diagnostics) and the built
/// search index are kept in `$XDG_CACHE_HOME/sia/`, one pair of files per knowledge
/// folder, and reused while the folder is unchanged. Parsing the YAML and analysing
/// every text costs tens to hundreds of milliseconds; reading the archives, a few.
///
/// "Unchanged" is decided without reading the files (that would cost what the cache
/// saves): the fingerprint covers every file's path, size, inode and modification and
/// change times to the nanosecond, as `make` and git's index do, plus the running
/// program itself, so a new build of `sia` never reads an older build's layout. A
/// cache is only ever a copy: any doubt (unreadable, another fingerprint, a digest
/// that does not match, an archive that does not decode) means loading from the
/// files, and a failure to write one is ignored. `sia lint` never uses it.
public struct KnowledgeCache: Sendable {
  /// Bumped whenever an archive's layout changes (`*+Archive.swift`).
  public static let formatVersion = 5
  static let magic = Array("sia-cache\n".utf8)

  public let folder: String
  let program: String

  /// `program` identifies the running code (see `KnowledgeCache.runningProgram`).
  public init(folder: String, program: String) {
    self.folder = folder
    self.program = program
  }

  /// The cache for this environment, or nil when `SIA_NO_CACHE` is set.
  public static func fromEnvironment(_ env: [String: String]) -> KnowledgeCache? {
    if let off = env["SIA_NO_CACHE"], !off.isEmpty, off != "0" { return nil }
    return KnowledgeCache(folder: Paths(environment: env).cacheFolder, program: runningProgram())
  }

  /// The executable's identity: path, device, inode, size and modification time.
  /// Rebuilding `sia` changes it. The link is resolved first (rather than stat-ing
  /// `/proc/self/exe`) so that tools which emulate the link, such as valgrind, still
  /// name the program and not themselves.
  public static func runningProgram() -> String {
    guard let path = RunningExecutable.path() else { return "unknown-program" }
    var info = stat()
    guard stat(path, &info) == 0 else { return "unknown-program" }
    return "\(path):\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }

  /// The cache entry of one knowledge folder, fingerprinted now.
  public func entry(root: String) -> Entry {
    let absolute = URL(fileURLWithPath: root).standardizedFileURL.path
    let name = SHA256.hash(data: Data(absolute.utf8)).prefix(8).map { byte in
      String(byte >> 4, radix: 16) + String(byte & 15, radix: 16)
    }.joined()
    var fingerprint = SHA256()
    fingerprint.update(
      data: Data("format \(KnowledgeCache.formatVersion)\nprogram \(program)\nroot \(absolute)\n".utf8))
    for line in KnowledgeCache.fileStates(absolute) { fingerprint.update(data: Data(line.utf8)) }
    return Entry(
      root: root, base: "\(folder)/knowledge-\(name)", fingerprint: Array(fingerprint.finalize()))
  }

  /// One line per file under `root` (dot-files and dot-folders left out, as in
  /// `KnowledgeVersion`), sorted by path.
  static func fileStates(_ root: String) -> [String] {
    var lines: [String] = []
    func walk(_ relative: String, depth: Int) {
      guard depth < 16, let folder = opendir(relative.isEmpty ? root : "\(root)/\(relative)") else { return }
      defer { closedir(folder) }
      while let item = readdir(folder) {
        let name = withUnsafeBytes(of: item.pointee.d_name) { raw -> String in
          guard let base = raw.bindMemory(to: CChar.self).baseAddress else { return "" }
          return String(cString: base)
        }
        guard !name.hasPrefix(".") else { continue }
        let path = relative.isEmpty ? name : "\(relative)/\(name)"
        var info = stat()
        guard stat("\(root)/\(path)", &info) == 0 else {
          lines.append("\(path) unreadable\n")
          continue
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
          walk(path, depth: depth + 1)
        } else {
          lines.append(
            "\(path) \(info.st_size) \(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)\n"
          )
        }
      }
    }
    walk("", depth: 0)
    return lines.sorted()
  }

  /// One knowledge folder's two archives: `<base>.guide` and `<base>.search`.
  public struct Entry: Sendable {
    public let root: String
    let base: String
    let fingerprint: [UInt8]

    /// The loaded guide, from the cache or from `load` (then cached). Its version
    /// (`KnowledgeVersion`, a SHA-256 of every file) is kept too, once computed.
    public func knowledge(_ load: () -> KnowledgeLoader.Result) -> KnowledgeLoader.Result {
      var result: KnowledgeLoader.Result
      if let cached = read("guide", { try KnowledgeLoader.Result(from: &$0) }) {
        result = cached
        // The fingerprint names the folder by its absolute path; keep the caller's spelling.
        result.knowledge.root = root
      } else {
        result = load()
        write("guide") { [result] in result.archive(to: &$0) }
      }
      result.knowledge.versionOnDemand { [self, root] in
        self.version { KnowledgeVersion.hash(root: root) }
      }
      return result
    }

    /// The knowledge version, from the cache or from `hash` (then cached).
    public func version(_ hash: () -> String) -> String {
      if let cached = read("version", { try $0.readString() }), cached.hasPrefix("sha256:") { return cached }
      let computed = hash()
      write("version") { $0.write(computed) }
      return computed
    }

    /// The guide search over `knowledge` (which must come from this folder), from the
    /// cache or from `build` (then cached).
    public func search(_ knowledge: KnowledgeBase, _ build: () -> GuideSearch) -> GuideSearch {
      if let cached = read("search", { try GuideSearch(knowledge: knowledge, archivedFrom: &$0) }) { return cached }
      let built = build()
      write("search") { built.archive(to: &$0) }
      return built
    }

    /// Layout: magic, fingerprint (32 bytes), checksum of the payload (8 bytes),
    /// payload.
    func read<T>(_ kind: String, _ decode: (inout ArchiveReader) throws -> T) -> T? {
      guard KnowledgeCache.isPrivateFolder(URL(fileURLWithPath: base).deletingLastPathComponent().path) else {
        return nil
      }
      let magic = KnowledgeCache.magic
      let header = magic.count + 40
      guard let bytes = KnowledgeCache.readFile("\(base).\(kind)"), bytes.count >= header,
        bytes[..<magic.count].elementsEqual(magic),
        bytes[magic.count..<magic.count + 32].elementsEqual(fingerprint),
        bytes[magic.count + 32..<header].elementsEqual(
          KnowledgeCache.littleEndian(
            bytes.withUnsafeBytes { Checksum.of(UnsafeRawBufferPointer(rebasing: $0[header...])) }))
      else { return nil }
      var reader = ArchiveReader(bytes, from: header)
      guard let value = try? decode(&reader), reader.isAtEnd else { return nil }
      return value
    }

    func write(_ kind: String, _ encode: (inout ArchiveWriter) -> Void) {
      var writer = ArchiveWriter()
      encode(&writer)
      let payload = writer.bytes
      let data = Data(KnowledgeCache.magic + fingerprint + KnowledgeCache.littleEndian(Checksum.of(payload)) + payload)
      let path = "\(base).\(kind)"
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
      try? AtomicFile.makeFolder(folder, mode: 0o700)
      guard KnowledgeCache.isPrivateFolder(folder) else { return }
      try? AtomicFile.write(data, to: path, mode: 0o600)
    }
  }

  /// The cache is used only in a real folder (not a link) that belongs to the user and
  /// that nobody else may read or write (0700): someone who could write there could
  /// hand `sia` a guide of their making. Otherwise sia does without a cache — slower,
  /// never wrong.
  public static func isPrivateFolder(_ path: String) -> Bool {
    var info = stat()
    guard lstat(path, &info) == 0 else { return false }
    return (info.st_mode & S_IFMT) == S_IFDIR && info.st_uid == geteuid() && info.st_mode & 0o077 == 0
  }

  static func littleEndian(_ value: UInt64) -> [UInt8] {
    (0..<8).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
  }

  /// The whole file, or nil (missing, unreadable, or over 256 MiB: not ours).
  static func readFile(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_uid == geteuid(), info.st_size >= 0, info.st_size < 256 << 20 else {
      return nil
    }
    let size = Int(info.st_size)
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
      var offset = 0
      while offset < size, let base = buffer.baseAddress {
        let n = Glibc.read(fd, base + offset, size - offset)
        if n < 0, errno == EINTR { continue }
        if n <= 0 { break }
        offset += n
      }
      failed = offset != size
      initialized = offset
    }
    return failed ? nil : bytes
  }
}
