package redact

import "strings"

// Streets of Portugal, Spain, Catalonia, Galicia and Italy: the number
// sign between the name and the house number ("Rua de Santa Catarina nº
// 312"), a date inside the name ("Avenida 5 de Outubro 201") and the
// floor and door written after the number ("7º andar", "r/c", "bajo",
// "piano 2").

// numberSignAt returns the token after a number sign written between a
// street's name and its house number at word token k ("nº", "Nº",
// "n.º", "n°", "no.", "nr.", "núm.", and "nro" without its period as
// Argentina and Uruguay type it: "Calle 49 nro 812"), when a number
// follows on the line, or k. "no" without its period is a word of many
// languages, and so is "n" alone.
func (s *entScanner) numberSignAt(k int) int {
	n := len(s.toks)
	if k+1 >= n || s.toks[k].kind != etWord || s.toks[k].e-s.toks[k].s > 4 || s.text[s.toks[k].s]|0x20 != 'n' {
		return k
	}
	t := &s.toks[k]
	w := s.text[t.s:t.e]
	j := k + 1
	switch {
	case len(w) == 3 && w[1:] == "º": // "nº"
	case len(w) == 3 && !s.punct(j, '.') && s.is(k, "nro"):
	case s.glued(j) && s.toks[j].c == 0x80 && s.text[s.toks[j].s:s.toks[j].e] == "°": // "n°"
		if len(w) != 1 {
			return k
		}
		j++
	case s.punct(j, '.') && s.glued(j):
		switch string(s.fold(k)) {
		case "n", "no", "nr", "num", "nro":
		default:
			return k
		}
		j++
		if j < n && s.glued(j) && s.toks[j].kind == etWord && s.text[s.toks[j].s:s.toks[j].e] == "º" {
			j++ // "n.º"
		}
	default:
		return k
	}
	if j >= n || s.toks[j].kind != etNum || s.toks[j].f&efNL != 0 {
		return k
	}
	return j
}

// dateInName returns the token after a day and its month that start a
// street's name after its designator at number token k ("Avenida 5 de
// Outubro", "Calle 2 de Mayo", "Via 20 Settembre", "Rua 25 de Abril"),
// or k: the number is the name's, not the house's.
func (s *entScanner) dateInName(k int) int {
	t := &s.toks[k]
	if t.kind != etNum || t.e-t.s > 2 || k+1 >= len(s.toks) || s.toks[k+1].kind != etWord || s.toks[k+1].f&efNL != 0 {
		return k
	}
	j := k + 1
	if s.toks[j].f&efCap == 0 && s.flagsIn(j)&gzParticle != 0 {
		j++ // "de", "di"
	}
	if j < len(s.toks) && s.toks[j].f&(efCap|efNL) == efCap && s.monthName(j) {
		return j + 1
	}
	return k
}

// monthName reports whether word token j names a month written out, in
// one of the languages we serve, rather than an abbreviation ("Outubro",
// "Março", not "Oct"): monthNames, looked up by the folded word.
func (s *entScanner) monthName(j int) bool {
	w := s.fold(j)
	return len(w) > 3 && foldedMonths[string(w)]
}

// dutchFloorEnd returns the token after the floor of a Dutch flat at
// token k, written apart from the house number ("2-hoog", "3 hoog",
// "III"), when a separator, the line's end or a postcode follows it,
// or k.
func (s *entScanner) dutchFloorEnd(k int) int {
	n := len(s.toks)
	t := &s.toks[k]
	e := k
	switch {
	case t.kind == etNum && t.e-t.s == 1 && k+2 < n && s.punct(k+1, '-') && s.glued(k+1) && s.glued(k+2) && s.is(k+2, "hoog"):
		e = k + 3
	case t.kind == etNum && t.e-t.s == 1 && k+1 < n && !s.glued(k+1) && s.toks[k+1].f&efNL == 0 && s.is(k+1, "hoog"):
		e = k + 2
	case t.kind == etWord && t.e-t.s <= 3 && t.f&efAllCap != 0 && s.text[t.s] == 'I' && s.romanNumeral(k, true):
		e = k + 1 // "I" to "IV": the floors a Dutch house has
	default:
		return k
	}
	if e >= n || s.toks[e].f&efNL != 0 || s.sepAfter(e) || s.postcodeAt(e) > 0 {
		return e
	}
	return k
}

