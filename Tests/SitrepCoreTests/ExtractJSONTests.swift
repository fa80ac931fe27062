import Foundation
import Testing
@testable import SitrepCore

/// The extraction contract's document keys: order, escaping, and parsing back.
struct ExtractJSONTests {
    static let tricky = "He said \"stop\\go\"\n\ttab\u{0001}\u{001F} bell\u{0007} 😀 é\u{2028}\u{2029} </script> \u{7F}"

    private func parse(_ line: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func keysComeInContractOrder() throws {
        let document = Document(id: "d1", title: "T", text: "body", date: DayDate(year: 2023, month: 9, day: 29),
                                dateSource: .filename)
        let line = ExtractJSON.line(for: document, includeText: true)
        #expect(line == #"{"id":"d1","title":"T","date":"2023-09-29","dateSource":"filename","text":"body"}"#)
        #expect(!line.contains("\n"))
    }

    @Test func textOnlyWhenAskedAndNullDate() throws {
        let document = Document(id: "d2", title: "Untitled", text: "secret body", date: nil, dateSource: .none)
        let line = ExtractJSON.line(for: document)
        #expect(line == #"{"id":"d2","title":"Untitled","date":null,"dateSource":"none"}"#)
        let parsed = try parse(line)
        #expect(parsed["date"] is NSNull)
        #expect(parsed["text"] == nil)
    }

    @Test func escapingRoundTripsThroughJSONSerialization() throws {
        let document = Document(id: "id \"q\"", title: Self.tricky, text: Self.tricky, date: nil, dateSource: .none)
        let line = ExtractJSON.line(for: document, includeText: true)
        #expect(line.contains(#"\"stop\\go\""#))
        #expect(line.contains(#"\n\t"#))
        #expect(line.contains(#"\u0001\u001f"#))
        #expect(line.contains(#"\u0007"#))
        #expect(line.contains(#"\u2028\u2029"#))
        #expect(line.contains("😀 é"))                     // non-ASCII stays UTF-8
        #expect(!line.unicodeScalars.contains("\u{2028}"))
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 })
        let parsed = try parse(line)
        #expect(parsed["id"] as? String == "id \"q\"")
        #expect(parsed["title"] as? String == Self.tricky)
        #expect(parsed["text"] as? String == Self.tricky)
    }

    @Test func quotedStringsForEveryControlCharacter() throws {
        for value in UInt32(0)..<0x20 {
            let text = String(Character(Unicode.Scalar(value)!))
            let quoted = JSONString.quoted(text)
            let back = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: [.fragmentsAllowed])
            #expect(back as? String == text)
        }
        #expect(JSONString.quoted("\u{08}\u{0C}\r") == #""\b\f\r""#)
        #expect(JSONString.quoted("") == #""""#)
        #expect(JSONString.quoted("\u{E2}\u{2026}") == "\"\u{E2}\u{2026}\"")
    }

    @Test func laterStagesAppendKeysAfterTheDocumentKeys() throws {
        let document = Document(id: "d3", title: "T", text: "x", date: nil, dateSource: .option)
        var object = ExtractJSON.object(for: document)
        var quote = JSONObjectWriter()
        quote.add(key: "start", int: 3)
        quote.add(key: "end", int: 9)
        quote.add(key: "speaker", string: nil)
        quote.add(key: "lat", double: 48.5)
        quote.add(key: "bad", double: .nan)
        quote.add(key: "ok", bool: true)
        var quotes = JSONArrayWriter()
        quotes.append(object: quote)
        object.add(key: "quotes", array: quotes)
        object.add(key: "aliases", strings: ["A", "B\""])
        object.add(key: "raw", raw: "[1,2]")
        object.addNull(key: "events")
        let line = object.json
        #expect(line == #"{"id":"d3","title":"T","date":null,"dateSource":"option","quotes":[{"start":3,"end":9,"speaker":null,"lat":48.5,"bad":null,"ok":true}],"aliases":["A","B\""],"raw":[1,2],"events":null}"#)
        let parsed = try parse(line)
        #expect((parsed["quotes"] as? [[String: Any]])?.first?["end"] as? Int == 9)
    }

    @Test func emptyWritersAreValidJSON() {
        #expect(JSONObjectWriter().json == "{}")
        #expect(JSONArrayWriter().json == "[]")
    }
}
