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
// "my name"; since session 71 "and the name" ("ושם האם זהבה"), "on the
// name of" abbreviated ("ע״ש ענבל רוזן"; typed with an ASCII quote the
// table hands its last letter, 'ע"ש'), "they call me" ("קוראים לי לאה
// גרינברג": the table hands "לי").
var hebrewLabelWords = []string{"שם", "שמי", "ושם", "ע״ש", "ע\"ש", "קוראים לי"}

// hebrewSelfWords introduce the writer or the person an account is
// registered to, and hebrewKinWords the writer's kin, before a name: "I"
// ("אני רונית ביטון, מבוטחת", "אני אהרון בן 78"), "registered to" ("הקו
// רשום על אלון טננבאום"), and the kin ("אבא שלי משה שפירא",
// "אני אשתו קרן,", "הנכדה שלי מאיה"): father, mother, my or his wife, my
// or her husband, the son, the daughter, my brother, my sister, the
// granddaughter and the grandson, grandfather, grandmother, child. Not
// "אבי" and "בני" (my father, my son), which are names too. The name
// after them must open with a given name that hebrewGivenNames knows.
var (
	hebrewSelfWords = []string{"אני", "רשום על", "רשומה על", "רשומים על"}
	hebrewKinWords  = []string{"אבא", "אמא", "אשתי", "אשתו", "בעלי", "בעלה", "הבן", "הבת", "אחי", "אחותי",
		"הנכדה", "הנכד", "סבא", "סבתא", "ילד", "הילד", "הילדה", "בתי",
		// And the people a chat names by their role: the courier, the
		// technician ("השליח אבי יגיע בין ..."), the agent who speaks
		// ("מדברת ליאת ממחלקת החשבונות").
		"השליח", "הטכנאי", "מדבר", "מדברת"}
	hebrewKin = setOf(hebrewKinWords...)
)

// hebrewAgentWords label the agent's line ("נציג:", "נציגה:"), after
// which the agent may address the customer by a given name that
// hebrewGivenNames knows: "נציג: אלון, לצורך ניוד ...", "נציג: רועי
// שלום, ...". The chat tool's "Agent:" is no keyword of the group (a
// chat in any language has it): a known given name's hit looks back
// for it (agentLabelBefore).
var hebrewAgentWords = []string{"נציג", "נציגה"}

// hebrewSignOffWords close a message before the writer's name: "thanks",
// "with thanks", "regards".
var hebrewSignOffWords = []string{"תודה", "בתודה", "בברכה"}

// hebrewGreetingWords greet the person addressed: "hello", "hi"; since
// session 71 "hi" spelled short, "good morning", "good evening", "have
// a good day" (the table hands their last word, "טוב": "בוקר טוב יוסי,",
// "יום טוב אפרת"), and "Mr" before a surname ("תודה מר שטרן").
var hebrewGreetingWords = []string{"שלום", "היי", "הי", "בוקר טוב", "ערב טוב", "יום טוב", "מר"}

// hebrewNameWords are all of them, gCJKName's Hebrew words.
var hebrewNameWords = slices.Concat(hebrewLabelWords, hebrewSignOffWords, hebrewGreetingWords, hebrewSelfWords, hebrewKinWords, hebrewAgentWords, hebrewGivenNameList)

// hebrewGivenNames are common given names of Israel, Hebrew and Arabic,
// as Hebrew script writes them. After "I", a kin's word or the agent's
// label a name must open with one: the words there are the sentence's
// as often ("אני מבינה, ...", "נציג: בסדר, ..."). Names that are words
// of a chat are left out: "טל" (the phone's abbreviation), "בן" (son),
// "אביב" (spring), "דור" (generation), "ים" (sea), "שני" (second), "שי"
// (a gift: "שי לחג, תודה"),
// "שלי" (mine), "אלה" (these), "עלי" (on me), "אתי" (with me), "יפה"
// (pretty).
var hebrewGivenNames = setOf(hebrewGivenNameList...)

