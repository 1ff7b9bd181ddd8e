import ArgumentParser
import Foundation
import SiaKit

/// `sia profile [--name …] [--email …] …`: sets the given fields, then shows the
/// profile. On a terminal with no option and an incomplete profile, asks for what is missing.
struct ProfileCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "profile", abstract: "Show or set who you are: name, e-mail, unit, lab head.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "Your name.") var name: String?
  @Option(help: "Your e-mail (it identifies your signatures).") var email: String?
  @Option(help: "Your unit's name.") var unit: String?
  @Option(name: .customLong("unit-code"), help: "Your unit's code, e.g. U1234.") var unitCode: String?
  @Option(name: .customLong("lab-head"), help: "Your lab head's name.") var labHead: String?
  @Option(name: .customLong("lab-head-email"), help: "Your lab head's e-mail.") var labHeadEmail: String?
  @Option(
    name: .customLong("require-trainer-training"),
    help:
      "Lab heads: require trainer-attested training (yes or no); self-declared training then counts as “no” for the verdict."
  )
  var requireTrainerTraining: String?
  @Option(
    name: .customLong("document-lang"), help: "The language of your declarations: fr or en (default: the interface's).")
  var documentLang: String?
  @Flag(help: "Print the profile as JSON (docs/schemas/profile.schema.json).") var json = false

  func run() throws {
    let context = try CommandContext.make(options: global)
    let stored = try context.loadProfile()
    var profile = stored ?? .empty
    let updates: [(WritableKeyPath<Profile, String>, String?)] = [
      (\.declarant.name, name), (\.declarant.email, email), (\.unit.name, unit), (\.unit.code, unitCode),
      (\.labHead.name, labHead), (\.labHead.email, labHeadEmail),
    ]
    var changed = false
    for (path, value) in updates {
      if let value {
        profile[keyPath: path] = value.trimmingCharacters(in: .whitespacesAndNewlines)
        changed = true
      }
    }
    if let requireTrainerTraining {
      switch TextFolding.fold(requireTrainerTraining) {
      case "yes", "oui", "true": profile.requireTrainerAttestedTraining = true
      case "no", "non", "false": profile.requireTrainerAttestedTraining = nil
      default:
        throw context.fail(
          Messages.profileBadYesNo, [.value: Sanitizer.neutralize(requireTrainerTraining)], exitCode: ExitStatus.usage)
      }
      changed = true
    }
    if let documentLang {
      guard let chosen = Lang(argument: documentLang) else {
        throw UserFacingError.usage(Messages.badLang.text(context.lang, [.value: Sanitizer.neutralize(documentLang)]))
      }
      profile.lang = chosen
      changed = true
    }
    if !changed, isatty(STDIN_FILENO) == 1, !profile.missingFields.isEmpty {
      changed = ProfilePrompter(context: context).ask(&profile)
    }
    if let option = profile.invalidEmails.first {
      let value = option == "--email" ? profile.declarant.email : profile.labHead.email
      throw context.fail(
        Messages.profileBadEmail, [.option: option, .value: Sanitizer.neutralize(value)], exitCode: ExitStatus.usage)
    }
    if changed {
      try profile.save(context.paths)
      if !json { context.say(Messages.profileSaved) }
    } else if stored == nil {
      if json { throw context.fail(Messages.profileNone) }
      context.say(Messages.profileNone)
      return
    }
    if json { return context.console.say(try StableJSON.string(ProfileJSON(profile))) }
    context.console.say(ProfileRenderer(context: context).render(profile))
  }
}

/// `sia profile --json`: the stored profile and what it still lacks for a declaration.
struct ProfileJSON: Encodable {
  var profile: Profile
  var complete: Bool
  var missing: [String]

  init(_ profile: Profile) {
    self.profile = profile
    complete = profile.isComplete
    missing = profile.missingFields + profile.invalidEmails
  }
}
