package redact

import (
	"maps"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7/data"
)

// The soft-entity recognizer (names.go, address.go) looks words up in one
// gazetteer: a map from a folded word (lower case, Latin diacritics
// removed, typographic apostrophe made plain) to a set of flags. Entries
// of several words live in a second map keyed by their folded words joined
// with single spaces; their first word carries gzPhrase.
//
// The bulk of the names and places comes from the lists that ship with
// github.com/brianvoe/gofakeit/v7 (MIT), a maintained fake-data module
// with no dependencies of its own: 1,600 given names, 500 surnames, US
// cities and states, 250 countries, nationalities, job titles, company
// names, street and unit designators. gazetteer_lists.go adds
// international names, places and chat vocabulary. Nothing is copied from
// the dependency; it is read once, on first use.

// Gazetteer flags of a word or phrase.
const (
	gzFirst      uint32 = 1 << iota // given name
	gzLast                          // surname
	gzAmbig                         // given name that is also an ordinary word
	gzPlace                         // city, region or country
	gzCountry                       // country
	gzStop                          // capitalised word that is never a name
	gzMonthDay                      // month or weekday
	gzNRP                           // nationality, religion or political group
	gzHonor                         // courtesy title (Mr, Dr, ...)
	gzStreetType                    // street designator after the name (Street, Weg)
	gzStreetPre                     // street designator before the name (rue, Via)
	gzUnit                          // unit designator (Apt, Suite)
	gzOrgSuffix                     // last word of an organisation (Inc, GmbH)
	gzOrgAfter                      // word after an organisation (office, team)
	gzJobHead                       // noun that ends a job title
	gzCompany                       // a known organisation
	gzPhrase                        // first word of a multi-word entry
	gzState                         // two- or three-letter state or province code
	gzParticle                      // name particle (da, van, von)
	gzCue                           // last word of a context cue
	gzCommon                        // common English word
	gzPostCue                       // word after a name that confirms it ("here", "said")
	gzPersonVerb                    // verb that often follows a name ("is", "lives")
	gzPlain                         // its stop, common, month or company flags come from plain ASCII entries only
	gzMeasure                       // unit of measure after a number (MB, ms, kg)
	gzTool                          // noun after a product or tool name (Daemon, Server, Plugin)
	gzJobMod                        // word that starts a job title (Chief, Senior, Vice)
	gzAccentStop                    // written with its diacritics, a stop word whose plain spelling is a name or a firm ("Über", "Según")
	gzGreetLead                     // first word of a greeting of two words ("Boa" of "Boa tarde"), see classifyRun
	gzResort                        // place of holidays that people are also named after ("Capri", "Bali"): a person's cue wins
	gzRole                          // a party's role before a name in a record ("Taxpayer", "Employee")
)

// gzPlainOnly are the flags that gzPlain qualifies: a word written with
// diacritics that folds to such an entry is another word ("Ján" is no
// "Jan", "Bašić" no "basic", the German "Über" no "Uber", the Spanish
// given name "Germán" no nationality).
const gzPlainOnly = gzStop | gzCommon | gzMonthDay | gzCompany | gzNRP

// maxKey bounds the folded length of a looked-up word or phrase; longer
// ones are never in the gazetteer.
const maxKey = 48

// cueKind says what a context cue announces.
type cueKind uint8

// Kinds of context cue.
const (
	cuePerson      cueKind = iota + 1 // a person's name follows
	cuePersonWeak                     // a name may follow
	cuePlace                          // a place follows
	cuePlaceWeak                      // a known place may follow
	cueOrg                            // an organisation follows
	cueAddress                        // an address follows
	cueAddressWeak                    // an address may follow: a bare "at" or "in"
	cueAge                            // an age follows
	cueZip                            // a postal code follows
	cueJob                            // a job title follows
	cuePlaceLabel                     // a form's label: a place follows its colon
	cueSpeaker                        // a speaker's label: a message follows its colon (see cue.speaker)
)

// cue is a context phrase, keyed in the gazetteer by its last word.
type cue struct {
	prev []string // earlier folded words, in text order
	near string   // the last of prev, or "": most cues fail on it
	kind cueKind
	// speaker marks a person cue that is a speaker's role too: before a
	// colon at the start of a line it labels the line (cueSpeaker).
	speaker bool
}

