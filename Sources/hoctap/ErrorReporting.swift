/// Errors that stop the program before or outside the screen: one line on stderr, exit 2.

import ArgumentParser
import Foundation
import Store
import Terminal

/// Runs `body`; a terminal that cannot be used or a store that cannot be read becomes a
/// one-line message prefixed with the program's name, and exit status 2.
func reportingFatalErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as TerminalError {
        printError(error.description)
        throw ExitCode(2)
    } catch let error as StoreError {
        printError(error.description)
        throw ExitCode(2)
    } catch let error as StoreLocation.Failure {
        printError(error.description)
        throw ExitCode(2)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("hoctap: \(message)\n".utf8))
}