// floorWordAt returns the token after a floor or a door written as a
// word after a house number at word token k, which unitAt does not
// read: "r/c" and "rc" (the ground floor in Portugal), "bajo", "entlo",
// "ático", "pral." (Spain), "àtic", "entl.", "baixos" (Catalonia), "esc.
// dcha." (a staircase and its side), "RDC" and "porte droite" (France),
// "piano 2" (Italy), "hs" (the ground floor in the Netherlands),
// "Hinterhaus" (Germany), "bis" (a house number's second house), "bus 8"
// (a Belgian box); or k. A word alone must end its part of the address,
// before a comma, a number, the end of the line or another part
// ("Seitenflügel 2. OG"): "bajo la lluvia" is prose.
func (s *entScanner) floorWordAt(k int) int {
	n := len(s.toks)
	t := &s.toks[k]
	if t.f&efDigit != 0 && s.frenchFloor(k) {
		// "esc. 3, 2e étage, 35700 Rennes": a floor as French writes it.
		if e := k + 2; e >= n || s.sepAfter(e) || s.postcodeAt(e) > 0 {
			return e
		}
		return k
	}
	if t.kind != etWord || t.e-t.s > 14 || t.f&(efDigit|efUsed) != 0 {
		return k // "Seitenflügel" is 13 bytes
	}
	e := k
	switch string(s.fold(k)) {
	case "r":
		if k+2 < n && s.punct(k+1, '/') && s.glued(k+1) && s.glued(k+2) && s.is(k+2, "c") {
			e = s.doorAfterFloor(k + 3) // "r/c", "R/C Esq."
		}
	case "rc", "bajo", "bajos", "baixos", "entlo", "entl", "entresuelo", "entreplanta", "atico", "atic", "pral", "principal", "sobreloja", "rdc":
		// A door after the floor: "R/C Esq.", "bajo A", "entlo. 1ª",
		// "pral. 2ª", "àtic 2a", "RDC" (the French ground floor).
		e = s.doorAfterFloor(k + 1)
	case "porte":
		// A French flat's door: "porte droite", "porte B", "porte 12".
		if j := k + 1; j < n && s.toks[j].f&efNL == 0 && (s.is(j, "droite") || s.is(j, "gauche") || s.doorLetter(j) || s.toks[j].kind == etNum && s.toks[j].e-s.toks[j].s <= 3) {
			e = k + 2
		}
	case "hs", "huis", "cave",
		// The parts of a German house ("Hinterhaus", "Seitenflügel") and
		// its ground floors; "bis" and "ter" after a Dutch, Belgian or
		// French house number.
		"hinterhaus", "vorderhaus", "seitenflugel", "gartenhaus", "hochparterre", "parterre", "souterrain", "bis", "ter",
		// Brazil's house at the back of its lot, after the number of
		// the one in front: "Rua Sete de Setembro 88 fundos, Jardim
		// América" (session 72).
		"fundos":
		e = k + 1
	case "eg", "dg":
		// A German flat's floor and side: "EG rechts", "DG links".
		e = k + 1
		if e < n && s.toks[e].f&efNL == 0 && germanSide(s.fold(e)) {
			e++
		}
	case "zimmer", "whg", "wohnung":
		// "Zimmer 214", "Whg. 3".
		j := k + 1
		if s.punct(j, '.') && s.glued(j) {
			j++
		}
		if j < n && s.toks[j].f&efNL == 0 && s.toks[j].kind == etNum && s.toks[j].e-s.toks[j].s <= 4 {
			e = j + 1
		}
	case "bus", "tur":
		// Belgium's box and a German flat's door: "Steenstraat 6 bus 8,
		// B-9000 Gent", "Bahnhofstraße 7 Tür 2, 10115 Berlin"; not a
		// bus line ("14 Station Road bus 12 was late").
		if j := k + 1; j < n && s.toks[j].f&efNL == 0 && s.toks[j].kind == etNum && s.toks[j].e-s.toks[j].s <= 4 {
			e = k + 2
		}
	case "piano":
		// "piano 2", "piano terra": the number of one digit or two, or
		// the ground floor, then the end of the part.
		if j := k + 1; j < n && s.toks[j].f&efNL == 0 && (s.toks[j].kind == etNum && s.toks[j].e-s.toks[j].s <= 2 || s.is(j, "terra") || s.is(j, "rialzato")) {
			e = k + 2
		}
	case "esc", "escalera":
		j := k + 1
		if s.punct(j, '.') && s.glued(j) {
			j++
		}
		if j < n && s.toks[j].f&efNL == 0 {
			if d := s.doorSideAt(j); d > j {
				e = d // "esc. dcha.", "esc. izq"
			} else if s.oneLetter(j) || s.toks[j].kind == etNum && s.toks[j].e-s.toks[j].s <= 2 {
				e = j + 1 // "esc. B", "esc. 3"
			}
		}
	}
	if e == k {
		return k
	}
	if e == k+1 && (s.is(k, "bis") || s.is(k, "ter")) {
		// German "bis" is "until": "Hauptstraße 12 bis 2024".
		if e >= n || s.sepAfter(e) {
			return e
		}
		return k
	}
	// Another part may follow: "Seitenflügel 2. OG".
	if e >= n || s.sepAfter(e) || s.postcodeAt(e) > 0 || s.floorWordAt(e) > e || s.toks[e].f&efNL == 0 && s.unitAt(e) > e {
		return e
	}
	return k
}

