package redact

import "strings"

// rulesNationalImmigration covers the numbers an immigration authority
// gives one applicant's case, which a client quotes to a lawyer or an
// adviser: the US arrival record (I-94), the National Visa Center's case
// and the DS-160's confirmation; Canada's client identifier (UCI), its
// applications' and Express Entry profiles' numbers and the refugee
// board's files; the UK's visa application (GWF) and health surcharge
// (IHS) references, the Home Office's and the ACRO police certificate's.
// Each names one person as an A-number does. Those that open with the
// system's own letters ("GWF071348296") need no word; the others have
// the shape of any reference and need theirs near.
var rulesNationalImmigration = []Rule{
	{
		// The I-94 admission record's number, which CBP gives each entry
		// of one traveller: eleven characters, a capital among the digits
		// since 2013 ("68543219A12"; written too with nine digits before
		// the capital and one after), eleven digits before
		// ("69482017341"). Alone the digits are anyone's: the form's name
		// is in the pattern, right before the number ("I-94 # ...", "my
		// I-94 number is ..."), as the keyword table would read "I-94" as
		// "i". The label is short, so the windows the automaton reads
		// around every number of a text stay narrow ("admission number"
		// before it was left out: a rule of its own, gated by
		// "admission", for no value of the blind sets).
		Name:    "us_i94_number",
		Type:    "US_I94_NUMBER",
		Pattern: `(?:\A|[^\w\-])[Ii]-?94[ \t]?(?:#|[Nn]o\.?|[Nn]umber)?[ \t]?(?:is[ \t]|:)?[ \t]{0,2}(?P<v>\d{8}[A-Z]\d{2}|\d{9}[A-Z]\d|\d{11})\b`,
		Score:   0.6,
		Examples: []Example{
			{Text: "on H-1B with Brightwell, I-94 # 72413586B31, cell (512) 555-0143", Want: "72413586B31"},
			{Text: "I-94: 724135861B3, admit until D/S", Want: "724135861B3"},
			{Text: "my I-94 number is 48817293065 from the 2012 entry", Want: "48817293065"},
			{Text: "I-94 printed, 72413586B31", Want: ""},
			{Text: "I-94 # 72413586b31", Want: ""},
		},
	},
	{
		// The National Visa Center's case number of an immigrant visa:
		// the three letters of the consulate that will interview ("SDO",
		// "CDJ", "MNL"), the year the case was made and six digits
		// ("SDO2024713551").
		Name:           "us_nvc_case",
		Type:           "US_NVC_CASE_NUMBER",
		Pattern:        `\b(?P<v>[A-Z]{3}(?:19|20)\d{8})\b`,
		Score:          0.5,
		Keywords:       usNVCWords,
		Context:        usNVCWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "the NVC case is CDJ2023481077 and my husband's interview is pending", Want: "CDJ2023481077"},
			{Text: "National Visa Center case number MNL2024190365, petitioner Ana Reyes", Want: "MNL2024190365"},
			{Text: "the NVC case is CDJ3023481077", Want: ""},
			{Text: "the NVC case is CD2023481077", Want: ""},
		},
	},
	{
		// The confirmation number of a DS-160, the online application for
		// a US visa, which opens the applicant's saved form: "AA00" and
		// six capitals and digits ("AA00C7X4R9"), after the form's name or
		// its "confirmation".
		Name:           "us_ds160_confirmation",
		Type:           "US_DS160_CONFIRMATION",
		Pattern:        `\b(?P<v>AA00[0-9A-Z]{6})\b`,
		Score:          0.5,
		Keywords:       usDS160Words,
		Context:        usDS160Words,
		RequireContext: true,
		Examples: []Example{
			{Text: "the DS-160 timed out, confirmation number was AA00B4K7Q2, can I retrieve it?", Want: "AA00B4K7Q2"},
			{Text: "DS-160 confirmation: AA009XT41M for my son", Want: "AA009XT41M"},
			{Text: "DS-160 confirmation: AA01B4K7Q2", Want: ""},
			{Text: "DS-160 confirmation: AA00B4K7Q", Want: ""},
		},
	},
	{
		// Canada's unique client identifier, which IRCC gives a person for
		// life and prints on every permit: eight digits, "1187-3320", or
		// ten, "11-2384-5907", written grouped or whole.
		Name:           "ca_uci",
		Type:           "CA_UCI",
		Pattern:        numStart + `(?P<v>\d{2}-\d{4}-\d{4}|\d{4}-\d{4}|\d{10}|\d{8})\b`,
		Score:          0.5,
		Standalone:     true,
		Validate:       notYearRange,
		Keywords:       caUCIWords,
		Context:        caUCIWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "PGWP holder, UCI 11-4071-2286, permit expires in June", Want: "11-4071-2286"},
			{Text: "my wife's UCI is 1093-5518 and she is in Lahore", Want: "1093-5518"},
			{Text: "ircc says invalid UCI when i type 0010937741", Want: "0010937741"},
			{Text: "UCI 2024-2025 exchange semester", Want: ""},
			{Text: "UCI 11-4071-22869", Want: ""},
		},
	},
	{
		// The number of one application to IRCC: the letter of its kind
		// and nine digits, "V" a visitor visa, "S" a study permit, "W" a
		// work permit, "E" and "B" economic classes, "F" the family class,
		// "C" citizenship ("W307412856"); an Express Entry profile is "E"
		// and nine digits too. After the application's word or its
		// permit's: alone, a letter and nine digits are anyone's.
		Name:           "ca_ircc_application",
		Type:           "CA_IRCC_APPLICATION",
		Pattern:        `\b(?P<v>[BCEFSVW]\d{9})\b`,
		Score:          0.5,
		Keywords:       caIRCCWords,
		Context:        caIRCCWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "my open work permit application W318227405 is still in process", Want: "W318227405"},
			{Text: "citizenship application number C000481736, test passed in May", Want: "C000481736"},
			{Text: "my Express Entry profile number is E002918374, CRS 491", Want: "E002918374"},
			{Text: "application number A318227405", Want: ""},
			{Text: "application number W31822740", Want: ""},
		},
	},
	{
		// The file of a claim before Canada's Immigration and Refugee
		// Board: the office's letter (Toronto, Montreal, Vancouver), the
		// division's, the year's last digit and five digits ("TC4-18274").
		Name:           "ca_irb_file",
		Type:           "CA_IRB_FILE_NUMBER",
		Pattern:        `\b(?P<v>[TMV][ABC]\d-\d{5})\b`,
		Score:          0.5,
		Keywords:       caIRBWords,
		Context:        caIRBWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "my IRB file number is MB3-04417, hearing moved to March", Want: "MB3-04417"},
			{Text: "refugee claim file VC4-21187 — can my cousin attend?", Want: "VC4-21187"},
			{Text: "IRB file number XB3-04417", Want: ""},
			{Text: "IRB file number MB3-0441", Want: ""},
		},
	},
	{
		// The references of a UK visa application, printed on the
		// decision letter and the BRP's collection letter: its number,
		// "GWF" and nine digits ("GWF071348296"), and its immigration
		// health surcharge's, "IHS" and nine digits ("IHS091234578"). Their
		// letters name them: no word is needed.
		Name:    "uk_visa_reference",
		Type:    "UK_VISA_REFERENCE",
		Pattern: `\b(?P<v>(?:GWF|IHS)\d{9})\b`,
		Score:   0.6,
		Examples: []Example{
			{Text: "Skilled Worker visa, GWF073318842, decided yesterday", Want: "GWF073318842"},
			{Text: "paid the surcharge, IHS ref IHS204418873, is my GP covered?", Want: "IHS204418873"},
			{Text: "ref GWF07331884", Want: ""},
			{Text: "IHS Markit index 20441887", Want: ""},
			{Text: "IHS2044188731 is no reference", Want: ""},
		},
	},
	{
		// The Home Office's reference of a person's immigration file,
		// on its letters: a capital and seven digits, maybe a slash and
		// the file's part ("H2918374", "B1234567/2"), after its name.
		Name:           "uk_home_office_ref",
		Type:           "UK_HOME_OFFICE_REF",
		Pattern:        `\b(?P<v>[A-Z]\d{7}(?:/\d{1,2})?)\b`,
		Score:          0.5,
		Keywords:       ukHomeOfficeRefWords,
		Context:        ukHomeOfficeRefWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "the refusal letter quotes my Home Office ref K3318270, can we appeal?", Want: "K3318270"},
			{Text: "DOB 01.01.1990 | HO ref: T4410927/2 | Tel: 0116 496 0123", Want: "T4410927/2"},
			{Text: "Home Office ref K33182701", Want: ""},
			{Text: "Home Office ref 43318270", Want: ""},
		},
	},
	{
		// The reference of a police certificate from ACRO, the UK's
		// criminal records office, which visa applications ask for: two
		// digits, six, two and a letter ("00/482917/25C").
		Name:           "uk_acro_certificate",
		Type:           "UK_POLICE_CERTIFICATE",
		Pattern:        numStart + `(?P<v>\d{2}/\d{6}/\d{2}[A-Z])\b`,
		Score:          0.5,
		Keywords:       ukPoliceCertificateWords,
		Context:        ukPoliceCertificateWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "my police certificate number from ACRO is 00/773104/24H", Want: "00/773104/24H"},
			{Text: "ACRO ref 01/118420/25B for the DS-260", Want: "01/118420/25B"},
			{Text: "ACRO ref 01/118420/2025", Want: ""},
			{Text: "ACRO ref 01/11842/25B", Want: ""},
		},
	},
}

