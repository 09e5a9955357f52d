// hoctap-bench: release-build measurements with peers, one subcommand per area.

import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "text":
    TextBenchmark(quick: arguments.contains("--quick")).run()
case "store":
    exit(StoreBenchmark(quick: arguments.contains("--quick")).run())
case "frame":
    exit(FrameBenchmark(quick: arguments.contains("--quick")).run())
case "classes":
    exit(ClassesBench(quick: arguments.contains("--quick")).run())
case "append":
    exit(AppendBench(quick: arguments.contains("--quick"), callgrind: !arguments.contains("--no-callgrind")).run())
case "import":
    exit(ImportBench(quick: arguments.contains("--quick")).run())
case "area":
    exit(AreaBench(quick: arguments.contains("--quick")).run())
case "first-frame":
    exit(FirstFrameBench(quick: arguments.contains("--quick")).run())
case "first-frame-child":
    // Hidden: load, the panes' data and one frame in a process of its own (`first-frame` runs it).
    exit(FirstFrameChild.childMain(Array(arguments.dropFirst())))
case "write":
    exit(WriteBench(quick: arguments.contains("--quick")).run())
case "write-child":
    // Hidden: the dashboard's write of one award in a process of its own, for its peak memory.
    exit(WriteBench.childMain(Array(arguments.dropFirst())))
case "form-write-child":
    // Hidden: the form's awards checked against the snapshot on screen, in a process of its own.
    exit(FormWriteBench.childMain(Array(arguments.dropFirst())))
case "form-enroll":
    exit(FormEnrollBench(quick: arguments.contains("--quick"), callgrind: !arguments.contains("--no-callgrind")).run())
case "form-enroll-child":
    // Hidden: the form's enrollments and the screen after each, in a process of its own (`form-enroll` runs it).
    exit(FormEnrollBench.childMain(Array(arguments.dropFirst())))
case "append-child":
    // Hidden: the in-place update or the whole build alone, for callgrind (`append` runs it).
    exit(AppendInstructions.childMain(Array(arguments.dropFirst())))
case "store-child":
    // Hidden: one store's loads in a process of its own, for its peak memory.
    exit(StoreBenchProcess.childMain(Array(arguments.dropFirst())))
default:
    FileHandle.standardError.write(Data("usage: hoctap-bench text|store|frame|classes|append|form-enroll|import|area|write|first-frame [--quick]\n".utf8))
    exit(2)
}
