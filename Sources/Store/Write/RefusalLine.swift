/// One reason a write was refused, worded in both of the program's languages.

import Recfile
import VietText

/// A line of a refusal (`Amount: expected whole đồng …`), kept in Vietnamese and English so that
/// `hoctap add`, the forms and `--lang en` each show it in their own language.
public struct RefusalLine: Hashable, Sendable, CustomStringConvertible {
    public let vi: String
    public let en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// A problem `hoctap check` would report, without its place (the record is in no file yet):
    /// `Field: message`, worded as `check` words it.
    public init(_ problem: StoreProblem) {
        let field = problem.field.map { "\($0): " } ?? ""
        vi = field + ProblemWording.message(problem, .vi)
        en = field + ProblemWording.message(problem, .en)
    }

    /// The file meant for `set` has no `%rec:` line for it, so a record has nowhere to go.
    static func undeclared(_ set: SetSchema) -> RefusalLine {
        RefusalLine(vi: "\(set.file) không khai báo tập \"%rec: \(set.name)\"; chạy \"hoctap check\" rồi sửa phần đầu tệp",
                    en: "\(set.file) declares no \"%rec: \(set.name)\" set; run \"hoctap check\" and fix its header")
    }

    public func text(_ language: Language) -> String { language.pick(vi, en) }

    public var description: String { vi }
}
