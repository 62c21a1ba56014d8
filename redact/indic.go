package redact

import "unicode/utf8"

// Names written in the scripts of South Asia after the words that name a
// person. Bengali since session 69: "আমার নাম রুবিনা আক্তার" (my name
// is), "নাম: সুমাইয়া ইসলাম" (name:), "বাবার নাম আব্দুল মান্নান" (father's
// name). Since session 70 Devanagari (Hindi, Marathi, Nepali: "मेरा नाम
// अमित वर्मा है", "माझं नाव स्नेहा कुलकर्णी", "मेरो नाम सुनिता श्रेष्ठ हो"),
// Tamil ("என் பெயர் கார்த்திக் சுப்பிரமணியன்", "திரு. ராஜேந்திரன்"), Sinhala
// ("මගේ නම නිමාලි ජයසූරිය") and the other scripts of India, each after its
// word for "name". These scripts have no capitals; after its word the
// name is the next one to four words of the script, up to a word of the
// sentence ("is", "and", "my", "number", ...) or the danda or the mark
// that ends it. The words share gCJKName's group, whose reader hands
// them here (cjkNameAfter).

// indicNameWords are the words after which a name follows (gCJKName), by
// language: "name" (of "my name", "father's name" and a form's label),
// "the account holder", "the recipient" and, in Tamil, "Mr" and "Mrs".
// Nepali's words are Hindi's ("नाम", "प्राप्तकर्ता").
var indicNameWords = map[string][]string{
	"bn": {"নাম", "নামঃ", "হিসাবধারী", "প্রাপক"},
	"hi": {"नाम", "प्राप्तकर्ता", "खाताधारक", "श्रीमती",
		// Session 70's Hindi set: "Mr", "Ms", "Miss" (कु., Kumari), "Dr",
		// the roles of a form ("applicant", "pensioner", "head of the
		// family", "student", "father", "mother", "husband", "wife",
		// "customer", "patient") and the honorific "ji" after a name,
		// which indicNameBefore reads back from.
		"श्री", "सुश्री", "श्रीमान", "कु", "डॉ", "आवेदक", "पेंशनर", "मुखिया", "छात्र", "छात्रा", "पिता", "माता", "पति", "पत्नी",
		"ग्राहक", "मरीज़", "मरीज", "जी"},
	"mr": {"नाव", "नावः"},
	"ta": {"பெயர்", "திரு", "திருமதி", "பெறுநர்"},
	"si": {"නම", "ලබන්නා"},
	"gu": {"નામ"},
	"pa": {"ਨਾਮ", "ਨਾਂ"},
	"te": {"పేరు"},
	"kn": {"ಹೆಸರು"},
	"ml": {"പേര്"},
}

// indicNotName are the words of a sentence that end a name read after
// its word. Bengali: "is", "and", "my", "from", "with", "number",
// "account", "mobile", "what", "not", "wrong", "right", "this". Hindi and
// Nepali: "is", "was", "and", "my", "of", "to", "from", "in", "on",
// "number", "account", "mobile", "what", "not", "this", "birth",
// "address", "wrong", "right", "change", the honorific "ji", and the
// words after a role's ("customer number", "customer service",
// "complaint"). Marathi:
// "is", "and", "my", "on", "of". Tamil: "and", "my", "number", "is".
// Sinhala: "and", "my", "number", "is".
var indicNotName = setOf(
	"হয়", "এবং", "আর", "আমার", "থেকে", "দিয়ে", "নম্বর", "নং", "একাউন্ট", "অ্যাকাউন্ট", "মোবাইল", "কি", "কী", "না", "নাই", "ভুল", "সঠিক", "এই", "ও",
	"है", "हैं", "हो", "था", "थी", "और", "मेरा", "मेरी", "मेरे", "मेरो", "का", "की", "के", "को", "से", "में", "पर", "नंबर", "नम्बर", "खाता",
	"मोबाइल", "क्या", "नहीं", "यह", "ये", "जन्म", "पता", "गलत", "ग़लत", "सही", "बदलना", "बदलें", "जी", "र", "छ", "मा", "बाट",
	"क्रमांक", "संख्या", "आईडी", "सेवा", "केंद्र", "शिकायत",
	"आहे", "आणि", "माझं", "माझे", "माझा", "माझी", "वर", "चा", "ची", "चे",
	"மற்றும்", "என்", "எனது", "எண்", "ஆகும்", "உள்ளது",
	"සහ", "මගේ", "අංකය", "වේ",
)

// indicLetter reports whether r is a letter or a sign of the scripts from
// Devanagari to Sinhala (U+0900 to U+0DFF), but a danda (U+0964, U+0965)
// or a digit of its block.
func indicLetter(r rune) bool {
	return r >= 0x900 && r <= 0xDFF && r != 0x964 && r != 0x965 && (r&0x7F < 0x66 || r&0x7F > 0x6F)
}

