/// The interactive loop: present a frame, wait for a key or a change on disk, update, until asked to stop.

import Canvas
import Dashboard
import Terminal

extension DashboardSession {
    /// How long to wait for a key before looking again at signals, the clock and the store's files.
    /// Short enough that a change on disk (debounced for 100 ms) reaches the screen within 250 ms.
    static let tickMilliseconds = 50

    /// Runs the dashboard full-screen on a copy of this session until `q` or a signal; the
    /// terminal is restored on every path out, a thrown error included. Returns the exit status.
    func runInteractive() throws -> Int32 {
        var session = self
        let watcher = session.makeWatcher()
        return try withTerminal { terminal in
            var dirty = true
            while !terminal.interrupted {
                if session.state.tick(to: .current()) { dirty = true }
                let old = session.live.shown
                if watcher.poll(), session.reload() {
                    session.dataReloaded(from: old)
                    dirty = true
                }
                if dirty {
                    terminal.present(session.frame(size: terminal.size))
                    dirty = false
                }
                guard let key = terminal.readKey(timeoutMilliseconds: Self.tickMilliseconds) else { continue }
                if key == .resize {
                    dirty = true
                    continue
                }
                let before = session.state
                switch session.state.handle(key, data: session.data) {
                case .quit:
                    return 0
                case .nextTheme:
                    session.cycleTheme()
                case .redraw:
                    terminal.forceRedraw()
                    dirty = true
                case .write(let write, let origin):
                    session.perform(write, origin: origin)
                    dirty = true
                case nil:
                    break
                }
                if session.state != before { dirty = true }
            }
            return 0
        }
    }
}
