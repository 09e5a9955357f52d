/// The zip around an Office file's XML parts, through ZIPFoundation, built in memory.

import Foundation
import ZIPFoundation

/// An Open Packaging Conventions file: named parts zipped with deflate, `[Content_Types].xml` first.
struct OfficePackage {
    var parts: [(path: String, data: Data)] = []

    mutating func add(_ path: String, _ data: Data) {
        parts.append((path, data))
    }

    /// The zip's bytes. Every entry carries the same date (1 January 1980, the first a zip can
    /// say), so the same paper gives the same bytes and a file in git changes only with its contents.
    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: 315_532_800 + 43_200)
        for part in parts {
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(part.data.count),
                                 modificationDate: date, compressionMethod: .deflate) { position, size in
                part.data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw OfficeFileError.zip }
        return data
    }
}

/// What can go wrong writing an Office file, in words a clerk can pass on.
public enum OfficeFileError: Error, Equatable, CustomStringConvertible {
    case zip

    public var description: String {
        switch self {
        case .zip: "Không tạo được tệp nén của tài liệu Office."
        }
    }
}
