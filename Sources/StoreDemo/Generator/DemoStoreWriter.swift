/// The demo store's generator: the seed and counts behind the files in `Sources/StoreDemo/Demo`.

import Store

/// The shipped demo is exactly what this generator writes; a test keeps the two equal.
/// To refresh the files after changing the generator:
/// `rm Sources/StoreDemo/Demo/*.rec && swift run hoctap init Sources/StoreDemo/Demo --demo --regenerate`.
public enum DemoStoreWriter {
    /// The ceremony's date, as a number.
    public static let seed: UInt64 = 20_221_006

    /// The comment under each file's own: the data is fictional.
    public static let note = [
        "# Fictional demo data built around the published figures of a ward's",
        "# ceremony of 06/10/2022.",
    ]

    public static var generator: StoreGenerator {
        StoreGenerator(seed: seed, counts: .demo, note: note)
    }

    /// Every demo file's text, by file name.
    public static func texts() -> [String: String] {
        generator.texts()
    }

    /// Writes the demo files into `directory`, replacing files of the same names; returns the
    /// number of records of each set. (`hoctap init DIR --demo` never replaces anything.)
    @discardableResult
    public static func write(to directory: String) throws -> [String: Int] {
        try generator.write(to: directory)
    }
}
