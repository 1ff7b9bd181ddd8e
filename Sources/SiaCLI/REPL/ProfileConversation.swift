import SiaKit

/// `/profil` inside the REPL: the six fields of the profile, one at a time, Enter
/// keeping the value shown in brackets; saved at the end (atomically, 0600), then back
/// to the declaration that was waiting for it, if any.
final class ProfileConversation: Conversation {
  struct Field {
    let label: Message
    let path: WritableKeyPath<Profile, String>
    let isEmail: Bool
  }

  static let fields: [Field] = [
    Field(label: Messages.fieldDeclarantName, path: \.declarant.name, isEmail: false),
    Field(label: Messages.fieldDeclarantEmail, path: \.declarant.email, isEmail: true),
    Field(label: Messages.fieldUnitName, path: \.unit.name, isEmail: false),
    Field(label: Messages.fieldUnitCode, path: \.unit.code, isEmail: false),
    Field(label: Messages.fieldLabHeadName, path: \.labHead.name, isEmail: false),
    Field(label: Messages.fieldLabHeadEmail, path: \.labHead.email, isEmail: true),
  ]

  private var profile: Profile
  private var index = 0

  init(profile: Profile) { self.profile = profile }

  static func start(session: ReplSession) {
    let stored: Profile?
    do {
      stored = try Profile.load(session.app.paths)
    } catch let error as ProfileError {
      // A corrupt profile is started again from empty; the file is replaced at the end.
      session.say(error.text(session.lang))
      stored = nil
    } catch {
      stored = nil
    }
    let conversation = ProfileConversation(profile: stored ?? .empty)
    conversation.lang = session.lang
    session.conversation = conversation
    session.sayWrapped(Messages.profileIntroRepl.text(session.lang))
    conversation.ask(session)
  }

  var acceptsEmptyLine: Bool { true }

  /// The interface language, for the prompt.
  var lang: Lang = .fr

  var prompt: String { "sia[\(Messages.promptProfile.text(lang)) \(index + 1)/\(ProfileConversation.fields.count)]> " }

  var commands: [ReplCommand] {
    [
      ReplCommand("annuler", aliases: ["cancel"], summary: Messages.cmdCancel) { session, _ in
        session.conversation = nil
        session.say(Messages.profileCancelledRepl)
      }
    ]
  }

  func ask(_ session: ReplSession) {
    let field = ProfileConversation.fields[index]
    let current = profile[keyPath: field.path]
    let label = field.label.text(session.lang)
    session.say(
      current.isEmpty
        ? Messages.profileFieldRepl.text(session.lang, [.field: label])
        : Messages.profileFieldCurrent.text(session.lang, [.field: label, .current: Sanitizer.neutralize(current)]))
  }

  func handle(_ line: String, session: ReplSession) {
    let field = ProfileConversation.fields[index]
    let value = line.trimmingCharacters(in: .whitespaces)
    if !value.isEmpty {
      if field.isEmail && !Person.isValidEmail(value) {
        session.sayWrapped(Messages.profileEmailRetry.text(session.lang, [.value: Sanitizer.neutralize(value)]))
        return ask(session)
      }
      profile[keyPath: field.path] = value
    } else if profile[keyPath: field.path].isEmpty {
      session.say(Messages.profileFieldRequired)
      return ask(session)
    }
    index += 1
    guard index == ProfileConversation.fields.count else { return ask(session) }
    session.conversation = nil
    do {
      try profile.save(session.app.paths)
    } catch {
      return session.say(Messages.fileUnwritable, [.path: Profile.file(session.app.paths), .reason: "\(error)"])
    }
    session.say(Messages.profileSaved)
    session.continueWaitingDeclaration()
  }

  /// An empty line keeps the value, so a Ctrl-C shows the field again.
  func interrupt(session: ReplSession) { ask(session) }
}