// hebrewGivenNameList holds hebrewGivenNames' names, which are
// gCJKName's words too: a known given name that opens a line or a
// sentence and ends it, or ends the text after a comma, is the writer's
// signature or a record's ("...\nחן יוסף", "מורן - שירות לקוחות",
// "...הזמנה 129 ₪. מיכל", "..., רותם"; see hebrewLoneName).
var hebrewGivenNameList = []string{
	"אברהם", "יצחק", "יעקב", "משה", "אהרון", "אהרן", "דוד", "שלמה", "יוסף", "יוסי", "דניאל", "מיכאל", "אריאל", "איתי", "איתן",
	"אלון", "אורי", "עומר", "נועם", "יונתן", "יהונתן", "רועי", "ניר", "גיל", "גל", "עידו", "עמית", "אסף", "ערן", "אייל", "רונן",
	"רון", "דן", "אבי", "בועז", "גיא", "יואב", "אלי", "אליהו", "שמעון", "ראובן", "חיים", "מאיר", "מרדכי", "נתן", "נתנאל", "אופיר",
	"עדי", "ליאור", "שחר", "אור", "אוהד", "עוז", "ברק", "תומר", "ירון", "צחי", "קובי", "רז", "אלעד", "ארז", "מתן",
	"אלכסנדר", "דימה", "ולדימיר", "סרגיי", "יבגני", "בוריס", "איגור", "מקסים", "ארטיום",
	"שרה", "רבקה", "רחל", "לאה", "מרים", "אסתר", "חנה", "רות", "דבורה", "יעל", "מיכל", "נועה", "תמר", "שירה", "מאיה", "נוגה",
	"הדס", "ענבל", "רונית", "אורית", "גלית", "סיגל", "מורן", "ליאת", "ורד", "אפרת", "קרן", "שרון", "אילנה", "דנה", "הילה",
	"רותם", "ספיר", "חן", "שקד", "אביגיל", "רעות", "מירב", "לימור", "אורנה", "זהבה", "פנינה", "שושנה", "נורית",
	"דליה", "איילת", "הדר", "עינב", "נטע", "אנה", "יבגניה", "סבטלנה", "אולגה", "טטיאנה", "נטליה", "מרינה",
	"מוחמד", "אחמד", "מחמוד", "חסן", "חוסיין", "יוסף", "סאמר", "פאדי", "ראמי", "נור", "רניא", "רניה", "לינא", "מונא",
	"עביר", "פאטמה", "ג'ורג'", "אליאס", "חליל", "וסים", "באסל", "רים", "היבא"}

