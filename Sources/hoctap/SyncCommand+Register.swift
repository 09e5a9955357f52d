/// `hoctap sync --setup --register`: this copy keeps the register of numbered papers of the store's center and association.

import ArgumentParser
import Foundation
import Store

extension SyncCommand {
    /// Writes `Register: TAG` on the bodies that issue the store's papers (the center and the
    /// association, not a body of their kind above them), through the store's write path, so that `hoctap sync` carries the choice to
    /// every copy. A body another copy kept passes to this one, and the message names that copy.
    func keepRegister(in folder: URL) throws {
        let tag: CopyTag
        let snapshot: StoreSnapshot
        do {
            guard let read = try CopyTag.read(in: folder.path) else {
                Output.error("hoctap sync: bản sao này chưa có mã bản sao nên chưa giữ sổ đăng ký văn bản được.\n")
                throw ExitCode(1)
            }
            tag = read
            snapshot = try StoreLoader.load(directory: folder.path)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Output.error("hoctap sync: \(error)\n")
            throw ExitCode(1)
        }
        // The ward's own center and association, not the city's association above them.
        let kinds = snapshot.bodies.filter { $0.kind == .center || $0.kind == .association }
        let parents = Set(kinds.compactMap(\.parent))
        let bodies = kinds.filter { !parents.contains($0.id) }
        guard !bodies.isEmpty else {
            Output.error("hoctap sync: office.rec chưa có trung tâm hay hội khuyến học nào (Body với Kind: center hoặc "
                + "association) để giữ sổ đăng ký văn bản; thêm bằng hoctap add body rồi chạy lại.\n")
            throw ExitCode(1)
        }
        var taken: [String] = []
        for body in bodies where body.register != tag.text {
            let edit = StoreWrite.edit(set: "Body", id: body.id, fields: [NewRecord.Field("Register", tag.text)])
            try reporting([StoreChangeError.self, RecordAdditionError.self, RecWriterError.self], exitStatus: 1) {
                try reportingFatalErrors { _ = try edit.perform(in: folder.path, now: RecordAddition.localStamp()) }
            }
            if let before = body.register, !before.isEmpty { taken.append("\(body.id) (trước đây: \(before))") }
        }
        let names = bodies.map(\.id).joined(separator: ", ")
        Output.print("Bản sao \(tag) giữ sổ đăng ký văn bản của \(names) (Register: \(tag) trong office.rec): chỉ bản sao "
            + "này cấp số văn bản; các bản sao khác in giấy với số để trống. hoctap sync gửi lựa chọn này tới các máy khác.")
        if !taken.isEmpty {
            Output.print("Chuyển sổ từ bản sao khác: \(taken.joined(separator: ", ")); máy đó thôi cấp số từ lần đồng bộ tới, "
                + "hãy chắc rằng nó đã đồng bộ hết các số đã cấp trước khi máy này cấp số mới.")
        }
    }
}
