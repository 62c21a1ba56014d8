package redact

import (
	"strings"
	"testing"

	"github.com/brianvoe/gofakeit/v7/data"
)

// roleCue and roleSpeaker mark, beside the gazetteer flags, the lists
// whose entries are also cue phrases and the roles of speakers.
const (
	roleCue     = 1 << 31
	roleSpeaker = 1 << 30
)

// curatedLists are the curated lists whose entries are gazetteer words,
// with the role buildGazetteer gives each entry: its flags, roleCue and
// roleSpeaker.
var curatedLists = []struct {
	name string
	list string
	role uint32
}{
	{"listGivenNames", listGivenNames, gzFirst},
	{"listMoreGivenNames", listMoreGivenNames, gzFirst},
	{"listWorldGivenNames", listWorldGivenNames, gzFirst},
	{"listSurnames", listSurnames, gzLast},
	{"listMoreSurnames", listMoreSurnames, gzLast},
	{"listPlaces", listPlaces, gzPlace},
	{"listRegions", listRegions, gzPlace},
	{"listCountries", listCountries, gzPlace | gzCountry},
	{"listNRP", listNRP, gzNRP},
	{"listCommonCaps", listCommonCaps, gzCommon},
	{"listEnglishWords", listEnglishWords, gzCommon},
	{"listPersonStop", listPersonStop, gzStop},
	{"listForeignStop", listForeignStop, gzStop},
	{"listChatStop", listChatStop, gzStop},
	{"listFieldBlanks", listFieldBlanks, gzStop},
	{"listFieldLabels", listFieldLabels, gzStop},
	{"listKinNouns", listKinNouns, gzStop | roleCue},
	{"listSpeakers", listSpeakers, gzStop | roleSpeaker},
	{"listMonthsDays", listMonthsDays, gzStop | gzMonthDay},
	{"listHolidays", listHolidays, gzStop | gzMonthDay},
	{"listStopBrands", listStopBrands, gzStop},
	{"listDepartments", listDepartments, gzStop},
	{"listOpeners", listOpeners, gzStop},
	{"listAccentOpeners", listAccentOpeners, gzAccentStop},
	{"listSignoffWords", listSignoffWords, gzStop},
	{"listSeasonWishes", listSeasonWishes, gzStop},
	{"listGreetLeads", listGreetLeads, gzGreetLead},
	{"listHolidayPlaces", listHolidayPlaces, gzPlace},
	{"listStopCompanies", listStopCompanies, gzCompany},
	{"listBrands", listBrands, gzCompany},
	{"listAmbiguousGiven", listAmbiguousGiven, gzAmbig},
	{"listHonorifics", listHonorifics, gzHonor},
	{"listStreetTypes", listStreetTypes, gzStreetType},
	{"listStreetPrefixes", listStreetPrefixes, gzStreetPre},
	{"listUnits", listUnits, gzUnit},
	{"listOrgSuffixes", listOrgSuffixes, gzOrgSuffix},
	{"listMoreOrgSuffixes", listMoreOrgSuffixes, gzOrgSuffix},
	{"listOrgCuesAfter", listOrgCuesAfter, gzOrgAfter},
	{"listJobHeads", listJobHeads, gzJobHead | roleCue},
	{"listMeasureUnits", listMeasureUnits, gzMeasure},
	{"listToolHeads", listToolHeads, gzTool},
}

// conflictingLists are pairs of lists whose roles contradict each other:
// a word in both needs a reason in allowedOverlaps.
var conflictingLists = [][2]string{
	{"listKinNouns", "listSpeakers"}, // a name follows / a message follows a colon
	{"listPersonStop", "listGivenNames"},
	{"listForeignStop", "listGivenNames"},
	{"listChatStop", "listGivenNames"},
}

// allowedOverlaps are words deliberately in two lists that conflict.
var allowedOverlaps = map[string]string{
	// German and Dutch kin nouns that also label a transcript's lines:
	// "Kunde: Hallo" is a speaker, "mein Kunde Müller" a cue.
	"kunde": "speaker and kin noun", "kundin": "speaker and kin noun",
	"mitarbeiter": "speaker and kin noun", "mitarbeiterin": "speaker and kin noun",
	"klant": "speaker and kin noun",
	// A Dutch given name and the Portuguese "without" ("Sem de Jong",
	// "Sem dúvida"): a stop word that a particle or a known surname
	// makes a name.
	"sem": "given name and stop word",
	// A Chinese given name and the Italian "she"/polite "you" ("Lei
	// Gupta", "Lei può ..."): a stop word that a known surname after it
	// makes a name.
	"lei": "given name and stop word",
}

