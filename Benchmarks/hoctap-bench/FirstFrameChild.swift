// The first frame in a process of its own: load, the panes' data built lazily or whole, one frame; timed step by step.

import Canvas
import Dashboard
import Foundation
import Store

/// `hoctap-bench first-frame-child DIR PANE lazy|whole [RUNS]`: reads the store as the dashboard
/// does (`LiveStore`), builds the panes' data (`lazy`: the overview's figures and what PANE needs,
/// as `hoctap render` does; `whole`: every part, as every start did before) and renders PANE at
/// 200×60. With RUNS, the data and the frame are timed RUNS times over the one load and each
/// step's median printed (`load`, `data`, `frame`); without, it runs once and prints the frame's
/// length alone, for callgrind.
enum FirstFrameChild {
    static func childMain(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 3, let pane = Pane(commandName: arguments[1]), ["lazy", "whole"].contains(arguments[2]) else {
            FileHandle.standardError.write(Data("usage: hoctap-bench first-frame-child DIR PANE lazy|whole [RUNS]\n".utf8))
            return 2
        }
        let lazy = arguments[2] == "lazy"
        let runs = arguments.count > 3 ? Int(arguments[3]) : nil
        var state = AppState(pane: pane)
        state.now = .reference
        let size = Size(width: 200, height: 60)
        let start = DispatchTime.now().uptimeNanoseconds
        let store: LiveStore
        do {
            store = try LiveStore(directory: arguments[0])
        } catch {
            print("error \(error)")
            return 1
        }
        let load = seconds(since: start)
        guard let runs else {
            var data = DashboardData(store.shown, building: lazy ? [] : .all)
            data.prepare(DataParts.needed(by: state))
            print("frame \(Screen.render(state: state, data: data, theme: .builtinDefault, size: size).text.utf8.count)")
            return 0
        }
        var dataTimes: [Double] = [], frameTimes: [Double] = []
        var sink = 0
        for _ in 0..<max(runs, 1) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            var data = DashboardData(store.shown, building: lazy ? [] : .all)
            data.prepare(DataParts.needed(by: state))
            dataTimes.append(seconds(since: t0))
            let t1 = DispatchTime.now().uptimeNanoseconds
            sink &+= Screen.render(state: state, data: data, theme: .builtinDefault, size: size).text.utf8.count
            frameTimes.append(seconds(since: t1))
        }
        print("load \(load)")
        print("data \(dataTimes.sorted()[dataTimes.count / 2])")
        print("frame \(frameTimes.sorted()[frameTimes.count / 2])")
        print("awards \(store.shown.awards.count) sink \(sink)")
        return 0
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
