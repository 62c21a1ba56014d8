package redact

import "strings"

// A person's date of death after the words that say it (session 77):
// funeral homes, probate offices and the bereavement teams of banks and
// utilities are told it in chat ("who died on 30 August 2024", "Date of
// death: 04/11/2024", "DOD: 10/21/2024", "falleció el 3 de octubre"). With
// the name it identifies the deceased as a date of birth identifies the
// living, and it stands beside one in most such messages.

// TypeDateOfDeath is a person's date of death, named so in Presidio's
// style; Presidio has no such type.
const TypeDateOfDeath = "DATE_OF_DEATH"

// deathWords are the words before the date, in the chat languages, as
// the prefilter's keywords: the verbs of dying in the past and the
// labels of the date. "passed" alone is left out ("the MOT passed on
// 12/03/2024"). deathWordsEN and deathWordsEU match the same words,
// English's and the other languages', in two rules: a long alternation
// costs a rule's search at every position, and made it give up.
var deathWords = []string{"died", "passed away", "deceased", "date of death", "dod", "d.o.d",
	"fallecido", "fallecida", "falleció", "fallecio", "murió", "murio", "fecha de defunción",
	"deceduto", "deceduta", "décédé", "décédée", "date de décès", "verstorben", "gestorben", "sterbedatum",
	"overleden", "overlijdensdatum", "faleceu", "falecido", "falecida"}

const (
	deathWordsEN = `(?:died|deceased|date of death|d\.?o\.?d|passed away(?: peacefully)?)`
	deathWordsEU = `(?:f(?:alleci(?:do|da|ó|o)|echa de defunci[oó]n|alec(?:eu|id[oa]))|muri[oó]|d(?:ecedut[oa]|[ée]c[ée]d[ée]e?|ate de d[ée]c[eè]s)|` +
		`verstorben|gestorben|sterbedatum|overl(?:eden|ijdensdatum))`
	// deathAfterEN and deathAfterEU are what follows the words: maybe
	// "on" (or "el", "il", "le", "am", "op", "em") and a colon, then the
	// date and its end.
	deathAfterEN = `\.?:?(?:[ \t]on)?:?[ \t]{1,2}(?P<v>` + deathDate + `)(?:[^\w]|\z)`
	deathAfterEU = `\.?:?(?:[ \t](?:el|il|le|am|op|em))?:?[ \t]{1,2}(?P<v>` + deathDate + `)(?:[^\w]|\z)`
)

// deathDate is the date after the words: numbers ("04/11/2024",
// "2024-10-30", "19.10.2024"), a day and a month's word with maybe the
// year ("30 August 2024", "9th November 2024", "3 de octubre", "6 Oct"),
// or the month's word first ("October 29, 2024"). The word must be a
// month's name of monthNames (validDeathDate): the pattern reads any
// letters, which keeps its program small.
const deathDate = `(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|` +
	`\d{1,2}(?:st|nd|rd|th|er)?[ \t](?:de[ \t])?` + deathMonthWord + `(?:\.?[ \t](?:de[ \t])?\d{4})?|` +
	deathMonthWord + `[ \t]\d{1,2},?[ \t]\d{4})`

// deathMonthWord is a word that may be a month's name: ASCII letters
// ending at a boundary, or one of the names with a letter beyond ASCII.
// The boundary keeps the search from trying every length of the run.
const deathMonthWord = `(?:[a-zA-Z]{3,10}\b|f[ée]vrier|ao[uû]t|d[ée]cembre|m[äa]rz|mar[çc]o)`

