/// The command line's own words — help, abstracts, refusals — in Vietnamese, or English with `--lang en`.

import ArgumentParser
import Foundation
import VietText

/// Picks the help's language from the process's arguments, read each time it is asked (no state
/// kept): ArgumentParser builds the help from `configuration` and the options' `help:` values
/// before any option is parsed, so the language has to be read from the arguments themselves.
enum CommandWording {
    /// `--lang en` or `--lang=en` anywhere among the arguments gives English; anything else Vietnamese.
    static func language(in arguments: [String]) -> Language {
        var found = Language.vi
        for (i, word) in arguments.enumerated() {
            if word == "--" { break }
            if word == "--lang", i + 1 < arguments.count { found = Language(rawValue: arguments[i + 1]) ?? .vi }
            if word.hasPrefix("--lang=") { found = Language(rawValue: String(word.dropFirst("--lang=".count))) ?? .vi }
        }
        return found
    }

    /// The language this run speaks.
    static var language: Language { language(in: Array(CommandLine.arguments.dropFirst())) }

    /// `vi` or `en`, as this run speaks.
    static func text(_ vi: String, _ en: String) -> String { language.pick(vi, en) }

    /// An option's, flag's or argument's help, as this run speaks.
    static func help(_ vi: String, _ en: String, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text(vi, en), valueName: valueName)
    }
}