// doorAfterFloor returns the token after a door that follows a floor
// written as a word, which ends before token e, maybe after the floor's
// period: a side ("R/C Esq.", "bajo dcha."), a letter ("bajo A") or an
// ordinal ("entlo. 1ª"); or the token after the floor's period, or e.
func (s *entScanner) doorAfterFloor(e int) int {
	j := e
	if s.punct(j, '.') && s.glued(j) {
		j++
	}
	if j >= len(s.toks) || s.toks[j].f&efNL != 0 {
		return e
	}
	if d := s.doorSideAt(j); d > j {
		return d
	}
	if s.doorLetter(j) {
		return j + 1
	}
	if f := s.floorAt(j); f > j {
		return f
	}
	if s.ordinalTyped(j) && s.sepAfter(j+1) {
		return j + 1 // "entl. 2a,": the Catalan "2ª"
	}
	if j > e {
		return j // "entlo.,"
	}
	return e
}

// germanSide reports the words, folded, for the side of a German flat
// on its floor: "links", "rechts", "mitte".
func germanSide(w []byte) bool {
	switch string(w) {
	case "links", "rechts", "mitte", "li", "re":
		return true
	}
	return false
}

// countNounAt reports whether word token e, after a number, counts time,
// people, distance or things ("3 horas", "2 minuti", "3 persones", "1200
// km", "3 vezes", "2 Stück"; before its period no street's short
// designator either: "après 17 h. Merci", "1 mes. Un saludo"), or is a plural in lower case that no floor
// or place is ("2 episódios", "3 lojas", "2 faixas"): the number before
// it is no house number.
func (s *entScanner) countNounAt(e int) bool {
	if e >= len(s.toks) || s.toks[e].kind != etWord || s.toks[e].f&(efNL|efDigit) != 0 {
		return false
	}
	w := s.fold(e)
	switch string(w) {
	case "bajos", "baixos", "altos", "fundos": // floors
		return false
	case "mil", "vegades", "hores", "minuts", "dies", "anys":
		return true
	}
	if t := &s.toks[e]; t.f&efCap == 0 && len(w) >= 5 && w[len(w)-1] == 's' && s.flags(e)&(gzPlace|gzStreetType|gzStreetPre|gzUnit|gzStop) == 0 {
		return true
	}
	switch string(w) {
	case "h", "hs", "hr", "hrs", "std", "mn", "hora", "horas", "hour", "hours", "ora", "ore", "heure", "heures", "stunde", "stunden", "uur",
		"min", "mins", "minuto", "minutos", "minuti", "minute", "minutes", "minuten", "minuut",
		"dia", "dias", "día", "días", "giorno", "giorni", "jour", "jours", "tag", "tage", "tagen", "dag", "dagen", "day", "days",
		// Working days and longer spans (session 67: "in 3-5 Werktagen").
		"werktag", "werktage", "werktagen", "arbeitstag", "arbeitstage", "arbeitstagen", "werkdag", "werkdagen",
		"woche", "wochen", "monat", "monate", "monaten", "mes", "meses", "semana", "semanas", "settimana", "settimane", "mois", "semaine", "semaines",
		"ano", "anos", "año", "años", "anno", "anni", "an", "ans", "jahr", "jahre", "jaar", "year", "years",
		"vez", "vezes", "veces", "volta", "volte", "fois", "mal", "keer", "times",
		"persona", "personas", "persones", "pessoa", "pessoas", "persone", "personne", "personnes", "person", "personen", "people",
		"salida", "salidas", "km", "kms", "metros", "metri", "mètres", "meter", "metres", "meters", "grados", "graus", "gradi",
		"unidades", "unità", "unités", "stück", "stuks", "units", "euros", "eur", "dormitorios", "quartos", "camere", "kamers", "zimmer",
		// Polish, Swedish and Finnish days, weeks, months, hours, times
		// and pieces, folded (session 74: "termin płatności 14 dni.
		// Pozdrawiam", "toimitusaika 2–4 pv. t. Kaisa").
		"dni", "dnia", "dzien", "tygodnie", "tygodni", "miesiace", "miesiecy", "godz", "godzin", "godziny", "minut", "razy", "szt", "sztuk", "osob",
		"dagar", "veckor", "timmar", "minuter", "ganger",
		"pv", "paivaa", "arkipaivaa", "arkipaivan", "viikkoa", "tuntia", "minuuttia", "kk", "vuotta", "kertaa", "kpl":
		return true
	}
	return false
}

