/// Why a record was not added, worded for the clerk; every case means nothing was written.

import Recfile
import VietText

/// A refusal of `RecordAddition`. The store is untouched whenever one of these is thrown.
public enum RecordAdditionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of record is not one that can be added (such as `add prize`).
    case unknownKind(String, known: [String])
    /// An option that is not a field of the set; `known` lists the set's fields.
    case unknownField(String, set: String, known: [String])
    /// `--Name` with no value after it.
    case missingValue(String)
    /// A word that is not an option where one was expected.
    case unexpectedArgument(String)
    /// A field given twice that may appear only once.
    case repeatedField(String)
    /// The record breaks the schema or the store as `hoctap check` sees it: one line per problem.
    case invalid(set: String, problems: [RefusalLine])
    /// The record could not be written as text (RecordText refused it).
    case unwritable(String)
    /// An award to the same recipient, in the same category, from the same branch, for the same school year is already
    /// recorded (the existing one described); `--force` writes it anyway.
    case possibleDouble(String, year: String)

    public var description: String { text(.vi) }

    public func text(_ language: Language) -> String {
        let tail = language.pick("; chưa ghi gì", "; nothing was written")
        switch self {
        case .unknownKind(let kind, let known):
            return language.pick("không thêm được \"\(kind)\": các loại bản ghi thêm được là ",
                                 "cannot add \"\(kind)\": the records that can be added are ") + known.joined(separator: ", ")
        case .unknownField(let name, let set, let known):
            return language.pick("bản ghi \(set) không có trường \"\(name)\"; các trường của nó là ",
                                 "\(set) has no field \"\(name)\"; its fields are ")
                + known.map { "--" + $0 }.joined(separator: " ") + tail
        case .missingValue(let name):
            return language.pick("--\(name) cần một giá trị, như --\(name) GIÁ-TRỊ hoặc --\(name)=GIÁ-TRỊ",
                                 "--\(name) needs a value, as in --\(name) VALUE or --\(name)=VALUE") + tail
        case .unexpectedArgument(let word):
            return language.pick("không hiểu \"\(word)\": cho các trường dạng --Tên GIÁ-TRỊ",
                                 "unexpected \"\(word)\": give fields as --Name VALUE") + tail
        case .repeatedField(let name):
            return language.pick("\(name) được cho nhiều lần, nhưng một bản ghi chỉ có một \(name)",
                                 "\(name) was given more than once, and a record holds it only once") + tail
        case .invalid(let set, let problems):
            return language.pick("không nhận bản ghi \(set)", "the \(set) record was refused") + tail + ":\n"
                + problems.map { "  " + $0.text(language) }.joined(separator: "\n")
        case .unwritable(let reason):
            return reason
        case .possibleDouble(let existing, let year):
            return language.pick("khen thưởng này cho năm học \(year) đã được ghi: \(existing); nếu đúng là lần khen thứ hai, "
                                 + "hãy thêm lại với --force",
                                 "the same award for \(year) is already recorded: \(existing); if this is a second award, "
                                 + "add it again with --force") + tail
        }
    }
}
