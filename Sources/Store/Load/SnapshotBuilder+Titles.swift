/// The snapshot builder's step for `titles.rec`: the learning titles, which name branches.

import Recfile

extension SnapshotBuilder {
    mutating func decodeTitlesFile(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ router: inout SetRouter) -> FileResult {
        var title = TitleDecoder(file: name)
        let branches = keys["Branch"]
        let f = RecParser.scan(bytes, file: name) { record in
            guard router.set(of: record) != nil, let t = title.decode(record, branches: branches) else { return }
            snapshot.titles.append(t)
        }
        return (f, Self.drain(&title.r))
    }
}
