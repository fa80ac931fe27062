/// The quotes stage's part of the extraction contract (DESIGN.md): the "quotes" and "people"
/// arrays of a `sitrep extract` line.
public enum QuotesJSON {
    /// `[{"start","end","text","speaker","mention"}]`; speaker and mention are null when unknown.
    public static func quotes(_ quotes: [Quote]) -> JSONArrayWriter {
        var array = JSONArrayWriter()
        for q in quotes {
            var o = JSONObjectWriter()
            o.add(key: "start", int: q.span.start)
            o.add(key: "end", int: q.span.end)
            o.add(key: "text", string: q.text)
            o.add(key: "speaker", string: q.speaker)
            o.add(key: "mention", string: q.mention)
            array.append(object: o)
        }
        return array
    }

    /// `[{"name","aliases","role"}]`; role is null when the text gives none.
    public static func people(_ people: [Person]) -> JSONArrayWriter {
        var array = JSONArrayWriter()
        for p in people {
            var o = JSONObjectWriter()
            o.add(key: "name", string: p.name)
            o.add(key: "aliases", strings: p.aliases)
            o.add(key: "role", string: p.role)
            array.append(object: o)
        }
        return array
    }
}
