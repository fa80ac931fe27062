import Foundation

/// JSON inputs: a `.json` file (one object or an array of objects) and JSON Lines (one
/// object per line). Each object is `{"text": required, "id", "title", "date", "url",
/// "source"}`; other keys are ignored.
enum JSONRecords {
    /// A `.json` file's decoded text.
    static func readDocument(_ text: String, path: String, options: IngestOptions) -> IngestResult {
        let data = Data(text.utf8)
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            return IngestResult(problems: [IngestProblem(path: path, reason: "not valid JSON (\(explain(error))), skipped")])
        }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var result = IngestResult()
            if let object = parsed as? [String: Any] {
                let record = Record(object: object, rawID: { JSONRawText.value(forKey: "id", inObject: 0..<bytes.count, of: bytes) },
                                    defaultID: path, path: path, where: nil)
                record.read(options: options, into: &result)
            } else if let array = parsed as? [Any] {
                let ranges = JSONRawText.arrayElements(bytes)
                for (index, element) in array.enumerated() {
                    let label = "item \(index + 1)"
                    guard let object = element as? [String: Any] else {
                        result.problems.append(IngestProblem(path: path, reason: "\(label): not a JSON object, skipped"))
                        continue
                    }
                    let rawID = {
                        ranges.flatMap { index < $0.count ? JSONRawText.value(forKey: "id", inObject: $0[index], of: bytes) : nil }
                    }
                    Record(object: object, rawID: rawID, defaultID: "\(path):\(index + 1)", path: path, where: label)
                        .read(options: options, into: &result)
                }
            } else {
                result.problems.append(IngestProblem(path: path, reason: "not a JSON object or array of objects, skipped"))
            }
            return result
        }
    }

    /// JSON Lines: one object per line; blank lines are passed over. A bad line is one
    /// problem (`line N: why`) and the other lines are still read.
    /// - Parameter firstLine: the number of the first line in `bytes`, for a stream read in
    ///   pieces (a BOM is only looked for before line 1).
    static func readLines(_ bytes: [UInt8], origin: String, path: String?, options: IngestOptions,
                          firstLine: Int = 1) -> IngestResult {
        var result = IngestResult()
        bytes.withUnsafeBufferPointer { buffer in
            let start = firstLine == 1 && buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var lines = LineReader(bytes: buffer, from: start)
            var number = firstLine - 1
            while let line = lines.next() {
                number += 1
                var content = line
                if let last = content.last, buffer[last] == 0x0D { content = content.lowerBound..<last }
                guard content.contains(where: { !TextBytes.isSpace(buffer[$0]) }) else { continue }
                readLine(UnsafeBufferPointer(rebasing: buffer[content]), number: number, origin: origin, path: path,
                         options: options, into: &result)
            }
        }
        return result
    }

    private static func readLine(_ line: UnsafeBufferPointer<UInt8>, number: Int, origin: String, path: String?,
                                 options: IngestOptions, into result: inout IngestResult) {
        let label = "line \(number)"
        func problem(_ reason: String, recovered: Bool = false) {
            result.problems.append(IngestProblem(path: origin, reason: "\(label): \(reason)", recovered: recovered))
        }
        guard line.count <= options.maxFileBytes else {
            problem("too large (\(FileLoader.describe(bytes: Int64(line.count))), limit \(FileLoader.describe(limit: options.maxFileBytes))), skipped")
            return
        }
        var data = Data(buffer: line)
        let damage = UTF8Damage.scan(line)
        if !damage.isClean {
            data = Data(String(decoding: line, as: UTF8.self).utf8)
            let noun = damage.sequences == 1 ? "sequence" : "sequences"
            problem("invalid UTF-8 at byte \(damage.firstOffset ?? 0) of the line (\(damage.sequences) \(noun)), replaced with U+FFFD",
                    recovered: true)
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            problem("not valid JSON (\(explain(error))), skipped")
            return
        }
        guard let object = parsed as? [String: Any] else {
            problem("not a JSON object, skipped")
            return
        }
        let rawID = { JSONRawText.value(forKey: "id", inObject: 0..<line.count, of: line) }
        Record(object: object, rawID: rawID, defaultID: "\(origin):\(number)", path: path, where: label)
            .read(options: options, into: &result, problemPath: origin)
    }

    /// Foundation's own explanation of a parse error, when it has one.
    private static func explain(_ error: Error) -> String {
        let info = (error as NSError).userInfo
        if let debug = info[NSDebugDescriptionErrorKey] as? String, !debug.isEmpty { return debug }
        return "it does not parse"
    }
}

/// One JSON object turned into a document.
private struct Record {
    var object: [String: Any]
    /// The source text of the `"id"` value, computed only when the id is not a string.
    var rawID: () -> String?
    var defaultID: String
    var path: String?
    /// `line 3`, `item 2`: where the object was, for messages.
    var `where`: String?

    func read(options: IngestOptions, into result: inout IngestResult, problemPath: String? = nil) {
        let reportPath = problemPath ?? path ?? "-"
        func problem(_ reason: String, recovered: Bool = false) {
            let prefix = `where`.map { "\($0): " } ?? ""
            result.problems.append(IngestProblem(path: reportPath, reason: prefix + reason, recovered: recovered))
        }
        guard let rawText = object["text"] as? String else {
            problem("no \"text\" string, skipped")
            return
        }
        let text = TextNormalization.normalize(rawText)
        guard !TextNormalization.isBlank(text) else {
            problem("empty \"text\", skipped")
            return
        }
        let header = HeaderBlock.read(text)
        let bodyStart = header?.bodyStart ?? 0
        var inputDate: DayDate?
        if let value = object["date"], !(value is NSNull) {
            if let string = value as? String, let date = Self.date(from: string) {
                inputDate = date
            } else {
                problem("date \(Self.shown(value)) not understood, ignored (use YYYY-MM-DD)", recovered: true)
            }
        }
        let (date, source) = DocumentClues.firstDated([
            (.input, inputDate),
            (.header, header?.date),
            (.text, DocumentClues.datelineDate(in: text, from: bodyStart)),
            (.option, options.fallbackDate),
        ])
        let title = Self.string(object["title"]).map(TextNormalization.normalize)
            ?? header?.title
            ?? DocumentClues.leadTitle(of: text, from: bodyStart)
            ?? defaultID
        result.documents.append(Document(
            id: id(), title: title, text: text, date: date, dateSource: source, path: path,
            url: Self.string(object["url"]) ?? header?.url, source: Self.string(object["source"]) ?? header?.source))
    }

    /// The input's own id exactly as written (a number keeps its JSON text), else the default.
    private func id() -> String {
        switch object["id"] {
        case let string as String: return string
        case nil, is NSNull, is [Any], is [String: Any]: return defaultID
        default: return rawID() ?? defaultID
        }
    }

    /// `YYYY-MM-DD`, or the date part of an ISO date-time; other full dates are accepted too.
    static func date(from string: String) -> DayDate? {
        let trimmed = string.trimmingWhitespace()
        return DayDate(iso: trimmed.prefix(10)) ?? DateScanner.firstDate(in: trimmed)
    }

    static func string(_ value: Any?) -> String? {
        guard let string = (value as? String)?.trimmingWhitespace(), !string.isEmpty else { return nil }
        return string
    }

    private static func shown(_ value: Any) -> String {
        if let string = value as? String { return "\"\(string.prefix(40))\"" }
        return String(describing: value).prefix(40).description
    }
}