// usNVCWords name the National Visa Center's case: the centre and CEAC,
// the State Department's site where the case is tracked.
var usNVCWords = []string{"nvc", "national visa center", "nvc case", "ceac"}

// usDS160Words name a DS-160's confirmation: the form's name, which the
// keyword table reads as "ds" (its words are letters), and the
// confirmation's.
var usDS160Words = []string{"ds", "confirmation", "confirmation number", "confirmation no"}

// caUCIWords name Canada's unique client identifier.
var caUCIWords = []string{"uci", "unique client identifier", "unique client id", "client identifier"}

// caIRCCWords name an application to IRCC: the application's words, the
// department, the permits and visas applied for,
// the Express Entry profile, and "maintained status", the right to stay
// while an extension's application is pending.
var caIRCCWords = []string{"application", "applications", "application number", "application no", "ircc", "uci", "study permit", "work permit", "visitor visa", "express entry", "profile number", "profile no", "maintained status", "pgwp", "sponsorship"}

// caIRBWords name a file of Canada's Immigration and Refugee Board: the
// board, its refugee protection and appeal divisions, and the claim.
var caIRBWords = []string{"irb", "immigration and refugee board", "rpd", "refugee protection division", "refugee claim", "refugee hearing", "iad"}

// ukHomeOfficeRefWords name the Home Office's reference of a file: the
// office's name, or "HO", before the reference's word.
var ukHomeOfficeRefWords = []string{"home office ref", "home office reference", "home office number", "ho ref", "ho reference", "ho number"}

// ukPoliceCertificateWords name a police certificate: ACRO, which
// issues the UK's, and the certificate's own name.
var ukPoliceCertificateWords = []string{"acro", "police certificate", "police cert", "police clearance"}

// notYearRange reports whether m, "2024-2025" or "1998-1999", is no
// span of two years, which a client identifier's eight digits grouped in
// fours would be read as after "UCI" (the University of California,
// Irvine, writes its academic years so).
func notYearRange(m string) bool {
	a, b, ok := strings.Cut(m, "-")
	if !ok || len(a) != 4 || len(b) != 4 {
		return true
	}
	return !(yearLike(a) && yearLike(b))
}
