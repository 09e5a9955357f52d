/// Catches SIGINT, SIGTERM, SIGHUP and SIGQUIT so that the run loop, not ncurses or the runtime, ends the program.
///
/// The flag is a `volatile sig_atomic_t` in the C shim: a handler may touch nothing else,
/// and Swift 6 allows no global mutable state. ncurses installs its own handlers (which
/// restore the terminal and exit with status 1) only where it finds the default action, so
/// these must be in place before `newterm`. SIGWINCH is left to ncurses: a handler of ours
/// would stop `KEY_RESIZE`.

import CNcurses

struct SignalTrap {
    private var saved = hoctap_saved_signals()
    private(set) var isInstalled = false

    /// Installs the handlers and clears the flag.
    mutating func install() {
        guard !isInstalled else { return }
        hoctap_signals_install(&saved)
        isInstalled = true
    }

    /// Puts back whatever was there before `install`.
    mutating func restore() {
        guard isInstalled else { return }
        hoctap_signals_restore(&saved)
        isInstalled = false
    }

    /// Whether one of the signals arrived since `install` (or the last `reset`).
    static var caught: Bool { hoctap_signals_caught() != 0 }

    static func reset() { hoctap_signals_reset() }

    /// The signals caught, by the shim's numbering.
    enum Signal: Int32, CaseIterable {
        case interrupt = 0, terminate = 1, hangUp = 2, quit = 3
    }

    /// Whether `signal` has a handler function in place (ours, while installed).
    static func hasHandler(_ signal: Signal) -> Bool { hoctap_signal_has_handler(signal.rawValue) != 0 }

    /// Sends `signal` to this process, as a test does to see it caught.
    static func raise(_ signal: Signal) { _ = hoctap_raise(signal.rawValue) }
}
