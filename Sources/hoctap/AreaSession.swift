/// The read-only area view on the command line: one frame for `render`, or full-screen until `q`, following its members' files.

import Canvas
import Dashboard
import Exchange
import Reports
import Store
import Terminal

/// An area's members as last read, their tables, the theme and the view's state.
struct AreaSession {
    /// Every table of the area, built when a member's figures change, never per key or frame.
    private(set) var tables: AreaFigureTables
    var state: AreaViewState
    let theme: Theme

    var report: AreaReport { tables.report }

    init(options: DisplayOptions) throws {
        let language = try options.language()
        tables = AreaFigureTables(try options.areaReport(schoolYear: nil), language: language)
        theme = ThemeCatalog.forThisProcess().resolve(options.theme ?? "default").theme
        state = AreaViewState(ascii: options.ascii, language: language)
    }

    func frame(size: Size) -> Buffer {
        AreaScreen.render(tables: tables, state: state, theme: theme, size: size)
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
                    if key != .resize, session.state.update(key, rows: AreaScreen.scrollRows(session.tables, pane: session.state.pane)) == .quit { return 0 }
                    dirty = true
                }
                if dirty { terminal.present(session.frame(size: terminal.size)) }
            }
            return 0
        }
    }

    /// Reads the `changed` members again and builds the tables once for them all; true when any was.
    mutating func follow(_ changed: [Int]) -> Bool {
        guard !changed.isEmpty else { return false }
        var report = tables.report
        for i in changed { report = report.rereading(member: i, readSummary: WardSummaryFile.read) }
        tables = AreaFigureTables(report, language: tables.language)
        return true
    }
}
