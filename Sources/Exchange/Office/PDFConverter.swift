/// A docx made into a PDF by LibreOffice (`soffice --headless --convert-to pdf`), where it is installed.

import Foundation

/// Converts Office files to PDF through LibreOffice found on the PATH (`soffice`, else `libreoffice`).
public struct PDFConverter: Sendable {
    /// The folders searched, as in PATH.
    public var searchPath: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        searchPath = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    }

    /// The LibreOffice program on the search path, or nil.
    public var program: URL? {
        for name in ["soffice", "libreoffice"] {
            for folder in searchPath.split(separator: ":") where !folder.isEmpty {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }

    /// Converts `file` into `folder`, returning the PDF's path (the file's name with `.pdf`).
    /// LibreOffice runs with a profile of its own in a temporary folder, so that it neither waits
    /// for a LibreOffice the clerk has open nor writes into the clerk's settings.
    public func convert(_ file: URL, into folder: URL) throws -> URL {
        guard let program else { throw PDFConversionError.noLibreOffice(searchPath: searchPath) }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-lo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = program
        process.arguments = ["-env:UserInstallation=" + profile.absoluteString, "--headless", "--convert-to", "pdf",
                             "--outdir", folder.path, file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw PDFConversionError.failed(program: program.path, message: error.localizedDescription)
        }
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let pdf = folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".pdf")
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw PDFConversionError.failed(program: program.path,
                                            message: said.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return pdf
    }

    /// A PDF of `docx` bytes, through a temporary folder.
    public func pdf(fromDocx docx: Data) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("giay-to.docx")
        try docx.write(to: input)
        return try Data(contentsOf: convert(input, into: folder))
    }
}

/// Why no PDF was made, in Vietnamese.
public enum PDFConversionError: Error, Equatable, CustomStringConvertible {
    case noLibreOffice(searchPath: String)
    case failed(program: String, message: String)

    public var description: String {
        switch self {
        case .noLibreOffice(let path):
            "Cần LibreOffice để xuất PDF: không tìm thấy soffice hay libreoffice trong PATH (\(path)). "
                + "Hãy cài LibreOffice (trên Debian, Ubuntu: apt-get install libreoffice-writer-nogui), "
                + "hoặc xuất docx rồi mở bằng Word để in."
        case .failed(let program, let message):
            "LibreOffice (\(program)) không chuyển được tài liệu sang PDF" + (message.isEmpty ? "." : ": \(message)")
        }
    }
}
