/// Writes one JSON object key by key, in the order the keys are added, straight into UTF-8.
///
/// The extraction contract's lines are built with it: `ExtractJSON.object(for:)` adds the
/// document's keys, and each later stage appends its own (`"quotes"`, `"timexes"`, ...):
///
///     var object = ExtractJSON.object(for: document)
///     var quotes = JSONArrayWriter()
///     for quote in found { var q = JSONObjectWriter(); q.add(key: "start", int: quote.start); quotes.append(q) }
///     object.add(key: "quotes", array: quotes)
///     print(object.json)
public struct JSONObjectWriter: Sendable {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var isEmpty = true

    public init() {}

    /// The object as JSON text, on one line.
    public var json: String {
        var closed = bytes
        closed.append(UInt8(ascii: "}"))
        return String(decoding: closed, as: UTF8.self)
    }

    /// Appends the finished object's UTF-8 to `output`.
    public func write(to output: inout [UInt8]) {
        output.append(contentsOf: bytes)
        output.append(UInt8(ascii: "}"))
    }

    /// A string value; `null` when nil.
    public mutating func add(key: String, string: String?) {
        guard let string else { addNull(key: key); return }
        addKey(key)
        JSONString.append(string, to: &bytes)
    }

    /// A value that is already JSON text (a number as written, a pre-built array...).
    public mutating func add(key: String, raw json: String) {
        addKey(key)
        bytes.append(contentsOf: json.utf8)
    }

    public mutating func add(key: String, int: Int) {
        addKey(key)
        bytes.append(contentsOf: String(int).utf8)
    }

    /// A number in its shortest exact form (`0.1`, `48.0`, `1e-05`); `null` when not finite,
    /// which JSON cannot say.
    public mutating func add(key: String, double: Double) {
        guard double.isFinite else { addNull(key: key); return }
        addKey(key)
        bytes.append(contentsOf: double.description.utf8)
    }

    public mutating func add(key: String, bool: Bool) {
        add(key: key, raw: bool ? "true" : "false")
    }

    public mutating func addNull(key: String) {
        add(key: key, raw: "null")
    }

    /// A nested object.
    public mutating func add(key: String, object: JSONObjectWriter) {
        addKey(key)
        object.write(to: &bytes)
    }

    /// An array.
    public mutating func add(key: String, array: JSONArrayWriter) {
        addKey(key)
        array.write(to: &bytes)
    }

    /// An array of strings.
    public mutating func add(key: String, strings: [String]) {
        var array = JSONArrayWriter()
        for string in strings { array.append(string: string) }
        add(key: key, array: array)
    }

    private mutating func addKey(_ key: String) {
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        isEmpty = false
        JSONString.append(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }
}

/// Writes one JSON array element by element.
public struct JSONArrayWriter: Sendable {
    private var bytes: [UInt8] = [UInt8(ascii: "[")]
    private var isEmpty = true

    public init() {}

    /// The array as JSON text, on one line.
    public var json: String {
        var output: [UInt8] = []
        write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    public func write(to output: inout [UInt8]) {
        output.append(contentsOf: bytes)
        output.append(UInt8(ascii: "]"))
    }

    public mutating func append(object: JSONObjectWriter) {
        separate()
        object.write(to: &bytes)
    }

    /// A string element; `null` when nil.
    public mutating func append(string: String?) {
        guard let string else { append(raw: "null"); return }
        separate()
        JSONString.append(string, to: &bytes)
    }

    /// An element that is already JSON text.
    public mutating func append(raw json: String) {
        separate()
        bytes.append(contentsOf: json.utf8)
    }

    private mutating func separate() {
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        isEmpty = false
    }
}
