import Foundation

/// Where `sia` keeps its files, following the XDG base-directory rules:
/// state (history, interview in progress) under `$XDG_STATE_HOME/sia`, configuration
/// (profile, keys) under `$XDG_CONFIG_HOME/sia`, what can be rebuilt at any time (the
/// knowledge cache) under `$XDG_CACHE_HOME/sia`.
public struct Paths: Sendable {
  public var stateFolder: String
  public var configFolder: String
  public var cacheFolder: String

  public init(stateFolder: String, configFolder: String, cacheFolder: String? = nil) {
    self.stateFolder = stateFolder
    self.configFolder = configFolder
    self.cacheFolder = cacheFolder ?? "\(stateFolder)/cache"
  }

  public init(environment env: [String: String]) {
    let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    let state = env["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "\(home)/.local/state"
    let config = env["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "\(home)/.config"
    let cache = env["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "\(home)/.cache"
    self.init(stateFolder: "\(state)/sia", configFolder: "\(config)/sia", cacheFolder: "\(cache)/sia")
    documentsFolder = Paths.documentsFolder(environment: env)
  }

  public var historyFile: String { "\(stateFolder)/history" }

  /// Where the REPL writes declarations: `$SIA_DOCUMENTS` when set, else
  /// `$XDG_DOCUMENTS_DIR/sia`, else `~/Documents/sia` (README, "Où vont les documents").
  public var documentsFolder: String = "./sia-documents"

  /// The documents folder for an environment (the kit reads no environment itself:
  /// the CLI passes its own).
  public static func documentsFolder(environment env: [String: String]) -> String {
    if let explicit = env["SIA_DOCUMENTS"], explicit.hasPrefix("/") { return explicit }
    if let documents = env["XDG_DOCUMENTS_DIR"], documents.hasPrefix("/") { return "\(documents)/sia" }
    let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return "\(home)/Documents/sia"
  }
}
