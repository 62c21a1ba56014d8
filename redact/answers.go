package redact

import "strings"

// Values a customer gives in a transcript as the answer to the line
// before (session 74). The question names what it asks for, and the
// reader of that kind reads the answer's line: "[08:48] Agent Olu: Can
// you give the passport number for Ms Adaeze Nwosu as it should
// appear?\n[08:49] Passenger: its 537201846, DOB 04 Feb 1993". No answer
// is read without its question (see answerLineAt in scan.go).

// answerOpeners are the short words a customer types before the value
// that answers a question ("its 537201846", "sure, 537201846", "yes
// 537201846", "sorry 537201864"), in lower case and without the comma
// that may follow them.
var answerOpeners = [...]string{"its", "it's", "it’s", "it is", "it was", "sure", "yes", "yeah", "yep", "ok", "okay", "sorry", "oops", "my bad"}

// answerValueAt returns where the value of an answer's line [a, le)
// starts past an opener (answerOpeners) and its comma, at the space
// before the value, or a when no opener opens the line: "Passenger: its
// 537201846, DOB 04 Feb 1993" gives the space before "537201846".
func answerValueAt(t string, a, le int) int {
	w := strings.TrimLeft(t[a:le], " ")
	for _, o := range answerOpeners {
		if len(w) <= len(o) || !strings.EqualFold(w[:len(o)], o) {
			continue
		}
		r := w[len(o):]
		if r[0] == ',' {
			r = r[1:]
		}
		if r != "" && r[0] == ' ' {
			return le - len(r)
		}
	}
	return a
}

// answerSlipAt returns where the value starts on the line after an
// answer's line [a, le) when the same speaker puts the answer right
// there, or -1: the next line opens with the same label and an apology
// ("[08:49] Passenger: its 537201846\n[08:49] Passenger: sorry
// 537201864 not 846"). The value is the first after the apology.
func answerSlipAt(t string, a, le int) int {
	if le >= len(t) || t[le] != '\n' {
		return -1
	}
	ls := lineStartBefore(t, a)
	ns := le + 1
	ne := strings.IndexByte(t[ns:min(len(t), ns+80)], '\n')
	if ne < 0 {
		if len(t)-ns > 80 {
			return -1
		}
		ne = len(t)
	} else {
		ne += ns
	}
	label := speakerOf(t[ls:a])
	rest, labelled, _ := afterSpeaker(t[ns:ne])
	if !labelled || label == "" || speakerOf(t[ns:ne-len(rest)]) != label {
		return -1
	}
	w := strings.TrimLeft(rest, " ")
	sp := strings.IndexByte(w, ' ')
	if sp < 0 || !slipOpener(w[:sp]) {
		return -1
	}
	p := ne - len(w) + sp
	return answerValueAt(t, p, ne)
}

// speakerOf returns the label of the speaker who opens the line h, past
// its stamp in brackets ("Passenger" of "[08:49] Passenger: ..."), or
// "" when no label opens it.
func speakerOf(h string) string {
	rest, labelled, _ := afterSpeaker(h)
	if !labelled {
		return ""
	}
	if strings.HasPrefix(h, "[") {
		h = strings.TrimLeft(h[strings.IndexByte(h, ']')+1:], " ")
	}
	return h[:len(h)-len(rest)]
}

// requestWords are the words of a request that asks for a value without
// a question's mark: "Please enter your employee ID.", "Provide your
// member number". Lower case.
var requestWords = [...]string{"please ", "enter ", "provide ", "type in "}

// requestLine reports whether the word that ends at end closes a request
// for a value, the line [ls, e) of a speaker who asks with "please" or a
// verb of giving rather than a '?': "[09:10] HR Bot: Please enter your
// employee ID." Nothing but a full stop or "please" follows the word.
func requestLine(t string, ls, end, e int) bool {
	rest := strings.Trim(t[end:e], " .:\r")
	if rest != "" && !strings.EqualFold(rest, "please") {
		return false
	}
	var buf [160]byte
	if end-ls > len(buf) {
		return false
	}
	low := string(lowerASCII(buf[:0], t[ls:end]))
	for _, w := range requestWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// answerAsked reports whether the value c opens a transcript's turn,
// past its label and an opener, that answers the question at the end
// of the line before it, which holds a word of the groups g: "Do you
// have the IMEI so we can blacklist the handset?\n[12:33] Customer:
// 356938039458071 from the box". Both lines are found within bounds.
func (s *state) answerAsked(c *cand, g uint64) bool {
	t := s.text
	if !s.multiLine() {
		return false
	}
	nl := breakBefore(t, c.start)
	if nl < 0 || !strings.HasSuffix(strings.TrimRight(t[max(0, nl-maxAnswerLen):nl], " \r"), "?") {
		return false
	}
	h := t[nl+1 : c.start]
	return speakerOpens(h) && answerOpens(h) && s.groupWordIn(lineStartBefore(t, nl), nl, g)
}
