/// Errors that stop the program before or outside the screen: one line on stderr, then an exit status.

import ArgumentParser
import Foundation
import Store
import Terminal

/// Runs `body`; a terminal that cannot be used or a store that cannot be read becomes a
/// one-line message prefixed with the program's name, and exit status 2.
func reportingFatalErrors<T>(_ body: () throws -> T) throws -> T {
    try reporting([TerminalError.self, StoreError.self, StoreLocation.Failure.self, CopyTagError.self], exitStatus: 2, body)
}

/// Runs `body`; an error of one of `kinds` becomes its description on one line prefixed with the
/// program's name, and exit status `status`. Any other error is thrown on as it is.
func reporting<T>(_ kinds: [any Error.Type], exitStatus status: Int32, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as any Error & CustomStringConvertible where kinds.contains(where: { $0 == type(of: error) }) {
        printError(error.description)
        throw ExitCode(status)
    }
}

func printError(_ message: String) {
    Output.error("hoctap: \(message)\n")
}
