import SiaKit
import XCTest

final class EnergyEstimateTests: XCTestCase {
  let table = DecisionFixtures.model.energy

  func testInferenceIsARangeFromTheTable() throws {
    let answers = Answers(["taille-modele": ["grand"], "volume": ["centaines"]])
    let estimate = try XCTUnwrap(EnergyEstimate.estimate(answers, table: table))
    let range = try XCTUnwrap(estimate.inferenceWh)
    XCTAssertEqual(range.low, 24, accuracy: 0.001)
    XCTAssertEqual(range.high, 40_000, accuracy: 0.001)
    XCTAssertLessThan(range.low, range.high, "never one number")
    XCTAssertFalse(estimate.sources.isEmpty)
    XCTAssertFalse(estimate.advice.isEmpty)
    XCTAssertEqual(EnergyEstimate.format(range, .fr), "24 Wh à 40 kWh")
    XCTAssertEqual(EnergyEstimate.format(range, .en), "24 Wh to 40 kWh")
  }

  func testTrainingUsesGPUHoursTimesPower() throws {
    let answers = Answers(["heures-gpu": ["centaines"]])
    let range = try XCTUnwrap(EnergyEstimate.estimate(answers, table: table)?.trainingWh)
    XCTAssertEqual(range.low, 30_000, accuracy: 0.001)
    XCTAssertEqual(range.high, 700_000, accuracy: 0.001)
    XCTAssertEqual(EnergyEstimate.format(range, .fr), "30 kWh à 700 kWh")
  }

  func testNoEstimateWithoutSizeAndVolume() {
    XCTAssertNil(EnergyEstimate.estimate(Answers(["taille-modele": ["grand"]]), table: table))
  }

  func testNumberFormatting() {
    XCTAssertEqual(EnergyEstimate.format(.init(0.24, 4), .fr), "0,24 Wh à 4 Wh")
    XCTAssertEqual(EnergyEstimate.format(.init(1500, 1500), .en), "≈ 1.5 kWh")
    XCTAssertEqual(EnergyEstimate.format(.init(12_000_000, 70_000_000), .en), "12 MWh to 70 MWh")
  }

  func testEveryModelClassAndVolumeOptionHasFigures() {
    let model = DecisionFixtures.model
    XCTAssertEqual(Set(table.modelClasses.map(\.id)), Set(model.question("taille-modele")?.optionIDs ?? []))
    XCTAssertEqual(Set(table.volumes.map(\.id)), Set(model.question("volume")?.optionIDs ?? []))
    XCTAssertEqual(Set(table.trainingTimes.map(\.id)), Set(model.question("heures-gpu")?.optionIDs ?? []))
    for modelClass in table.modelClasses { XCTAssertLessThan(modelClass.whPerQuery.low, modelClass.whPerQuery.high) }
  }
}