// gazetteer is the read-only lookup structure shared by all recognizers.
// words is filled while building; table is the open-addressing copy of it
// that lookups use, hashed with gzHash over the folded bytes so that an
// ASCII word is looked up without copying it.
type gazetteer struct {
	words map[string]uint32
	// lowerWords holds the folded names of listLowerWords: everyday words
	// in lower case, see lowerWordNamed.
	lowerWords map[string]bool
	// weak holds the folded words that only the lists of session 21
	// (listEuropeanGivenNames2, listEuropeanSurnames, listEuropeanTowns)
	// know as a name or a place: typed in lower case, such a word needs a
	// cue or a name beside it (see weakWordNamed), as many are words,
	// brands or dishes too ("aline", "dirk", "parma").
	weak map[string]bool
	// possBrands holds the folded brands of listBrands written with a
	// possessive ("McDonald's", "Sainsbury's") without it: the
	// tokenizer cuts the 's off a word (efPoss), so the brand's entry
	// never matches its words (see possBrandAt).
	possBrands map[string]bool
	phrases    map[string]uint32
	cues       map[string][]cue
	table      []gazSlot
	offs       []uint32 // offs[i] is the offset in keys of the key of table[i]
	mask       uint64
	keys       string
	cueLists   [][]cue // indexed by gazSlot.cue; entry 0 is empty
	// cueShape has bit n of entry c set when a cue word n bytes long
	// starts with the byte c (n < 64); kindShape[k] is the same for the
	// cues of kind k alone.
	cueShape  [256]uint64
	kindShape [cueSpeaker + 1][256]uint64
	// cueKinds[ci] has bit k set when cueLists[ci] holds a cue of kind k.
	cueKinds []uint16
	// particleShape is cueShape for the words with gzParticle, jobShape
	// for those with gzJobHead.
	particleShape, jobShape [256]uint64
}

// gazSlot is one entry of the open-addressing table. It holds the first
// eight bytes of its key, so that most words (eight bytes or fewer) are
// found or ruled out without reading the key itself, and it is 16 bytes
// long, so that a probe reads one cache line.
type gazSlot struct {
	pre   uint64 // the first eight bytes of the key, zero-padded; 0 marks an empty slot
	flags uint32
	cue   uint16 // index into cueLists, 0 for none
	n     uint8  // length of the key
	label bool   // the key is a label of reference numbers (see refLabel)
}

// Hash constants (from wyhash).
const (
	gzSeed  uint64 = 0xa0761d6478bd642f
	gzMul   uint64 = 0xe7037ed1a0b428db
	gzOnes  uint64 = 0x0101010101010101
	gzHighs uint64 = 0x80 * gzOnes
)

// gzMix mixes a into a hash: the two halves of its 128-bit product with
// gzMul, folded together.
func gzMix(a uint64) uint64 {
	hi, lo := bits.Mul64(a, gzMul)
	return hi ^ lo
}

// lower8 lower-cases the ASCII capitals among the eight bytes of x and
// leaves every other byte as it is.
func lower8(x uint64) uint64 {
	low := x &^ gzHighs                  // each byte below 0x80: sums cannot carry
	geA := low + (0x80-'A')*gzOnes       // high bit set where the byte >= 'A'
	gtZ := low + (0x80-'Z'-1)*gzOnes     // high bit set where the byte > 'Z'
	upper := (geA &^ gtZ) &^ x & gzHighs // ... and where x itself is ASCII
	return x | upper>>2
}

// chunk returns the eight bytes of k from i on, little-endian, padded
// with zeros past the end of k.
func chunk[T string | []byte](k T, i int) uint64 {
	if i+8 <= len(k) {
		return uint64(k[i]) | uint64(k[i+1])<<8 | uint64(k[i+2])<<16 | uint64(k[i+3])<<24 |
			uint64(k[i+4])<<32 | uint64(k[i+5])<<40 | uint64(k[i+6])<<48 | uint64(k[i+7])<<56
	}
	var x uint64
	for j := len(k) - 1; j >= i; j-- {
		x = x<<8 | uint64(k[j])
	}
	return x
}

