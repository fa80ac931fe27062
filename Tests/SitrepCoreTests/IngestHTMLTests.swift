import Foundation
import Testing
@testable import SitrepCore

/// `.html`: text extraction, entities, title and date from markup.
struct IngestHTMLTests {
    static let page = """
    <!DOCTYPE html>
    <html><head><title>Harbour reopens &amp; ferries return</title>
    <meta property="og:title" content="Open Graph title">
    <meta property="article:published_time" content="2022-05-14T08:30:00Z">
    <style>body { color: red } p::after { content: "<p>" }</style>
    <script>var s = "<p>not text</p>"; if (a < b) {}</script>
    </head>
    <body><h1>Harbour   reopens</h1>
    <p>The  pier&nbsp;reopened &mdash; officials said &ldquo;finally&rdquo;.</p>
    <noscript>Please enable scripts</noscript><template><p>hidden template</p></template>
    <svg viewBox="0 0 10 10"><text>chart label</text></svg>
    <ul><li>First&#44; item</li><li>Second &#x263A; item &unknown; &amp</li></ul>
    <!-- a comment <p>with a tag</p> -->
    <p>Caf&eacute; reopened<br>on Friday, says <b>Ana</b><i>ïs</i> 3 &lt; 4</p>
    <table><tr><td>cell one</td><td>cell two</td></tr></table>
    </body></html>
    """

    @Test func extractsReadableTextAndDropsScriptsStylesAndTemplates() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("harbour.html", Self.page)
        let (document, problems) = readOne(path)
        let doc = try #require(document)
        #expect(problems.isEmpty)
        #expect(doc.text == """
        Harbour reopens
        The pier reopened — officials said “finally”.
        First, item
        Second ☺ item &unknown; &
        Café reopened
        on Friday, says Anaïs 3 < 4
        cell one cell two
        """)
        #expect(doc.title == "Harbour reopens & ferries return")
        #expect(doc.date == day("2022-05-14"))
        #expect(doc.dateSource == .header)
    }

    @Test func openGraphTitleWhenNoTitleElement() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("a.htm", #"<meta property="og:title" content="Dam &quot;safe&quot;, says board"><h1>Heading</h1><p>Body.</p>"#)
        let (document, _) = readOne(path)
        #expect(document?.title == #"Dam "safe", says board"#)
    }

    @Test func firstHeadingWhenNoTitleOrOpenGraph() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("b.html", "<div><h1>Vineyard <em>frost</em> warning</h1><p>Growers lit fires.</p><h1>Second</h1></div>")
        let (document, _) = readOne(path)
        #expect(document?.title == "Vineyard frost warning")
        #expect(document?.text == "Vineyard frost warning\nGrowers lit fires.\nSecond")
    }

    @Test(arguments: [
        #"<meta name="date" content="2018-10-07">"#,
        #"<meta itemprop="datePublished" content="2018-10-07T12:00:00+02:00">"#,
        #"<span itemprop="datePublished" content="2018-10-07"></span>"#,
        #"<time datetime="2018-10-07T09:00">Sunday</time>"#,
        #"<META NAME='DC.date.issued' CONTENT='October 7, 2018'>"#,
    ])
    func dateFromMarkupIsAHeaderDate(markup: String) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("page-2001-01-01.html", "<html><head>\(markup)</head><body><p>Story text.</p></body></html>")
        let (document, _) = readOne(path)
        #expect(document?.date == day("2018-10-07"))
        #expect(document?.dateSource == .header)
    }

    @Test func publishedMetaWinsOverEarlierTimeElement() throws {
        let folder = try ScratchFolder()
        let html = #"<body><time datetime="2017-01-01">old</time><meta property="article:published_time" content="2017-03-03"><p>x</p></body>"#
        let path = try folder.write("c.html", html)
        let (document, _) = readOne(path)
        #expect(document?.date == day("2017-03-03"))
    }

    @Test func latin1DeclaredPageIsDecodedAsWindows1252() throws {
        let folder = try ScratchFolder()
        var bytes = Array(#"<meta charset="iso-8859-1"><p>Caf"#.utf8)
        bytes += [0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94]  // é, “ok”
        bytes += Array("</p>".utf8)
        let path = try folder.write("latin.html", bytes: bytes)
        let (document, problems) = readOne(path)
        #expect(problems.isEmpty)
        #expect(document?.text == "Café “ok”")
    }

    @Test func pageWithoutTextIsAProblem() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("empty.html", "<html><head><script>x()</script></head><body> </body></html>")
        let result = Ingest.read(paths: [path])
        #expect(result.documents.isEmpty)
        #expect(result.problems == [IngestProblem(path: path, reason: "no readable text in the HTML, skipped")])
    }

    @Test func entitiesDecodeNumericAndNamedForms() {
        let page = HTMLText(parsing: "&#65;&#x42;&#0;&#150;&#x110000;&copy &hellip;&laquo;x&raquo;&Eacute;&nbsp;|")
        #expect(page.text == "AB\u{FFFD}–\u{FFFD}© …«x»É |")
    }

    @Test func unclosedCommentAndTagDoNotTrap() {
        #expect(HTMLText(parsing: "Before <!-- never closed").text == "Before")
        #expect(HTMLText(parsing: "a < b and <p class=\"x").text == "a < b and")
        #expect(HTMLText(parsing: "<script>never closed").text == "")
        #expect(HTMLText(parsing: "&#99999999999999999999;").text == "\u{FFFD}")
    }
}