// hebrewNotName are the words of a sentence that end a name or are
// none: "much" of "שלום רב" and "תודה רבה", "to you", "I", "on", "for",
// "in advance", "the full" of "שם מלא", "user" of "שם משתמש", "my wife",
// "the holder" of "שם בעל החשבון", "number".
var hebrewNotName = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("רב רבה לכם לך לכן אני את אתה אנחנו על עבור מראש מלא משתמש בעל אשתי בעלי של עם זה זאת יש לי " +
		"מספר טלפון נייד כתובת הזמנה חשבון כרטיס תעודת בבקשה רק גם לא כן מה איך למה מתי אבל " +
		// Since session 71 "to all of you" ("ערב טוב לכולם,") and the
		// verbs after "there" ("שם היה תור ארוך,", there was a long
		// queue; "שם אמרו לי").
		"לכולם לכולכם היה היתה הייתה היו אין כתוב רשום אמרו אמר אמרה") {
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
// spans [start, end): the last word of its phrase ("טוב" of "בוקר טוב",
// "לי" of "קוראים לי", "על" of "רשום על", "ש" of 'ע"ש').
func (s *state) hebrewNameAfter(start, end int) {
	t := s.text
	word := t[start:end]
	if start > 0 && word == "ש" && t[start-1] != '"' {
		return
	}
	switch {
	case hebrewGivenNames[word]:
		if q := agentLabelBefore(t, start); q >= 0 {
			s.hebrewAgentVocative(q) // "Agent: נועה, ..."
			return
		}
		s.hebrewLoneName(start, end)
		return
	case word == "אני" || word == "על" || hebrewKin[word]:
		s.hebrewKnownName(end, hebrewKin[word])
		return
	case slices.Contains(hebrewAgentWords, word):
		s.hebrewAgentVocative(end)
		return
	}
	greeting, signOff := slices.Contains(hebrewGreetingWords, word) || word == "טוב", slices.Contains(hebrewSignOffWords, word)
	loose := false // a label with no colon: the name must end the clause
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
	case word == "שם" || word == "ושם":
		if start >= len("על ") && t[start-len("על "):start] == "על " {
			break // "על שם", in the name of, needs no colon
		}
		// "שם:" or "שם מלא:", with its colon: "שם" alone is "there".
		// Since session 71 also without one at a clause's start ("שם
		// ורד נחום, מייל"), before a noun with the article ("שם המוטב
		// תמר אוחיון", the beneficiary's name; "ושם האם זהבה") or "on
		// the ..." ("שם על ההזמנה שני עזרא"); the name then ends the
		// clause.
		if full := " מלא"; strings.HasPrefix(t[q:], full) {
			q += len(full)
		}
		if q < len(t) && t[q] == ':' {
			break
		}
		if q = hebrewNameOf(t, start, q); q < 0 {
			return
		}
		loose = true
	default:
		loose = word != "שמי" // "קוראים לי", 'ע"ש'
	}
	for q < len(t) && t[q] == ':' {
		q++
	}
	for q < len(t) && t[q] == ' ' {
		q++
	}
	if e := hebrewWordAt(t, q); hebrewKin[t[q:e]] {
		s.hebrewKnownName(e, true) // "על שם אבא שלי משה שפירא": the kin's name
		return
	}
	most := 3
	if greeting {
		most = 1
		if word == "מר" {
			most = 2
		}
	}
	a, e := q, scriptNameEnd(t, q, most, hebrewWordAt, hebrewNotName, "ו")
	if e == a {
		return
	}
	// What follows the name tells a name from the sentence's next words:
	// after a greeting a mark or a space before no Hebrew word, after a
	// sign-off the line's or the text's end or a phone's digits, after a
	// label with no colon the clause's end.
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
		// "בברכה, שירה | מוקד ...", "בתודה, סיגל - סוכנות ביטוח".
		if c := t[next]; c != '\n' && c != '\r' && !isDigit(c) && c != '+' && c != ',' && c != '|' && !(c == '-' && next > e) {
			return
		}
	case loose:
		if !hebrewClauseEnd(t, e) {
			return
		}
	}
	s.add(cand{start: a, end: e, typ: TypePerson, rec: "hebrew_name", score: 0.8})
}

// hebrewNameOf returns where the name starts after "שם" with no colon,
// whose word spans [start, q): past a noun with the article ("שם המוטב",
// "שם האם") or "on the ..." ("שם על ההזמנה"); or right after it when
// the word opens a clause (the text's or a line's start, a colon, a
// comma, a full stop before it: "לקוחה: שם ורד נחום, ...", "בעניין
// הלוואה: שם יצחק מלכה, ..."). Else -1.
func hebrewNameOf(t string, start, q int) int {
	if q+1 >= len(t) || t[q] != ' ' {
		return -1
	}
	k := q + 1
	if strings.HasPrefix(t[k:], "על ") {
		k += len("על ")
	}
	e := hebrewWordAt(t, k)
	if e-k >= 6 && strings.HasPrefix(t[k:], "ה") && !hebrewNotName[t[k:e]] {
		return e // "המוטב", "האם", "ההזמנה": the noun the name is of
	}
	if k > q+1 {
		return -1
	}
	p := start
	for p > 0 && t[p-1] == ' ' {
		p--
	}
	if p == 0 || strings.IndexByte(":,.\n", t[p-1]) >= 0 {
		return q
	}
	return -1
}

