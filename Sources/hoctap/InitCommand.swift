/// `hoctap init DIR [--demo]`: a new store folder, empty with its schema or holding the demo data.

import ArgumentParser
import Foundation
import Store
import StoreDemo

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a store folder: every file with its schema headers, or the demo data with --demo.",
        discussion: "Never replaces a file: if any store file exists in DIR already, nothing is written (exit 1)."
    )

    @Argument(help: "The folder to create or fill.")
    var directory: String

    @Flag(name: .long, help: "Copy the built-in demo store (school year 2022–2023) instead of empty files.")
    var demo = false

    @Flag(name: .long, help: "With --demo: generate the demo afresh (seed 20221006) instead of copying the built-in files.")
    var regenerate = false

    func run() throws {
        if regenerate && !demo { throw ValidationError("--regenerate goes with --demo") }
        let contents: StoreInitializer.Contents
        if regenerate {
            contents = .texts(DemoStoreWriter.texts())
        } else if demo {
            guard let source = StoreLoader.demoDirectory() else {
                printError("the built-in demo store was not found next to the program; nothing was written")
                throw ExitCode(1)
            }
            contents = .copy(from: source)
        } else {
            contents = .empty
        }
        let paths = try reporting([StoreInitializer.Failure.self], exitStatus: 1) {
            try StoreInitializer.create(in: directory, contents: contents)
        }
        for path in paths { Output.print("wrote \(path)  \(Self.summary(of: path))") }
        Output.print(demo ? "demo store ready in \(directory)" : "empty store ready in \(directory)")
    }

    /// "2 Enrollment, 5 Attendance": the records of each set in the file, in file order.
    private static func summary(of path: String) -> String {
        guard let file = try? RecParser.parse(contentsOf: path) else { return "" }
        return file.descriptors.map { set in
            "\(file.records(of: set.name).count) \(set.name)"
        }.joined(separator: ", ")
    }
}
