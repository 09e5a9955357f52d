// Frame rendering: how long the pure renderer takes for each pane at 200×60, on the demo store,
// clerk and presentation mode, and how long the panes' derived data takes to build per reload.

import Canvas
import Dashboard
import Foundation
import Store
import StoreDemo

struct FrameBenchmark {
    let quick: Bool

    func run() -> Int32 {
        guard let dir = StoreLoader.demoDirectory(), let snapshot = try? StoreLoader.load(directory: dir) else {
            FileHandle.standardError.write(Data("hoctap-bench frame: the demo store was not found\n".utf8))
            return 2
        }
        let size = Size(width: 200, height: 60)
        let runs = quick ? 50 : 400
        var sink = 0
        print("frame render at \(size.width)x\(size.height), demo store, release build: \(runs) frames per row")
        print("pane          mode      median     p99       max")
        let data = DashboardData(snapshot)
        for presenting in [false, true] {
            for pane in Pane.allCases {
                var state = AppState(pane: pane, presentation: PresentationState(isOn: presenting))
                state.now = .reference
                var times: [Double] = []
                for _ in 0..<runs {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    let frame = Screen.render(state: state, data: data, theme: .builtinDefault, size: size)
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                    sink &+= frame.size.width
                }
                times.sort()
                let p99 = times[min(times.count - 1, Int(Double(times.count) * 0.99))]
                let row = [pane.commandName.padding(toLength: 13, withPad: " ", startingAt: 0),
                           (presenting ? "present" : "clerk").padding(toLength: 9, withPad: " ", startingAt: 0),
                           Self.ms(times[times.count / 2]), Self.ms(p99), Self.ms(times.last ?? 0)]
                print(row.joined(separator: " "))
            }
        }
        var builds: [Double] = []
        for _ in 0..<(quick ? 5 : 21) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let d = DashboardData(snapshot)
            builds.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            sink &+= d.snapshot.awards.count
        }
        builds.sort()
        print("derived data per reload (DashboardData): median \(Self.ms(builds[builds.count / 2]))")
        if sink == 42 { print("") }
        return 0
    }

    static func ms(_ value: Double) -> String {
        String(format: "%7.2f ms", value)
    }
}
