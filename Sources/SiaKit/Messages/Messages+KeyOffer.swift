/// `/declaration` without a signing key: the offer to create one on the spot.
extension Messages {
  public static let promptKeyOffer = Message("prompt.keyoffer", fr: "clé", en: "key")
  public static let keyOffer = Message(
    "journey.key.offer",
    fr:
      "Vous n'avez pas encore de clé de signature. La créer maintenant ? oui : je crée votre clé, puis la déclaration continue · non : la déclaration continue sans signature (vous la signerez plus tard avec sia sign) · /annuler : arrêter ici.",
    en:
      "You have no signing key yet. Create it now? yes: I create your key, then the declaration goes on · no: the declaration goes on unsigned (you can sign it later with sia sign) · /cancel: stop here."
  )
  public static let keyOfferRetry = Message(
    "journey.key.offer.retry",
    fr: "Répondez oui (créer la clé et continuer) ou non (continuer sans signature), ou /annuler.",
    en: "Answer yes (create the key and go on) or no (go on unsigned), or /cancel.")

  static let keyOfferCatalogue: [Message] = [promptKeyOffer, keyOffer, keyOfferRetry]
}
