package evaluate

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Swapped returns a copy of c in which every labelled value of a type it
// knows is replaced by an invented value of the same shape, and the
// offsets of the spans after it on the line move with it. The templates
// stay; the names, streets, towns, numbers and keys change, so scoring the
// copy measures how detection does on values the corpus does not hold. The
// same seed gives the same corpus.
//
// Names and places come from pools of many cultures that the corpus does
// not use; numbers keep their grouping, separators and the parts that
// carry meaning (a card's issuer and checksum validity, a phone number's
// leading digits, a key's prefix, an identifier's letter prefix, a date's
// format and day/month order). A value repeated on a line gets the same
// replacement. IBAN and URL values, values of other labels, and values
// whose shape is not recognised stay as they are; the last are counted in
// the copy's Kept. A line whose spans overlap is copied unchanged.
func (c *ChatCorpus) Swapped(seed uint64) *ChatCorpus {
	return c.swapped(seed, &tuningPools)
}

// SwappedFresh is Swapped with names, streets and towns from a second
// set of pools that no change to the detector was tuned on: the failures
// Swapped's copies showed were fixed as they were found, so its figures
// are not held out, while these are, until someone tunes on them too.
func (c *ChatCorpus) SwappedFresh(seed uint64) *ChatCorpus {
	return c.swapped(seed, &freshPools)
}

func (c *ChatCorpus) swapped(seed uint64, p *swapPools) *ChatCorpus {
	g := &swapGen{r: rand.New(rand.NewPCG(seed, 0x636f6e66696465)), p: p}
	out := &ChatCorpus{
		Lines: make([]string, len(c.Lines)),
		Spans: make([][]ChatSpan, len(c.Lines)),
		Kept:  map[string]int{},
	}
	for i, line := range c.Lines {
		out.Lines[i], out.Spans[i] = g.line(line, c.Spans[i], out.Kept)
	}
	return out
}

type swapGen struct {
	r *rand.Rand
	p *swapPools
}

func (g *swapGen) line(line string, spans []ChatSpan, kept map[string]int) (string, []ChatSpan) {
	for k := 1; k < len(spans); k++ {
		if spans[k].Start < spans[k-1].End {
			return line, append([]ChatSpan(nil), spans...)
		}
	}
	var b strings.Builder
	ns := make([]ChatSpan, 0, len(spans))
	memo := map[string]string{}
	pos := 0
	for _, s := range spans {
		b.WriteString(line[pos:s.Start])
		v := line[s.Start:s.End]
		if f := swappers[s.Type]; f != nil {
			key := s.Type + "\x00" + v
			nv, ok := memo[key]
			if !ok {
				if nv, ok = f(g, v); !ok {
					kept[s.Type]++
					nv = v
				}
				memo[key] = nv
			}
			v = nv
		}
		start := b.Len()
		b.WriteString(v)
		ns = append(ns, ChatSpan{Start: start, End: b.Len(), Type: s.Type, PII: s.PII})
		pos = s.End
	}
	b.WriteString(line[pos:])
	return b.String(), ns
}

// swappers invent a value of the shape of v, or report that they do not
// know its shape.
var swappers = map[string]func(g *swapGen, v string) (string, bool){
	"PERSON":         (*swapGen).person,
	"ADDRESS":        (*swapGen).address,
	"CREDIT_CARD":    func(g *swapGen, v string) (string, bool) { return g.card(v, true) },
	"CC_INVALID":     func(g *swapGen, v string) (string, bool) { return g.card(v, false) },
	"PHONE":          (*swapGen).phone,
	"SSN":            (*swapGen).ssn,
	"IPV4":           (*swapGen).ipv4,
	"IPV6":           (*swapGen).ipv6,
	"DOB":            func(g *swapGen, v string) (string, bool) { return g.date(v, 1940, 2006) },
	"DATE_OTHER":     func(g *swapGen, v string) (string, bool) { return g.date(v, 2018, 2026) },
	"TIME":           (*swapGen).clock,
	"PRICE":          (*swapGen).price,
	"VERSION":        (*swapGen).version,
	"EMAIL":          (*swapGen).email,
	"AWS_ACCESS_KEY": (*swapGen).secret,
	"AWS_SECRET_KEY": (*swapGen).secret,
	"GITHUB_TOKEN":   (*swapGen).secret,
	"STRIPE_KEY":     (*swapGen).secret,
	"SLACK_TOKEN":    (*swapGen).secret,
	"ORDER_ID":       (*swapGen).code,
	"TICKET_ID":      (*swapGen).code,
	"SKU":            (*swapGen).code,
	"TRACKING_NO":    (*swapGen).code,
}

