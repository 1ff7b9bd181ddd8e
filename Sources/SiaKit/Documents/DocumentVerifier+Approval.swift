import Foundation

extension DocumentVerifier {
  /// Checks `FILE.approval`: its own signature (namespace `sia-approval`, the approver's
  /// e-mail as principal), then that it names this very document and declarant signature.
  func verifyApproval(
    documentPath: String, document: Data, signatureData: Data, report: VerificationReport,
    pair known: (document: Data?, signature: Data?)? = nil
  ) -> ApprovalReport {
    let approvalPath = Approval.path(for: documentPath)
    var result = ApprovalReport(
      approval: nil, status: .unusable, problem: nil, signature: nil, trust: .noAllowedSigners, approverIsLabHead: false
    )
    let pair = known ?? SignedPair.read(approvalPath)
    guard let data = pair.document, let text = String(data: data, encoding: .utf8),
      let approval = Approval.parse(text)
    else {
      result.problem = LocalizedProblem(Messages.approvalUnreadable, [.path: Sanitizer.neutralize(approvalPath)])
      return result
    }
    result.approval = approval
    result.approverIsLabHead = report.declaration.map { approval.approverHeads(unitCode: $0.unit.code) } ?? false
    result.findings = approvalFindings(approval, report: report, approverIsLabHead: result.approverIsLabHead)
    guard let approvalSignature = pair.signature else {
      result.problem = LocalizedProblem(
        Messages.verifyNoSignature, [.sig: Sanitizer.neutralize(approvalPath + ".sig")])
      return result
    }
    let checked = check(
      message: data, signatureData: approvalSignature, namespace: DocumentKind.approval.namespace,
      principal: approval.approver.email)
    result.status = checked.status
    result.problem = checked.problem
    result.signature = checked.signature
    result.trust = checked.trust
    guard checked.status == .trusted || checked.status == .unknownSigner else { return result }
    if approval.approverKey != checked.signature?.publicKey.fingerprint {
      result.status = .invalid
      result.problem = LocalizedProblem(Messages.approvalKeyMismatch)
    } else if approval.documentSHA512 != Approval.sha512Hex(document) {
      result.status = .invalid
      result.problem = LocalizedProblem(Messages.approvalDocumentChanged)
    } else if approval.signatureSHA512 != Approval.sha512Hex(signatureData) {
      result.status = .invalid
      result.problem = LocalizedProblem(Messages.approvalSignatureChanged)
    }
    return result
  }

  /// Who approved and what: a refusal, a self-approval, an approver whose own signed
  /// profile does not make them the lab head of the declaration's unit, an exception
  /// request "approved" without the exception granted.
  func approvalFindings(_ approval: Approval, report: VerificationReport, approverIsLabHead: Bool) -> [DocumentFinding]
  {
    var findings: [DocumentFinding] = []
    let approver = Sanitizer.neutralize(approval.approver.display)
    if approval.decision == .refused {
      findings.append(DocumentFinding(.approvalRefused, Messages.checkApprovalRefused, [.approver: approver]))
    }
    let declarantEmail = (report.declaration?.declarant.email ?? report.principal ?? "").lowercased()
    if approval.approver.email.lowercased() == declarantEmail || approval.approverKey == approval.declarantKey
      || approval.approverKey == report.signature?.publicKey.fingerprint
    {
      findings.append(DocumentFinding(.selfApproval, Messages.checkSelfApproval, [.approver: approver]))
    }
    guard let declaration = report.declaration else { return findings }
    if approval.approverUnit == nil {
      findings.append(DocumentFinding(.approverRoleUnknown, Messages.checkApproverRoleUnknown))
    } else if !approverIsLabHead {
      let role = [approval.approverUnit?.code ?? "", approval.approverLabHead ?? ""].joined(separator: ", ")
      findings.append(
        DocumentFinding(
          .approverNotLabHead, Messages.checkApproverNotLabHead,
          [
            .approver: approver, .unit: Sanitizer.neutralize(declaration.unit.code),
            .role: Sanitizer.neutralize(role),
          ]))
    }
    if declaration.kind == .exemptionRequest, approval.decision == .approved, !approval.exceptionGranted {
      findings.append(DocumentFinding(.exceptionNotGranted, Messages.checkExceptionNotGranted))
    }
    return findings
  }
}