// lowBytes[n] masks the low n bytes of a word.
var lowBytes = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// load8 returns the first eight bytes of s, little-endian, in one load.
func load8(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// gzHash hashes a key eight bytes at a time, lower-casing its ASCII
// capitals on the way: a folded key and any ASCII word that folds to it
// hash alike. wordAt computes the same for a word of up to eight bytes.
func gzHash[T string | []byte](k T) uint64 {
	h := gzSeed ^ uint64(len(k))
	for i := 0; i < len(k); i += 8 {
		h = gzMix(h ^ lower8(chunk(k, i)))
	}
	return h
}

// freeze builds the lookup table from the word map.
func (g *gazetteer) freeze() {
	// The labels of reference numbers have a slot each, with their flags
	// or none (a slot of no flags is found as an empty one is), so that
	// the probe of a word says whether it is one (see entScanner.flags).
	words := slices.Collect(maps.Keys(g.words))
	for _, l := range refLabels {
		if _, ok := g.words[l]; !ok {
			words = append(words, l)
		}
	}
	size := 1
	for 3*size < 4*len(words) { // at most three slots in four taken
		size <<= 1
	}
	g.table = make([]gazSlot, size)
	g.offs = make([]uint32, size)
	g.mask = uint64(size - 1)
	g.cueLists, g.cueKinds = [][]cue{nil}, []uint16{0}
	var keys strings.Builder
	// Short words first: they are the common ones ("to", "the", "is"),
	// and a key inserted early takes its home slot, or one near it,
	// where a lookup finds it soonest. The order also makes the table,
	// and the cost of a lookup, the same from run to run.
	slices.SortFunc(words, func(a, b string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(a, b)
	})
	for _, k := range words {
		f := g.words[k]
		if len(k) > 255 || len(g.cueLists) > 1<<16-1 {
			panic("redact: gazetteer too large for gazSlot")
		}
		i := gzHash(k) & g.mask
		for g.table[i].pre != 0 {
			i = (i + 1) & g.mask
		}
		var ci uint16
		if cs := g.cues[k]; len(cs) > 0 {
			// By the length of the word before the last, so that
			// cuesBefore reads only the cues whose word there has the
			// length of the text's. The sort is stable: cues of the
			// same words keep their order, which breaks their ties.
			slices.SortStableFunc(cs, func(a, b cue) int { return len(a.near) - len(b.near) })
			ci = uint16(len(g.cueLists))
			g.cueLists = append(g.cueLists, cs)
			var kinds uint16
			for _, c := range cs {
				kinds |= 1 << c.kind
			}
			g.cueKinds = append(g.cueKinds, kinds)
		}
		if f&gzParticle != 0 && len(k) < 64 {
			g.particleShape[k[0]] |= 1 << len(k)
		}
		if f&gzJobHead != 0 && len(k) < 64 {
			g.jobShape[k[0]] |= 1 << len(k)
		}
		g.table[i] = gazSlot{pre: chunk(k, 0), flags: f, cue: ci, n: uint8(len(k)), label: refLabel(k)}
		g.offs[i] = uint32(keys.Len())
		keys.WriteString(k)
	}
	g.keys = keys.String()
}

// lookupASCII returns the flags and the cue-list index of an ASCII word
// (letters, digits, apostrophes and hyphens; see wordAt), folding its
// case on the fly.
func (g *gazetteer) lookupASCII(w string) (uint32, uint16) {
	return g.wordAt(w, 0, len(w))
}

// wordAt returns the flags and the cue-list index of the ASCII word
// text[a:b]: lookupShort's for a word of up to eight bytes, most words,
// lookupLong's for a longer one.
func (g *gazetteer) wordAt(text string, a, b int) (uint32, uint16) {
	if uint(b-a-1) >= 8 {
		return g.lookupLong(text[a:b])
	}
	return g.lookupShort(text, a, b)
}

// lookupShort is wordAt for a word of one to eight bytes. It reads the
// word in one load: of the eight bytes of text from the word on where
// there are eight (as entScanner.flags reads most words), else of the
// eight that end with it; in a text shorter than eight bytes, byte by
// byte.
func (g *gazetteer) lookupShort(text string, a, b int) (uint32, uint16) {
	n := b - a
	var x uint64
	switch {
	case a+8 <= len(text):
		x = load8(text[a : a+8])
	case b >= 8:
		x = load8(text[b-8:b]) >> (64 - 8*uint(n))
	default: // a text shorter than eight bytes
		for j := b - 1; j >= a; j-- {
			x = x<<8 | uint64(text[j])
		}
	}
	sl := g.probe(shortKey(x, n), n)
	return sl.flags, sl.cue
}

// shortKey returns the key of an ASCII word of n bytes, one to eight,
// whose bytes x holds from its low end on, followed by others: the word
// alone, lower-cased. The word holds letters, digits, apostrophes and
// hyphens only, as a word token does: of these only the capitals lack
// the bit 0x20, so setting it in each byte lower-cases the word as
// lower8 does.
func shortKey(x uint64, n int) uint64 {
	low := lowBytes[n]
	return x&low | 0x20*gzOnes&low
}

// probe returns the slot of the key of n bytes, one to eight, that
// shortKey returns, or an empty one. The compiler inlines it, and
// shortKey, in entScanner.flags, which makes most lookups.
func (g *gazetteer) probe(x uint64, n int) *gazSlot {
	tab, mask := g.table, g.mask // read once, not at every probe
	for i := gzMix(gzSeed^uint64(n)^x) & mask; ; i = (i + 1) & mask {
		sl := &tab[i]
		if sl.pre == x && int(sl.n) == n || sl.pre == 0 {
			return sl
		}
	}
}

// lookupLong is wordAt for a word of more than eight bytes. A slot whose
// first eight bytes match needs the rest of its key compared only.
func (g *gazetteer) lookupLong(w string) (uint32, uint16) {
	// gzHash(w), its chunks read in whole loads: the last, which gzHash
	// pads with zeros, is the end of the eight bytes that end the word.
	// Its first chunk is the slot's pre.
	pre := lower8(load8(w))
	h := gzMix(gzSeed ^ uint64(len(w)) ^ pre)
	j := 8
	for ; j+8 <= len(w); j += 8 {
		h = gzMix(h ^ lower8(load8(w[j:])))
	}
	if j < len(w) {
		h = gzMix(h ^ lower8(load8(w[len(w)-8:]))>>(8*uint(j+8-len(w))))
	}
	for i := h & g.mask; ; i = (i + 1) & g.mask {
		sl := &g.table[i]
		if sl.pre == 0 {
			return 0, 0
		}
		if sl.pre == pre && int(sl.n) == len(w) && equalLower8(g.keys[g.offs[i]:g.offs[i]+uint32(sl.n)], w) {
			return sl.flags, sl.cue
		}
	}
}

// equalLower8 is equalLowerASCII for a key and a word of the same
// length, more than eight bytes, whose first eight bytes are equal
// already: the rest compared eight bytes at a time, the last eight
// overlapping those before where the length is no multiple of eight.
func equalLower8(key, w string) bool {
	for j := 8; j < len(w)-8; j += 8 {
		if load8(key[j:]) != lower8(load8(w[j:])) {
			return false
		}
	}
	return load8(key[len(w)-8:]) == lower8(load8(w[len(w)-8:]))
}

// lookupFolded returns the flags and the cue-list index of a folded key.
func (g *gazetteer) lookupFolded(k []byte) (uint32, uint16) {
	h := gzHash(k)
	pre := chunk(k, 0)
	for i := h & g.mask; ; i = (i + 1) & g.mask {
		sl := &g.table[i]
		if sl.pre == 0 {
			return 0, 0
		}
		if sl.pre == pre && int(sl.n) == len(k) && g.keys[g.offs[i]:g.offs[i]+uint32(sl.n)] == string(k) {
			return sl.flags, sl.cue
		}
	}
}

// maybeCue reports whether the ASCII word w may be the last word of a cue:
// false means it is certainly not.
func (g *gazetteer) maybeCue(w string) bool {
	c := w[0]
	if c-'A' < 26 {
		c += 'a' - 'A'
	}
	return len(w) < 64 && g.cueShape[c]&(1<<len(w)) != 0
}

// equalLowerASCII reports whether the lower-case key equals w with its
// ASCII letters lower-cased; words of another length never do ("hsA" is
// no "hs": a caller that once left the test of lengths out read past the
// key). The key may be bytes, as the words that repeatNames folds into a
// buffer are.
func equalLowerASCII[K string | []byte](key K, w string) bool {
	if len(key) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		if key[i] != c {
			return false
		}
	}
	return true
}

