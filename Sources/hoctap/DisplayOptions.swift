/// The options every way of showing the dashboard shares: store, theme, language, ASCII.

import ArgumentParser
import Dashboard
import VietText

struct DisplayOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: CommandWording.help(
        "Thư mục kho dữ liệu (mặc định: $HOCTAP_STORE, nếu không có thì ./store, nếu không có nữa thì kho mẫu có sẵn); "
            + "ghi nhiều lần: xem nhiều kho cùng lúc, chỉ đọc.",
        "The store folder (default: $HOCTAP_STORE, else ./store, else the built-in demo); repeated, several stores in one read-only view.",
        valueName: "store"))
    var stores: [String] = []

    @Option(name: .long, help: CommandWording.help(
        "Tệp địa bàn (area.rec): các đơn vị của một phường sau sáp nhập hay của một tỉnh, xem chung, chỉ đọc.",
        "An area file (area.rec): a merged ward's or a province's members in one read-only view."))
    var area: String?

    /// The one store folder given, if any; several are refused (see `isArea` for the commands that take them).
    var store: String? {
        get throws {
            if stores.count > 1 || area != nil { throw SeveralStoresRefused() }
            return stores.first
        }
    }

    @Option(name: .long, help: CommandWording.help(
        "Tên giao diện màu (xem hoctap themes) hoặc một tệp .theme.", "A theme name (see `hoctap themes`) or a .theme file."))
    var theme: String?

    @Option(name: .long, help: CommandWording.help(
        "Ngôn ngữ giao diện: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh).", "Interface language: vi (Vietnamese, the default) or en."))
    var lang: String = "vi"

    @Flag(name: .long, help: CommandWording.help(
        "Chỉ vẽ bằng ký tự ASCII (cho máy in, màn hình cũ).", "Draw with ASCII characters only."))
    var ascii = false

    func language() throws -> Language {
        guard let l = Language(rawValue: lang) else {
            throw ValidationError(CommandWording.text("--lang nhận vi hoặc en, không phải \"\(lang)\"",
                                                      "--lang takes vi or en, not \"\(lang)\""))
        }
        return l
    }
}
