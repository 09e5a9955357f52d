/// Where a paper goes: standard output for text, Markdown and CSV, or a file written whole (a temporary file in the same folder, then renamed).

import ArgumentParser
import Exchange
import Foundation

/// A paper in a format, to standard output or to `--out`.
struct PaperDelivery {
    let format: DocumentFormat
    let out: String?
    let force: Bool

    init(format: DocumentFormat, options: PaperOutputOptions) {
        self.format = format
        out = options.out
        force = options.force
    }

    /// Refusals known before anything is read: a binary format without `--out`, a file there
    /// already without `--force`.
    func check() throws {
        if format.isBinary, out == nil {
            throw PaperDeliveryError.needsOut(format)
        }
        if let out, !force, FileManager.default.fileExists(atPath: out) {
            throw PaperDeliveryError.exists(out)
        }
    }

    /// Renders `paper` and writes it. The rendering comes first, so a PDF without LibreOffice
    /// writes nothing.
    func deliver(_ paper: Paper) throws {
        try check()
        let data = try reporting([PDFConversionError.self], exitStatus: 1) { try paper.rendered(as: format) }
        guard let out else {
            Output.document(String(decoding: data, as: UTF8.self))
            return
        }
        try Self.write(data, to: out, replacing: force)
        Output.print("Đã ghi \(out)")
    }

    /// Writes `data` to a temporary file beside `path`, flushed to disk, then puts it in place:
    /// renamed over an old file when `replacing`, else linked (which fails if a file appeared
    /// meanwhile) so that nothing is overwritten unasked.
    static func write(_ data: Data, to path: String, replacing: Bool) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw PaperDeliveryError.cannotWrite(path, "không tạo được tệp tạm trong \(folder.path)")
        }
        defer { unlink(temporary.path) }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            throw PaperDeliveryError.cannotWrite(path, error.localizedDescription)
        }
        if replacing {
            guard rename(temporary.path, path) == 0 else {
                throw PaperDeliveryError.cannotWrite(path, String(cString: strerror(errno)))
            }
        } else if link(temporary.path, path) != 0 {
            if errno == EEXIST { throw PaperDeliveryError.exists(path) }
            throw PaperDeliveryError.cannotWrite(path, String(cString: strerror(errno)))
        }
    }
}

/// Why a paper was not written, in the clerk's words.
enum PaperDeliveryError: Error, CustomStringConvertible {
    case needsOut(DocumentFormat)
    case exists(String)
    case cannotWrite(String, String)

    var description: String {
        switch self {
        case .needsOut(let f):
            "định dạng \(f.rawValue) là tệp nhị phân, không in ra màn hình được: hãy thêm --out TỆP.\(f.fileExtension)"
        case .exists(let path):
            "tệp \(path) đã có; không ghi đè. Hãy chọn tên khác hoặc thêm --force để ghi đè"
        case .cannotWrite(let path, let why):
            "không ghi được \(path): \(why)"
        }
    }
}
