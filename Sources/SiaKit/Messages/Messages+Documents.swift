extension Messages {
  /// Every message of the documents feature (keys, signatures, declarations, approvals).
  static var documentsCatalogue: [Message] {
    keysCatalogue + signingCatalogue + declarationCatalogue + verifyCatalogue + declareCatalogue
      + declarationREPLCatalogue
      + documentChecksCatalogue + verifyLayoutCatalogue
  }
}
