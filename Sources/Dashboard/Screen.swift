/// The whole screen: tab strip, pane, status line and hint bar, rendered from state and data.

import Canvas
import Store

public enum Screen {
    /// Below this size the screen asks for a bigger window instead of drawing the panes.
    public static let minimumSize = Size(width: 60, height: 16)

    /// Renders `state` and `snapshot` in `theme` into a buffer of `size`. Pure: the same
    /// inputs always give the same frame, which is what the terminal presents.
    public static func render(state: AppState, snapshot: StoreSnapshot?, theme: Theme, size: Size) -> Buffer {
        let ctx = RenderContext(theme: theme, language: state.language, ascii: state.ascii)
        var buffer = Buffer(size: size, fill: .blank(theme[.background]))
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            TooSmallView.draw(size: size, needed: minimumSize, ctx, into: &buffer)
            return buffer
        }
        let rows = Layout.split(buffer.bounds, .vertical, [.fixed(1), .fill(1), .fixed(1), .fixed(1)])
        TabStrip.draw(selected: state.pane, ctx, in: rows[0], into: &buffer)
        let paneArea = rows[1]
        switch state.pane {
        case .overview:
            OverviewPane.draw(snapshot, ctx, in: paneArea, into: &buffer)
        case .classes, .awards, .indicators:
            EmptyPane.draw(state.pane, ctx, in: paneArea, into: &buffer)
        }
        StatusLine.draw(state: state, problems: snapshot?.problems ?? [], ctx, in: rows[2], into: &buffer)
        HintBar.draw(ctx, in: rows[3], into: &buffer)
        if state.showingHelp {
            HelpOverlay.draw(ctx, over: paneArea, into: &buffer)
        }
        return buffer
    }
}
