/// The read-only area view on the command line: one frame for `render`, or full-screen until `q`, following its members' files.

import Canvas
import Dashboard
import Exchange
import Reports
import Store
import Terminal

/// An area's members as last read, the theme and the view's state.
struct AreaSession {
    var report: AreaReport
    var state: AreaViewState
    let theme: Theme

    init(options: DisplayOptions) throws {
        report = try options.areaReport(schoolYear: nil)
        theme = ThemeCatalog.forThisProcess().resolve(options.theme ?? "default").theme
        state = AreaViewState(ascii: options.ascii)
    }

    func frame(size: Size) -> Buffer {
        AreaScreen.render(report: report, state: state, theme: theme, size: size)
    }

    /// Full-screen until `q`, following the members: a store's change (an append, an editor's
    /// save, a sync's pull) or a summary file written again reads that member again and redraws;
    /// a member that turns unreadable keeps its last figures, badged.
    func runInteractive() throws -> Int32 {
        var session = self
        let watch = AreaWatch(session.report.area)
        return try withTerminal { terminal in
            terminal.present(session.frame(size: terminal.size))
            while !terminal.interrupted {
                let key = terminal.readKey(timeoutMilliseconds: watch.settling ? StoreWatcher.quietMilliseconds : StoreWatcher.pollingMilliseconds)
                var dirty = session.follow(watch.changed())
                if let key {
                    if key != .resize, session.state.update(key, rows: AreaScreen.scrollRows(session.report, pane: session.state.pane)) == .quit { return 0 }
                    dirty = true
                }
                if dirty { terminal.present(session.frame(size: terminal.size)) }
            }
            return 0
        }
    }

    /// Reads the `changed` members again; true when any was.
    mutating func follow(_ changed: [Int]) -> Bool {
        for i in changed { report = report.rereading(member: i, readSummary: WardSummaryFile.read) }
        return !changed.isEmpty
    }
}
