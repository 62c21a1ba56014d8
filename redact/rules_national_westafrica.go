package redact

// rulesNationalWestAfrica covers French-speaking West and Central
// Africa (session 69): the identity cards' and taxpayers' numbers that
// customers give mobile money, banks and utilities, each after its
// word (no check digit is published for them).
var rulesNationalWestAfrica = []Rule{
	{
		// Côte d'Ivoire's identity card: CI and nine digits.
		Name:           "ci_cni",
		Type:           "CI_CNI",
		Pattern:        `\b(?P<v>CI\d{9})\b`,
		Score:          0.7,
		Keywords:       waCNIWords,
		Context:        waCNIWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Kouassi Yao Serge, né le 14/03/1988 à Bouaké, CNI n° CI004517823", Want: "CI004517823"},
			{Text: "Nom & prénoms: Kouadio Konan Jules | CNI: CI002871564 | Adresse", Want: "CI002871564"},
			{Text: "commande CI004517823 livrée", Want: ""},
			{Text: "CNI n° CI00451782", Want: ""},
		},
	},
	{
		// Burkina Faso's identity card (CNIB): a letter and eight digits.
		Name:           "bf_cnib",
		Type:           "BF_CNIB",
		Pattern:        `\b(?P<v>[A-Z]\d{8})\b`,
		Score:          0.7,
		Keywords:       []string{"cnib"},
		Context:        []string{"cnib"},
		RequireContext: true,
		Examples: []Example{
			{Text: "Je suis Ouédraogo Salif, CNIB B10456782, né le 02/11/1991.", Want: "B10456782"},
			{Text: "CNIB n° B12004567 délivrée à Ouagadougou", Want: "B12004567"},
			{Text: "ticket B10456782 fermé", Want: ""},
			{Text: "CNIB B1045678", Want: ""},
		},
	},
	{
		// Mali's NINA: fourteen digits and a letter.
		Name:           "ml_nina",
		Type:           "ML_NINA",
		Pattern:        numStart + `(?P<v>\d{14}[A-Z])\b`,
		Score:          0.7,
		Keywords:       []string{"nina"},
		Context:        []string{"nina"},
		RequireContext: true,
		Examples: []Example{
			{Text: "mon numero 76 45 12 38, NINA 19208101023417K. Seydou Diarra", Want: "19208101023417K"},
			{Text: "N° pièce: NINA 17912101045872P", Want: "17912101045872P"},
			{Text: "réf. 19208101023417K", Want: ""},
			{Text: "NINA 1920810102341K", Want: ""},
		},
	},
	{
		// Cameroon's taxpayer's number (NIU): P (a person) or M (a firm),
		// twelve digits and a letter.
		Name:           "cm_niu",
		Type:           "CM_NIU",
		Pattern:        `\b(?P<v>[PM]\d{12}[A-Z])\b`,
		Score:          0.7,
		Keywords:       []string{"niu", "numéro d'identifiant unique", "identifiant unique"},
		Context:        []string{"niu", "numéro d'identifiant unique", "identifiant unique"},
		RequireContext: true,
		Examples: []Example{
			{Text: "Mon NIU est P118012345678K, je suis Fotso Kamdem Blaise", Want: "P118012345678K"},
			{Text: "attestation de non-redevance, NIU: M052100044817Q", Want: "M052100044817Q"},
			{Text: "dossier P118012345678K", Want: ""},
			{Text: "NIU P11801234567K", Want: ""},
		},
	},
	{
		// Senegal's identity card (CEDEAO): thirteen digits, the first
		// the holder's sex, as the card groups them ("2 751 1994
		// 02317").
		Name:           "sn_cni",
		Type:           "SN_CNI",
		Pattern:        numStart + `(?P<v>[12] \d{3} \d{4} \d{5}|[12]\d{12})\b`,
		Score:          0.7,
		Keywords:       waCNIWords,
		Context:        waCNIWords,
		RequireContext: true,
		Standalone:     true,
		Examples: []Example{
			{Text: "confirmez : CNI n° 2 751 1994 02317, née le 21/08/1994", Want: "2 751 1994 02317"},
			{Text: "ma CNI 1751199402317 expire bientôt", Want: "1751199402317"},
			{Text: "facture 2 751 1994 02317", Want: ""},
			{Text: "CNI 3 751 1994 02317", Want: ""},
		},
	},
	{
		// Benin's taxpayer's number (IFU): thirteen digits. (Not its
		// personal number, NPI: ten digits after "NPI" are the US
		// provider's number as often, us_npi's.)
		Name:           "bj_ifu",
		Type:           "BJ_IFU",
		Pattern:        numStart + `(?P<v>\d{13})\b`,
		Score:          0.7,
		Keywords:       []string{"ifu"},
		Context:        []string{"ifu"},
		RequireContext: true,
		Examples: []Example{
			{Text: "Bjr DGI Bénin, mon IFU 1201912345678 ne s'affiche pas", Want: "1201912345678"},
			{Text: "IFU: 3202300417825, Akpovi Sènami", Want: "3202300417825"},
			{Text: "facture 1201912345678", Want: ""},
			{Text: "IFU 120191234567", Want: ""},
		},
	},
	{
		// Côte d'Ivoire's taxpayer's account number (NCC): seven digits
		// and a letter, a space between them or none.
		Name:           "ci_ncc",
		Type:           "CI_NCC",
		Pattern:        numStart + `(?P<v>\d{7} ?[A-Z])\b`,
		Score:          0.7,
		Keywords:       []string{"ncc", "compte contribuable"},
		Context:        []string{"ncc", "compte contribuable"},
		RequireContext: true,
		Examples: []Example{
			{Text: "Bjr la DGI, mon NCC c'est 2031458 Z et je n'arrive pas à déclarer", Want: "2031458 Z"},
			{Text: "NCC: 1804562K", Want: "1804562K"},
			{Text: "colis 2031458 Z", Want: ""},
			{Text: "NCC 203145 Z", Want: ""},
		},
	},
}

// waCNIWords name an identity card in French-speaking Africa.
var waCNIWords = []string{"cni", "carte nationale d'identité", "carte nationale d'identite", "carte d'identité", "carte d'identite", "pièce d'identité", "piece d'identite"}
