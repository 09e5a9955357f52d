// The dashboard form's award as the session writes it now: checked against the snapshot on screen
// (`StoreWrite.performed(…snapshot:stamps:cache:)`), key → written, the live store reloaded after
// each write as the session does; in a child process of its own, on a copy of the store.

import Foundation
import Store

enum FormWriteBench {
    /// `hoctap-bench form-write-child DIR BRANCH N`: the store read once as the dashboard reads it,
    /// then N awards written one after another. Prints the first write's seconds (the checksum of
    /// `awards.rec` and the ids' pattern worked out then), the later ones', and how each was checked.
    static func childMain(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 3, let count = Int(arguments[2]) else {
            FileHandle.standardError.write(Data("usage: hoctap-bench form-write-child DIR BRANCH N\n".utf8))
            return 2
        }
        let folder = arguments[0]
        do {
            var live = try LiveStore(directory: folder)
            var cache = SnapshotWriteCache()
            var seconds: [Double] = []
            var viaSnapshot = 0
            for i in 0..<count {
                guard let stamps = live.stamps else {
                    print("error the live store has no stamps")
                    return 1
                }
                let write = StoreWrite.add([NewRecord(set: "Award", fields: [
                    .init("Recipient", "Người Thử Biểu Mẫu \(i)"), .init("Kind", "student"), .init("Category", "Học sinh giỏi"),
                    .init("Branch", arguments[1]), .init("Amount", "200000"),
                ])])
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try write.performed(in: folder, now: RecordAddition.localStamp(), lockTimeout: .zero,
                                        snapshot: live.shown, stamps: stamps, cache: &cache)
                seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                if cache.lastUsedSnapshot { viaSnapshot += 1 }
                _ = live.reload()
            }
            print("first \(seconds[0])")
            print("later " + seconds.dropFirst().map { String($0) }.joined(separator: " "))
            print("snapshot \(viaSnapshot) of \(count)")
        } catch {
            print("error \(error)")
            return 1
        }
        return 0
    }
}