// labelHeads holds the folded parts of listLabelHeads.
var labelHeads = func() (hs []string) {
	for _, h := range splitList(listLabelHeads) {
		hs = append(hs, string(foldKey(nil, h)))
	}
	return hs
}()

// gaz is built once, on first use, by theGazetteer.
var (
	gazOnce sync.Once
	gaz     *gazetteer
)

// theGazetteer builds the gazetteer on first use.
func theGazetteer() *gazetteer {
	gazOnce.Do(func() { gaz = buildGazetteer() })
	return gaz
}

// tradeHeads holds the folded words of listTradeHeads.
var tradeHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range splitList(listTradeHeads) {
		m[string(foldKey(nil, w))] = true
	}
	return m
}()

// splitList splits a "|"-separated list.
func splitList(s string) []string {
	return strings.Split(s, "|")
}

// buildGazetteer assembles the gazetteer from the dependency's data and the
// curated lists.
func buildGazetteer() *gazetteer {
	g := &gazetteer{
		words:   make(map[string]uint32, 8192),
		phrases: make(map[string]uint32, 2048),
		cues:    make(map[string][]cue, 512),
	}
	add := func(flag uint32, lists ...[]string) {
		for _, list := range lists {
			for _, e := range list {
				g.add(e, flag)
			}
		}
	}
	add(gzFirst, data.Person["first"], data.Person["middle"], splitList(listGivenNames))
	add(gzLast, data.Person["last"], splitList(listSurnames))
	add(gzPlace, data.Address["city"], data.Address["state"], splitList(listPlaces), splitList(listRegions))
	g.weak = map[string]bool{}
	for _, w := range append(splitList(listEuropeanTowns), splitList(listWorldTowns)...) {
		if k := string(foldKey(nil, w)); !strings.Contains(k, " ") && g.words[k]&gzPlace == 0 {
			g.weak[k] = true
		}
	}
	add(gzPlace, splitList(listEuropeanTowns), splitList(listWorldTowns))
	add(gzPlace|gzResort, splitList(listHolidayPlaces))
	add(gzRole, splitList(listRoleNouns))
	add(gzPlace|gzCountry, data.Address["country"], splitList(listCountries))
	add(gzNRP, data.Person["ethnicity"], splitList(listNRP))
	add(gzCompany, data.Company["name"])
	for k, list := range data.Word {
		if k != "adjective_proper" {
			add(gzCommon, list)
		}
	}
	add(gzCommon, data.Product["name"], splitList(listCommonCaps), splitList(listEnglishWords))
	// Nouns, adjectives and verbs of devices and products, which a
	// support chat capitalises as it names a feature or a part ("the
	// Firewall blocks it"); a word the lists hold as a name or a place
	// stays only that. Animals, food, colours, materials and the
	// products' adjectives are left out: they are surnames as often
	// ("Regards, Salmon", "Signed: Marten", "ask Steel", "Noble",
	// "Quick", "Champion").
	for _, list := range [][]string{data.Hacker["noun"], data.Hacker["adjective"], data.Hacker["verb"], data.Hacker["ingverb"],
		data.Product["category"], data.Product["feature"]} {
		for _, e := range list {
			if k := foldKey(nil, e); g.words[string(k)]&(gzFirst|gzLast|gzPlace|gzCountry) == 0 {
				g.add(e, gzCommon)
			}
		}
	}
	// Well-known people: their given names and surnames count as names.
	for _, list := range data.Celebrity {
		for _, full := range list {
			f := strings.Fields(full)
			if len(f) >= 2 {
				g.add(f[0], gzFirst)
				g.add(f[len(f)-1], gzLast)
			}
		}
	}
	add(gzStop, splitList(listPersonStop), splitList(listForeignStop), splitList(listKinNouns), splitList(listSpeakers))
	add(gzStop, splitList(listStopBrands), splitList(listDepartments), splitList(listOpeners), splitList(listSignoffWords), splitList(listSeasonWishes))
	add(gzGreetLead, splitList(listGreetLeads))
	for _, w := range splitList(listAccentOpeners) {
		// Not through add: the plain spelling keeps its flags (see
		// gzAccentStop and entScanner.flags).
		g.words[string(foldKey(nil, w))] |= gzAccentStop
	}
	// Companies the stop list holds so that they never pass for people;
	// after an organisation cue ("works for Microsoft") they are one.
	add(gzCompany, splitList(listStopCompanies))
	add(gzStop|gzMonthDay, splitList(listMonthsDays), splitList(listHolidays))
	add(gzAmbig, splitList(listAmbiguousGiven))
	add(gzHonor, splitList(listHonorifics))
	add(gzStreetType, data.Address["street_name"], splitList(listStreetTypes))
	add(gzStreetPre, splitList(listStreetPrefixes))
	add(gzUnit, data.Address["unit"], splitList(listUnits))
	add(gzOrgSuffix, data.Company["suffix"], splitList(listOrgSuffixes))
	add(gzOrgAfter, splitList(listOrgCuesAfter))
	add(gzJobHead, splitList(listJobHeads))
	add(gzMeasure, splitList(listMeasureUnits))
	add(gzTool, splitList(listToolHeads))
	add(gzJobMod, data.Job["descriptor"])
	// "ji" is Hindi's honorific after a name ("Rajesh ji"), "nim"
	// Korean's, romanised ("Min-ho nim", session 75).
	add(gzPostCue, strings.Fields("here hier ici aqui qui speaking said says wrote replied asked explained shouted told writes ji nim"))
	// Session 79: "here" of the Finnish, Estonian and Slavic chats ("Maija
	// täällä", "Tomislav ovdje"); not Swedish "här" nor Latvian "šeit",
	// which fold as "har" and "seit" do.
	add(gzPostCue, strings.Fields("täällä siin tutaj tady ovdje ovde"))
	add(gzPersonVerb, strings.Fields("is was will would has had and lives lived listed began spent shouted said says told wrote works worked went called can could did does wants needs likes loves thinks asked of from"))
	// The verbs of being and living of the other languages, typed after a
	// name in lower case: "gracias olena eres un sol", "mijn dochter
	// fatima woont op kamers", "karim vive a lyon".
	add(gzPersonVerb, strings.Fields("sei eres vive abita habite woont wohnt lebt vit"))
	add(gzParticle, strings.Fields("da de del della delle dello dei degli di do dos das du des van von der den ter ten zu zum la las le lo los el al bin ben ibn bint binti binte dela delos y e i et und ap mac"))
	for _, s := range data.Address["state_abr"] {
		g.words[strings.ToLower(s)] |= gzState
	}
	for _, s := range strings.Fields("ab bc mb nb nl ns nt nu on pe qc sk yt aa ae ap dc pr gu vi nsw qld tas vic wa act") {
		g.words[s] |= gzState
	}
	// Job titles from the dependency end with a head noun ("Bus Driver").
	for _, t := range data.Job["title"] {
		if f := strings.Fields(t); len(f) > 0 {
			g.add(f[len(f)-1], gzJobHead)
		}
	}
	for _, c := range cuePhrases {
		g.addCue(c.text, c.kind)
	}
	// A speaker's role that is a person cue too ("Kunde", "Customer") is
	// marked: before a colon at the start of a line it labels the line
	// (see classifyRun). The other roles announce no name, and need no
	// mark.
	for _, w := range splitList(listSpeakers) {
		cs := g.cues[string(foldKey(nil, w))]
		for k := range cs {
			cs[k].speaker = cs[k].kind == cuePerson && len(cs[k].prev) == 0
		}
	}
	g.addNames(gzFirst, splitList(listMoreGivenNames))
	g.addNames(gzFirst, splitList(listWorldGivenNames))
	g.addNames(gzFirst, splitList(listEuropeanGivenNames))
	g.addNames(gzLast, splitList(listMoreSurnames))
	for _, l := range []struct {
		kind uint32
		list string
	}{{gzFirst, listEuropeanGivenNames2}, {gzLast, listEuropeanSurnames}} {
		for _, w := range splitList(l.list) {
			if k := string(foldKey(nil, w)); !strings.Contains(k, " ") && g.words[k]&(gzFirst|gzLast) == 0 {
				g.weak[k] = true
			}
		}
		g.addNames(l.kind, splitList(l.list))
	}
	add(gzCompany, splitList(listBrands), splitList(listTradeHeads))
	add(gzStop, splitList(listDishes))
	g.possBrands = map[string]bool{}
	for _, b := range splitList(listBrands) {
		if w, ok := strings.CutSuffix(b, "'s"); ok {
			g.possBrands[string(foldKey(nil, w))] = true
		}
	}
	add(gzStop, splitList(listChatStop), splitList(listFieldBlanks))
	add(gzOrgSuffix, splitList(listMoreOrgSuffixes))
	add(gzStop, strings.Fields("Attn Fwd Re"))
	// Banks and car makers are firms; those that are also names
	// ("Ford", "Lincoln") stay names.
	for _, list := range [][]string{data.Bank["name"], data.Car["maker"]} {
		for _, e := range list {
			e, _, _ = strings.Cut(e, " & ")
			if g.words[string(foldKey(nil, e))]&(gzFirst|gzLast|gzPlace|gzCommon|gzStop) == 0 {
				g.add(e, gzCompany)
			}
		}
	}
	// The words the rules' context looks for before a value in the
	// languages other than English ("Rechnung", "Passwort", "cuenta")
	// label fields, as do the nouns of listFieldLabels: no names. English
	// ones ("Social", "Number", "Booking") also start the names of firms
	// and titles; the common-word lists hold them. Phrases and the words
	// that are also names or places ("Fin", "Nato") are left out, and so
	// are the words that open a firm's name ("Loja", "Agence").
	add(gzStop, splitList(listFieldLabels))
	for _, byLang := range contextWords {
		for lang, ws := range byLang {
			if lang == "en" {
				continue
			}
			for _, w := range ws {
				if strings.ContainsAny(w, " .") || g.words[string(foldKey(nil, w))]&(gzFirst|gzLast|gzPlace|gzCountry|gzNRP|gzCompany) != 0 || contextNotStop[w] {
					continue
				}
				g.add(w, gzStop)
			}
		}
	}
	// The names that are everyday words in lower case are a set of their
	// own, not a flag: the flags of a name are compared whole in many
	// places ("a surname and nothing else").
	g.lowerWords = map[string]bool{}
	for _, w := range splitList(listLowerWords) {
		if k := string(foldKey(nil, w)); g.words[k]&(gzFirst|gzLast) != 0 {
			g.lowerWords[k] = true
		}
	}
	g.freeze()
	return g
}

