/// The prompts' fixed keys (dates and the live speaker filter): typing, Backspace, Ctrl-U, Enter, Esc.
extension ViewState {
    mutating func handleInPrompt(_ key: Key) {
        guard var prompt else { return }
        switch key {
        case .character(let character):
            let printable = !character.unicodeScalars.contains(where: Sanitizer.isForbidden)
            if printable && prompt.text.count < Prompt.maximumLength { prompt.text.append(character) }
            prompt.error = nil
        case .backspace:
            if !prompt.text.isEmpty { prompt.text.removeLast() }
            prompt.error = nil
        case .control("u"):
            prompt.text = ""
            prompt.error = nil
        case .escape:
            self.prompt = nil
            if prompt.kind == .filterSpeakers { setSpeakerFilter("") }
            return
        case .enter:
            submit(prompt)
            return
        default:
            break
        }
        self.prompt = prompt
        if prompt.kind == .filterSpeakers { setSpeakerFilter(prompt.text) }
    }

    /// The speaker filter, typed live: the selection goes back to the first quote shown.
    mutating func setSpeakerFilter(_ text: String) {
        guard text != speakerFilter else { return }
        speakerFilter = text
        quotes = PaneCursor()
        ensureSelectionVisible(in: .quotes)
    }

    /// Enter: jump or filter, closing the prompt; on text that is not a date the prompt stays
    /// open with the reason, so the user can fix what they typed.
    private mutating func submit(_ prompt: Prompt) {
        let reference = model.newestArticleDate
        do throws(DateInputError) {
            switch prompt.kind {
            case .jumpToDate:
                if prompt.text.allSatisfy(\.isWhitespace) {
                    self.prompt = nil
                    return
                }
                let span = try DateInput.span(prompt.text, reference: reference)
                self.prompt = nil
                jump(to: span)
            case .filterDates:
                let range = try DateInput.range(prompt.text, reference: reference)
                self.prompt = nil
                applyDateFilter(range)
            case .filterSpeakers:
                self.prompt = nil
                setSpeakerFilter(prompt.text)
            }
        } catch {
            var refused = prompt
            refused.error = error.message
            self.prompt = refused
        }
    }
}
