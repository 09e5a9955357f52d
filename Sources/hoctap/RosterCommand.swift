/// `hoctap roster`: one class's list of learners in Vietnamese order, the sheet the teacher takes to the session.

import ArgumentParser
import Reports
import Store

struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Print a class list in Vietnamese order (given name, middle, family), with a column to sign in.",
        discussion: "Private fields (birth year and date, phone) are never printed. Exit status 1 when the class does not exist."
    )

    /// The main command's options: `--store` given after the subcommand is read there (the others are unused).
    @OptionGroup var display: DisplayOptions

    @Option(name: .customLong("class"), help: "The class's Id, such as LH03.")
    var classId: String

    @Option(name: .long, help: "text (a sheet with a signature column), csv or md.")
    var format: String = "text"

    func validate() throws {
        guard RosterFormat(rawValue: format) != nil else {
            throw ValidationError("--format takes text, csv or md, not \"\(format)\"")
        }
    }

    func run() throws {
        let snapshot = try reportingFatalErrors {
            try StoreLoader.load(directory: StoreLocation.resolve(option: display.store).directory)
        }
        // Every class of the store, not only the campaign's year: a sheet may be printed for any class.
        guard let roster = Roster(classId: classId, in: snapshot) else {
            let known = snapshot.classes.map(\.id).joined(separator: ", ")
            printError("no class \"\(classId)\" in the store" + (known.isEmpty ? "" : "; its classes are \(known)"))
            throw ExitCode(1)
        }
        Output.print(RosterFormat(rawValue: format)!.render(roster), terminator: "")
    }
}
