/// Decoders for the fund's book: the fund years with their opening balances, and the expenses.

import Recfile

struct FundYearDecoder {
    var r: RawRecordDecoder
    private let id, year, opening, note: Int

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.fundYear, file: file)
        (id, year, opening, note) = (r["Id"], r["Year"], r["Opening"], r["Note"])
    }

    mutating func decode(_ record: RawRecord) -> FundYear? {
        r.begin(record)
        let i = r.text(id), p = period(), o = r.int(opening), n = r.text(note)
        guard r.isValid, let i, let p, let o else { return nil }
        return FundYear(id: i, period: p, opening: o, note: n, source: r.source)
    }

    /// `2022` or `2022-2023`; anything else is an error on the field.
    private mutating func period() -> FundPeriod? {
        guard let v = r.value(year) else { return nil }
        if let p = FundPeriod(text: v.text) { return p }
        let expected = StoreSchema.fundYearText
        r.fail(year, .badValue, v.line, .value, RawRecordDecoder.sentence(expected, v.text), expected: expected, found: v.text)
        return nil
    }
}

struct ExpenseDecoder {
    var r: RawRecordDecoder
    private let id, date, amount, payee, purpose, voucher: Int

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.expense, file: file)
        (id, date, amount, payee) = (r["Id"], r["Date"], r["Amount"], r["Payee"])
        (purpose, voucher) = (r["Purpose"], r["Voucher"])
    }

    mutating func decode(_ record: RawRecord) -> Expense? {
        r.begin(record)
        let i = r.text(id), d = r.date(date), a = r.int(amount), p = r.text(payee), what = r.text(purpose)
        let v = r.text(voucher)
        guard r.isValid, let i, let d, let a, let p, let what else { return nil }
        return Expense(id: i, date: d, amount: a, payee: p, purpose: what, voucher: v, source: r.source)
    }
}
