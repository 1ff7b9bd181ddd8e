/// French and English stop words, folded (no accents), removed before indexing and from
/// queries. Based on Snowball's lists (french/stop.txt, english/stop.txt) plus the words
/// people put around a question ("puis-je", "comment", "can I"). Deliberately kept:
/// `ai` (the English "AI"; the French "j'ai" is dropped by the elision step instead)
/// and `eu` (the EU), which Snowball's French list stops as forms of "avoir", and
/// `these`, which folded is also the French `thèse`.
public enum StopWords {
  public static let french: Set<String> = words(
    """
    au aux avec ce ces dans de des du elle elles en et eux il ils je la le les leur leurs lui ma
    mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta
    te tes toi ton tu un une vos votre vous c d j l a m n s t y ete etee etees etes etant etante
    etants etantes suis es est sommes serai seras sera serons serez seront serais serait
    serions seriez seraient etais etait etions etiez etaient fus fut fumes futes furent sois soit
    soyons soyez soient fusse fusses fussions fussiez fussent ayant ayante ayantes ayants eue
    eues eus as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez
    auraient avais avait avions aviez avaient eut eumes eutes eurent aie aies ait ayons ayez
    aient eusse eusses eussions eussiez eussent
    ceci cela ca cet cette ceux celle celles celui ici quel quels quelle quelles quoi comment
    quand dont lorsque si tout tous toute toutes tres aussi bien comme plus donc alors ainsi
    puis peut peux pouvons pouvez peuvent pourrais pourrait pourrions pourriez pourraient dois
    doit devons devez doivent devrais devrait faut etre avoir chez vers entre sous selon
    """)

  public static let english: Set<String> = words(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom
    this that those am is are was were be been being have has had having do does did
    doing would should could ought a an the and but if or because as until while of at by for
    with about against between into through during before after above below to from up down in
    out on off over under again further then once here there when where why how all any both
    each few more most other some such no nor not only own same so than too very can cannot
    may might must will shall also just
    """)

  public static let all: Set<String> = french.union(english)

  /// True for a folded word that carries no meaning for search.
  public static func contains(_ folded: String) -> Bool { all.contains(folded) }

  static func words(_ text: String) -> Set<String> {
    Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  }
}
