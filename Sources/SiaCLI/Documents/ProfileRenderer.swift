import Foundation
import SiaKit

/// The profile as a short aligned block, with the signing key's fingerprint.
struct ProfileRenderer {
  var context: CommandContext

  func render(_ profile: Profile) -> String {
    let lang = context.lang
    let unset = Messages.profileUnset.text(lang)
    func shown(_ text: String) -> String { text.isEmpty ? unset : Sanitizer.neutralize(text) }
    let store = KeyStore(paths: context.paths)
    var key = Messages.profileNoKey.text(lang)
    if let line = try? String(contentsOfFile: store.publicKeyPath, encoding: .utf8),
      let publicKey = try? SSHPublicKey.parse(line: line)
    {
      key = "\(publicKey.fingerprint) (\(store.privateKeyPath))"
    }
    var rows = [
      (Messages.profileDeclarant.text(lang), shown(profile.declarant.display)),
      (Messages.profileUnit.text(lang), shown(profile.unit.display)),
      (Messages.profileLabHead.text(lang), shown(profile.labHead.display)),
      (Messages.profileKey.text(lang), key),
    ]
    if let documents = profile.lang {
      rows.append((Messages.profileDocumentLang.text(lang), Messages.languageName(documents, in: lang)))
    }
    let width = rows.map(\.0.count).max() ?? 0
    var lines = rows.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + " : " + $0.1 }
    // Shown only when set, so the profiles of people who never set it read as before.
    if profile.requiresTrainerAttestedTraining { lines.append("  " + Messages.profileRequiresTrainer.text(lang)) }
    return ([Messages.profileTitle.text(lang, [.path: Profile.file(context.paths)])] + lines).joined(separator: "\n")
  }
}

/// Asks for each missing profile field on a terminal (the flags do the same in scripts).
struct ProfilePrompter {
  var context: CommandContext

  func ask(_ profile: inout Profile) -> Bool {
    let lang = context.lang
    let fields: [(String, WritableKeyPath<Profile, String>)] = [
      (Messages.profileDeclarant.text(lang) + " — nom/name", \.declarant.name),
      (Messages.profileDeclarant.text(lang) + " — e-mail", \.declarant.email),
      (Messages.profileUnit.text(lang) + " — nom/name", \.unit.name),
      (Messages.profileUnit.text(lang) + " — code", \.unit.code),
      (Messages.profileLabHead.text(lang) + " — nom/name", \.labHead.name),
      (Messages.profileLabHead.text(lang) + " — e-mail", \.labHead.email),
    ]
    var changed = false
    for (label, path) in fields where profile[keyPath: path].isEmpty {
      FileHandle.standardOutput.write(
        Data(Sanitizer.neutralize(Messages.profilePrompt.text(lang, [.field: label])).utf8))
      guard let line = readLine() else { break }
      let value = line.trimmingCharacters(in: .whitespaces)
      if !value.isEmpty {
        profile[keyPath: path] = value
        changed = true
      }
    }
    return changed
  }
}
