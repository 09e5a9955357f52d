/// `hoctap render`: one frame as plain text, with no terminal.

import ArgumentParser
import Foundation
import Canvas
import Dashboard

struct RenderCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "render",
            abstract: CommandWording.text(
                "In một khung hình của bảng điều khiển dưới dạng chữ, đúng như màn hình sẽ hiện.",
                "Print one frame of the dashboard as plain text, exactly as the screen would show it.")
        )
    }

    @OptionGroup var display: DisplayOptions
    @OptionGroup var presentation: PresentOptions

    @Option(name: .long, help: CommandWording.help(
        "Trang cần in: overview (tổng quan), classes (lớp học), awards (khen thưởng) hoặc indicators (chỉ số).",
        "The pane: overview, classes, awards or indicators."))
    var pane: String = "overview"

    @Option(name: .long, help: CommandWording.help(
        "Cỡ màn hình CỘTxDÒNG, ví dụ 80x24.",
        "The screen size as COLSxROWS, e.g. 80x24."))
    var size: String = "80x24"

    @Flag(name: .customLong("help-overlay"), help: CommandWording.help(
        "Hiện bảng hướng dẫn phím, như khi bấm ?.",
        "Show the help overlay, as after pressing ?."))
    var helpOverlay = false

    func run() throws {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let cols = Int(parts[0]), let rows = Int(parts[1]),
              (1...1000).contains(cols), (1...1000).contains(rows) else {
            throw ValidationError(CommandWording.text(
                "--size nhận CỘTxDÒNG, ví dụ 80x24, không phải \"\(size)\"", "--size takes COLSxROWS, e.g. 80x24, not \"\(size)\""))
        }
        if display.isArea {
            guard let areaPane = AreaPane(commandName: pane) else {
                let names = AreaPane.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("nhiều đơn vị: --pane là một trong \(names), không phải \"\(pane)\"")
            }
            var area = try reportingFatalErrors { try AreaSession(options: display) }
            area.state.pane = areaPane
            return Output.print(area.frame(size: Size(width: cols, height: rows)).text, terminator: "")
        }
        guard let chosen = Pane(commandName: pane) else {
            throw ValidationError(CommandWording.text(
                "--pane nhận overview, classes, awards hoặc indicators, không phải \"\(pane)\"",
                "--pane takes overview, classes, awards or indicators, not \"\(pane)\""))
        }
        var session = try reportingFatalErrors { try DashboardSession(options: display, present: presentation) }
        session.state.pane = chosen
        session.state.showingHelp = helpOverlay
        Output.print(session.frame(size: Size(width: cols, height: rows)).text, terminator: "")
        // The frame is out: end here, standard output flushed by `exit`, without taking the store's
        // data apart first (a million awards take a tenth of a second to free, for nobody).
        Foundation.exit(0)
    }
}