// hebrewClauseEnd reports whether the name that ends at e ends its
// clause: the text's end, a mark, a digit or a word that "and" opens
// ("... לאה גרינברג ואני מנסה ...") follows it.
func hebrewClauseEnd(t string, e int) bool {
	for e < len(t) && t[e] == ' ' {
		e++
	}
	if e >= len(t) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t[e:])
	return !hebrewLetter(r) && !isLetter(t[e]) || strings.HasPrefix(t[e:], "ו")
}

// hebrewKnownName reads the name after "I", a kin's word or "registered
// to" that ends at q ("אני רונית ביטון, מבוטחת", "הנכדה שלי מאיה", "אני
// אשתו קרן,"): past a possessive ("שלי", "שלו", "שלה") and a kin's word,
// a given name that hebrewGivenNames knows and its surname, when the
// clause ends after it ("אני בועז קליין, אני רוצה") or a word of one
// letter follows it ('... משה שפירא ת"ז'). After a kin's word (kin) the
// given name stands alone when the surname's place holds a word of the
// sentence ("מאיה עוזרת לי"); after "I" it must end the clause or stand
// before an age ("אני אהרון בן 78"; not "אני דן בזה").
func (s *state) hebrewKnownName(q int, kin bool) {
	t := s.text
	for n := 0; n < 3; n++ {
		if q >= len(t) || t[q] != ' ' {
			return
		}
		k := q + 1
		e := hebrewWordAt(t, k)
		w := t[k:e]
		switch {
		case w == "שלי" || w == "שלו" || w == "שלה" || hebrewKin[w]:
			q, kin = e, kin || hebrewKin[w]
			continue
		case !hebrewGivenNames[w]:
			return
		}
		end := e
		if !hebrewAgeAt(t, e+1) {
			end = hebrewSurnameEnd(t, e, hebrewNameEnds)
		}
		if end == e && !kin && !hebrewNameEnds(t, e) {
			return
		}
		s.add(cand{start: k, end: end, typ: TypePerson, rec: "hebrew_name", score: 0.8})
		return
	}
}

// hebrewAgeAt reports whether an age opens at k: "son of" or "daughter
// of" and a number ("בן 78", "בת 40").
func hebrewAgeAt(t string, k int) bool {
	if k >= len(t) {
		return false
	}
	return (strings.HasPrefix(t[k:], "בן ") || strings.HasPrefix(t[k:], "בת ")) && k+len("בן ") < len(t) && isDigit(t[k+len("בן ")])
}

// hebrewNameEnds reports whether a name may end at e: the clause ends
// (hebrewClauseEnd), an age follows ("בן 78", "בת 40") or a word of one
// letter ('ת"ז', "ת.ז").
func hebrewNameEnds(t string, e int) bool {
	if hebrewClauseEnd(t, e) {
		return true
	}
	k := e + 1
	if e >= len(t) || t[e] != ' ' {
		return false
	}
	return hebrewAgeAt(t, k) || hebrewWordAt(t, k)-k == 2
}

// hebrewAgentVocative reads the customer's given name that the agent's
// label ending at q opens its line with ("נציג: אלון, לצורך ...",
// "Agent: נועה, שלחתי ...", "נציג: רועי שלום, ...", "נציג: בטח קרן,"),
// past one word of assent or greeting: a name hebrewGivenNames knows
// that a comma, a full stop, "hello" or the text's end follows.
func (s *state) hebrewAgentVocative(q int) {
	t := s.text
	if q >= len(t) || t[q] != ':' {
		return
	}
	q++
	for n := 0; n < 2; n++ {
		for q < len(t) && t[q] == ' ' {
			q++
		}
		e := hebrewWordAt(t, q)
		w := t[q:e]
		if hebrewAssent[w] && n == 0 {
			q = e
			continue
		}
		if !hebrewGivenNames[w] {
			return
		}
		if r := t[e:]; r == "" || r[0] == ',' || r[0] == '.' || r[0] == '!' || strings.HasPrefix(r, " שלום") {
			s.add(cand{start: q, end: e, typ: TypePerson, rec: "hebrew_name", score: 0.8})
		}
		return
	}
}

