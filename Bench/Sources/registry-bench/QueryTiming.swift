import Foundation
import SiaKit
import SiaRegistry

/// Filtered queries on an index already built by `sia registry`: the time a lab head
/// waits once the files are known, without the folder walk. The lines are read as the
/// terminal table reads them (`Detail.table`: the columns it shows).
enum QueryTiming {
  static func run(dataFolder: String, root: String, rounds: Int) throws -> String {
    let index = RegistryIndex(folder: dataFolder)
    let today = Date().isoDay
    var queries: [(String, RegistryQuery)] = []
    var pending = RegistryQuery(today: today)
    pending.pending = true
    queries.append(("pending", pending))
    var expiring = RegistryQuery(today: today)
    expiring.expiringWithinDays = 30
    queries.append(("expiring 30d", expiring))
    var person = RegistryQuery(today: today)
    person.declarant = "agent17@"
    queries.append(("declarant", person))
    var system = RegistryQuery(today: today)
    system.system = "copilot"
    system.verdict = .interdit
    queries.append(("system + verdict", system))
    var results: [String] = []
    for (name, query) in queries {
      var times: [Double] = []
      // The thread's own CPU time too: on a shared machine the wall time includes waiting for a core.
      var cpuTimes: [Double] = []
      var count = 0
      for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = QueryTiming.threadCPU()
        count = try index.entries(under: [root], matching: query, detail: .table).count
        cpuTimes.append(QueryTiming.threadCPU() - cpuStart)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
      }
      times.sort()
      cpuTimes.sort()
      results.append(
        "{\"query\":\"\(name)\",\"rows\":\(count),\"median_ms\":\(times[times.count / 2]),\"max_ms\":\(times.last ?? 0),"
          + "\"cpu_median_ms\":\(cpuTimes[cpuTimes.count / 2])}"
      )
    }
    return "[" + results.joined(separator: ",") + "]"
  }

  /// Milliseconds of CPU this thread has used.
  static func threadCPU() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
  }
}
