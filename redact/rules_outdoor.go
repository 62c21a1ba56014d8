package redact

// rulesOutdoor covers the numbers a boat owner or a farmer quotes to a
// marina, a registry or a farm office (session 76, the blind set of
// marinas, licences and farms): a boat's radio identity (MMSI, call
// sign) and hull identification number, and a British bovine's ear tag
// (a holding's CPH number is farm_number's, in rules_services.go). A
// private boat's numbers lead to its owner as a car's plate does, a
// herd's tags to its farmer. Those whose shape is anyone's need their
// word.
var rulesOutdoor = []Rule{
	{
		// A ship station's Maritime Mobile Service Identity: nine digits,
		// the first three the flag state's maritime identification
		// digits (201 to 775, so the first digit 2 to 7), after "MMSI".
		Name:           "mmsi_number",
		Type:           TypeMMSI,
		Pattern:        numStart + `(?P<v>[2-7]\d{8})\b`,
		Score:          0.6,
		Keywords:       mmsiWords,
		Context:        mmsiWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "MMSI: 235087641\nCall sign: MFKJ6", Want: "235087641"},
			{Text: "Båtens MMSI er 257312840 og kallesignal LG4821", Want: "257312840"},
			// A coast station's (00...) or a group's (0...) number; ten digits; no word.
			{Text: "MMSI 002320001 for the coastguard", Want: ""},
			{Text: "MMSI 2350876410", Want: ""},
			{Text: "order 235087641 shipped", Want: ""},
		},
	},
	{
		// A radio station's call sign as its licence gives it: one to four
		// capitals, a digit, then up to four capitals or digits ("MFKJ6",
		// "EIKP5", "LG4821", "DJ7845", "2E0ABC"), after its word. A
		// licensee's call sign names the boat's owner or the amateur
		// operator.
		Name:           "radio_call_sign",
		Type:           TypeCallSign,
		Pattern:        `\b(?P<v>[A-Z]{1,4}\d[A-Z0-9]{0,4}|\d[A-Z]\d[A-Z]{1,3})\b`,
		Score:          0.5,
		Validate:       validCallSign,
		Keywords:       callSignWords,
		Context:        callSignWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Call sign: MFKJ6\nOwner: Colin Etherington", Want: "MFKJ6"},
			{Text: "I have the VHF licence from ComReg, callsign EIKP5, do ye need a copy?", Want: "EIKP5"},
			{Text: "Funkrufzeichen DJ7845, MMSI 211693422", Want: "DJ7845"},
			// Letters alone; a lone digit; no word.
			{Text: "call sign: ALPHA", Want: ""},
			{Text: "call sign 7", Want: ""},
			{Text: "the DJ7845 model", Want: ""},
		},
	},
	{
		// A recreational boat's hull identification number (ISO 10087):
		// the country's two capitals and a dash, the builder's three
		// capitals, five capitals or digits of the serial, the month of
		// building as a letter A to L, its year's last digit and the
		// model year's two ("GB-HRZ41227L920"). The dash and the month's
		// letter between digits make the shape rare enough to need no
		// word.
		Name:    "hull_identification_number",
		Type:    TypeHullID,
		Pattern: `\b(?P<v>[A-Z]{2}-[A-Z]{3}[A-Z0-9]{5}[A-L]\d{3})\b`,
		Score:   0.6,
		Examples: []Example{
			{Text: "hin on the transom reads GB-HRZ41227L920 but the paperwork says otherwise", Want: "GB-HRZ41227L920"},
			{Text: "numéro de coque, c'est bien FR-BEN22518K415 sur le tableau arrière ?", Want: "FR-BEN22518K415"},
			// A month letter past L; lower case; no dash.
			{Text: "Hull ID AU-QCR41176M718", Want: ""},
			{Text: "Hull ID au-qcr41176g718", Want: ""},
		},
	},
	{
		// A British bovine's ear tag and passport number: "UK", the herd's
		// six digits, a check digit 1 to 7 and the calf's five digits
		// ("UK 342901 500128", "UK187604402041"); the check digit is the
		// herd's and the calf's eleven digits modulo 7, plus 1.
		Name:     "uk_cattle_tag",
		Type:     TypeUKCattleTag,
		Pattern:  `\b(?P<v>UK ?\d{6} ?[1-7]\d{5})\b`,
		Score:    0.6,
		Validate: validUKCattleTag,
		Context:  cattleTagWords,
		Examples: []Example{
			{Text: "calf tagged UK 342901 500128 died at 3 days old", Want: "UK 342901 500128"},
			{Text: "Passport for UK187604402041 has the wrong dam tag on it", Want: "UK187604402041"},
			// The check digit wrong; eight digits after the herd.
			{Text: "calf tagged UK 342901 600128 died", Want: ""},
			{Text: "UK 342901 50012811", Want: ""},
		},
	},
}

// The types of rulesOutdoor.
const (
	// TypeMMSI is a ship station's Maritime Mobile Service Identity.
	TypeMMSI = "MMSI_NUMBER"
	// TypeCallSign is a radio station's call sign.
	TypeCallSign = "RADIO_CALL_SIGN"
	// TypeHullID is a recreational boat's hull identification number.
	TypeHullID = "HULL_ID_NUMBER"
	// TypeUKCattleTag is a British bovine's ear tag and passport number.
	TypeUKCattleTag = "UK_CATTLE_TAG"
)

var (
	mmsiWords      = []string{"mmsi"}
	callSignWords  = []string{"call sign", "callsign", "call-sign", "kallesignal", "funkrufzeichen", "rufzeichen", "indicatif", "indicatif d'appel"}
	cattleTagWords = []string{"tag", "tags", "tagged", "ear tag", "eartag", "calf", "calves", "heifer", "cow", "bull", "dam", "passport", "bcms", "cts"}
)

// validCallSign checks a call sign's length: four to seven characters,
// at least one of them a capital.
func validCallSign(m string) bool {
	if len(m) < 4 || len(m) > 7 {
		return false
	}
	for i := 0; i < len(m); i++ {
		if isUpperByte(m[i]) {
			return true
		}
	}
	return false
}

// validUKCattleTag checks an ear tag's check digit: the herd's six digits
// and the calf's five, read as one number, modulo 7, plus 1.
func validUKCattleTag(m string) bool {
	var d [12]byte
	n := 0
	for i := 2; i < len(m); i++ {
		if isDigit(m[i]) {
			if n == len(d) {
				return false
			}
			d[n] = m[i]
			n++
		}
	}
	if n != len(d) {
		return false
	}
	r := 0
	for i, c := range d {
		if i == 6 {
			continue // the check digit
		}
		r = (r*10 + int(c-'0')) % 7
	}
	return int(d[6]-'0') == r+1
}

func init() {
	register(rulesOutdoor...)
}
