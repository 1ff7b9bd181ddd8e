import Foundation
import Plot
import SiaKit

/// One signed document as a printable page (`sia export FILE --html`): page 1 holds
/// what a lab head reads first — the verification result, who, which system, which
/// data, the verdict, the validity, the approval and the key's fingerprint — then the
/// answers, the commitments, the publication statement, how to verify, and the signed
/// JSON block as an appendix. Everything is rendered from the structured block (the
/// signed facts), never by re-reading the Markdown prose.
public struct DocumentPage {
  public var lang: Lang
  public var labels: RegistryLabels
  /// When the page is made (`YYYY-MM-DD`), printed in the footer.
  public var generated: String

  public init(lang: Lang, today: String, generated: String) {
    self.lang = lang
    labels = RegistryLabels(lang: lang, today: today)
    self.generated = generated
  }

  typealias Body = Node<HTML.BodyContext>

  func t(_ message: Message, _ args: [MessageArgument: String] = [:]) -> String { message.text(lang, args) }

  /// The page for a declaration, exemption request or training attestation.
  public func render(document: VerifiedDocument) -> String {
    let entry = document.entry
    var body: [Body] = []
    let title: String
    switch entry.kind {
    case .declaration, .contestedDeclaration, .unknown: title = t(Messages.docTitle)
    case .exceptionRequest: title = t(Messages.docTitleExemption)
    case .attestation: title = t(Messages.exportTitleTraining)
    case .approval: title = t(Messages.exportTitleApproval)
    }
    body.append(.h1(.text(title)))
    body.append(statusBanner(entry))
    if let declaration = document.declaration {
      body += declarationPages(declaration, entry: entry)
    } else if let attestation = document.attestation {
      body += attestationPages(attestation, entry: entry)
    }
    let namespace = (entry.kind == .attestation ? DocumentKind.training : DocumentKind.declaration).namespace
    body += verification(entry, namespace: namespace, principal: entry.declarantEmail, file: document.fileName)
    if let block = document.blockText {
      body.append(
        .section(.class("appendix"), .h2(.text(t(Messages.exportAppendix))), .pre(.class("json"), .text(block))))
    }
    body.append(.footer(.p(.class("muted"), .text(t(Messages.exportGenerated, [.date: generated])))))
    return HTMLPage.render(lang: lang, title: title, css: HTMLPage.baseCSS, body: body)
  }

  /// `sia verify`'s conclusion on top: green when valid, amber when the signature holds
  /// but something needs the lab head (unknown signer, expired, stricter verdict today,
  /// exception request, refusal), red when the document cannot be relied on.
  func statusBanner(_ entry: RegistryEntry) -> Body {
    let reason = entry.problem(lang)
    switch entry.outcome {
    case .valid:
      return .div(.class("status ok"), .text("✔ " + t(Messages.exportStatusTrusted)))
    case .unknownSigner where entry.approval != .invalid:
      return .div(.class("status warn"), .text("⚠ " + t(Messages.exportStatusUnknown)))
    case .expired, .verdictStricter, .exceptionRequest, .refused:
      return .div(
        .class("status warn"),
        HTMLPage.text(
          "⚠ " + t(Messages.exportStatusAttention, [.outcome: labels.outcome(entry.outcome), .reason: reason])))
    case .invalid, .unverifiable, .unknownSigner:
      return .div(
        .class("status bad"),
        HTMLPage.text(
          "✖ " + t(Messages.exportStatusBad, [.reason: reason.isEmpty ? labels.signature(entry.signature) : reason])))
    }
  }

  /// The kind as `sia verify` names it.
  func kindRow(_ entry: RegistryEntry) -> (String, Body) {
    (t(Messages.verifyKind), HTMLPage.text(entry.state(lang)?.kindLabel(lang) ?? entry.kindLabel(lang)))
  }

  func facts(_ rows: [(String, Body)]) -> Body {
    .table(
      .class("facts"),
      .tbody(.group(rows.map { label, value -> Node<HTML.TableContext> in .tr(.th(.text(label)), .td(value)) })))
  }

  func verdictNode(_ verdict: Verdict) -> Body {
    .span(.class("tag verdict-\(verdict.rawValue)"), .text(VerdictLabel.message(verdict).text(lang)))
  }