// TestCuratedListsNoDuplicates fails on an entry that a list already
// holds once folded ("Sofia" beside "Sofía"): foldKey makes them one key.
func TestCuratedListsNoDuplicates(t *testing.T) {
	lists := append([]string{"listLabelHeads", "listPlaceLabels"}, []string{listLabelHeads, listPlaceLabels}...)
	for _, l := range curatedLists {
		lists = append(lists, l.name, l.list)
	}
	for i := 0; i < len(lists); i += 2 {
		seen := map[string]string{}
		for _, e := range splitList(lists[i+1]) {
			k := string(foldKey(nil, strings.TrimSpace(e)))
			if o, ok := seen[k]; ok {
				t.Errorf("%s: %q and %q fold to %q", lists[i], o, e, k)
			}
			seen[k] = e
		}
	}
}

// TestCuratedListsOverlaps fails on a word that one list gives nothing
// another does not (the entry is redundant: drop it from the list with
// the smaller role) and on a word in two conflicting lists that
// allowedOverlaps does not explain. Other overlaps combine roles on
// purpose ("May": month and given name) and are only logged.
func TestCuratedListsOverlaps(t *testing.T) {
	type entry struct {
		list string
		role uint32
	}
	byKey := map[string][]entry{}
	for _, l := range curatedLists {
		for _, e := range splitList(l.list) {
			k := string(foldKey(nil, strings.TrimSpace(e)))
			byKey[k] = append(byKey[k], entry{l.name, l.role})
		}
	}
	// listFieldLabels holds what the context words of the rules lack:
	// those in languages other than English are stop words too, unless
	// the gazetteer knows them as names or places (see buildGazetteer).
	g := theGazetteer()
	for _, byLang := range contextWords {
		for lang, ws := range byLang {
			for _, w := range ws {
				k := string(foldKey(nil, w))
				if lang != "en" && !strings.ContainsAny(w, " .") && g.words[k]&(gzFirst|gzLast|gzPlace|gzCountry|gzNRP) == 0 {
					byKey[k] = append(byKey[k], entry{"contextWords", gzStop})
				}
			}
		}
	}
	conflict := map[[2]string]bool{}
	for _, p := range conflictingLists {
		conflict[p], conflict[[2]string{p[1], p[0]}] = true, true
	}
	for k, es := range byKey {
		for i, a := range es {
			for _, b := range es[i+1:] {
				if a.list == "contextWords" {
					a, b = b, a
				}
				switch {
				case a.list == b.list:
				case b.list == "contextWords":
					if a.list == "listFieldLabels" {
						t.Errorf("%q: in listFieldLabels and contextWords", k)
					}
				case a.role&^b.role == 0:
					t.Errorf("%q: %s gives it nothing that %s does not", k, a.list, b.list)
				case b.role&^a.role == 0:
					t.Errorf("%q: %s gives it nothing that %s does not", k, b.list, a.list)
				case conflict[[2]string{a.list, b.list}] && allowedOverlaps[k] == "":
					t.Errorf("%q: in conflicting lists %s and %s", k, a.list, b.list)
				default:
					t.Logf("%q: in %s and %s", k, a.list, b.list)
				}
			}
		}
	}
}

// TestWordAtFoldsAsLower8 checks the shortcut wordAt takes: for the bytes
// of a word token, setting the bit 0x20 lower-cases as lower8 does.
func TestWordAtFoldsAsLower8(t *testing.T) {
	for c := 0; c < 256; c++ {
		if wordBits[c] == 0 && c != '\'' && c != '-' {
			continue
		}
		x := uint64(c) * gzOnes
		if got, want := x|0x20*gzOnes, lower8(x); got != want {
			t.Errorf("byte %#x: %#x, lower8 %#x", c, got, want)
		}
	}
}