// contextNotStop holds context words of other languages than English
// that stay out of the stop words although the lists do not know them as
// names: German "TAN" is Singapore's and Malaysia's commonest surname
// ("Tan Wei Ming"), which a stop word would cut off the name.
var contextNotStop = map[string]bool{"tan": true}

// add records one entry (one or more words) with flag.
func (g *gazetteer) add(entry string, flag uint32) {
	key := string(foldKey(nil, strings.TrimSpace(entry)))
	if key == "" || len(key) > maxKey {
		return
	}
	if !strings.Contains(key, " ") {
		f := g.words[key]
		if flag&gzPlainOnly != 0 {
			// gzPlain holds while every entry that gave the word such a
			// flag was plain ASCII.
			if isASCII(entry) && (f&gzPlainOnly == 0 || f&gzPlain != 0) {
				flag |= gzPlain
			} else {
				f &^= gzPlain
			}
		}
		g.words[key] = f | flag
		return
	}
	g.phrases[key] |= flag
	first, _, _ := strings.Cut(key, " ")
	g.words[first] |= gzPhrase
}

// addNames records names of the given kind (gzFirst or gzLast), each
// only when the gazetteer knows its word as nothing but a name so far.
func (g *gazetteer) addNames(kind uint32, list []string) {
	// gzAccentStop speaks of the word's spelling with diacritics only:
	// "Según" is a stop word, "Segun" still a given name.
	const other = ^(gzFirst | gzLast | gzPhrase | gzAccentStop)
	for _, e := range list {
		key := string(foldKey(nil, strings.TrimSpace(e)))
		if strings.Contains(key, " ") {
			if g.phrases[key]&other == 0 {
				g.add(e, kind)
			}
			continue
		}
		if g.words[key]&other == 0 {
			g.add(e, kind)
		}
	}
}

