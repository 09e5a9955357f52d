/// `hoctap add KIND --Field value …`: checks one new record against the store and writes it, or refuses.

import ArgumentParser
import Reports
import Store

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add one record to the store: the year's awards, learners, enrollments, attendance, donations, agenda moves, "
            + "and what sets a year up (campaign, target, indicator, agenda-item, class, branch, clan).",
        discussion: """
        Fields are given by their names in the store's schema: --Name VALUE or --Name=VALUE, such as
          hoctap add award --Recipient "Nguyễn Văn An" --Kind student --Category "Học sinh giỏi" --Branch KP01 --Amount 500000
          hoctap add class --Name "Tin học cơ bản" --Topic "Chuyển đổi số" --Start 2023-10-03 --End 2023-11-30 --Weekly "T3, T5"
          hoctap add campaign --Ward "Phường Quảng Châu" --Center "…" --SchoolYear 2023-2024 --Theme "…" --Theme "…"
        A repeatable field (Theme, Session) is given once per value, in order. A missing Id is assigned
        (the next in the set's pattern); an award's Date defaults to today, an agenda entry's At to
        now, an agenda item's Seq to the next number, and a campaign's Id, Title and week (1–7 October)
        to its school year's. `agenda` moves the ceremony's "now" marker; `agenda-item` adds an item to
        its programme. A store holds one campaign: a second is refused. The record is checked as `hoctap check` would check it; if
        anything is wrong, the reason is printed and nothing is written. An award to the same
        recipient, in the same category, from the same branch, for the same school year as one already
        recorded is refused as a probable double entry; --force writes it anyway (`hoctap check` then
        lists it as a note).
        Exit status: 0 when the record was written, 1 when it was refused, 2 when the store cannot be read.
        """
    )

    @Option(name: .long, help: "The store folder (default: $HOCTAP_STORE, else ./store).")
    var store: String?

    @Argument(help: "What to add (award, learner, enrollment, attendance, donation, agenda, campaign, target, indicator, agenda-item, class, branch, clan); alone, the list of kinds.")
    var kind: String?

    @Argument(parsing: .captureForPassthrough, help: "The fields: --Name VALUE or --Name=VALUE.")
    var fields: [String] = []

    func run() throws {
        guard let kind else {
            Output.print(RecordAddition.kindsHelp(), terminator: "")
            return
        }
        if fields.contains("--help") || fields.contains("-h") {
            let set = try reporting([RecordAdditionError.self], exitStatus: 1) { try RecordAddition.set(forKind: kind) }
            Output.print(RecordAddition.fieldsHelp(for: set, kind: kind.lowercased()), terminator: "")
            return
        }
        var words = fields
        let storeOption = try Self.takeStore(from: &words) ?? store
        let force = words.contains("--force")
        words.removeAll { $0 == "--force" }
        let location = try StoreLocation.writableOrRefuse(option: storeOption)
        let addition = try reporting([RecordAdditionError.self, RecWriterError.self], exitStatus: 1) {
            let set = try RecordAddition.set(forKind: kind)
            let given = try RecordAddition.fields(from: words, for: set)
            return try reportingFatalErrors {
                try RecordAddition.add(set: set, given: given, in: location.directory, now: RecordAddition.localStamp(),
                                       force: force)
            }
        }
        Output.print("Đã thêm vào \(addition.set.file):")
        Output.print(addition.record.text, terminator: "")
        if addition.set.name == "Assessment" { printResult(of: addition, in: location.directory) }
    }

    /// The result the set's rule gives the assessment just written, read back from the store.
    private func printResult(of addition: RecordAddition, in folder: String) {
        var fields: [String: String] = [:]
        for line in addition.record.text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        // Subject, Set and Year name one assessment: the store refuses a second.
        guard let snapshot = try? StoreLoader.load(directory: folder),
              let written = snapshot.assessments.first(where: {
                  $0.subject == fields["Subject"] && $0.set == fields["Set"] && String($0.year) == fields["Year"]
              }),
              let set = snapshot.criteriaSets.first(where: { $0.id == written.set }) else { return }
        Output.print(AssessmentSummary.lines(written, set: set).joined(separator: "\n"))
    }

    /// Removes `--store DIR` or `--store=DIR` given among the fields, returning the folder.
    static func takeStore(from words: inout [String]) throws -> String? {
        var found: String?
        var i = 0
        while i < words.count {
            if words[i] == "--store" {
                guard i + 1 < words.count else { throw ValidationError("--store needs a folder") }
                found = words[i + 1]
                words.removeSubrange(i...(i + 1))
            } else if words[i].hasPrefix("--store=") {
                found = String(words[i].dropFirst("--store=".count))
                words.remove(at: i)
            } else {
                i += words[i].hasPrefix("--") && words[i].contains("=") ? 1 : 2
            }
        }
        return found
    }
}
