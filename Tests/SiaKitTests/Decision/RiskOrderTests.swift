import SiaKit
import XCTest

final class RiskOrderTests: XCTestCase {
  let order = RiskOrder(chains: [["interne", "contrat", "public"], ["local", "contrat"]], cumulative: false)

  func testRiskierIsTransitiveAcrossChains() {
    XCTAssertEqual(order.riskier(than: "local"), ["contrat", "public"])
    XCTAssertEqual(order.riskier(than: "interne"), ["contrat", "public"])
    XCTAssertEqual(order.riskier(than: "public"), [])
    XCTAssertEqual(order.safer(than: "public"), ["interne", "contrat", "local"])
  }

  func testUpwardClosure() {
    XCTAssertTrue(order.isUpwardClosed(["contrat", "public"]))
    XCTAssertFalse(order.isUpwardClosed(["contrat"]))
    XCTAssertTrue(order.isDownwardClosed(["interne", "local"]))
    XCTAssertFalse(order.isDownwardClosed(["contrat"]))
  }

  func testCycleIsDetected() {
    let cyclic = RiskOrder(chains: [["a", "b"], ["b", "a"]], cumulative: false)
    XCTAssertTrue(cyclic.isCyclic(at: "a"))
    XCTAssertFalse(order.isCyclic(at: "contrat"))
  }
}