// addCue records a cue phrase such as "my name is".
func (g *gazetteer) addCue(text string, kind cueKind) {
	ws := strings.Fields(string(foldKey(nil, text)))
	if len(ws) == 0 {
		return
	}
	last := ws[len(ws)-1]
	c := cue{prev: ws[:len(ws)-1], kind: kind}
	if len(c.prev) > 0 {
		c.near = c.prev[len(c.prev)-1]
	}
	// A phrase listed twice ("bom dia", in two languages' lists) is one
	// cue: cuesBefore would test each copy.
	for _, o := range g.cues[last] {
		if o.kind == kind && slices.Equal(o.prev, c.prev) {
			return
		}
	}
	g.cues[last] = append(g.cues[last], c)
	g.words[last] |= gzCue
	if len(last) < 64 {
		g.cueShape[last[0]] |= 1 << len(last)
		g.kindShape[kind][last[0]] |= 1 << len(last)
	}
}

// phrase returns the flags of a folded multi-word key.
func (g *gazetteer) phrase(key []byte) uint32 {
	return g.phrases[string(key)]
}

// foldTable maps U+00C0..U+017F to an ASCII lower-case letter.
const foldTable = "aaaaaaaceeeeiiiidnooooo*ouuuuyts" + "aaaaaaaceeeeiiiidnooooo*ouuuuyty" +
	"aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "iiiijjkkklllllll" +
	"lllnnnnnnnnnoooo" + "oooorrrrrrssssss" + "ssttttttuuuuuuuu" + "uuuuwwyyyzzzzzzs"