// doorSideAt returns the token after a side of a landing written out or
// short at word token j ("izq", "dcha.", "Esq", "Frt", "direito"), as
// Spain and Portugal name a door after the floor, or j.
func (s *entScanner) doorSideAt(j int) int {
	t := &s.toks[j]
	if t.kind != etWord || t.e-t.s < 2 || t.e-t.s > 9 || t.f&efDigit != 0 {
		return j
	}
	if doorSideWord(s.fold(j)) {
		if s.punct(j+1, '.') && s.glued(j+1) {
			return j + 2
		}
		return j + 1
	}
	return j
}

// doorSideWord reports whether the folded word w names a side of a
// landing (see doorSideAt).
func doorSideWord(w []byte) bool {
	switch string(w) {
	case "izq", "izqda", "izda", "izquierda", "dcha", "dcho", "der", "dch", "derecha", "ctro", "centro", "int", "ext", "interior", "exterior",
		"esq", "esqdo", "esquerdo", "dto", "dt", "dta", "direito", "fte", "frt", "frente", "tras", "andar":
		return true
	}
	return false
}

// provinceAt reports whether a province's code of two capitals in
// brackets starts at token k, on the line of the town before it, as
// Italy writes it: "Rende (CS)", "Torino (TO)".
func (s *entScanner) provinceAt(k int) bool {
	if k+2 >= len(s.toks) || !s.punct(k, '(') || s.toks[k].f&efNL != 0 || !s.glued(k+1) || !s.punct(k+2, ')') || !s.glued(k+2) {
		return false
	}
	t := &s.toks[k+1]
	if t.kind != etWord || t.e-t.s != 2 {
		return false
	}
	i := strings.Index(italianProvinces, s.text[t.s:t.e])
	return i >= 0 && i%3 == 0
}

// bareProvinceAt reports whether token k is the code of an Italian
// province in capitals without brackets that ends the address: "40133
// Bologna BO, cell. ...".
func (s *entScanner) bareProvinceAt(k int) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s != 2 || t.f&(efAllCap|efNL) != efAllCap || !s.tailEndAt(k+1) {
		return false
	}
	i := strings.Index(italianProvinces, s.text[t.s:t.e])
	return i >= 0 && i%3 == 0
}

// italianProvinces holds the codes of Italy's provinces, three bytes
// apart: "(OK)" or "(XL)" after a town is no province.
const italianProvinces = "AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS CT CZ EN FC FE FG FI FM FR GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU OR PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV "

// streetTitle reports whether word token k is a title written short
// before the name of the person a street is named after: a courtesy
// title the gazetteer knows ("Dr", "Prof") or one of the professions
// and ranks that Portuguese and Spanish streets abbreviate ("Eng.",
// "Arq.", "Gen.", "Cap.", "Cel.", "Pe.").
func (s *entScanner) streetTitle(k int) bool {
	if s.flags(k)&gzHonor != 0 {
		return true
	}
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s > 4 {
		return false
	}
	switch string(s.fold(k)) {
	case "eng", "enga", "arq", "gen", "cap", "cel", "pe", "alm", "cmdt", "ing", "avv":
		return true
	}
	return false
}

