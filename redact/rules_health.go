package redact

import "strings"

// What a drug maker's medical information desk, a trial's site and a
// clinic write in chat about one patient (session 66): the number a
// trial or a hospital gives the patient, right after its word, and the
// initials a safety report names the patient by; and the numbers of the
// checks of those who work with children or patients (a DBS
// certificate's, a PVG scheme's, a Working With Children Check's).

// patientWords are the words of a patient's or a trial participant's
// number in the chat languages, right before it: "Subject 104-0027",
// "participant number was SCR-0418-022", "Patient 12-045",
// "Patientennummer 2204-0178", "la patiente n° 07-019", "Sujet
// 0412-0093". They are patient_id's keywords and its pattern's words
// alike (letters only, so no quoting is needed).
var patientWords = []string{"subject", "participant", "patient", "patiente", "patientin", "patientennummer", "sujet", "proband",
	"probandin", "teilnehmer", "teilnehmerin", "teilnehmernummer", "paciente", "participante"}

// patientNumberWords are patient_number's words: a patient's, not a
// trial's participant's (whose number has patient_id's shape; "our DTC
// participant number is 0226" names a firm), in the chat languages.
var patientNumberWords = []string{"patient", "patiente", "patientin", "paciente", "paziente", "patiënt", "patiëntnummer", "patientnummer", "patientennummer"}

// The words between a patient's word and the number, in both rules'
// patterns: a number's word, then maybe a verb of being.
const (
	patientNoWord = `(?:number|no\.?|id|n°|nr\.?|nummer|#)`
	patientIsWord = `(?:[ \t]+(?:was|is|ist|est|es|è))?`
)

// initialsWords are the words that name a patient by initials:
// "initials J.R.T.", "Initialen H.-P. M.", "initiales R.D.".
var initialsWords = []string{"initials", "initialen", "initiales", "iniciales", "iniziali", "initialer"}

