/// The language of the interface and of formatted values: Vietnamese by default, English with `--lang en`.

public enum Language: String, CaseIterable, Sendable {
    case vi, en

    /// Picks the Vietnamese or the English form of a piece of text.
    public func pick(_ vi: String, _ en: String) -> String {
        self == .vi ? vi : en
    }
}
