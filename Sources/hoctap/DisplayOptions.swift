/// The options every way of showing the dashboard shares: store, theme, language, ASCII.

import ArgumentParser
import Dashboard
import VietText

struct DisplayOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp(
        "The store folder (default: $HOCTAP_STORE, else ./store, else the built-in demo); repeated, several stores in one read-only view.",
        valueName: "store"))
    var stores: [String] = []

    @Option(name: .long, help: "An area file (area.rec): a merged ward's or a province's members in one read-only view.")
    var area: String?

    /// The one store folder given, if any; several are refused (see `isArea` for the commands that take them).
    var store: String? {
        get throws {
            if stores.count > 1 || area != nil { throw SeveralStoresRefused() }
            return stores.first
        }
    }

    @Option(name: .long, help: "A theme name (see `hoctap themes`) or a .theme file.")
    var theme: String?

    @Option(name: .long, help: "Interface language: vi or en.")
    var lang: String = "vi"

    @Flag(name: .long, help: "Draw with ASCII characters only.")
    var ascii = false

    func language() throws -> Language {
        guard let l = Language(rawValue: lang) else {
            throw ValidationError("--lang takes vi or en, not \"\(lang)\"")
        }
        return l
    }
}
