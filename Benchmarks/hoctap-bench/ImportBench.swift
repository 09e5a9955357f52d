// hoctap import at scale: 50.000 learners from an .xlsx and from a CSV into an empty store, by the
// release `hoctap` itself in a child process (wall time and peak memory), beside Python's openpyxl
// and csv reading the same files; and the sheet's XML parsed as a tree (SWXMLHash) against a stream
// (XMLParser) and by hoctap's own pull reader, the measure behind the reader's choice.

import Exchange
import Foundation
import SWXMLHash
#if canImport(FoundationXML)
import FoundationXML
#endif

struct ImportBench {
    let quick: Bool

    /// Writes the two lists with openpyxl and python's csv: a title row, the header, `rows` learners.
    static let writer = """
        import sys, csv, random, openpyxl
        rows = int(sys.argv[3]); random.seed(7)
        fam = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
        mid = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Thu", "Kim", "Quốc", "Gia", "Bảo"]
        giv = ["An", "Anh", "Bình", "Châu", "Cường", "Dũng", "Hà", "Hải", "Hiền", "Hòa", "Hùng", "Hương", "Lan", "Linh"]
        header = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Khu phố", "Số điện thoại"]
        data = [[i + 1, "%s %s %s %d" % (random.choice(fam), random.choice(mid), random.choice(giv), i), 1940 + i % 60,
                 random.choice(["Nam", "Nữ"]), "Khu phố %d" % (1 + i % 12), "09%08d" % i] for i in range(rows)]
        wb = openpyxl.Workbook(write_only=True); ws = wb.create_sheet("Học viên")
        ws.append(["DANH SÁCH HỌC VIÊN"]); ws.append(header)
        for r in data: ws.append(r)
        wb.save(sys.argv[1])
        with open(sys.argv[2], "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f); w.writerow(["DANH SÁCH HỌC VIÊN"]); w.writerow(header); w.writerows(data)
        """

    func run() -> Int32 {
        let rows = quick ? 5_000 : 50_000
        let folder = NSTemporaryDirectory() + "hoctap-import-bench-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let xlsx = folder + "/hoc-vien.xlsx", csv = folder + "/hoc-vien.csv"
        let made = StoreBenchProcess.run(["python3", "-c", Self.writer, xlsx, csv, String(rows)])
        guard made.status == 0 else {
            print("python3 with openpyxl is needed to write the lists: \(made.output)")
            return 1
        }
        let hoctap = URL(fileURLWithPath: StoreBenchProcess.ownExecutable()).deletingLastPathComponent().appendingPathComponent("hoctap").path
        print("import of \(rows) learners (release build; wall time, peak memory of the process)")
        var table = BenchTable(["what", "seconds", "peak MB", "result"])
        for (label, file) in [("hoctap import learners .xlsx", xlsx), ("hoctap import learners .csv", csv)] {
            let store = folder + "/store-\(label.hasSuffix("xlsx") ? "x" : "c")"
            _ = StoreBenchProcess.run([hoctap, "init", store])
            let run = StoreBenchProcess.run([hoctap, "import", "learners", file, "--store", store])
            let written = run.output.split(separator: "\n").last { $0.hasPrefix("Đã ghi") }.map(String.init) ?? "status \(run.status)"
            table.add([label, String(format: "%.2f", run.seconds), String(run.peakKilobytes / 1024), String(written.prefix(40))])
            let check = StoreBenchProcess.run([hoctap, "check", "--store", store])
            table.add(["  then hoctap check", String(format: "%.2f", check.seconds), String(check.peakKilobytes / 1024),
                       check.status == 0 ? "no problem" : "status \(check.status)"])
        }
        let peers: [(String, String, String)] = [
            ("python openpyxl (read-only) reads .xlsx", xlsx,
             "import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1], read_only=True)\nprint(sum(1 for _ in wb.active.iter_rows(values_only=True)))"),
            ("python openpyxl (full) reads .xlsx", xlsx,
             "import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nprint(sum(1 for _ in wb.active.iter_rows(values_only=True)))"),
            ("python csv reads .csv", csv,
             "import sys, csv\nprint(sum(1 for _ in csv.reader(open(sys.argv[1], encoding='utf-8-sig'))))"),
        ]
        for (label, file, script) in peers {
            let run = StoreBenchProcess.run(["python3", "-c", script, file])
            table.add([label, String(format: "%.2f", run.seconds), String(run.peakKilobytes / 1024),
                       run.output.trimmingCharacters(in: .whitespacesAndNewlines) + " rows"])
        }
        print(table.render())
        xmlReaders(xlsx: xlsx, folder: folder)
        return 0
    }

    /// The sheet's XML parsed whole into SWXMLHash's tree, and streamed through XMLParser with a
    /// delegate that only counts cells: what a tree costs over the stream the reader uses.
    func xmlReaders(xlsx: String, folder: String) {
        let sheet = folder + "/sheet.xml"
        let unzip = StoreBenchProcess.run(["python3", "-c",
            "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nopen(sys.argv[2], 'wb').write(z.read('xl/worksheets/sheet1.xml'))",
            xlsx, sheet])
        guard unzip.status == 0, let data = FileManager.default.contents(atPath: sheet) else { return }
        var sink = 0
        let times = BenchTiming.medians(runs: quick ? 1 : 3, sink: &sink, [
            { XMLHash.parse(data)["worksheet"]["sheetData"]["row"].all.count },
            { XMLHash.lazy(data)["worksheet"]["sheetData"]["row"].all.count },
            {
                let counter = CellCounter()
                let parser = XMLParser(data: data)
                parser.delegate = counter
                _ = parser.parse()
                return counter.cells
            },
            // hoctap's own reader, shared strings and styles included: every cell read into a value.
            { (try? XLSXWorkbook(path: xlsx).table())?.rows.count ?? -1 },
        ])
        print("\nthe sheet's XML, \(data.count / 1_000_000) MB (median of runs)")
        print("  SWXMLHash tree:        \(BenchTiming.duration(times[0]))")
        print("  SWXMLHash lazy:        \(BenchTiming.duration(times[1]))")
        print("  XMLParser stream:      \(BenchTiming.duration(times[2]))  (counting cells, nothing kept)")
        print("  hoctap's reader:       \(BenchTiming.duration(times[3]))  (the whole workbook, every cell kept)")
    }
}

/// Counts `<c>` elements, nothing more.
private final class CellCounter: NSObject, XMLParserDelegate {
    var cells = 0
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "c" { cells += 1 }
    }
}