// mxPostcodeEnd returns the token after a Mexican postcode that its
// label "C.P." or "CP" leads at token k ("C.P. 03015"), or 0.
func (s *entScanner) mxPostcodeEnd(k int) int {
	n := len(s.toks)
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s > 2 || s.text[t.s]|0x20 != 'c' {
		return 0
	}
	q := k + 1
	switch {
	case t.e-t.s == 1 && s.punct(q, '.') && s.glued(q) && s.is(q+1, "p") && s.glued(q+1):
		q += 2
		if s.punct(q, '.') && s.glued(q) {
			q++
		}
	case t.e-t.s == 2 && s.is(k, "cp"):
	default:
		return 0
	}
	if s.punct(q, ':') {
		q++
	}
	if q < n && s.toks[q].kind == etNum && s.toks[q].e-s.toks[q].s == 5 && s.toks[q].f&efNL == 0 && !s.glued(q) && (q+1 >= n || !s.glued(q+1) || s.toks[q+1].kind == etPunct) {
		return q + 1
	}
	return 0
}

// mxStateAt returns the token after the abbreviation of a Mexican state
// at token k, as an address writes it after the town ("CDMX", "N.L.",
// "Jal.", "Qro.", "Edo. Méx."), or 0. The short words need their
// period: "Son" and "Ver" are words too.
func (s *entScanner) mxStateAt(k int) int {
	n := len(s.toks)
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efCap|efDigit) != efCap || t.e-t.s > 6 {
		return 0
	}
	if s.is(k, "cdmx") || s.is(k, "edomex") {
		return k + 1
	}
	if !s.punct(k+1, '.') || !s.glued(k+1) {
		return 0
	}
	// Initials: "N.L.", "B.C.S.", "S.L.P.", "Q.R.".
	if t.e-t.s == 1 {
		var b [3]byte
		e, m := k, 0
		for m < len(b) && e+1 < n && s.toks[e].e-s.toks[e].s == 1 && s.toks[e].f&efCap != 0 && s.punct(e+1, '.') && s.glued(e+1) && (e == k || s.glued(e)) {
			b[m] = s.text[s.toks[e].s]
			e, m = e+2, m+1
		}
		switch string(b[:m]) {
		case "NL", "BC", "BCS", "SLP", "QR":
			return e
		}
		return 0
	}
	switch string(s.fold(k)) {
	case "ags", "camp", "chis", "chih", "coah", "col", "dgo", "gto", "gro", "hgo", "jal", "mex", "mich", "mor", "nay", "oax", "pue", "qro", "sin", "son", "tab", "tamps", "tlax", "ver", "yuc", "zac":
		return k + 2
	}
	return 0
}

// numberedName reports whether the number at token k, after a
// designator, names the street, as Mexico and Yucatán number theirs: a
// number of up to three digits, then the house's number on the line and
// a comma, whose tail names a unit, a district or a postcode ("Calle 60
// 1077, Int. 9, ...", "Calle 60 847, Col. García Ginerés, ...").
func (s *entScanner) numberedName(k int) bool {
	n := len(s.toks)
	h := k + 1
	// A compass word after the street's number, as Puebla names its
	// streets: "Calle 16 Poniente 908, Col. Centro, ..." (session 81).
	if h+1 < n && s.toks[h].kind == etWord && s.toks[h].f&efNL == 0 {
		switch string(s.fold(h)) {
		case "poniente", "oriente", "norte", "sur", "pte", "ote":
			h++
			if s.punct(h, '.') && s.glued(h) {
				h++
			}
		}
	}
	if s.toks[k].e-s.toks[k].s > 3 || h+1 >= n || s.toks[h].kind != etNum || s.toks[h].f&efNL != 0 || s.toks[h].e-s.toks[h].s > 5 || s.glued(h) || !s.punct(h+1, ',') || !s.glued(h+1) {
		return false
	}
	return s.unitAt(h+2) > 0 || s.coloniaEnd(h+2) > 0 || s.postcodeAt(h+2) > 0
}

