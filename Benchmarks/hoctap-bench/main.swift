// hoctap-bench: release-build measurements with peers, one subcommand per area.

import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "text":
    TextBenchmark(quick: arguments.contains("--quick")).run()
default:
    // A `store` subcommand (parser and loader) joins `text` here.
    FileHandle.standardError.write(Data("usage: hoctap-bench text [--quick]\n".utf8))
    exit(2)
}