// foldTableViet maps U+1EA0..U+1EF9, the Vietnamese letters of Latin
// Extended Additional ("ạ", "ễ", "ự"), to their ASCII base letter.
const foldTableViet = "aaaaaaaaaaaaaaaaaaaaaaaa" + "eeeeeeeeeeeeeeee" + "iiii" +
	"oooooooooooooooooooooooo" + "uuuuuuuuuuuuuu" + "yyyyyyyy"

// foldASCII folds an ASCII byte as foldKey does: a capital to its lower
// case, white space (a space, '\t', '\n' or '\r') to a space, the others
// to themselves.
var foldASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c) + 'a' - 'A'
	}
	t['\t'], t['\n'], t['\r'] = ' ', ' ', ' '
	return t
}()

// foldKey appends the folded form of s to dst: ASCII letters lower-cased,
// Latin letters with diacritics reduced to their base letter (ß to ss),
// other letters lower-cased, typographic apostrophes made plain, runs of
// white space collapsed to one space. Invalid UTF-8 folds to U+FFFD.
func foldKey(dst []byte, s string) []byte {
	space := false
	// The ASCII bytes up to the first other one, all of most keys, fold
	// into room made once: a loop without append's growth check, and so
	// with nothing to save around a call.
	n := len(dst)
	dst = slices.Grow(dst, len(s))
	out := dst[n : n+len(s)]
	j := 0
	i := 0
	for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
		c := foldASCII[s[i]]
		if c == ' ' {
			space = n+j > 0
			continue
		}
		if space {
			out[j] = ' '
			j++
			space = false
		}
		out[j] = c
		j++
	}
	dst = dst[:n+j]
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c = foldASCII[c]; c == ' ' {
				space = len(dst) > 0
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if space {
			dst = append(dst, ' ')
			space = false
		}
		switch {
		case r == 'ß':
			dst = append(dst, 's', 's')
		case r == 'Æ' || r == 'æ':
			dst = append(dst, 'a', 'e')
		case r == 'Œ' || r == 'œ':
			dst = append(dst, 'o', 'e')
		case r >= 0xC0 && r <= 0x17F:
			dst = append(dst, foldTable[r-0xC0])
		case r >= 0x1EA0 && r <= 0x1EF9:
			dst = append(dst, foldTableViet[r-0x1EA0])
		case r >= 'Ș' && r <= 'ț': // Romanian, a comma below: U+0218..U+021B
			dst = append(dst, "sstt"[r-'Ș'])
		case r == 'Ơ' || r == 'ơ':
			dst = append(dst, 'o')
		case r == 'Ư' || r == 'ư':
			dst = append(dst, 'u')
		case r == '\u2019' || r == '\u2018' || r == '\u02bc':
			dst = append(dst, '\'')
		case r >= 0x386 && r <= 0x3CE:
			// Greek loses its accents and its final sigma, as people
			// type it without them: "Θοδωρης", "κυρια" (session 67).
			dst = utf8.AppendRune(dst, greekFold(r))
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// greekFold returns the Greek letter r in lower case without its accent
// or diaeresis, and the final sigma as the sigma.
func greekFold(r rune) rune {
	switch r {
	case 'Ά', 'ά':
		return 'α'
	case 'Έ', 'έ':
		return 'ε'
	case 'Ή', 'ή':
		return 'η'
	case 'Ί', 'ί', 'ΐ', 'Ϊ', 'ϊ':
		return 'ι'
	case 'Ό', 'ό':
		return 'ο'
	case 'Ύ', 'ύ', 'ΰ', 'Ϋ', 'ϋ':
		return 'υ'
	case 'Ώ', 'ώ':
		return 'ω'
	case 'ς':
		return 'σ'
	}
	return unicode.ToLower(r)
}