// coloniaEnd returns the token after a district of a Latin American
// town that its word leads at token k, up to five capitalised words and
// the particles between them, before a comma or the end of the line; or
// 0. The words are districtWordEnd's: Mexico's "Col." or "Colonia"
// ("Col. Providencia", "Col. Jardines de la Hacienda"), Colombia's
// "barrio" ("barrio La Soledad"), Peru's "Urb." ("Urb. Santa
// Patricia"), Chile's "Villa" and "Población" ("Villa Los Jardines").
func (s *entScanner) coloniaEnd(k int) int {
	n := len(s.toks)
	if k >= n {
		return 0 // "A C 000 0000,": the comma ends the text
	}
	e := s.districtWordEnd(k)
	if e == 0 {
		return 0
	}
	words := 0
	for ; e < n && words < 5 && s.toks[e].f&efNL == 0; e++ {
		if s.nameLike(e) {
			words++
			continue
		}
		if words > 0 && s.toks[e].kind == etWord && s.toks[e].f&efCap == 0 && s.flags(e)&gzParticle != 0 {
			continue
		}
		break
	}
	if words == 0 || s.toks[e-1].f&efCap == 0 || e < n && s.toks[e].f&efNL == 0 && !s.punct(e, ',') {
		return 0
	}
	return e
}

// districtWordEnd returns the token after a word that leads a town's
// district at token k, or 0: Mexico's colonia and fraccionamiento ("Col.
// Roma Norte", "Fracc. Las Palmas"), Colombia's and Argentina's barrio,
// Peru's urbanización ("Urb. Santa Patricia"), Chile's villa and
// población. Short forms need their period; "Villa" its capital, as the
// district's name it opens ("villa" in lower case is a house).
func (s *entScanner) districtWordEnd(k int) int {
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s < 3 || t.e-t.s > 16 {
		return 0
	}
	switch s.text[t.s] | 0x20 {
	case 'c', 'b', 'u', 'v', 'p', 'f':
	default:
		return 0
	}
	e := k + 1
	switch string(s.fold(k)) {
	case "col", "urb", "fracc", "pobl":
		if !s.punct(e, '.') || !s.glued(e) {
			return 0
		}
		return e + 1
	case "colonia", "barrio", "urbanización", "urbanizacion", "población", "poblacion", "fraccionamiento":
		return e
	case "villa":
		if t.f&efCap != 0 {
			return e
		}
	}
	return 0
}

// brazilDistrictEnd returns the token after a Brazilian district that a
// dash with spaces leads after the house number or the flat, at token
// k, when the town and the state follow it after a comma ("2775 - Boa
// Vista, Porto Alegre - RS", "casa 3 - Boa Vista, Recife/PE"): up to
// four capitalised words and the particles between them; or 0.
func (s *entScanner) brazilDistrictEnd(k int) int {
	n := len(s.toks)
	e, words := k, 0
	for ; e < n && words < 4 && s.toks[e].f&efNL == 0; e++ {
		t := &s.toks[e]
		if t.kind != etWord || t.f&efDigit != 0 {
			break
		}
		if t.f&efCap != 0 {
			words++
			continue
		}
		if words == 0 || s.flags(e)&gzParticle == 0 {
			break
		}
	}
	if words == 0 || !s.punct(e, ',') || s.toks[e-1].f&efCap == 0 {
		return 0
	}
	// The town, then its state after a dash or a slash.
	for m := e + 2; m < n && m <= e+4 && s.toks[m].f&efNL == 0; m++ {
		if (s.spacedDash(m) || s.punct(m, '/')) && s.brazilStateAt(m+1) {
			return e
		}
		if s.toks[m].kind != etWord {
			break
		}
	}
	return 0
}

// nigeriaStateAt returns the token after a Nigerian state named with its
// word "State" at token k, and the postcode of six digits that may
// follow it ("Oyo State 247997", "Enugu State"), or 0.
func (s *entScanner) nigeriaStateAt(k int) int {
	n := len(s.toks)
	e := k + 1
	if e >= n || s.toks[k].kind != etWord || s.toks[k].f&(efCap|efDigit|efNL) != efCap || s.toks[e].f&efNL != 0 || s.toks[e].e-s.toks[e].s != 5 || !s.is(e, "state") {
		return 0
	}
	e++
	if e < n && s.toks[e].kind == etNum && s.toks[e].e-s.toks[e].s == 6 && s.toks[e].f&efNL == 0 && (e+1 >= n || !s.glued(e+1) || s.toks[e+1].kind == etPunct) {
		e++
	}
	return e
}