  func declarationPages(_ declaration: Declaration, entry: RegistryEntry) -> [Body] {
    var verdictCell: [Body] = [verdictNode(declaration.verdict.id)]
    if let today = entry.verdictToday, today != declaration.verdict.id {
      verdictCell.append(.text(" — " + t(Messages.exportVerdictToday, [.verdict: ""])))
      verdictCell.append(verdictNode(today))
    }
    if declaration.isContested {
      verdictCell.append(.text(" "));
      verdictCell.append(.span(.class("tag verdict-interdit"), .text(t(Messages.docContestedFlag))))
    }
    let validity =
      entry.isExpired(today: labels.today)
      ? Body.strong(.class("verdict-interdit"), .text(t(Messages.exportExpired, [.date: declaration.validUntil])))
      : Body.text(labels.validity(entry))
    let system = [declaration.system.name, declaration.system.provider, declaration.system.version].filter {
      !$0.isEmpty
    }
    var rows: [(String, Body)] = [
      kindRow(entry),
      (t(Messages.profileDeclarant), HTMLPage.text(declaration.declarant.display)),
      (t(Messages.profileUnit), HTMLPage.text(declaration.unit.display)),
      (t(Messages.profileLabHead), HTMLPage.text(declaration.labHead.display)),
      (t(Messages.docSystem), HTMLPage.text(system.joined(separator: " — "))),
      (t(Messages.docUse), HTMLPage.text(declaration.intendedUse.pick(lang))),
      (
        t(Messages.docData),
        HTMLPage.text(
          declaration.data.isEmpty
            ? t(Messages.docNone) : declaration.data.map { $0.pick(lang) }.joined(separator: " ; "))
      ),
      (t(Messages.docVerdict), .group(verdictCell)),
      (t(Messages.docDate), .text(declaration.date)),
      (t(Messages.docValidUntil), validity),
      (t(Messages.exportApproval), approvalCell(entry)),
      (
        t(Messages.exportFingerprint),
        .span(.class("mono"), HTMLPage.text(entry.fingerprint.isEmpty ? "—" : entry.fingerprint))
      ),
    ]
    if let training = declaration.training {
      rows.append(
        (
          t(Messages.docTraining),
          HTMLPage.text(
            t(
              Messages.docTrainingValue,
              [
                .date: training.date, .right: "\(training.right)", .total: "\(training.total)",
                .percent: "\(training.percent)", .file: training.file,
              ]))
        ))
    }
    var pages: [Body] = [facts(rows)]
    var why: [Body] = [.h2(.text(t(Messages.docVerdict))), .p(HTMLPage.text(declaration.verdict.rationale.pick(lang)))]
    if let alternative = declaration.verdict.alternative {
      why.append(.p(.strong(.text(t(Messages.exportAlternative) + " : ")), HTMLPage.text(alternative.pick(lang))))
    }
    if let contest = declaration.contest {
      why.append(.h3(.text(t(Messages.docContest))))
      why.append(.p(HTMLPage.text(contest)))
    }
    pages += why
    pages.append(.h2(.text(t(Messages.docAnswers))))
    pages.append(
      .ol(
        .class("answers"),
        .group(
          declaration.answers.map { answer -> Node<HTML.ListContext> in
            .li(
              HTMLPage.text(answer.question.pick(lang)), .br(),
              .span(.class("a"), HTMLPage.text("→ " + answer.answer.pick(lang))))
          })))
    if declaration.kind == .declaration {
      pages.append(.h2(.text(t(Messages.docCommitments))))
      if declaration.commitments.isEmpty {
        pages.append(.p(.text(t(Messages.docNoCommitment))))
      } else {
        pages.append(
          .ul(
            .class("commitments"),
            .group(declaration.commitments.map { Node<HTML.ListContext>.li(HTMLPage.text($0.text.pick(lang))) })))
      }
    }
    if !declaration.tasks.isEmpty || !declaration.humanVerification.pick(lang).isEmpty {
      let tasks = declaration.tasks.map { task in
        [task.category.label.text(lang), task.detail.pick(lang)].filter { !$0.isEmpty }.joined(separator: " — ")
      }
      pages.append(
        facts([
          (t(Messages.exportTasks), HTMLPage.text(tasks.joined(separator: " ; "))),
          (t(Messages.exportHumanCheck), HTMLPage.text(declaration.humanVerification.pick(lang))),
        ]))
    }
    pages.append(.h2(.text(t(Messages.docPublication))))
    pages.append(.p(.strong(.text("Français — ")), HTMLPage.text(declaration.publicationStatement.fr)))
    pages.append(.p(.strong(.text("English — ")), HTMLPage.text(declaration.publicationStatement.en)))
    return pages
  }

