@testable import Exchange
import Foundation
import XCTest

final class PDFConverterTests: XCTestCase {
    func testNoLibreOfficeOnThePathIsSaidInVietnamese() throws {
        let empty = try OfficeReader.folder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let converter = PDFConverter(environment: ["PATH": empty.path])
        XCTAssertNil(converter.program)
        XCTAssertThrowsError(try PaperFixtures.weekReport.rendered(as: .pdf, converter: converter)) { error in
            XCTAssertEqual(error as? PDFConversionError, .noLibreOffice(searchPath: empty.path))
            XCTAssertTrue("\(error)".hasPrefix("Cần LibreOffice để xuất PDF: "), "\(error)")
        }
    }

    func testFindsAProgramNamedLibreofficeToo() throws {
        let folder = try OfficeReader.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = folder.appendingPathComponent("libreoffice")
        try Data("#!/bin/sh\nexit 3\n".utf8).write(to: program)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        let converter = PDFConverter(environment: ["PATH": "/nonexistent:" + folder.path])
        XCTAssertEqual(converter.program?.lastPathComponent, "libreoffice")
        // A program that fails is reported, not taken for a PDF.
        XCTAssertThrowsError(try converter.pdf(fromDocx: Data())) { error in
            guard case .failed = error as? PDFConversionError else { return XCTFail("\(error)") }
        }
    }

    func testConvertsWhereLibreOfficeIsInstalled() throws {
        let converter = PDFConverter()
        guard converter.program != nil else {
            throw XCTSkip("LibreOffice (soffice) is not installed here: the conversion itself is not tried")
        }
        let pdf = try PaperFixtures.weekReport.rendered(as: .pdf, converter: converter)
        XCTAssertEqual(pdf.prefix(5), Data("%PDF-".utf8))
        XCTAssertGreaterThan(pdf.count, 5_000)
    }
}
