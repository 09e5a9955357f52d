/// Which copy of a store shared through git numbers a body's papers: the one whose tag the body's `Register` names.

import Recfile
import VietText

/// Whether this copy may give a body's papers their numbers. Two copies that each give the next
/// number would print two papers "Số: 12/BC-…" for one body and year; so in a shared store one
/// copy keeps each body's register (`Register: BX` on the `Body` record, set by `hoctap sync
/// --setup --register` and synced like any record), and the others print the number blank.
public enum RegisterKeeper: Equatable, Sendable {
    /// This copy numbers the body's papers: the store is not shared, or this copy keeps the register.
    case here
    /// Another copy (its tag) keeps the register.
    case elsewhere(String)
    /// The store is shared (this copy has a tag) and no copy was chosen to keep the register.
    case unchosen

    /// The keeper of a body whose `Register` is `register`, seen from the copy tagged `copy` (nil:
    /// a folder that is not a set-up copy).
    public init(register: String?, copy: CopyTag?) {
        let keeper = register.flatMap { CopyTag($0)?.text ?? ($0.isEmpty ? nil : $0) }
        switch (keeper, copy) {
        case (nil, nil): self = .here
        case (nil, .some): self = .unchosen
        case (let keeper?, let copy): self = keeper == copy?.text ? .here : .elsewhere(keeper)
        }
    }

    /// The keeper of the register of the body `body` in the store's files `files` (by name, as read
    /// under the store's lock), seen from the copy tagged `copy`. A body the file does not hold is
    /// left to the store's check (`.here`).
    public init(body: String, files: [String: [UInt8]], copy: CopyTag?) {
        let name = StoreSchema.body.file
        let records = files[name].map { RecParser.parse($0, file: name).records(of: StoreSchema.body.name) } ?? []
        guard let record = records.first(where: { $0.value("Id") == body }) else {
            self = copy == nil ? .here : .unchosen
            return
        }
        self.init(register: record.value("Register"), copy: copy)
    }

    /// Why this copy leaves the number blank, for the clerk; nil when it numbers. `body` is the
    /// body as the paper names it, `number` the blank number as printed (`……/BC-TTHTCĐ`).
    public func reason(body: String, number: String, copy: CopyTag?, _ language: Language = .vi) -> String? {
        let here = copy.map { language.pick("bản sao này là \($0)", "this copy is \($0)") }
            ?? language.pick("thư mục này chưa có mã bản sao", "this folder has no copy tag")
        switch self {
        case .here:
            return nil
        case .elsewhere(let keeper):
            return language.pick(
                "sổ đăng ký văn bản của \(body) do bản sao \(keeper) giữ (Register: \(keeper) trong office.rec), \(here) nên "
                    + "không cấp số; giấy in với «Số: \(number)» để ghi tay số do máy \(keeper) cấp, hoặc cấp số ở máy \(keeper)",
                "the register of \(body)'s papers is kept by copy \(keeper) (Register: \(keeper) in office.rec) and \(here), "
                    + "so no number is given; the paper is printed with \"No. \(number)\" to fill in by hand with the number "
                    + "copy \(keeper) gives, or issue it on copy \(keeper)")
        case .unchosen:
            return language.pick(
                "kho được dùng chung qua git (\(here)) mà chưa chọn máy giữ sổ đăng ký văn bản của \(body), nên không bản "
                    + "sao nào cấp số (hai máy cấp cùng lúc sẽ trùng số); giấy in với «Số: \(number)» để ghi tay. "
                    + "Chọn một máy giữ sổ: chạy hoctap sync --setup --register trên máy đó",
                "the store is shared through git (\(here)) and no copy was chosen to keep the register of \(body)'s "
                    + "papers, so no copy numbers them (two would give the same number); the paper is printed with "
                    + "\"No. \(number)\" to fill in by hand. Choose one: run hoctap sync --setup --register on that machine")
        }
    }
}
