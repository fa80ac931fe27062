import Foundation
import Testing
@testable import SitrepCore

/// Byte-order marks, UTF-16, line endings and NFC.
struct IngestEncodingTests {
    @Test func crlfAndLoneCRBecomeLF() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("dos.txt", "Line one\r\nLine two\rLine three\r\n\r\nEnd")
        let (document, _) = readOne(path)
        #expect(document?.text == "Line one\nLine two\nLine three\n\nEnd")
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Title: Kept\n\nbody".utf8))
        let (document, _) = readOne(path)
        #expect(document?.text == "Title: Kept\n\nbody")
        #expect(document?.title == "Kept")
    }

    @Test(arguments: [false, true])
    func utf16WithByteOrderMarkIsDecoded(bigEndian: Bool) throws {
        let folder = try ScratchFolder()
        let text = "Zürich ☃ 😀\r\nsecond line"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let path = try folder.write("wide.txt", bytes: bytes)
        let (document, problems) = readOne(path)
        #expect(problems.isEmpty)
        #expect(document?.text == "Zürich ☃ 😀\nsecond line")
    }

    @Test func unpairedSurrogateInUTF16IsRepaired() throws {
        let folder = try ScratchFolder()
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        let path = try folder.write("lone.txt", bytes: bytes)
        let (document, problems) = readOne(path)
        #expect(document?.text == "A\u{FFFD}B")
        #expect(problems.map(\.recovered) == [true])
        #expect(problems.first?.reason.contains("1 unpaired surrogate") == true)
    }

    @Test func textIsNormalisedToNFC() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("nfc.txt", "Cafe\u{0301} and re\u{0301}sume\u{0301}\n")
        let (document, _) = readOne(path)
        let text = try #require(document?.text)
        #expect(text == "Café and résumé\n")
        #expect(text.unicodeScalars.count == 16)
        #expect(text.unicodeScalars.contains("\u{00E9}"))
        #expect(!text.unicodeScalars.contains("\u{0301}"))
    }

    @Test func nfcFastPathOnlySkipsTextBelowCombiningMarks() {
        let latin = "Zoë Brontë, São Paulo"
        #expect(!latin.utf8.withContiguousStorageIfAvailable { TextNormalization.mayChangeUnderNFC($0) }!)
        let combining = "e\u{0301}"
        #expect(combining.utf8.withContiguousStorageIfAvailable { TextNormalization.mayChangeUnderNFC($0) }!)
        #expect(TextNormalization.nfc("Kelvin \u{212A}") == "Kelvin K")
        #expect(TextNormalization.nfc("Ω\u{2126}") == "ΩΩ")
    }

    @Test func inertRangesAreLeftAloneByFoundationNFC() {
        var scalars = String.UnicodeScalarView()
        var count = 0
        for range in TextNormalization.inertRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
                // After bases that take accents, so that a composing scalar would show.
                for base in ["e", "A", "\u{03BF}", "\u{0627}", "\u{1100}", "\u{0915}"] as [Unicode.Scalar] {
                    scalars.append(base)
                    scalars.append(scalar)
                }
                count += 1
            }
        }
        let text = String(scalars)
        let normalised = text.precomposedStringWithCanonicalMapping
        #expect(count > 40_000)
        #expect(Array(normalised.unicodeScalars) == Array(text.unicodeScalars))
    }

    @Test func bodyStartCountsScalarsPastTheHeader() {
        let text = "Title: Été à Zürich\nDate: 2020-07-01\n\nBody"
        #expect(HeaderBlock.bodyStart(of: text) == 37)
        #expect(Array(text.unicodeScalars)[37...].map(Character.init) == Array("\nBody"))
        #expect(HeaderBlock.bodyStart(of: "No header here.") == 0)
    }

    @Test func utf32IsRefusedPlainly() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("u32.txt", bytes: [0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])
        let (_, problems) = readOne(path)
        #expect(problems.map(\.reason) == ["UTF-32 text is not supported (convert it to UTF-8), skipped"])
    }
}
