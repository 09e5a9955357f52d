/// Running code with a started terminal that is stopped however the code ends.

/// Runs `body` with a started terminal and stops it on every exit path, a thrown error included.
public func withTerminal<T>(_ body: (TerminalScreen) throws -> T) throws -> T {
    let screen = try TerminalScreen()
    defer { screen.stop() }
    return try body(screen)
}
