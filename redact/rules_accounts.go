package redact

// Accounts of game networks that players give by number.
var accountRules = []Rule{
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
}

// steamWords name Steam and its ids.
var steamWords = []string{"steam", "steamid", "steam id", "steam64", "steamcommunity", "steam account", "steam profile", "steamid64"}

func init() {
	register(accountRules...)
}
