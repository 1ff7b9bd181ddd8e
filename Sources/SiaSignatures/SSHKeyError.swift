/// Why a key file or key text cannot be used. Each case has a catalogue message (given
/// by SiaKit, SSHKeyError+Message.swift), so the CLI prints one clear line; `malformed`
/// carries a lowercase technical detail.
public enum SSHKeyError: Error, Equatable {
  /// Not in OpenSSH's own private-key format (PEM, PuTTY, random text…).
  case notOpenSSHPrivateKey
  /// Protected by a passphrase (cipher other than `none`).
  case encrypted(cipher: String)
  /// A key type other than Ed25519 (RSA, ECDSA, DSA…).
  case unsupportedType(String)
  case malformed(String)
  /// The key file can be read by other users.
  case readableByOthers(path: String, mode: String)
  case unreadable(path: String)
  case missing(path: String)
  /// `keygen` without `--force` over an existing key.
  case exists(path: String)
}