// tailWordPart returns the token after a part of an address's tail that
// a word at token k starts before the postcode, or 0: a Mexican district
// ("Col. Providencia"), a Brazilian one after a spaced dash ("2775 - Boa
// Vista, Porto Alegre - RS") or a flat after the house number ("ul.
// Ogrodowa 73 m. 26", "Satamakatu 53 as. 29", "ul. Zielona 14A m. 22"
// after a house's letter since session 71). comma says whether a
// comma came before the word.
func (s *entScanner) tailWordPart(k int, comma bool) int {
	if e := s.coloniaEnd(k); e > 0 {
		return e
	}
	if k == 0 {
		return 0
	}
	if p := &s.toks[k-1]; p.c == '-' && s.spacedDash(k-1) {
		return s.brazilDistrictEnd(k)
	} else if !comma && (s.toks[k].e-s.toks[k].s == 5 && s.is(k, "entre") || s.toks[k].e-s.toks[k].s == 1 && s.is(k, "x")) {
		return s.crossStreetsEnd(k)
	} else if !comma && (p.kind == etNum || houseWithLetter(s.text[p.s:p.e])) && s.toks[k].e-s.toks[k].s <= 3 {
		return s.flatWordEnd(k)
	}
	return 0
}

// crossStreetsEnd returns the token after the two streets that the house
// stands between, which Argentina and Uruguay write after the house's
// number at word token k ("entre"), and Yucatán after an "x" (por,
// "by"): "Calle 49 nro 812 entre 11 y 12, B1900 La Plata", "Rivadavia
// 1540 entre Mitre y Sarmiento, Ramos Mejía", "Calle 60 No. 512 x 63 y
// 65, Col. Centro, ... Mérida". Each street is a number of up to three
// digits or one to three capitalised words, maybe after "calle" or
// "calles"; the part must end there (a comma, the line's end, a
// postcode). Prose has other words between ("entre semana", "entre las 9
// y las 12"): the second street must follow "y" at once, and an hour's
// article is no street. Or it returns 0.
func (s *entScanner) crossStreetsEnd(k int) int {
	n := len(s.toks)
	street := func(j int) int {
		if j < n && s.toks[j].f&efNL == 0 && (s.is(j, "calle") || s.is(j, "calles")) {
			j++
		}
		if j >= n || s.toks[j].f&efNL != 0 {
			return 0
		}
		if t := &s.toks[j]; t.kind == etNum {
			if t.e-t.s > 3 {
				return 0
			}
			return j + 1
		}
		e := j
		for e < n && e < j+3 && s.toks[e].f&efNL == 0 && s.nameLike(e) && s.flags(e)&gzStop == 0 {
			e++
		}
		if e == j {
			return 0
		}
		return e
	}
	a := street(k + 1)
	if a == 0 || a >= n || s.toks[a].f&efNL != 0 || !s.is(a, "y") && !s.is(a, "e") {
		return 0
	}
	b := street(a + 1)
	if b == 0 || !(b >= n || s.sepAfter(b) || s.postcodeAt(b) > 0 || s.punct(b, '.')) {
		return 0
	}
	// Two numbers are as often the hours of a delivery ("Calle Sol 5
	// entre 9 y 13."): the postcode, the town or the district after a
	// comma must say they are streets.
	if s.toks[b-1].kind == etNum && s.toks[a-1].kind == etNum && !s.is(a-2, "calles") && !s.is(b-2, "calle") {
		if !s.punct(b, ',') || s.postcodeAt(b+1) == 0 && s.knownPlaceAt(b+1) == 0 && s.coloniaEnd(b+1) == 0 {
			return 0
		}
	}
	return b
}

// houseWithLetter reports whether w is a house's number of one to three
// digits and one letter glued after it ("14A", "7b"), as a flat's word
// may follow it ("ul. Zielona 14A m. 22").
func houseWithLetter(w string) bool {
	n := len(w)
	return n >= 2 && n <= 4 && isLetter(w[n-1]) && isDigit(w[0]) && strings.TrimLeft(w[:n-1], "0123456789") == ""
}