var deathRules = []Rule{
	{
		// The date right after its word, maybe after "on" and a colon:
		// "died on 8th Feb 2024", "passed away peacefully on 9th November
		// 2024", "Date of death: 28-10-2024", "DOD 03/15/2024". A date
		// further on is not taken ("died in 2019 and the account closed
		// on ...").
		Name:     "date_of_death",
		Type:     TypeDateOfDeath,
		Pattern:  `(?i)\b` + deathWordsEN + deathAfterEN,
		Validate: validDeathDate,
		Keywords: deathWords,
		Score:    0.8,
		Examples: []Example{
			{Text: "executor of the above, who died on 30 August 2024", Want: "30 August 2024"},
			{Text: "Date of death: 04/11/2024", Want: "04/11/2024"},
			{Text: "Decedent: Lucille Marie Fontenot | DOB: 04/02/1939 | DOD: 10/21/2024 | SSN", Want: "10/21/2024"},
			{Text: "Harold Whitfield, 83, of Springfield, passed away on October 29, 2024.", Want: "October 29, 2024"},
			{Text: "Ellen (Peggy) passed away peacefully on 9th November 2024, aged 86", Want: "9th November 2024"},
			{Text: "Chen Jian Guo, b. 1940-03-18, died 2024-10-30", Want: "2024-10-30"},
			{Text: "my MOT passed on 12/03/2024", Want: ""},
			{Text: "he died in 2019 and the account closed on 03/04/2020", Want: ""},
			{Text: "died on 45/13/2024", Want: ""},
			{Text: "died on 3 hours 2024", Want: ""},
		},
	},
	{
		// The same after the words of the other languages, maybe after
		// "el", "il", "le", "am" or "op": "fallecida el 21/01/2024", "è
		// deceduto il 15 ottobre", "décédé le 27/01/2024", "verstorben
		// am 03.02.2024", "overleden op 12-08-2024".
		Name:     "date_of_death_eu",
		Type:     TypeDateOfDeath,
		Pattern:  `(?i)\b` + deathWordsEU + deathAfterEU,
		Validate: validDeathDate,
		Keywords: deathWords,
		Score:    0.8,
		Examples: []Example{
			{Text: "Buenos días, mi padre falleció el 3 de octubre", Want: "3 de octubre"},
			{Text: "mio padre è deceduto il 15 ottobre", Want: "15 ottobre"},
			{Text: "Jean-Pierre Lefèvre est décédé le 12 février 2024", Want: "12 février 2024"},
			{Text: "Vater verstorben am 03.02.2024", Want: "03.02.2024"},
			{Text: "meine Mutter ist am 03.02.2024 verstorben", Want: ""},
		},
	},
}

// validDeathDate reports whether the numbers of the date v make a day and
// a month, either way round for a date of numbers, or whether its word
// is a month's name (monthNames, the table the dates' reader uses).
func validDeathDate(v string) bool {
	var n [3]int
	k, digits := 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			if k < 3 {
				n[k] = n[k]*10 + int(c-'0')
			}
			digits++
		case c == '/' || c == '.' || c == '-':
			k++
		default:
			return monthWordIn(v)
		}
	}
	if k != 2 || digits < 4 {
		return false
	}
	if n[0] >= 1000 {
		return n[1] >= 1 && n[1] <= 12 && n[2] >= 1 && n[2] <= 31
	}
	day := func(d, m int) bool { return d >= 1 && d <= 31 && m >= 1 && m <= 12 }
	return day(n[0], n[1]) || day(n[1], n[0])
}

func init() {
	register(deathRules...)
}

// monthWordIn reports whether the first run of letters in v, in lower
// case, is a month's name of monthNames ("30 August 2024", "3 de
// octubre": "de" is passed over, "6 Oct." read without its period).
func monthWordIn(v string) bool {
	for i := 0; i < len(v); {
		if isDigit(v[i]) || v[i] == ' ' || v[i] == '\t' || v[i] == ',' || v[i] == '.' {
			i++
			continue
		}
		j := i
		for j < len(v) && !isDigit(v[j]) && v[j] != ' ' && v[j] != '\t' && v[j] != ',' && v[j] != '.' {
			j++
		}
		w := strings.ToLower(v[i:j])
		if w != "de" && w != "st" && w != "nd" && w != "rd" && w != "th" && w != "er" {
			m := monthNames[w] // weekdays are there too, from weekdayBase on
			return m >= 1 && m <= 12
		}
		i = j
	}
	return false
}
