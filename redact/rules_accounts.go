package redact

import (
	"slices"
	"strings"
)

// Accounts of game networks that players give by number or tag, and the
// payment addresses of India's UPI.
var accountRules = []Rule{
	{
		// An exam candidate's number at a school's centre: four digits
		// after "candidate number", "candidate no." or "cand no" (UK
		// exam boards number candidates within their centre; session
		// 67: "Candidate number 4017, centre 58213"). Longer ones are
		// member_id's; the centre's own number has its word.
		Name:     "candidate_number",
		Type:     TypeMemberID,
		Pattern:  `(?i:\b(?:candidate|cand)[ \t]*(?:number|no\.?|num|#)(?:[ \t]+(?:is|was))?[ \t]*[:#]?[ \t]*)(?P<v>\d{4})(?:[\s,;)!?]|\.(?:\s|$)|$)`,
		Keywords: []string{"candidate", "cand"},
		Score:    0.6,
		Examples: []Example{
			{Text: "her name is spelt wrong. Candidate number 4017, centre 58213. can someone fix", Want: "4017"},
			{Text: "Candidate Tomasz Wiśniewski, cand no 4122, UCI 58213A244122F", Want: "4122"},
			{Text: "His NHS number is 485 777 3457. Candidate no. 0356, exams start 12 May.", Want: "0356"},
			{Text: "candidate number 4017.5 in the table", Want: ""},
			{Text: "the candidate sat 2024 papers", Want: ""},
		},
	},
	{
		// A Steam account's 64-bit id: 7656119 and ten digits (the
		// universe, the account type and the account's number), which
		// players copy from their profile. In the profile's link it is
		// the link's (a URL).
		Name:           "steam_id",
		Type:           "STEAM_ID",
		Pattern:        numStart + `(?P<v>7656119\d{10})\b`,
		Score:          0.8,
		Keywords:       steamWords,
		Context:        steamWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "my steam id is 76561198047731952 pls unban", Want: "76561198047731952"},
			{Text: "SteamID64: 76561198047731952", Want: "76561198047731952"},
			{Text: "steam id 7656119804773195", Want: ""},
			{Text: "order 76561198047731952", Want: ""},
		},
	},
	{
		// A Discord tag or a Battle.net BattleTag: a name, '#' and four
		// or five digits ("MoonPie#4471", "Ghosty#21873"), near the
		// network's word: a name with a '#' and digits is an issue's or
		// a room's number elsewhere.
		Name:           "gamer_tag",
		Type:           TypeUsername,
		Pattern:        `(?:\A|[^\w#@])(?P<v>[A-Za-z][A-Za-z0-9_.]{1,31}#\d{4,5})\b`,
		Score:          0.7,
		Validate:       validGamerTag,
		Keywords:       gamerTagWords,
		Context:        gamerTagWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "my old discord was MoonPie#4471 lol", Want: "MoonPie#4471"},
			{Text: "my battletag is Ghosty#21873", Want: "Ghosty#21873"},
			{Text: "discord issue #4471 is fixed", Want: ""},
			{Text: "battletag Ghosty#218", Want: ""},
			{Text: "discord server room#1234 ok", Want: ""},
		},
	},
	{
		// A UPI id (a virtual payment address): a name or a mobile's
		// number, '@' and the handle of the app or bank that keeps the
		// account ("rk.verma88@okicici", "9820155734@ybl"). Whoever
		// holds it can ask the account for money and see its holder's
		// name. A handle is one word with no domain after it: an address
		// at the bank's domain ("care@sbi.co.in") is an e-mail.
		Name:     "in_upi_id",
		Type:     "IN_UPI_ID",
		Pattern:  `(?:\A|[^\w.@+-])(?P<v>[A-Za-z0-9][A-Za-z0-9._-]{1,63}@[A-Za-z]{2,12})(?:\z|[^\w.@-]|\.(?:\z|\s))`,
		Score:    0.8,
		Validate: validUPIID,
		Keywords: upiHandles,
		Examples: []Example{
			{Text: "my upi id rk.verma88@okicici, linked no", Want: "rk.verma88@okicici"},
			{Text: "pay to 9820155734@ybl please", Want: "9820155734@ybl"},
			{Text: "UPI: ANITA.S@OKSBI.", Want: "ANITA.S@OKSBI"},
			{Text: "mail care@sbi.co.in for help", Want: ""},
			{Text: "mail rk@okicici.com", Want: ""},
			{Text: "handle @ybl only", Want: ""},
			{Text: "mail rk.verma88@gmail please", Want: ""},
		},
	},
}

// upiHandles are the handles of the UPI apps and banks most customers
// use, after the '@' of a UPI id: PhonePe's, Google Pay's, Paytm's,
// Amazon Pay's, BHIM's, WhatsApp's and the banks' own.
var upiHandles = []string{"ybl", "ibl", "axl", "okaxis", "okhdfcbank", "okicici", "oksbi",
	"paytm", "pthdfc", "ptaxis", "ptyes", "ptsbi", "apl", "yapl", "rapl", "upi",
	"waaxis", "wahdfcbank", "waicici", "wasbi", "axisbank", "axisb", "hdfcbank", "icici",
	"sbi", "kotak", "yesbank", "idfcbank", "idfcfirst", "federal", "fbl", "pnb", "barodampay",
	"unionbank", "cnrb", "indus", "rbl", "aubank", "boi", "mahb", "kbl", "kvb", "idbi",
	"ikwik", "freecharge", "airtel", "jio", "jupiteraxis", "naviaxis", "superyes", "postbank",
	"equitas", "dbs", "hsbc", "citi", "sc"}

// validUPIID reports whether the word after the '@' of m is one of
// upiHandles, in any case.
func validUPIID(m string) bool {
	at := strings.LastIndexByte(m, '@')
	return at >= 0 && slices.Contains(upiHandles, strings.ToLower(m[at+1:]))
}

// validGamerTag reports whether the name before a tag's '#' has a
// capital, a digit, '_' or '.': a word in lower case is a room's or a
// channel's ("room#1234").
func validGamerTag(m string) bool {
	for i := 0; i < len(m) && m[i] != '#'; i++ {
		if c := m[i]; c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' {
			return true
		}
	}
	return false
}

// gamerTagWords name the networks whose names carry a '#' and digits.
var gamerTagWords = []string{"discord", "battletag", "battle.net", "battlenet", "blizzard", "overwatch", "diablo", "hearthstone", "warcraft"}

// steamWords name Steam and its ids.
var steamWords = []string{"steam", "steamid", "steam id", "steam64", "steamcommunity", "steam account", "steam profile", "steamid64"}

func init() {
	register(accountRules...)
}
