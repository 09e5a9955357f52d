/// The options of presentation mode: `--present`, `--margin`, `--rotate`, `--names`.

import ArgumentParser
import Dashboard

struct PresentOptions: ParsableArguments {
    @Flag(name: .long, help: CommandWording.help(
        "Mở ở chế độ trình chiếu, chỉ xem: không có biểu mẫu, các trang tự chuyển, ẩn thông tin riêng.",
        "Start as a read-only viewer for the projector: no forms, rotating panes, private fields hidden."))
    var present = false

    @Option(name: .long, help: CommandWording.help(
        "Số ô để trống quanh màn hình khi trình chiếu, cho máy chiếu bị cắt mép.",
        "Blank cells around the screen in presentation mode, for a projector's overscan."))
    var margin: Int = 1

    @Option(name: .long, help: CommandWording.help(
        "Số giây mỗi trang hiện khi trình chiếu trước khi chuyển trang; 0: không tự chuyển.",
        "Seconds each pane stays in presentation mode before the next; 0 stops the rotation."))
    var rotate: Int = 15

    @Option(name: .long, help: CommandWording.help(
        "Tên người trên màn chiếu: full (đầy đủ, như đọc tại hội trường) hoặc short (rút gọn: \"Hiền N.T.T.\").",
        "People's names on the projector: full (as read out in the hall) or short (\"Hiền N.T.T.\")."))
    var names: String = "full"

    func validate() throws {
        guard ["full", "short"].contains(names) else { throw ValidationError(CommandWording.text("--names nhận full hoặc short, không phải \"\(names)\"",
                                                                                "--names takes full or short, not \"\(names)\"")) }
        guard (0...10).contains(margin) else { throw ValidationError(CommandWording.text(
            "--margin nhận từ 0 đến 10, không phải \(margin)", "--margin takes 0 to 10, not \(margin)")) }
        guard (0...3600).contains(rotate) else { throw ValidationError(CommandWording.text(
            "--rotate nhận từ 0 đến 3600 giây, không phải \(rotate)", "--rotate takes 0 to 3600 seconds, not \(rotate)")) }
    }

    /// The presentation settings these options ask for.
    var state: PresentationState {
        PresentationState(isOn: present, isViewer: present, rotateSeconds: rotate, margin: margin, shortNames: names == "short")
    }
}
