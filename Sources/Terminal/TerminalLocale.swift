/// Switches the process to the user's locale, and to UTF-8 when that locale is not.

import CNcurses

enum TerminalLocale {
    /// Names tried, in order, when the environment's locale is not UTF-8.
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"]

    /// Sets the locale from the environment (ncurses needs it to read and write UTF-8),
    /// then the character type alone to a UTF-8 locale if the first was not.
    static func setUp() throws {
        _ = hoctap_setlocale_all_from_environment()
        if hoctap_codeset_is_utf8() != 0 { return }
        for name in fallbacks where hoctap_setlocale_ctype(name) != 0 {
            if hoctap_codeset_is_utf8() != 0 { return }
        }
        throw TerminalError.noUTF8Locale
    }
}