func pick[T any](r *rand.Rand, pool []T) T { return pool[r.IntN(len(pool))] }

// between returns a random integer in [lo, hi].
func (g *swapGen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

func (g *swapGen) digit() byte { return byte('0' + g.r.IntN(10)) }

// initials are the letters a swapped initial is drawn from.
const initials = "ABCDEFGHJKLMNPRSTVW"

// person replaces the first and last word of a name and keeps what lies
// between: an initial becomes another initial, a particle ("da") stays.
func (g *swapGen) person(v string) (string, bool) {
	w := strings.Fields(v)
	if len(w) == 0 {
		return "", false
	}
	if len(w) == 1 {
		return pick(g.r, g.p.given), true
	}
	mid := w[1 : len(w)-1]
	parts := []string{pick(g.r, g.p.given)}
	for _, m := range mid {
		if len(m) == 2 && m[1] == '.' && m[0] >= 'A' && m[0] <= 'Z' {
			m = string(initials[g.r.IntN(len(initials))]) + "."
		}
		parts = append(parts, m)
	}
	parts = append(parts, pick(g.r, g.p.surnames))
	return strings.Join(parts, " "), true
}

// A town with the start of its postal codes: a US town's state and ZIP
// prefix, a UK town's postcode area, a German or French town's leading
// digits.
type town struct{ name, state, code string }

var (
	usSuffixShort = strings.Fields("St Ave Rd Blvd Dr Ln Ct Pl")
	usSuffixLong  = strings.Fields("Street Avenue Road Boulevard Drive Lane Court Place Way Terrace Circle Parkway Trail")
	ukSuffixes    = strings.Fields("Road Street Lane Avenue Close Crescent Gardens Way Terrace Grove Drive Mews")
)

// swapPools holds the names, streets and towns values are drawn from.
type swapPools struct {
	given, surnames                            []string
	usStreets, ukStreets, deStreets, frStreets []string
	usTowns, ukTowns, deTowns, frTowns         []town
}

// tuningPools are the pools of Swapped, which the detector was tuned on:
// names of many cultures, none of them in the corpus.
var tuningPools = swapPools{
	given: strings.Fields(`Aarav Bongani Camille Dariusz Eleni Farid Gabriela Hamza Ifeoma Jakub
		Katarzyna Leilani Mónica Nikolai Oksana Pedro Qiang Rosa Sven Tariq Ursula Vikram Wanjiru
		Ximena Yusuf Zainab Anneliese Cormac Dagny Esperanza Femi Gunnar Imogen Joaquín Kofi Lars
		Malak Nadia Oisín Paulo Rania Saoirse Teodor Umar Vesna Wojciech Yara Zeynep Ayodele Bartosz
		Cristina Emre Freya Goran Hélène Ines Jonas Kamala Luis Magnus Nasrin Orla Pilar Rohan Sakura
		Thabo Vincenzo Wilhelmina Xavier Yaw Zuzana Adaeze Benedikt Chiamaka Dorota Eamon Fiona
		Gustavo Hannelore Ivana Kalani Leandro Minh Anh Sione Temitope Mihai Ji-woo Aroha Bilal
		Renée Åsa Björk Ngozi Thandiwe Ravi Ananya Keanu Matías Florin Halima Ekaterina Jesper`),
	surnames: strings.Fields(`Adeyemi Bergström Castellanos Dąbrowski Eriksen Fontaine Gallagher
		Horvath Ibrahim Jankowski Kapoor Lindqvist Mahlangu Novak Oyelaran Papadopoulos Quispe Rahman
		Sokolov Takahashi Ueda Varga Wiśniewski Yilmaz Zielinski Brennan Coelho Delacroix Esposito
		Ferreira Grünewald Haddad Iyer Jovanović Kaur Laurent Mwangi Nakamura Petrović Rasmussen
		Szabo Tremblay Vasquez Whitfield Xu Yamamoto Zhou Achebe Carvalho Dimitriou Eze Fitzgerald
		Gashi Holmberg Ishikawa Jablonski Kowalczyk Lindgren Moreau Nwosu Oduya Pereira Rinaldi
		Stojanović Tanabe Vogel Wójcik Yoon Okonkwo Tuilagi Nkosi Hakimi Ramírez Østergaard Virtanen
		Kuznetsova Băsescu Oyelowo Ngata Kobayashi Abubakar MacLeod Villanueva`),
	usStreets: strings.Fields(`Juniper Magnolia Chestnut Lakeview Hawthorne Jefferson Lincoln
		Franklin Sycamore Prospect Fairview Ridgewood Orchard Meadow Spruce Walnut Aspen Cherry
		Laurel Beacon Willow Birch Dogwood Cypress Poplar Greenwood Riverside Summit Kingsley`),
	ukStreets: strings.Fields(`Kensington Chapel Albert Windsor Grosvenor Elmwood Thornbury Ashford
		Hillside Marlborough Clarence Beechwood Westbourne Priory Cromwell`),
	deStreets: []string{"Goethestraße", "Mozartweg", "Rosenstraße", "Birkenweg", "Kirchgasse",
		"Friedrich-Ebert-Straße", "Amselweg", "Schulstraße", "Bergstraße", "Ringstraße", "Wiesenweg", "Am Lindenhof"},
	frStreets: []string{"rue des Lilas", "avenue Jean Jaurès", "boulevard Haussmann", "rue du Moulin",
		"avenue de la République", "rue Pasteur", "boulevard Voltaire", "rue des Écoles",
		"chemin des Vignes", "rue Saint-Honoré", "place Bellecour", "allée des Tilleuls"},
	usTowns: []town{{"Tulsa", "OK", "741"}, {"Omaha", "NE", "681"}, {"Fresno", "CA", "937"},
		{"Spokane", "WA", "992"}, {"Reno", "NV", "895"}, {"Savannah", "GA", "314"},
		{"Ann Arbor", "MI", "481"}, {"Baton Rouge", "LA", "708"}, {"Des Moines", "IA", "503"},
		{"Chattanooga", "TN", "374"}, {"Provo", "UT", "846"}, {"Lubbock", "TX", "794"},
		{"Wichita", "KS", "672"}, {"Burlington", "VT", "054"}, {"Santa Fe", "NM", "875"},
		{"St. Paul", "MN", "551"}},
	ukTowns: []town{{"Norwich", "", "NR"}, {"Cardiff", "", "CF"}, {"Exeter", "", "EX"},
		{"Sheffield", "", "S"}, {"Brighton", "", "BN"}, {"Glasgow", "", "G"}, {"Nottingham", "", "NG"},
		{"Leicester", "", "LE"}, {"Coventry", "", "CV"}, {"Plymouth", "", "PL"}, {"York", "", "YO"},
		{"Derby", "", "DE"}, {"Aberdeen", "", "AB"}},
	deTowns: []town{{"Dresden", "", "01"}, {"Leipzig", "", "04"}, {"Bremen", "", "28"},
		{"Freiburg", "", "79"}, {"Nürnberg", "", "90"}, {"Düsseldorf", "", "40"}, {"Hannover", "", "30"},
		{"Bonn", "", "53"}, {"Mainz", "", "55"}, {"Kassel", "", "34"}, {"Würzburg", "", "97"}, {"Lübeck", "", "23"}},
	frTowns: []town{{"Lyon", "", "69"}, {"Marseille", "", "13"}, {"Toulouse", "", "31"},
		{"Nantes", "", "44"}, {"Bordeaux", "", "33"}, {"Lille", "", "59"}, {"Rennes", "", "35"},
		{"Nice", "", "06"}, {"Strasbourg", "", "67"}, {"Montpellier", "", "34"}},
}

// freshPools are the pools of SwappedFresh: none of their names is in
// the corpus or in tuningPools (TestFreshPoolsApart), and no change to
// the detector looked at the copies they make (see SwappedFresh).
var freshPools = swapPools{
	given: strings.Fields(`Abebe Bolat Delphine Eun-ji Fernando Gulnara Hiroko Idris Jelena
		Kwabena Luana Mateusz Nomvula Olusegun Parisa Rustam Sunniva Ulrike Valeria Wangari
		Yerlan Zlatan Aigerim Bruno Consuelo Dmitar Efua Florentin Gaspard Hedda Iolanthe Jovana
		Kasimir Lorenza Marit Nnamdi Ottavia Priyanka Radovan Solveig Tupac Urszula Vidar Wiremu
		Yevgenia Zofia Ama Berit Cian Daniela Elif Fenna Grigor Huong Ilse Jomo Kirra`),
	surnames: strings.Fields(`Abara Bjørnstad Cavalcanti Dragomir Ekwueme Fagerlund Gutiérrez Hallström
		Ionescu Jaramillo Kariuki Lombardi Mbeki Nakashima Oyebanji Pacheco Quaresma Rautenbach
		Sandoval Tshabalala Uchida Valdivia Wollstein Yildiz Zapata Arroyo Bellamy Castellano Demir
		Eichhorn Fonseca Grabowski Hakobyan Idowu Järvinen Kovács Lacroix Marchetti Nordahl Obradović
		Pokorny Rosales Sørensen Tavares Urquhart Vukovic Weiland Yamaguchi Zamora Halloran`),
	usStreets: strings.Fields(`Alder Bluebonnet Cottonwood Dunmore Elmhurst Foxglove Glenwood Harbor
		Ironwood Juniperberry Kestrel Larkspur Mulberry Northfield Oakhurst Pinecrest Quarry Rosewood`),
	ukStreets: strings.Fields(`Abbotsford Belgrave Carlisle Devonshire Eastbury Fairholme Glebe
		Hawthornden Inkerman Jubilee Kingfisher Lansdowne Melrose Newlands`),
	deStreets: []string{"Lindenstraße", "Ahornweg", "Eichendorffstraße", "Tulpenweg", "Marktplatz",
		"Kastanienallee", "Schillerweg", "Mühlgasse", "Uhlandstraße", "Buchenring"},
	frStreets: []string{"rue de la Liberté", "avenue des Acacias", "boulevard Gambetta", "rue Ambroise Paré",
		"chemin du Lavoir", "rue des Peupliers", "allée des Platanes", "place de la Mairie",
		"avenue Foch", "rue Émile Zola"},
	usTowns: []town{{"Boulder", "CO", "803"}, {"Asheville", "NC", "288"}, {"Duluth", "MN", "558"},
		{"Eugene", "OR", "974"}, {"Fargo", "ND", "581"}, {"Greenville", "SC", "296"},
		{"Little Rock", "AR", "722"}, {"Billings", "MT", "591"}, {"Sioux Falls", "SD", "571"},
		{"Bozeman", "MT", "597"}, {"Flagstaff", "AZ", "860"}, {"Fort Wayne", "IN", "468"}},
	ukTowns: []town{{"Swansea", "", "SA"}, {"Dundee", "", "DD"}, {"Ipswich", "", "IP"},
		{"Bath", "", "BA"}, {"Carlisle", "", "CA"}, {"Truro", "", "TR"}, {"Durham", "", "DH"},
		{"Inverness", "", "IV"}, {"Wolverhampton", "", "WV"}, {"Canterbury", "", "CT"}},
	deTowns: []town{{"Rostock", "", "18"}, {"Erfurt", "", "99"}, {"Regensburg", "", "93"},
		{"Göttingen", "", "37"}, {"Heidelberg", "", "69"}, {"Saarbrücken", "", "66"},
		{"Potsdam", "", "14"}, {"Ulm", "", "89"}},
	frTowns: []town{{"Grenoble", "", "38"}, {"Dijon", "", "21"}, {"Angers", "", "49"},
		{"Reims", "", "51"}, {"Brest", "", "29"}, {"Limoges", "", "87"}, {"Perpignan", "", "66"},
		{"Besançon", "", "25"}},
}

// The address shapes of the corpus. A value that matches none is kept.
var (
	reBox = regexp.MustCompile(`^(PO Box|P\.O\. Box) \d+, [\p{L} .'-]+$`)
	reFR  = regexp.MustCompile(`^\d+(?: bis| ter)? (?:rue|avenue|boulevard|place|chemin|allée|impasse|quai) .+, \d{5} [\p{L} '-]+$`)
	reDE  = regexp.MustCompile(`^\S+ \d+[a-z]?, \d{5} [\p{L}. -]+$`)
	reUK  = regexp.MustCompile(`^\d+ [A-Z][\p{L}']+ [A-Z][a-z]+, [\p{L} ]+ [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$`)
	reUS  = regexp.MustCompile(`^\d+ [A-Z][\p{L}']+ ([A-Z][a-z]+)( Apt \w+)?(, [A-Z][\p{L}. ]+, [A-Z]{2} \d{5}(-\d{4})?)?$`)
)

func (g *swapGen) address(v string) (string, bool) {
	switch {
	case reBox.MatchString(v):
		prefix := v[:strings.Index(v, "Box")+3]
		return fmt.Sprintf("%s %d, %s", prefix, g.between(100, 99999), pick(g.r, g.p.usTowns).name), true
	case reFR.MatchString(v):
		t := pick(g.r, g.p.frTowns)
		return fmt.Sprintf("%d %s, %s%03d %s", g.between(1, 150), pick(g.r, g.p.frStreets), t.code, g.between(0, 999), t.name), true
	case reDE.MatchString(v):
		t := pick(g.r, g.p.deTowns)
		return fmt.Sprintf("%s %d, %s%03d %s", pick(g.r, g.p.deStreets), g.between(1, 150), t.code, g.between(67, 999), t.name), true
	case reUK.MatchString(v):
		t := pick(g.r, g.p.ukTowns)
		const unit = "ABDEFGHJLNPQRSTUWXYZ"
		pc := fmt.Sprintf("%s%d %d%c%c", t.code, g.between(1, 20), g.r.IntN(10), unit[g.r.IntN(len(unit))], unit[g.r.IntN(len(unit))])
		return fmt.Sprintf("%d %s %s, %s %s", g.between(1, 250), pick(g.r, g.p.ukStreets), pick(g.r, ukSuffixes), t.name, pc), true
	}
	m := reUS.FindStringSubmatch(v)
	if m == nil {
		return "", false
	}
	suffixes := usSuffixLong
	for _, s := range usSuffixShort {
		if m[1] == s {
			suffixes = usSuffixShort
		}
	}
	s := fmt.Sprintf("%d %s %s", g.between(1, 9999), pick(g.r, g.p.usStreets), pick(g.r, suffixes))
	if m[2] != "" {
		s += fmt.Sprintf(" Apt %d%c", g.between(1, 40), 'A'+rune(g.r.IntN(4)))
	}
	if m[3] != "" {
		t := pick(g.r, g.p.usTowns)
		s += fmt.Sprintf(", %s, %s %s%02d", t.name, t.state, t.code, g.between(1, 99))
		if m[4] != "" {
			s += fmt.Sprintf("-%04d", g.between(1, 9999))
		}
	}
	return s, true
}

// fill writes digits into the digit positions of template, keeping
// everything else.
func fill(template string, digits []byte) string {
	b := []byte(template)
	k := 0
	for i, c := range b {
		if c >= '0' && c <= '9' && k < len(digits) {
			b[i] = digits[k]
			k++
		}
	}
	return string(b)
}

func digitsOf(v string) []byte {
	var d []byte
	for i := 0; i < len(v); i++ {
		if v[i] >= '0' && v[i] <= '9' {
			d = append(d, v[i])
		}
	}
	return d
}

// issuerRange is the range of four-digit prefixes that keeps a card of
// prefix p in its scheme while keeping its first two digits.
func issuerRange(p int) (lo, hi int) {
	p2 := p / 100
	switch {
	case p >= 2221 && p <= 2720: // Mastercard 2-series
		return max(2221, p2*100), min(2720, p2*100+99)
	case p >= 2200 && p <= 2204: // Mir
		return 2200, 2204
	case p == 6011: // Discover
		return 6011, 6011
	case p >= 6440 && p <= 6499:
		return 6440, 6499
	case p >= 3528 && p <= 3589: // JCB
		return 3528, 3589
	case p >= 3000 && p <= 3059: // Diners
		return 3000, 3059
	}
	return p2 * 100, p2*100 + 99
}

// card keeps a card number's grouping and issuer and draws the other
// digits so that the Luhn checksum passes (valid) or fails (!valid).
func (g *swapGen) card(v string, valid bool) (string, bool) {
	d := digitsOf(v)
	if len(d) < 12 {
		return "", false
	}
	p, _ := strconv.Atoi(string(d[:4]))
	lo, hi := issuerRange(p)
	copy(d, strconv.Itoa(g.between(lo, hi)))
	for i := 4; i < len(d)-1; i++ {
		d[i] = g.digit()
	}
	d[len(d)-1] = '0'
	check := (10 - luhnSum(d)%10) % 10
	if !valid {
		check = (check + 1 + g.r.IntN(9)) % 10
	}
	d[len(d)-1] = byte('0' + check)
	return fill(v, d), true
}

// luhnSum is the Luhn sum of ASCII digits; a number is valid when it is
// a multiple of 10.
func luhnSum(d []byte) int {
	sum := 0
	for i := range d {
		x := int(d[len(d)-1-i] - '0')
		if i%2 == 1 {
			x *= 2
			if x > 9 {
				x -= 9
			}
		}
		sum += x
	}
	return sum
}

// phone keeps the first 55% of the digits (country and area codes, the
// start of the subscriber number) and draws the rest.
func (g *swapGen) phone(v string) (string, bool) {
	d := digitsOf(v)
	if len(d) < 6 {
		return "", false
	}
	for i := max(1, len(d)*55/100); i < len(d); i++ {
		d[i] = g.digit()
	}
	return fill(v, d), true
}

// ssn draws an area, group and serial that were issued (no 000, 666 or
// 9xx area, no 00 group, no 0000 serial) and keeps the separators.
func (g *swapGen) ssn(v string) (string, bool) {
	if len(digitsOf(v)) != 9 {
		return "", false
	}
	for {
		a, gr, s := g.between(1, 899), g.between(1, 99), g.between(1, 9999)
		if a == 666 || a == 78 && gr == 5 && s == 1120 || a == 219 && gr == 9 && s == 9999 {
			continue
		}
		return fill(v, fmt.Appendf(nil, "%03d%02d%04d", a, gr, s)), true
	}
}

// ipv4 keeps a private address private (10/8, 172.16/12, 192.168/16) and
// draws a public unicast address otherwise.
func (g *swapGen) ipv4(v string) (string, bool) {
	o := strings.Split(v, ".")
	if len(o) != 4 {
		return "", false
	}
	n := make([]int, 4)
	for i, s := range o {
		x, err := strconv.Atoi(s)
		if err != nil || x < 0 || x > 255 {
			return "", false
		}
		n[i] = x
	}
	r := []int{0, g.r.IntN(256), g.r.IntN(256), g.between(1, 254)}
	switch {
	case n[0] == 10:
		r[0] = 10
	case n[0] == 172 && n[1] >= 16 && n[1] <= 31:
		r[0], r[1] = 172, g.between(16, 31)
	case n[0] == 192 && n[1] == 168:
		r[0], r[1] = 192, 168
	default:
		for r[0] == 0 || r[0] == 10 || r[0] == 127 || r[0] == 169 || r[0] == 172 || r[0] == 192 {
			r[0] = g.between(1, 223)
		}
	}
	return fmt.Sprintf("%d.%d.%d.%d", r[0], r[1], r[2], r[3]), true
}

// ipv6 keeps the first group (the second too for 2001:db8) and draws the
// other hex digits, keeping each group's length and case and writing no
// leading zero.
func (g *swapGen) ipv6(v string) (string, bool) {
	if strings.Count(v, ":") < 2 {
		return "", false
	}
	groups := strings.Split(v, ":")
	keep := 1
	if strings.EqualFold(groups[0], "2001") && len(groups) > 1 && strings.EqualFold(groups[1], "db8") {
		keep = 2
	}
	for i := keep; i < len(groups); i++ {
		b := []byte(groups[i])
		for k, c := range b {
			if !isHex(c) {
				return "", false
			}
			x := g.r.IntN(16)
			if k == 0 && len(b) > 1 {
				x = g.between(1, 15)
			}
			b[k] = "0123456789abcdef"[x]
			if c >= 'A' && c <= 'F' {
				b[k] = "0123456789ABCDEF"[x]
			}
		}
		groups[i] = string(b)
	}
	return strings.Join(groups, ":"), true
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

var (
	reDateSlash = regexp.MustCompile(`^(\d{1,2})([/.])(\d{1,2})[/.](\d{4})$`)
	reDateISO   = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	reDateDMY   = regexp.MustCompile(`^(\d{1,2}) ([A-Z][a-z]+\.?) (\d{4})$`)
	reDateMDY   = regexp.MustCompile(`^([A-Z][a-z]+\.?) (\d{1,2}), (\d{4})$`)
)

// monthWord writes month m (1-12) in the style of old: the full name, or
// an abbreviation of the same length ("Sept" as "Sep"), with its dot.
func monthWord(old string, m int) (string, bool) {
	name := time.Month(m).String()
	w := strings.TrimSuffix(old, ".")
	dot := old[len(w):]
	for k := 1; k <= 12; k++ {
		full := time.Month(k).String()
		if w == full {
			return name, true
		}
		if len(w) >= 3 && strings.HasPrefix(full, w) {
			return name[:min(len(name), 3)] + dot, true
		}
	}
	return "", false
}

// date draws a date with a year in [y0, y1] and writes it in the format of
// v. A numeric date keeps its day/month order: "25/07/1986" is day first,
// "07/25/1986" month first; when both readings are possible ("02/10/2025")
// the new day is at most 12 too, so it stays ambiguous.
func (g *swapGen) date(v string, y0, y1 int) (string, bool) {
	days := int(time.Date(y1+1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(y0, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	t := time.Date(y0, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.r.IntN(days))
	day, month, year := t.Day(), int(t.Month()), t.Year()
	num := func(old string, x int) string {
		if len(old) == 2 {
			return fmt.Sprintf("%02d", x)
		}
		return strconv.Itoa(x)
	}
	word := func(old string, x int) string {
		if len(old) == 2 && old[0] == '0' {
			return fmt.Sprintf("%02d", x)
		}
		return strconv.Itoa(x)
	}
	if m := reDateSlash.FindStringSubmatch(v); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		sep := m[2]
		switch {
		case sep == "/" && a <= 12 && b > 12: // month first
			return num(m[1], month) + sep + num(m[3], day) + sep + strconv.Itoa(year), true
		case a > 12 || b > 12 || sep == ".": // day first
		default: // ambiguous
			day = g.between(1, 12)
		}
		return num(m[1], day) + sep + num(m[3], month) + sep + strconv.Itoa(year), true
	}
	if reDateISO.MatchString(v) {
		return fmt.Sprintf("%04d-%02d-%02d", year, month, day), true
	}
	if m := reDateDMY.FindStringSubmatch(v); m != nil {
		if w, ok := monthWord(m[2], month); ok {
			return word(m[1], day) + " " + w + " " + strconv.Itoa(year), true
		}
	}
	if m := reDateMDY.FindStringSubmatch(v); m != nil {
		if w, ok := monthWord(m[1], month); ok {
			return w + " " + word(m[2], day) + ", " + strconv.Itoa(year), true
		}
	}
	return "", false
}

var reTime = regexp.MustCompile(`^(\d{1,2}):(\d{2})(.*)$`)

// clock draws a time of day with the same clock (12 or 24 hours), the same
// number of hour digits, and the same suffix (" AM", " pm", ":ss" kept).
func (g *swapGen) clock(v string) (string, bool) {
	m := reTime.FindStringSubmatch(v)
	if m == nil {
		return "", false
	}
	rest := strings.ToLower(m[3])
	twelve := strings.Contains(rest, "am") || strings.Contains(rest, "pm") || strings.Contains(rest, "a.m") || strings.Contains(rest, "p.m")
	var h string
	switch {
	case len(m[1]) == 1 && twelve:
		h = strconv.Itoa(g.between(1, 9))
	case len(m[1]) == 1:
		h = strconv.Itoa(g.between(0, 9))
	case twelve && m[1][0] == '0':
		h = fmt.Sprintf("%02d", g.between(1, 9))
	case twelve:
		h = strconv.Itoa(g.between(10, 12))
	default:
		h = fmt.Sprintf("%02d", g.between(0, 23))
	}
	return fmt.Sprintf("%s:%02d%s", h, g.r.IntN(60), m[3]), true
}

// price keeps the currency sign and the separators and draws the digits,
// the first of them not zero.
func (g *swapGen) price(v string) (string, bool) {
	d := digitsOf(v)
	if len(d) == 0 {
		return "", false
	}
	for i := range d {
		d[i] = g.digit()
	}
	d[0] = byte('1' + g.r.IntN(9))
	return fill(v, d), true
}

// version draws each numeric component with as many digits as before.
func (g *swapGen) version(v string) (string, bool) {
	b := []byte(v)
	found := false
	for i := 0; i < len(b); i++ {
		if b[i] < '0' || b[i] > '9' {
			continue
		}
		found = true
		j := i
		for j < len(b) && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		for k := i; k < j; k++ {
			b[k] = g.digit()
		}
		if j-i > 1 && b[i] == '0' {
			b[i] = byte('1' + g.r.IntN(9))
		}
		i = j
	}
	return string(b), found
}

var (
	emailDomains = strings.Fields(`t-online.de libero.it ziggo.nl sapo.pt yahoo.co.jp btinternet.com
		shaw.ca bigpond.com.au hey.com tutanota.com laposte.net seznam.cz wp.pl naver.com yandex.ru
		rediffmail.com uol.com.br telenet.be bluewin.ch tcd.ie uni-wien.ac.at northwind-traders.com
		contoso.co.uk example-shop.io kpnmail.nl`)
	asciiFold = strings.NewReplacer("á", "a", "à", "a", "ä", "a", "å", "a", "ă", "a", "ą", "a", "Å", "A",
		"é", "e", "è", "e", "ë", "e", "É", "E", "í", "i", "ï", "i", "ó", "o", "ö", "o", "ø", "o", "Ø", "O",
		"ú", "u", "ü", "u", "ñ", "n", "ç", "c", "ć", "c", "ś", "s", "ș", "s", "ł", "l", "ż", "z", "ź", "z",
		"ß", "ss", "'", "", "-", "")
)

// email writes a new address from the name pools and a domain the corpus
// does not use, keeping a "+tag" of the original.
func (g *swapGen) email(v string) (string, bool) {
	at := strings.LastIndexByte(v, '@')
	if at <= 0 {
		return "", false
	}
	name := func(pool []string) string {
		w := strings.Fields(pick(g.r, pool))
		return strings.ToLower(asciiFold.Replace(w[len(w)-1]))
	}
	f, l := name(g.p.given), name(g.p.surnames)
	var local string
	switch g.r.IntN(7) {
	case 0:
		local = f + "." + l
	case 1:
		local = f[:1] + "." + l
	case 2:
		local = f + l + strconv.Itoa(g.between(1, 99))
	case 3:
		local = f + "_" + l
	case 4:
		local = l + "." + f + strconv.Itoa(g.between(1950, 2005))
	case 5:
		local = f + strconv.Itoa(g.between(1, 999))
	default:
		local = f[:1] + l
	}
	if plus := strings.IndexByte(v[:at], '+'); plus >= 0 {
		local += v[plus:at]
	}
	return local + "@" + pick(g.r, emailDomains), true
}

// secretPrefixes are the fixed starts of keys and tokens, kept as they are.
var secretPrefixes = []string{"github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_",
	"sk_live_", "sk_test_", "rk_live_", "rk_test_", "pk_live_", "pk_test_",
	"xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxr-", "xoxs-",
	"AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA"}

// secret keeps a key's prefix and draws every other letter and digit from
// the same class (AWS key IDs are base32: digits 2-7).
func (g *swapGen) secret(v string) (string, bool) {
	keep := 0
	for _, p := range secretPrefixes {
		if strings.HasPrefix(v, p) {
			keep = len(p)
			break
		}
	}
	digits := "0123456789"
	if keep == 4 && strings.HasPrefix(v, "A") {
		digits = "234567"
	}
	return v[:keep] + g.reshape(v[keep:], digits), true
}

// reshape replaces each ASCII letter and digit of s by a random one of the
// same class and case, keeping everything else.
func (g *swapGen) reshape(s, digits string) string {
	const lower, upper = "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= '0' && c <= '9':
			b[i] = digits[g.r.IntN(len(digits))]
		case c >= 'a' && c <= 'z':
			b[i] = lower[g.r.IntN(26)]
		case c >= 'A' && c <= 'Z':
			b[i] = upper[g.r.IntN(26)]
		}
	}
	return string(b)
}

// code redraws an order, ticket or tracking number or a SKU after its
// letter prefix ("ORD-", "CASE-", "MDL-", "JD", and UPS's "1Z").
func (g *swapGen) code(v string) (string, bool) {
	if v == "" {
		return "", false
	}
	keep := strings.IndexFunc(v, func(r rune) bool { return r >= utf8.RuneSelf || !unicode.IsLetter(r) && r != '#' })
	if keep < 0 {
		keep = len(v)
	}
	if strings.HasPrefix(v, "1Z") {
		keep = 2
	}
	if keep == len(v) {
		return "", false
	}
	return v[:keep] + g.reshape(v[keep:], "0123456789"), true
}
