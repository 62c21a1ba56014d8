package redact

// What a drug maker's medical information desk, a trial's site and a
// clinic write in chat about one patient (session 66): the number a
// trial or a hospital gives the patient, right after its word, and the
// initials a safety report names the patient by.

// patientWords are the words of a patient's or a trial participant's
// number in the chat languages, right before it: "Subject 104-0027",
// "participant number was SCR-0418-022", "Patient 12-045",
// "Patientennummer 2204-0178", "la patiente n° 07-019", "Sujet
// 0412-0093".
var patientWords = []string{"subject", "participant", "patient", "patiente", "patientin", "patientennummer", "sujet", "proband",
	"probandin", "teilnehmer", "teilnehmerin", "teilnehmernummer", "paciente", "participante"}

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
		Pattern: `(?i:\b(?:subject|participant|patient|patiente|patientin|patientennummer|sujet|proband|probandin|teilnehmer|teilnehmerin|teilnehmernummer|paciente|participante)` +
			`(?:[ \t]*(?:number|no\.?|id|n°|nr\.?|nummer|#))?(?:[ \t]+(?:was|is|ist|est|es))?[ \t]*[:#]?[ \t]*)` +
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
		// A patient named by initials after their word: two to four
		// capitals, each with its period, maybe joined by a hyphen or a
		// space ("J.R.T.", "H.-P. M.", "A.N.M.").
		Name:     "patient_initials",
		Type:     TypePerson,
		Pattern:  `(?i:\b(?:initials|initialen|initiales|iniciales|iniziali|initialer)[ \t]*:?[ \t]*)(?P<v>[A-Z]\.(?:-?[A-Z]\.|[ \t][A-Z]\.){1,3})(?:[\s,;)]|$)`,
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
}

func init() {
	register(healthRules...)
}
