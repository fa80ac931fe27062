import Testing
@testable import SitrepCore

/// Sentence splitting, tokens and name runs, on sentences written for these tests.
struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let analyzed = AnalyzedText(text)
        return analyzed.sentences.map { analyzed.text($0) }
    }

    @Test func splitsPlainSentences() {
        #expect(sentences("The river rose. Crews worked all night! Did it hold? Nobody knew.") ==
                ["The river rose.", "Crews worked all night!", "Did it hold?", "Nobody knew."])
    }

    @Test func titlesAndRanksDoNotEndSentences() {
        #expect(sentences("Rear Adm. Jonas Weller arrived. Mr. Hale and Dr. Ines Ortiz met Gen. Park.") ==
                ["Rear Adm. Jonas Weller arrived.", "Mr. Hale and Dr. Ines Ortiz met Gen. Park."])
    }

    @Test func monthAbbreviationBeforeADayDoesNotEndASentence() {
        #expect(sentences("Work starts on Oct. 1 and ends in Nov. The budget is fixed.") ==
                ["Work starts on Oct. 1 and ends in Nov.", "The budget is fixed."])
    }

    @Test func dottedAbbreviations() {
        #expect(sentences("The U.S. Army sent engineers. They came from the U.S. The team left.") ==
                ["The U.S. Army sent engineers.", "They came from the U.S.", "The team left."])
    }

    @Test func decimalsAndInitials() {
        #expect(sentences("The level reached 7.45 metres, said J. R. Milner. It fell later.") ==
                ["The level reached 7.45 metres, said J. R. Milner.", "It fell later."])
    }

    @Test func quotesThatEndSentences() {
        #expect(sentences("She said: “We will stay.” The crowd cheered. “Will it hold?” he asked.") ==
                ["She said: “We will stay.”", "The crowd cheered.", "“Will it hold?” he asked."])
    }

    @Test func paragraphsAndHeaderLinesAreBoundaries() {
        #expect(sentences("Title: Levee holds\nDate: 2026-04-14\n\nThe water fell\nslowly overnight.") ==
                ["Title: Levee holds", "Date: 2026-04-14", "The water fell\nslowly overnight."])
    }
}

struct TokenizerTests {
    private func tokens(_ text: String) -> [String] { AnalyzedText(text).tokens.map(\.text) }

    @Test func wordsKeepInnerApostrophesAndHyphens() {
        #expect(tokens("Kherson-based crews don’t stop.") == ["Kherson-based", "crews", "don’t", "stop", "."])
    }

    @Test func numbersKeepSeparatorsAndOrdinals() {
        #expect(tokens("On the 1st, 2,023 people saw 3.5 m at 10:30.") ==
                ["On", "the", "1st", ",", "2,023", "people", "saw", "3.5", "m", "at", "10:30", "."])
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "Über 🌊 Київ e\u{301}"
        let analyzed = AnalyzedText(text)
        let kyiv = analyzed.tokens.first { $0.text == "Київ" }
        #expect(kyiv?.start == 7 && kyiv?.end == 11)
        #expect(analyzed.tokens.last?.text == "e\u{301}")
    }
}

struct NameRunTests {
    private func runs(_ text: String) -> [String] { AnalyzedText(text).nameRuns.map(\.text) }

    @Test func multiWordNamesAndConnectors() {
        #expect(runs("Crews from Rio de Janeiro met Rear Admiral Ana Costa in New York.") ==
                ["Crews", "Rio de Janeiro", "Rear Admiral Ana Costa", "New York"])
    }

    @Test func sentenceInitialFunctionWordsAreDropped() {
        #expect(runs("The Danube rose. In Vienna, officials waited.") == ["Danube", "Vienna"])
    }

    @Test func runsDoNotCrossLinesOrPunctuation() {
        #expect(runs("Milan Petrov, Belgrade\nNovi Sad") == ["Milan Petrov", "Belgrade", "Novi Sad"])
    }

    @Test func sentenceStartIsFlagged() {
        let r = AnalyzedText("Belgrade waited. Engineers in Belgrade worked.").nameRuns
        #expect(r.map(\.atSentenceStart) == [true, true, false])
    }
}