// TestWordAtMatchesLookupFolded checks wordAt against the lookup of the
// folded word (lookupFolded of foldKey) for ASCII words of 1 to 12
// bytes: entries of several lists in their own, lower, upper and mixed
// case, the same with an "s" added, which mostly makes a word the
// gazetteer lacks, and a few words it lacks of every length. Each word
// stands at the start, in the middle and at the end of short and long
// texts, beside bytes that wordAt must mask off (a comma, "é"), so that
// each way it reads a word runs with words it knows: one load from the
// word on ("Anna, ..."), one load that ends with the word, at the end of
// a text ("... Anna"), chunk for a text shorter than eight bytes ("Hi
// Anna"), and lookupLong for a word longer than eight.
func TestWordAtMatchesLookupFolded(t *testing.T) {
	g := theGazetteer()
	tokenLike := func(w string) bool {
		for i := 0; i < len(w); i++ {
			if c := w[i]; wordBits[c] == 0 && c != '\'' && c != '-' {
				return false
			}
		}
		return len(w) >= 1 && len(w) <= 12
	}
	mixed := func(w string, odd int) string {
		b := []byte(w)
		for i := range b {
			if i%2 == odd && wordBits[b[i]]&(wbUpper|wbLower) != 0 {
				b[i] ^= 0x20
			}
		}
		return string(b)
	}
	var words []string
	for _, list := range []string{listGivenNames, listSurnames, listPersonStop, listCommonCaps, listMonthsDays,
		listStreetTypes, listUnits, listHonorifics, listMeasureUnits, listOrgSuffixes} {
		for _, e := range splitList(list) {
			for _, w := range []string{e, e + "s"} {
				if tokenLike(w) {
					words = append(words, w, strings.ToLower(w), strings.ToUpper(w), mixed(w, 0), mixed(w, 1))
				}
			}
		}
	}
	words = append(words, "q", "Qx", "zqx", "Xyzq", "qwe-r", "O'Qxyz", "zz9top", "Blorpish", "Qwertyzxc",
		"Blorptastic", "zzzzzzzzzzzz", "x1", "Q-2")

	// Which way wordAt reads the word in a context depends on its length
	// too: a word of up to four bytes after "Hi " makes a text shorter
	// than eight bytes, a longer one does not.
	contexts := []struct{ pre, post string }{
		{"", ""},                        // the whole text
		{"", ","},                       // at the start of a short text
		{"", ", and thanks again."},     // at the start of a long text
		{"Hi ", ""},                     // at the end of a short text
		{"Message from the team: ", ""}, // at the end of a long text
		{"Café crème, ", ""},            // ... after bytes past 0x7f
		{"Dear ", ", see below."},       // in the middle
		{"Merci, ", "é!"},               // ... before bytes past 0x7f
	}
	// How wordAt reads a word of the text (see its switch).
	path := func(text string, a, b int) string {
		switch {
		case b-a > 8:
			return "lookupLong"
		case a+8 <= len(text):
			return "load from the word"
		case b >= 8:
			return "load ending with the word"
		}
		return "chunk"
	}
	known := map[string]int{}
	lengths := map[int]bool{}
	errs := 0
	for _, w := range words {
		wantFl, wantCue := g.lookupFolded(foldKey(nil, w))
		for _, c := range contexts {
			text := c.pre + w + c.post
			a, b := len(c.pre), len(c.pre)+len(w)
			fl, cue := g.wordAt(text, a, b)
			if fl != wantFl || cue != wantCue {
				t.Errorf("%q in %q (%s): wordAt gives flags %#x, cue list %d; lookupFolded %#x, %d",
					w, text, path(text, a, b), fl, cue, wantFl, wantCue)
				if errs++; errs == 20 {
					t.Fatal("stopped after 20 differences")
				}
			}
			if wantFl != 0 {
				known[path(text, a, b)]++
				lengths[len(w)] = true
			}
		}
	}
	for _, p := range []string{"lookupLong", "load from the word", "load ending with the word", "chunk"} {
		if known[p] == 0 {
			t.Errorf("no word the gazetteer knows was read by %s", p)
		}
	}
	for n := 1; n <= 12; n++ {
		if !lengths[n] {
			t.Errorf("no word of %d bytes that the gazetteer knows", n)
		}
	}
}

