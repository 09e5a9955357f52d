/// The options every way of showing the dashboard shares: store, theme, language, ASCII.

import ArgumentParser
import Dashboard
import VietText

struct DisplayOptions: ParsableArguments {
    @Option(name: .long, help: "The store folder (default: $HOCTAP_STORE, else ./store, else the built-in demo).")
    var store: String?

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
