/// The extraction contract's "places" array: one object per mention,
/// `{"start","end","text","name","kind","country","lat","lon"}` (offsets in Unicode scalars,
/// end exclusive; `country` is ISO alpha-2, null for a place in several countries).
public enum PlacesJSON {
    public static func places(_ mentions: [PlaceMention]) -> JSONArrayWriter {
        var array = JSONArrayWriter()
        for m in mentions {
            var o = JSONObjectWriter()
            o.add(key: "start", int: m.span.start)
            o.add(key: "end", int: m.span.end)
            o.add(key: "text", string: m.text)
            o.add(key: "name", string: m.name)
            o.add(key: "kind", string: m.kind.rawValue)
            o.add(key: "country", string: m.countryCode.isEmpty ? nil : m.countryCode)
            o.add(key: "lat", double: m.latitude)
            o.add(key: "lon", double: m.longitude)
            array.append(object: o)
        }
        return array
    }
}
