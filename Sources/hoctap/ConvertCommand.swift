/// `hoctap convert FILE`: rewrites a store file saved in TCVN3, VNI or Windows-1258 as UTF-8, safely.

import ArgumentParser
import Foundation
import Store
import VietText

struct ConvertCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "convert",
            abstract: CommandWording.text(
                "Chuyển một tệp lưu bằng bảng mã tiếng Việt cũ (TCVN3, VNI, Windows-1258) sang UTF-8.",
                "Rewrite a file saved in an old Vietnamese encoding (TCVN3, VNI, Windows-1258) as UTF-8."),
            discussion: CommandWording.text("""
                Bảng mã được đoán theo chữ trong tệp; tệp đoán không chắc thì để nguyên, trừ khi --from chỉ rõ bảng mã.
                Tệp được thay như bộ ghi của kho thay tệp (ghi ra tệp tạm, đẩy xuống đĩa, đổi tên đè lên, dưới khoá của kho),
                nên nếu việc chuyển bị ngắt giữa chừng thì tệp gốc vẫn còn. Tệp đã là UTF-8 thì không động đến.
                TỆP là một đường dẫn, hoặc tên một tệp của kho (--store, $HOCTAP_STORE, ./store).
                Mã trạng thái: 0 khi đã chuyển (hoặc sẽ chuyển, với --dry-run), 1 khi không chuyển.
                """, """
                The encoding is guessed from the file's text; a file the guess is unsure about is left alone
                unless --from names its encoding. The file is replaced as the store's writer replaces files
                (a temporary file, flushed to disk, renamed over it, under the store's lock), so an
                interrupted conversion leaves the original. A file that is UTF-8 already is not touched.
                FILE is a path, or the name of a file of the store (--store, $HOCTAP_STORE, ./store).
                Exit status: 0 when the file was converted (or would be, with --dry-run), 1 when it was not.
                """)
        )
    }

    /// The main command's options: `--store` (where a bare file name is looked for) is read there.
    @OptionGroup var display: DisplayOptions

    @Option(name: .long, help: CommandWording.help(
        "Bảng mã của tệp: tcvn3, vni hoặc cp1258 (mặc định: tự đoán).",
        "The file's encoding: tcvn3, vni or cp1258 (default: guessed)."))
    var from: String?

    @Flag(name: .long, help: CommandWording.help(
        "Chỉ cho biết sẽ làm gì, không ghi gì.",
        "Tell what would be done, writing nothing."))
    var dryRun = false

    @Argument(help: CommandWording.help(
        "Tệp cần chuyển.",
        "The file to convert."))
    var file: String

    func run() throws {
        let encoding = try from.map(Self.encoding(named:))
        let path = resolvedPath()
        let conversion = try reporting([LegacyConversionError.self, RecWriterError.self, StoreError.self], exitStatus: 1) {
            try LegacyConversion.convert(path: path, from: encoding, dryRun: dryRun)
        }
        let verb = dryRun ? "would convert" : "converted"
        let lines = conversion.changedLines == 1 ? "1 line" : "\(conversion.changedLines) lines"
        Output.print("\(path): \(verb) from \(conversion.encoding.displayName) to UTF-8; "
            + "\(lines) of \(conversion.lines) changed" + (dryRun ? "; nothing was written" : ""))
    }

    /// The path as given when it exists or names a folder; else, for a bare name, the store's file.
    func resolvedPath() -> String {
        guard !FileManager.default.fileExists(atPath: file), !file.contains("/"),
              let location = try? StoreLocation.resolve(option: display.store), !location.isBuiltInDemo else { return file }
        let inStore = URL(fileURLWithPath: location.directory).appendingPathComponent(file).path
        return FileManager.default.fileExists(atPath: inStore) ? inStore : file
    }

    static func encoding(named name: String) throws -> LegacyEncoding {
        switch name.lowercased() {
        case "tcvn3", "abc", "vn3": return .tcvn3
        case "vni": return .vni
        case "cp1258", "windows-1258", "1258": return .cp1258
        default: throw ValidationError(CommandWording.text(
            "--from nhận tcvn3, vni hoặc cp1258, không phải \"\(name)\"", "--from takes tcvn3, vni or cp1258, not \"\(name)\""))
        }
    }
}