// indicWordAt returns the end of the word of these scripts at q (its
// letters and signs, a zero-width joiner or non-joiner between them), or
// q.
func indicWordAt(t string, q int) int {
	k := q
	for k < len(t) {
		r, size := utf8.DecodeRuneInString(t[k:])
		if !indicLetter(r) && !(k > q && (r == 0x200C || r == 0x200D)) {
			break
		}
		k += size
	}
	return k
}

// indicLead reports whether t[i] starts a character of the scripts from
// Devanagari to Sinhala (U+0900 to U+0DFF: E0 A4 80 to E0 B7 BF).
func indicLead(t string, i int) bool {
	return t[i] == 0xe0 && i+1 < len(t) && t[i+1] >= 0xa4 && t[i+1] <= 0xb7
}

// indicTitles are the titles that may stand between a name's word and
// the name ("नाम - श्रीमती कमला देवी"): no part of the name.
var indicTitles = setOf("श्री", "श्रीमती", "सुश्री", "श्रीमान", "कु", "डॉ")

// indicGreetings are the words after which a name and "ji" greet or
// thank a person ("नमस्ते अंकित जी", "धन्यवाद राजेश जी"): "hello",
// "thanks", "dear".
var indicGreetings = setOf("नमस्ते", "नमस्कार", "धन्यवाद", "शुक्रिया", "प्रिय", "आदरणीय")

// indicNotBeforeJi are the words that "ji" follows that name no one:
// "yes", "right", "sir", "madam", "brother", "sister", "thanks", "no",
// "okay", "is".
var indicNotBeforeJi = setOf("हाँ", "हां", "ठीक", "सर", "मैडम", "भाई", "बहन", "धन्यवाद", "नहीं", "अच्छा", "है", "जी", "बिल्कुल", "माता", "पिता")

// indicName reads the name that the word [start, end) of indicNameWords
// names: after it, or before it for "ji".
func (s *state) indicName(start, end int) {
	if s.text[start:end] == "जी" {
		s.indicNameBefore(start)
		return
	}
	s.indicNameAfter(end)
}

// indicNameBefore reads the one word of the script before " ji" that
// starts at p as a name, when a greeting, a colon, a comma or the line's
// start stands before it: "नमस्ते अंकित जी", "एजेंट: विकास जी".
func (s *state) indicNameBefore(p int) {
	t := s.text
	if p < 2 || t[p-1] != ' ' {
		return
	}
	e := p - 1
	a := e
	for a > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:a])
		if !indicLetter(r) && r != 0x200C && r != 0x200D {
			break
		}
		a -= size
	}
	if a == e || utf8.RuneCountInString(t[a:e]) < 2 || indicNotBeforeJi[t[a:e]] || indicTitles[t[a:e]] {
		return
	}
	// What stands before the name: the line's start, a colon or a comma,
	// or a greeting's word.
	b := a
	for b > 0 && t[b-1] == ' ' {
		b--
	}
	ok := b == 0 || t[b-1] == '\n' || t[b-1] == ':' || t[b-1] == ','
	if !ok {
		g := b
		for g > 0 {
			r, size := utf8.DecodeLastRuneInString(t[:g])
			if !indicLetter(r) {
				break
			}
			g -= size
		}
		ok = indicGreetings[t[g:b]]
	}
	if ok {
		s.add(cand{start: a, end: e, typ: TypePerson, rec: "indic_name", score: 0.8})
	}
}

// indicNameAfter reads a name of one to four words of these scripts
// after the word that ends at p, past a colon, a full stop, a dash and
// spaces ("नाम — अमित वर्मा", "திரு. ராஜேந்திரன்"). "মোঃ", Bengali's
// "Md.", opens the name as a word of its own.
func (s *state) indicNameAfter(p int) {
	t := s.text
	q := p
	for q < len(t) {
		switch {
		case t[q] == ' ' || t[q] == ':' || t[q] == '.' || t[q] == '-':
			q++
			continue
		case q+3 <= len(t) && (t[q:q+3] == "—" || t[q:q+3] == "–"):
			q += 3
			continue
		}
		break
	}
	if q >= len(t) || !indicLead(t, q) {
		return
	}
	// A title before the name: "नाम - श्रीमती कमला देवी", "कु. अंजलि".
	if k := indicWordAt(t, q); indicTitles[t[q:k]] {
		for k < len(t) && (t[k] == '.' || t[k] == ' ') {
			k++
		}
		if k >= len(t) || !indicLead(t, k) {
			return
		}
		q = k
	}
	if e := scriptNameEnd(t, q, 4, indicWordAt, indicNotName, ""); e > q {
		s.add(cand{start: q, end: e, typ: TypePerson, rec: "indic_name", score: 0.8})
	}
}
