/// The interactive loop: present a frame, sleep until a key, a change on disk or the clock needs
/// a new frame, update, until asked to stop.

import Canvas
import Dashboard
import Foundation
import Store
import Terminal

extension DashboardSession {
    /// The longest sleep when nothing is due: notices and highlights expire on whole seconds.
    static let idleWakeMilliseconds = 1000
    /// How soon to look again while a burst of file changes settles.
    static let settleMilliseconds = 10

    /// Runs the dashboard full-screen on a copy of this session until `q` or a signal; the
    /// terminal is restored on every path out, a thrown error included. Returns the exit status.
    func runInteractive() throws -> Int32 {
        var session = self
        let watcher = StoreWatcher(directory: session.directory)
        return try withTerminal { terminal in
            var dirty = true
            /// Hands a message to the state, then the outcome of each write it asked for; true on quit.
            /// A write that finds the lock taken waits in `session.pending` and answers later.
            func deliver(_ first: Message) -> Bool {
                let before = session.state
                var message: Message? = first
                while let next = message {
                    message = nil
                    // A key may come before the frame of the pane it acts on: its data first.
                    session.prepareData()
                    switch session.state.update(next, data: session.data) {
                    case .quit:
                        return true
                    case .nextTheme:
                        session.cycleTheme()
                    case .redraw:
                        terminal.forceRedraw()
                        dirty = true
                    case .readImport(let request):
                        message = .importRead(session.readImport(request))
                        dirty = true
                    case .write(let write, let origin):
                        message = session.start(write, origin: origin).map { .writeFinished($0, origin: origin) }
                        dirty = true
                    case .printPapers(let requests):
                        // A year's award list takes some seconds: say so on the screen first.
                        session.state.notice = PapersOutcome.printingNotice(
                            into: PaperFolder(ProcessInfo.processInfo.environment).shown, at: session.state.now)
                        terminal.present(session.frame(size: terminal.size))
                        let outcome = session.printPapers(requests)
                        // The status line's notice is timed from now, not from the key.
                        _ = session.state.tick(to: .current())
                        message = .papersPrinted(outcome)
                        dirty = true
                    case nil:
                        break
                    }
                }
                if session.state != before { dirty = true }
                return false
            }
            while !terminal.interrupted {
                if session.state.tick(to: .current()) { dirty = true }
                if watcher.poll(), session.reloadAndDerive() { dirty = true }
                if session.pending != nil {
                    let before = session.state.writeWait
                    if let (outcome, origin) = session.retryPendingWrite(), deliver(.writeFinished(outcome, origin: origin)) {
                        return 0
                    }
                    if session.state.writeWait != before { dirty = true }
                }
                if dirty {
                    terminal.present(session.frame(size: terminal.size))
                    dirty = false
                }
                // While a write waits for the lock, keys stay in the terminal's queue, in order,
                // for after it; the screen goes on (clock, reloads, the waiting line).
                let waiting = session.retryDelay
                let delay = min(session.wakeDelay(watcher), waiting ?? Int.max)
                // The terminal is gone (hung up with SIGHUP ignored): stop rather than spin.
                guard Self.sleep(watching: watcher, milliseconds: delay, keys: waiting == nil) else { return 0 }
                if session.pending != nil { continue }
                // Every key that is waiting, then a new frame; a signal ends the loop at once.
                while !terminal.interrupted, session.pending == nil, let key = terminal.readKey(timeoutMilliseconds: 0) {
                    if key == .resize {
                        dirty = true
                        continue
                    }
                    if deliver(.key(key)) { return 0 }
                }
            }
            return 0
        }
    }

    /// How long the loop may sleep: until the next whole second when the screen shows seconds
    /// (presentation's countdown and clock), briefly while file changes settle, at most a second.
    func wakeDelay(_ watcher: StoreWatcher) -> Int {
        if watcher.hasPendingChange { return Self.settleMilliseconds }
        if watcher.fileDescriptor == nil || watcher.needsFrequentPolls { return min(Self.idleWakeMilliseconds, StoreWatcher.pollingMilliseconds) }
        let now = Date().timeIntervalSince1970
        let toNextSecond = Int((1 - (now - now.rounded(.down))) * 1000) + 1
        return state.presentation.isOn ? min(toNextSecond, Self.idleWakeMilliseconds) : Self.idleWakeMilliseconds
    }

    /// Sleeps until a key is typed (unless `keys` is false), the store's folder changes, a signal
    /// arrives, or `milliseconds` pass. False when the terminal's input has hung up or failed: nothing will come from it again.
    static func sleep(watching watcher: StoreWatcher, milliseconds: Int, keys: Bool = true) -> Bool {
        var fds = [pollfd(fd: STDIN_FILENO, events: keys ? Int16(POLLIN) : 0, revents: 0)]
        if let fd = watcher.fileDescriptor { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
        guard poll(&fds, nfds_t(fds.count), Int32(milliseconds)) > 0 else { return true }
        return fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) == 0
    }
}
