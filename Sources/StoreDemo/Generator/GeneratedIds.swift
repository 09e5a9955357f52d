/// Record keys of generated data: a prefix and a zero-padded number, wide enough for the count.

import Store

enum GeneratedIds {
    /// `prefix` followed by `number` padded to at least `minimumWidth` digits, or to the
    /// digits of `count` when that is wider: `KP01`, `HV0001`, `KT1000000`.
    static func id(_ prefix: String, _ number: Int, count: Int, minimumWidth: Int) -> String {
        let width = max(minimumWidth, String(max(count, 1)).count)
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
