// The signature layer (OpenSSH keys, SSHSIG, allowed_signers) is its own target so that
// the compiler keeps it free of the declaration domain; SiaKit re-exports it, so that
// whoever imports SiaKit sees `SSHPublicKey`, `AllowedSigners`… as before.
@_exported import SiaSignatures
