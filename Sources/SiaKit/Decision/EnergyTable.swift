/// Orders of magnitude of energy use (`energy.yaml`), keyed by the options of the
/// questions on model size, volume and training time. Per-query figures are uncertain
/// and depend on the method, so every figure is a range with its sources.
public struct EnergyTable: Sendable, Equatable {
  public struct Range: Sendable, Equatable, Codable {
    public var low: Double
    public var high: Double
    public init(_ low: Double, _ high: Double) {
      self.low = min(low, high)
      self.high = max(low, high)
    }
    public static func * (lhs: Range, rhs: Range) -> Range { Range(lhs.low * rhs.low, lhs.high * rhs.high) }
  }

  /// Energy per query or per run for one model class (an option of `modelQuestion`).
  public struct ModelClass: Sendable, Equatable {
    public var id: String
    public var whPerQuery: Range
    public var note: Bilingual
    /// Each source in French and English (`sources` / `sources_en`).
    public var sources: [Bilingual]
  }

  /// How many queries or runs an option of `volumeQuestion` stands for.
  public struct Volume: Sendable, Equatable {
    public var id: String
    public var queries: Range
  }

  /// GPU-hours an option of `trainingQuestion` stands for.
  public struct TrainingTime: Sendable, Equatable {
    public var id: String
    public var gpuHours: Range
  }

  public var modelQuestion: String
  public var volumeQuestion: String
  public var trainingQuestion: String
  public var modelClasses: [ModelClass]
  public var volumes: [Volume]
  public var trainingTimes: [TrainingTime]
  /// Power drawn by one GPU while training, in kW.
  public var gpuKilowatts: Range
  public var trainingSources: [Bilingual]
  public var caveats: Bilingual
  public var advice: [Bilingual]
  /// Guide sections on the footprint and on frugality.
  public var citations: [String]

  public init(
    modelQuestion: String = "taille-modele", volumeQuestion: String = "volume", trainingQuestion: String = "heures-gpu",
    modelClasses: [ModelClass] = [], volumes: [Volume] = [], trainingTimes: [TrainingTime] = [],
    gpuKilowatts: Range = Range(0, 0), trainingSources: [Bilingual] = [],
    caveats: Bilingual = Bilingual(fr: "", en: ""),
    advice: [Bilingual] = [], citations: [String] = []
  ) {
    self.modelQuestion = modelQuestion
    self.volumeQuestion = volumeQuestion
    self.trainingQuestion = trainingQuestion
    self.modelClasses = modelClasses
    self.volumes = volumes
    self.trainingTimes = trainingTimes
    self.gpuKilowatts = gpuKilowatts
    self.trainingSources = trainingSources
    self.caveats = caveats
    self.advice = advice
    self.citations = citations
  }

  public var isEmpty: Bool { modelClasses.isEmpty && trainingTimes.isEmpty }
}