// agentLabelBefore returns the offset of the colon of an "Agent:" that
// opens the line right before p, one space between ("Agent: נועה"), or
// -1.
func agentLabelBefore(t string, p int) int {
	const label = "agent: "
	a := p - len(label)
	if a < 0 || !equalFoldWord(t[a:p-2], "agent") || t[p-2:p] != ": " || a > 0 && t[a-1] != '\n' && t[a-1] != ' ' && t[a-1] != ']' {
		return -1
	}
	return p - 2
}

// hebrewAssent are the words of assent and greeting that may open the
// agent's line before the customer's name: "sure", "yes", "hi", "thanks",
// "OK".
var hebrewAssent = setOf("בטח", "כן", "היי", "הי", "תודה", "אוקיי", "בסדר")

// hebrewLoneName reads the known given name at t[start:end] and the
// surname after it when they stand alone: opening the text, a line or a
// sentence (or after a speaker's label: "Customer: סאמר חורי , טל ...")
// and ending it, or before a dash, a bar, a comma or a phone's digits
// ("...\nחן יוסף", "מורן - שירות לקוחות", "הדס פרידמן +972 52 ...",
// "...₪. מיכל"); or ending the text after a comma ("... אשר/י, רותם").
// Elsewhere a given name is as often a word of the sentence ("אור",
// light; "חן", charm) or a name the reader cannot bound.
func (s *state) hebrewLoneName(start, end int) {
	t := s.text
	p := start
	opens := p == 0 || t[p-1] == '\n'
	if !opens && p >= 2 && t[p-1] == ' ' {
		opens = strings.IndexByte(":.!?", t[p-2]) >= 0
		if t[p-2] == ',' && !opens {
			if e := end; e == len(t) {
				s.add(cand{start: start, end: end, typ: TypePerson, rec: "hebrew_name", score: 0.8})
			}
			return
		}
	}
	if !opens {
		return
	}
	e := hebrewSurnameEnd(t, end, hebrewAloneAfter)
	if e == end && !hebrewAloneAfter(t, end) {
		return
	}
	s.add(cand{start: start, end: e, typ: TypePerson, rec: "hebrew_name", score: 0.8})
}

// hebrewAloneAfter reports whether a name alone ends at e: the text's or
// the line's end, a dash or a bar between spaces, a comma, or a phone's
// digits follow it.
func hebrewAloneAfter(t string, e int) bool {
	k := e
	for k < len(t) && t[k] == ' ' {
		k++
	}
	if k >= len(t) {
		return true
	}
	switch c := t[k]; {
	case c == '\n' || c == '\r' || c == ',' || c == '+' || isDigit(c):
		return true
	case (c == '-' || c == '|' || strings.HasPrefix(t[k:], "–")) && k > e:
		return true
	}
	return false
}

// hebrewSurnameEnd returns the end of the surname after the given name
// that ends at e, or e: a word of two letters or more one space after
// it, none of the sentence's (hebrewNotName), no greeting ("איתי שלום,"
// greets Itai) and none that "and" opens, after which the name ends as
// ends says.
func hebrewSurnameEnd(t string, e int, ends func(string, int) bool) int {
	if e+1 >= len(t) || t[e] != ' ' {
		return e
	}
	f := hebrewWordAt(t, e+1)
	if w := t[e+1 : f]; len(w) < 4 || hebrewNotName[w] || hebrewAssent[w] || w == "שלום" || strings.HasPrefix(w, "ו") || !ends(t, f) {
		return e
	}
	return f
}