  func approvalCell(_ entry: RegistryEntry) -> Body {
    switch entry.approval {
    case .pending: return .strong(.class("verdict-validation"), .text(t(Messages.exportApprovalPending)))
    case .approved, .refused:
      let decided =
        entry.approval == .approved
        ? Messages.approvalApproved : Messages.approvalRefused
      let text = t(
        decided, [.approver: entry.approverName + " <" + entry.approverEmail + ">", .date: entry.approvalDate])
      return .strong(.class(entry.approval == .approved ? "verdict-ok" : "verdict-interdit"), HTMLPage.text(text))
    case .invalid:
      return .strong(
        .class("verdict-interdit"), HTMLPage.text(t(Messages.exportApprovalInvalid, [.reason: entry.problem(lang)])))
    case .notNeeded: return .text("—")
    }
  }

  func attestationPages(_ attestation: TrainingAttestation, entry: RegistryEntry) -> [Body] {
    let rows: [(String, Body)] = [
      kindRow(entry),
      (t(Messages.attName), HTMLPage.text(attestation.trainee.display)),
      (t(Messages.attDate), .text(attestation.date)),
      (t(Messages.attScore), .text("\(attestation.score.right)/\(attestation.score.total)")),
      (t(Messages.docValidUntil), .text(labels.validity(entry))),
      (
        t(Messages.exportFingerprint),
        .span(.class("mono"), HTMLPage.text(entry.fingerprint.isEmpty ? "—" : entry.fingerprint))
      ),
    ]
    return [
      facts(rows), .h2(.text(t(Messages.attThemes))),
      .table(
        .tbody(
          .group(
            attestation.themes.map {
              Node<HTML.TableContext>.tr(.td(HTMLPage.text($0.label)), .td(.text("\($0.right)/\($0.total)")))
            }))),
    ]
  }

  /// Fingerprints and the two ways to check the file: `sia verify`, or OpenSSH alone.
  func verification(_ entry: RegistryEntry, namespace: String, principal: String, file: String) -> [Body] {
    var rows: [(String, Body)] = [
      (t(Messages.exportFile), .span(.class("mono"), HTMLPage.text(file))),
      (
        t(Messages.exportFingerprint),
        .span(.class("mono"), HTMLPage.text(entry.fingerprint.isEmpty ? "—" : entry.fingerprint))
      ),
    ]
    if !entry.approverFingerprint.isEmpty {
      rows.append(
        (t(Messages.exportApproverFingerprint), .span(.class("mono"), HTMLPage.text(entry.approverFingerprint))))
    }
    let quoted = DocumentPage.shellQuoted(file)
    let who = DocumentPage.shellQuoted(principal)
    return [
      .h2(.text(t(Messages.exportSignatures))), facts(rows), .p(.text(t(Messages.exportHowToVerify))),
      .pre(.class("cmd"), HTMLPage.text("sia verify \(quoted)")), .p(.text(t(Messages.exportOrWithSSH))),
      .pre(
        .class("cmd"),
        HTMLPage.text("ssh-keygen -Y verify -f allowed_signers -I \(who) -n \(namespace) -s \(quoted).sig < \(quoted)")),
    ]
  }
}

extension DocumentPage {
  /// A word as a shell reads it: as is when made of safe characters, else in single quotes.
  static func shellQuoted(_ word: String) -> String {
    let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/@+:=")
    if !word.isEmpty, word.allSatisfy(safe.contains) { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

/// A document read and verified for export: the registry line (verification result),
/// and the signed facts it holds.
public struct VerifiedDocument {
  public var entry: RegistryEntry
  public var declaration: Declaration?
  public var attestation: TrainingAttestation?
  /// The structured block exactly as signed.
  public var blockText: String?
  public var fileName: String

  /// Reads `path` and verifies it with `verifier` (the code behind `sia verify`).
  public init?(path: String, verifier: DocumentVerifier) {
    guard let data = SignedPair.read(path).document else { return nil }
    let content = DocumentContent(document: data)
    guard content.block != nil else { return nil }
    let report = verifier.verify(path: path)
    entry = RegistryEntry(
      report: report, currentGuide: verifier.currentGuideVersion, signed: SignedPair.read(path).signature != nil)
    declaration = report.declaration
    var text = String(decoding: data, as: UTF8.self)
    blockText = text.withUTF8 { bytes in
      StructuredBlock.range(in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }
    attestation = blockText.flatMap { try? JSONDecoder().decode(TrainingAttestation.self, from: Data($0.utf8)) }
    if declaration == nil && attestation == nil { return nil }
    fileName = URL(fileURLWithPath: path).lastPathComponent
  }
}
