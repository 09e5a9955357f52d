/// The demo store's generator: the seed and counts behind the files in `Sources/StoreDemo/Demo`.

import Store

/// The shipped demo is exactly what this generator writes; a test keeps the two equal.
/// To refresh the files after changing the generator:
/// `rm Sources/StoreDemo/Demo/*.rec && swift run hoctap init Sources/StoreDemo/Demo --demo --regenerate`.
public enum DemoStoreWriter {
    /// The ceremony's date, as a number.
    public static let seed: UInt64 = 20_221_006

    /// The comment under each file's own: whose figures these are, and that the rest is invented.
    public static let note = [
        "# Dữ liệu mẫu, người và số tiền là giả định. Demo data of Phường Quảng Châu",
        "# (then in thành phố Sầm Sơn, Thanh Hóa), built around the figures published",
        "# for its Lifelong Learning Week ceremony of 06/10/2022; the people, amounts,",
        "# branches, schools and businesses are invented.",
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
