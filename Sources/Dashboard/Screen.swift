/// The whole screen: tab strip, pane, status line and hint bar, rendered from state and data.

import Canvas
import Store

public enum Screen {
    /// Below this size the screen asks for a bigger window instead of drawing the panes.
    public static let minimumSize = Size(width: 60, height: 16)

    /// Renders `state` and `data` in `theme` into a buffer of `size`. Pure: the same inputs always
    /// give the same frame, which is what the terminal presents.
    public static func render(state: AppState, data: DashboardData?, theme: Theme, size: Size) -> Buffer {
        let ctx = RenderContext(theme: theme, state: state)
        var buffer = Buffer(size: size, fill: .blank(theme[.background]))
        let margin = state.presentation.isOn ? state.presentation.margin : 0
        let bounds = buffer.bounds.inset(by: margin)
        guard bounds.width >= minimumSize.width, bounds.height >= minimumSize.height else {
            TooSmallView.draw(size: size, needed: Size(width: minimumSize.width + 2 * margin, height: minimumSize.height + 2 * margin),
                              ctx, into: &buffer)
            return buffer
        }
        let presenting = state.presentation.isOn
        let rows = Layout.split(bounds, .vertical, [.fixed(1), .fill(1), .fixed(1), .fixed(presenting ? 0 : 1)])
        TabStrip.draw(selected: state.pane, ctx, in: rows[0], into: &buffer)
        if presenting { PresentationBar.drawCountdown(state.presentation, ctx, in: rows[0], into: &buffer) }
        let paneArea = rows[1]
        let data = data ?? DashboardData(StoreSnapshot(directory: ""))
        state.pane.module.draw(state, data, ctx, in: paneArea, into: &buffer)
        if presenting {
            PresentationBar.drawStatus(state: state, problems: data.snapshot.problems, ctx, in: rows[2], into: &buffer)
        } else {
            StatusLine.draw(state: state, problems: data.snapshot.problems, ctx, in: rows[2], into: &buffer)
            HintBar.draw(state.paneHints(), global: state.globalHints(), ctx, in: rows[3], into: &buffer)
        }
        if state.problemList.isOpen, !presenting {
            ProblemListOverlay.draw(data.snapshot.problems, state.problemList, ctx, over: paneArea, into: &buffer)
        }
        if let dialog = state.importer, !presenting {
            ImportDialogView.draw(dialog, ctx, over: paneArea, into: &buffer)
        }
        if state.showingHelp {
            HelpOverlay.draw(paneKeys: state.paneHints(), global: state.paneCapturesKeys ? [] : KeyMap.bindings.map(\.keyHint),
                             ctx, over: paneArea, into: &buffer)
        }
        return buffer
    }

    /// Renders straight from a snapshot (its derived data built on the spot).
    public static func render(state: AppState, snapshot: StoreSnapshot?, theme: Theme, size: Size) -> Buffer {
        render(state: state, data: snapshot.map(DashboardData.init), theme: theme, size: size)
    }
}
