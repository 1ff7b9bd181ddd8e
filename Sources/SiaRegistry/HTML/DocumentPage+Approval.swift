import Plot
import SiaKit

extension DocumentPage {
  /// The page for `FILE.approval`: the lab head's decision first, then what was
  /// approved (the document's key facts), then how to verify both signatures.
  public func render(approvalOf document: VerifiedDocument, approval: Approval, approvalFileName: String) -> String {
    let entry = document.entry
    let title = t(Messages.exportTitleApproval)
    var body: [Body] = [.h1(.text(title)), statusBanner(entry)]
    let decision =
      approval.decision == .approved
      ? Body.strong(.class("tag verdict-ok"), .text(t(Messages.exportApproved)))
      : Body.strong(.class("tag verdict-interdit"), .text(t(Messages.exportRefusedDecision)))
    var rows: [(String, Body)] = [
      (t(Messages.exportDecision), decision),
      (t(Messages.verifySigner), HTMLPage.text(approval.approver.display)),
      (t(Messages.docDate), HTMLPage.text(approval.date)),
      (t(Messages.exportComment), HTMLPage.text(approval.comment.isEmpty ? "—" : approval.comment)),
      (
        t(Messages.exportApproverFingerprint),
        .span(
          .class("mono"),
          HTMLPage.text(entry.approverFingerprint.isEmpty ? approval.approverKey : entry.approverFingerprint))
      ),
      (t(Messages.exportFile), .span(.class("mono"), HTMLPage.text(approval.document))),
      (t(Messages.exportDocumentHash), .span(.class("mono"), HTMLPage.text(approval.documentSHA512))),
    ]
    if let declaration = document.declaration {
      rows.insert(
        contentsOf: [
          (t(Messages.profileDeclarant), HTMLPage.text(declaration.declarant.display)),
          (t(Messages.docSystem), HTMLPage.text(declaration.system.name)),
          (t(Messages.docVerdict), verdictNode(declaration.verdict.id)),
          (t(Messages.docValidUntil), .text(labels.validity(entry))),
          (t(Messages.exportFingerprint), .span(.class("mono"), HTMLPage.text(entry.fingerprint))),
        ], at: 1)
    }
    body.append(facts(rows))
    body += verification(
      entry, namespace: DocumentKind.approval.namespace, principal: approval.approver.email, file: approvalFileName)
    body.append(.footer(.p(.class("muted"), .text(t(Messages.exportGenerated, [.date: generated])))))
    return HTMLPage.render(lang: lang, title: title, css: HTMLPage.baseCSS, body: body)
  }
}