var healthRules = []Rule{
	{
		// A patient's or a trial participant's number: two to four
		// digits, a hyphen and three or four more (a site's and a
		// patient's number), maybe after a study's letters and before
		// a last group ("SCR-0418-022"), right after its word, maybe
		// after "number", "no.", "n°", "ID" or "was" and a colon. The
		// study's protocol ("HTX-2207-03") follows no such word; a
		// date of a year and a month ("Subject: 2024-11") has two
		// digits after the hyphen.
		Name: "patient_id",
		Type: "PATIENT_ID",
		Pattern: `(?i:\b(?:` + strings.Join(patientWords, "|") + `)` +
			`(?:[ \t]*` + patientNoWord + `)?` + patientIsWord + `[ \t]*[:#]?[ \t]*)` +
			`(?P<v>(?:[A-Z]{2,4}-)?\d{2,4}-\d{3,4}(?:-\d{2,3})?)\b`,
		Keywords: patientWords,
		Score:    0.6,
		Examples: []Example{
			{Text: "Site 104 here (Leeds). Subject 104-0027 had an SAE overnight", Want: "104-0027"},
			{Text: "can you resend the query for subject 2207-0114? Site staff say", Want: "2207-0114"},
			{Text: "my participant number was SCR-0418-022 i think", Want: "SCR-0418-022"},
			{Text: "Prüfzentrum 12: Patient 12-045 (Initialen H.-P. M.) hat", Want: "12-045"},
			{Text: "Ich bin Teilnehmerin der Studie (Patientennummer 2204-0178) und", Want: "2204-0178"},
			{Text: "la patiente n° 07-019, née le 09/02/1989", Want: "07-019"},
			{Text: "Subject: 2024-11 invoice attached", Want: ""},
			{Text: "Protocol HTX-2207-03 amendment", Want: ""},
			{Text: "subject to a 10-day notice", Want: ""},
		},
	},
	{
		// A patient's number of one group at a practice or a clinic
		// (a dentist's, an optician's): four to ten digits that end
		// their word (not the first group of "30481-2217"), maybe after
		// one to three letters, when "number", "no.", "ID" or "n°"
		// follows the patient's word or the two are one word
		// ("patient no. 22871", "patient ID 00731", "Patiëntnummer
		// 30882"); a count or an age follows the bare word ("patient 3
		// was seen").
		Name: "patient_number",
		Type: "PATIENT_ID",
		Pattern: `(?i:\b(?:(?:` + strings.Join(patientNumberWords, "|") + `)[ \t]*` + patientNoWord + `|patientennummer|patientnummer|patiëntnummer|patiëntnr\.?)` +
			patientIsWord + `[ \t]*[:#]?[ \t]*)(?P<v>(?:[A-Z]{1,3}-?)?\d{4,10})(?:[^\w\-]|\z)`,
		Keywords: patientNumberWords,
		Score:    0.6,
		Examples: []Example{
			{Text: "name's Jess Nguyen, patient no. 22871", Want: "22871"},
			{Text: "updated on your record (patient ID 00731). For the bank", Want: "00731"},
			{Text: "Patiëntnummer 30882. Mvg, Erik", Want: "30882"},
			{Text: "paziente n° PZ-448120, visita del 3 maggio", Want: "PZ-448120"},
			{Text: "patient 2024 was seen twice", Want: ""},
			{Text: "patient no. 3 was seen", Want: ""},
			{Text: "patient ID card please", Want: ""},
			{Text: "patient no. 30481-2217 please", Want: ""},
		},
	},
	{
		// A patient named by initials after their word: two to four
		// capitals, each with its period, maybe joined by a hyphen or a
		// space ("J.R.T.", "H.-P. M.", "A.N.M.").
		Name:     "patient_initials",
		Type:     TypePerson,
		Pattern:  `(?i:\b(?:` + strings.Join(initialsWords, "|") + `)[ \t]*:?[ \t]*)(?P<v>[A-Z]\.(?:-?[A-Z]\.|[ \t][A-Z]\.){1,3})(?:[\s,;)]|$)`,
		Keywords: initialsWords,
		Score:    0.6,
		Examples: []Example{
			{Text: "Patient initials J.R.T., male, DOB 02/11/1956", Want: "J.R.T."},
			{Text: "Patient 12-045 (Initialen H.-P. M.) hat am 03.03.2025", Want: "H.-P. M."},
			{Text: "le patient (initiales R.D.) est hospitalisé", Want: "R.D."},
			{Text: "patient is subject 104-0042, initials A.N.M.", Want: "A.N.M."},
			{Text: "initials only please", Want: ""},
			{Text: "initials J. please", Want: ""},
		},
	},
	{
		// The number of a UK DBS certificate (the Disclosure and Barring
		// Service's check of those who work with children or vulnerable
		// adults): twelve digits, maybe in fours, after its word. No
		// check digit is published.
		Name:            "uk_dbs_number",
		Type:            "UK_DBS_NUMBER",
		Pattern:         numStart + `(?P<v>\d{4} ?\d{4} ?\d{4})\b`,
		Keywords:        dbsWords,
		Context:         dbsWords,
		RequireContext:  true,
		Standalone:      true,
		NegativeContext: numberDecoyWords,
		Score:           0.6,
		Examples: []Example{
			{Text: "Rev Catherine Ashworth's DBS certificate no. is 4919 6284 5628 (update service)", Want: "4919 6284 5628"},
			{Text: "dbs no 381611145552 for the new caretaker, start date 01/09/2025", Want: "381611145552"},
			{Text: "the DBS fee is £18 and takes 14 days", Want: ""},
			{Text: "dbs 4111 1111 1111 1111", Want: ""},
		},
	},
	{
		// Scotland's PVG scheme number (Protecting Vulnerable Groups, the
		// Scottish DBS): sixteen digits, maybe in fours, after "PVG".
		Name:            "uk_pvg_number",
		Type:            "UK_PVG_NUMBER",
		Pattern:         numStart + `(?P<v>\d{4} ?\d{4} ?\d{4} ?\d{4})\b`,
		Keywords:        []string{"pvg"},
		Context:         []string{"pvg", "pvg scheme", "pvg number", "pvg membership"},
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Score:           0.6,
		Examples: []Example{
			{Text: "Morag Buchanan's PVG scheme number is 1628 9271 1323 7125, she's joining", Want: "1628 9271 1323 7125"},
			{Text: "PVG 1628927113237125", Want: "1628927113237125"},
			{Text: "order 1628 9271 1323 7125", Want: ""},
		},
	},
	{
		// New South Wales' Working With Children Check: "WWC", seven
		// digits and "E" (an employee's) or "V" (a volunteer's).
		Name:    "au_wwc_number",
		Type:    "AU_WWC_NUMBER",
		Pattern: `\b(?P<v>WWC\d{7}[EV])\b`,
		Score:   0.7,
		Examples: []Example{
			{Text: "Working With Children Check for Lagi Tuiasosopo: WWC2087341E, expires 11/2029", Want: "WWC2087341E"},
			{Text: "wwc check WWC2087341V done", Want: "WWC2087341V"},
			{Text: "ref WWC20873411", Want: ""},
		},
	},
}

// dbsWords are the words of a DBS certificate's number.
var dbsWords = []string{"dbs", "dbs certificate", "dbs number", "dbs no", "disclosure and barring", "disclosure number"}

func init() {
	register(healthRules...)
}
