package redact

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Names written in Hebrew script (session 68), which has no capitals
// either: after the words that label a name ("שם: תמר אזולאי", "שם
// מלא:", "שמי אסתר ברגר", "על שם ...", in the name of), one to three
// words of the script up to a word of the sentence; after a sign-off's
// word and its comma ("תודה, יוסי כהנא", "בברכה, שמעון פרץ") one to
// three words that end the line, the text or stand before a phone's
// digits; after a greeting ("שלום משה,", "היי עדי") one word that a
// mark ends. The words share gCJKName's group, whose reader hands them
// here.

// hebrewLabelWords label a name: "name" ("שם:", "שם מלא:", "על שם"),
// "my name".
var hebrewLabelWords = []string{"שם", "שמי"}

// hebrewSignOffWords close a message before the writer's name: "thanks",
// "with thanks", "regards".
var hebrewSignOffWords = []string{"תודה", "בתודה", "בברכה"}

// hebrewGreetingWords greet the person addressed: "hello", "hi".
var hebrewGreetingWords = []string{"שלום", "היי"}

// hebrewNameWords are all of them, gCJKName's Hebrew words.
var hebrewNameWords = append(append(append([]string{}, hebrewLabelWords...), hebrewSignOffWords...), hebrewGreetingWords...)

// hebrewNotName are the words of a sentence that end a name or are
// none: "much" of "שלום רב" and "תודה רבה", "to you", "I", "on", "for",
// "in advance", "the full" of "שם מלא", "user" of "שם משתמש", "my wife",
// "the holder" of "שם בעל החשבון", "number".
var hebrewNotName = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("רב רבה לכם לך לכן אני את אתה אנחנו על עבור מראש מלא משתמש בעל אשתי בעלי של עם זה זאת יש לי " +
		"מספר טלפון נייד כתובת הזמנה חשבון כרטיס תעודת בבקשה רק גם לא כן מה איך למה מתי אבל") {
		m[w] = true
	}
	return m
}()

// hebrewLetter reports whether r is a letter of the Hebrew block.
func hebrewLetter(r rune) bool {
	return r >= 0x5D0 && r <= 0x5EA
}

// hebrewWordAt returns the end of the Hebrew word at q (letters, and a
// geresh or gershayim inside it: "ז'בוטינסקי"), or q.
func hebrewWordAt(t string, q int) int {
	k := q
	for k < len(t) {
		r, size := utf8.DecodeRuneInString(t[k:])
		if !hebrewLetter(r) && !(k > q && (r == '\'' || r == 0x5F3 || r == 0x5F4)) {
			break
		}
		k += size
	}
	return k
}

// hebrewNameAfter reads a name in Hebrew script after the word that
// spans [start, end).
func (s *state) hebrewNameAfter(start, end int) {
	t := s.text
	word := t[start:end]
	greeting, signOff := slices.Contains(hebrewGreetingWords, word), slices.Contains(hebrewSignOffWords, word)
	q := end
	switch {
	case signOff:
		// The sign-off's comma, then the name ("תודה רבה, אבי מלכה");
		// without a comma, thanks to the person addressed, as a
		// greeting ("תודה רונית, אימתנו").
		if much := " רבה"; strings.HasPrefix(t[q:], much) {
			q += len(much)
		}
		for q < len(t) && t[q] == ' ' {
			q++
		}
		if q < len(t) && t[q] == ',' {
			q++
		} else {
			signOff, greeting = false, true
		}
	case greeting:
	default:
		if word == "שם" && !(start >= len("על ") && t[start-len("על "):start] == "על ") {
			// "שם:" or "שם מלא:", with its colon: "שם" alone is "there"
			// ("על שם", in the name of, needs none).
			if full := " מלא"; strings.HasPrefix(t[q:], full) {
				q += len(full)
			}
			if q >= len(t) || t[q] != ':' {
				return
			}
		}
		for q < len(t) && t[q] == ':' {
			q++
		}
	}
	for q < len(t) && t[q] == ' ' {
		q++
	}
	most := 3
	if greeting {
		most = 1
	}
	a, e := q, scriptNameEnd(t, q, most, hebrewWordAt, hebrewNotName, "ו")
	if e == a {
		return
	}
	// What follows the name tells a name from the sentence's next words:
	// after a greeting a mark or a space before no Hebrew word, after a
	// sign-off the line's or the text's end or a phone's digits.
	next := e
	for next < len(t) && t[next] == ' ' {
		next++
	}
	switch {
	case next >= len(t):
	case greeting:
		if r, _ := utf8.DecodeRuneInString(t[next:]); hebrewLetter(r) && next == e+1 || word == "תודה" && t[next] != ',' && t[next] != '!' {
			return // "שלום מנסה להתקין", "תודה על ...": the sentence goes on
		}
	case signOff:
		if c := t[next]; c != '\n' && c != '\r' && !isDigit(c) && c != '+' && c != ',' {
			return
		}
	}
	s.add(cand{start: a, end: e, typ: TypePerson, rec: "hebrew_name", score: 0.8})
}
