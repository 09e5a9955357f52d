/// The decoders of office.rec (bodies and signers) and fundbook.rec (fund years and expenses); papers.rec uses `OneSetFileDecoder`.

import Recfile

final class OfficeFileDecoder: StoreFileDecoder {
    private var body: BodyDecoder, signer: SignerDecoder

    override init(name: String) {
        (body, signer) = (BodyDecoder(file: name), SignerDecoder(file: name))
        super.init(name: name)
    }

    override func forEachDecoder(_ visit: (inout RawRecordDecoder) -> Void) {
        visit(&body.r)
        visit(&signer.r)
    }

    /// A body's parent and a signer's body are bodies read before them in the file.
    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        let known = body.r.keys
        switch set {
        case "Body": if let b = body.decode(record, bodies: known) { s.bodies.append(b) }
        case "Signer": if let p = signer.decode(record, bodies: known) { s.signers.append(p) }
        default: break
        }
    }

    override func keys(of set: String) -> KeyTable? { set == "Body" ? body.r.keys : nil }
    override var arrays: [SnapshotArray] { [SnapshotArray(\.bodies), SnapshotArray(\.signers)] }
}

final class FundBookFileDecoder: StoreFileDecoder {
    private var year: FundYearDecoder, expense: ExpenseDecoder

    override init(name: String) {
        (year, expense) = (FundYearDecoder(file: name), ExpenseDecoder(file: name))
        super.init(name: name)
    }

    override func forEachDecoder(_ visit: (inout RawRecordDecoder) -> Void) {
        visit(&year.r)
        visit(&expense.r)
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        switch set {
        case "FundYear": if let y = year.decode(record) { s.fundYears.append(y) }
        case "Expense": if let e = expense.decode(record) { s.expenses.append(e) }
        default: break
        }
    }

    override var arrays: [SnapshotArray] { [SnapshotArray(\.fundYears), SnapshotArray(\.expenses)] }
}
