/// The terminal as ncurses drives it: started, sized, coloured and stopped here.

import CNcurses
import Canvas

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One running terminal. ncurses keeps process-wide state, so run one at a time, from one
/// thread (the run loop's).
public final class TerminalScreen {
    let screen: OpaquePointer
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private let closesStreams: Bool
    private var signals: SignalTrap
    private(set) var isRunning = true

    public let colorDepth: ColorDepth
    /// Whether colour −1 (the terminal's own foreground and background) can be used.
    let hasDefaultColors: Bool
    var pairs: ColorPairTable
    var looks: [Style: Look] = [:]

    /// What ncurses holds since the last present; nil until then.
    var shown: Buffer?
    var shownScreenSize = Size.zero
    var repaintAll = true
    /// Screen cells handed to ncurses by the last `present`.
    var cellsDrawn = 0
    private var lastSize = Size.zero

    /// Starts the terminal on standard input and output. Refused with a `TerminalError`
    /// (which the caller prints before exiting with status 2): an unset or empty `TERM`,
    /// `TERM=dumb`, a `TERM` ncurses does not know, standard input or output that is not a
    /// terminal, and a system with no UTF-8 locale.
    public convenience init() throws {
        let term = getenv("TERM").map { String(cString: $0) }
        if let refusal = TerminalError.checkTERM(term) { throw refusal }
        guard isatty(0) != 0, isatty(1) != 0 else { throw TerminalError.notATerminal }
        guard let out = fdopen(1, "w"), let inp = fdopen(0, "r") else { throw TerminalError.notATerminal }
        try self.init(term: nil, shownAs: term ?? "", output: out, input: inp, closesStreams: false, size: nil)
    }

    /// Starts ncurses with `term` (nil: `$TERM`) on the given streams, at `size` if given.
    init(
        term: String?, shownAs name: String, output: UnsafeMutablePointer<FILE>,
        input: UnsafeMutablePointer<FILE>, closesStreams: Bool, size: Size?
    ) throws {
        var signals = SignalTrap()
        func fail(_ error: TerminalError) -> TerminalError {
            signals.restore()
            if closesStreams {
                fclose(output)
                fclose(input)
            }
            return error
        }
        do { try TerminalLocale.setUp() } catch let e as TerminalError { throw fail(e) }
        signals.install()  // Before newterm, or ncurses takes SIGINT and SIGTERM for itself.
        guard let screen = hoctap_newterm(term, output, input) else { throw fail(.unknownTERM(name)) }

        let win = hoctap_stdscr()
        cbreak()
        noecho()
        keypad(win, true)
        leaveok(win, true)
        curs_set(0)
        _ = hoctap_set_escdelay(25)
        // resize_term, unlike resizeterm, queues no KEY_RESIZE: this is the starting size.
        if let size { resize_term(Int32(size.height), Int32(size.width)) }

        var depth = ColorDepth.none
        var defaults = false
        if has_colors(), start_color() == OK {
            defaults = use_default_colors() == OK
            depth = ColorDepth.decide(hasColors: true, colors: Int(hoctap_colors()))
        }
        let cap: Int32 = hoctap_extended_colors() != 0 ? Int32.max : Int32(Int16.max) + 1
        let zero = defaults
            ? ColorPairTable.Colors(foreground: -1, background: -1)
            : ColorPairTable.Colors(foreground: Int32(COLOR_WHITE), background: Int32(COLOR_BLACK))

        self.screen = screen
        self.output = output
        self.input = input
        self.closesStreams = closesStreams
        self.signals = signals
        self.colorDepth = depth
        self.hasDefaultColors = defaults
        self.pairs = ColorPairTable(limit: min(hoctap_color_pairs(), cap), depth: depth, pairZero: zero)
        self.lastSize = currentSize()
    }

    /// A terminal drawn on /dev/null at `headlessSize`, for tests: nothing reaches a real
    /// screen, what was drawn is read back from ncurses. Keys come from `inputDescriptor`
    /// (a pipe's reading end, closed by `stop`) or never.
    convenience init(headlessSize: Size, term: String = "xterm-256color", inputDescriptor: Int32? = nil) throws {
        guard let out = fopen("/dev/null", "w") else { throw TerminalError("cannot open /dev/null") }
        guard let inp = inputDescriptor.map({ fdopen($0, "r") }) ?? fopen("/dev/null", "r") else {
            fclose(out)
            throw TerminalError("cannot open the input for a headless terminal")
        }
        try self.init(term: term, shownAs: term, output: out, input: inp, closesStreams: true, size: headlessSize)
    }

    deinit { stop() }

    /// Current columns × rows (the last known size once stopped).
    public var size: Size {
        if isRunning { lastSize = currentSize() }
        return lastSize
    }

    private func currentSize() -> Size {
        let win = hoctap_stdscr()
        return Size(width: Int(getmaxx(win)), height: Int(getmaxy(win)))
    }

    /// Whether SIGINT, SIGTERM or SIGHUP arrived since the terminal started.
    public var interrupted: Bool { SignalTrap.caught }

    /// Leaves full-screen mode and gives the terminal back as it was. Safe to call twice.
    public func stop() {
        guard isRunning else { return }
        isRunning = false
        endwin()
        delscreen(screen)
        fflush(output)
        signals.restore()
        if closesStreams {
            fclose(output)
            fclose(input)
        }
    }
}