// TestFoldKeyRomanian checks that the Romanian letters with a comma below
// (ș, ț) fold like their cedilla forms (ş, ţ) and other diacritics.
func TestFoldKeyRomanian(t *testing.T) {
	for in, want := range map[string]string{
		"Ștefănescu": "stefanescu", "Țăranu": "taranu", "București": "bucuresti",
		"Şerban": "serban", "Ţepeş": "tepes", "mulțumesc": "multumesc",
	} {
		if got := string(foldKey(nil, in)); got != want {
			t.Errorf("foldKey(%q) = %q, want %q", in, got, want)
		}
	}
	// Each spelling of a thanks word is the stop word, and a town written
	// without its commas is still the town.
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"Mulțumesc, Ioana Popescu":   "PERSON[Ioana Popescu]",
		"Mulţumesc, Ioana Popescu":   "PERSON[Ioana Popescu]",
		"Multumesc, Ioana Popescu":   "PERSON[Ioana Popescu]",
		"Am fost în Bucuresti ieri.": "LOCATION[Bucuresti]",
	} {
		got := ""
		for _, f := range detect(t, d, text) {
			got += f.Type + "[" + text[f.Start:f.End] + "]"
		}
		if got != want {
			t.Errorf("%q: got %s, want %s", text, got, want)
		}
	}
}

// TestChatStopListsHoldNoNames fails on an entry of the stop lists made
// for support chats that folds to a given name or a surname the curated
// lists or the dependency know: a stop word hides the name wherever it
// is written ("Hanno Vogelsang", "Hendrik Bosch", "Nao Suzuki" typed
// without the accent of "Não").
func TestChatStopListsHoldNoNames(t *testing.T) {
	names := map[string]bool{}
	for _, list := range [][]string{data.Person["first"], data.Person["middle"], data.Person["last"],
		splitList(listGivenNames), splitList(listMoreGivenNames), splitList(listSurnames), splitList(listMoreSurnames)} {
		for _, n := range list {
			names[string(foldKey(nil, strings.TrimSpace(n)))] = true
		}
	}
	// Names of people these lists once held, which neither the curated
	// lists nor the dependency know.
	for _, n := range strings.Fields("hanno duma numa tra nas boas feliz bosch dyson sony philips miele siemens " +
		"bouygues jira nao alem alli ware natale silvester pasqua toussaint ramadan navidad") {
		names[n] = true
	}
	for name, list := range map[string]string{
		"listStopBrands": listStopBrands, "listDepartments": listDepartments, "listOpeners": listOpeners,
		"listSignoffWords": listSignoffWords, "listSeasonWishes": listSeasonWishes, "listHolidays": listHolidays,
	} {
		for _, e := range splitList(list) {
			if k := string(foldKey(nil, e)); names[k] {
				t.Errorf("%s: %q folds to the name %q", name, e, k)
			}
		}
	}
}

// TestAccentOpenersKeepPlainSpelling checks gzAccentStop at the level of
// the gazetteer: an opener written with its diacritics is a stop word,
// while the plain spelling it folds to keeps the name or firm the other
// lists make of it.
func TestAccentOpenersKeepPlainSpelling(t *testing.T) {
	g := theGazetteer()
	for _, w := range splitList(listAccentOpeners) {
		k := foldKey(nil, w)
		fl, _ := g.lookupFolded(k)
		if fl&gzAccentStop == 0 {
			t.Errorf("%q: key %q lacks gzAccentStop", w, k)
		}
		if fl&(gzFirst|gzLast|gzCompany) == 0 {
			t.Errorf("%q: the plain spelling %q is neither a name nor a firm any more (flags %#x)", w, k, fl)
		}
	}
}

// TestNRPNoNames keeps names and places out of the nationalities: an NRP
// entry that is also a given name, a surname, a place or a firm turns it
// into NRP wherever it stands ("Please call Frances tomorrow" was NRP
// through the Spanish "Francés"), which a policy that redacts people but
// keeps NRP would leak. The English words listed were checked one by one:
// their use as a nationality or a creed is the more common.
func TestNRPNoNames(t *testing.T) {
	known := map[string]bool{"Dane": true, "Cuban": true, "Christian": true, "Shia": true}
	g := theGazetteer()
	for _, w := range splitList(listNRP) {
		if fl := g.words[string(foldKey(nil, w))]; fl&(gzFirst|gzLast|gzPlace|gzCountry|gzCompany) != 0 && !known[w] {
			t.Errorf("NRP %q is also a name, a place or a firm (flags %b)", w, fl)
		}
	}
	for _, text := range []string{"Please call Frances tomorrow about the refund", "Ich fahre morgen nach Italien", "Can I get an Americano"} {
		for _, f := range softFound(text) {
			if strings.HasPrefix(f, TypeNRP+"=") {
				t.Errorf("%q: %s", text, f)
			}
		}
	}
}
