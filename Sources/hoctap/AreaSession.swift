/// The read-only area view on the command line: one frame for `render`, or full-screen until `q`.

import Canvas
import Dashboard
import Reports
import Terminal

/// An area's members read once, the theme and the view's state.
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

    /// Full-screen until `q`; the members are read once (an area is a view of several offices'
    /// data, not a live screen).
    func runInteractive() throws -> Int32 {
        var session = self
        return try withTerminal { terminal in
            terminal.present(session.frame(size: terminal.size))
            while !terminal.interrupted {
                guard let key = terminal.readKey(timeoutMilliseconds: 1000) else { continue }
                if key != .resize, session.state.update(key, rows: AreaScreen.scrollRows(session.report, pane: session.state.pane)) == .quit { return 0 }
                terminal.present(session.frame(size: terminal.size))
            }
            return 0
        }
    }
}
