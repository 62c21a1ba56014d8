package redact

// introAt treats a given name and a surname written in lower case
// as capitalised when a self-introduction announces them ("Hi I'm john
// smith", "my name is anna berg", "name: maria lopez"). Both words must
// be known names that are no ordinary words, so that "I'm going home" or
// "this is fine" stay as they are. It also reports a lower-case
// nationality said of oneself ("I am cambodian", see selfNRPAt), and a
// street named after a form of "be" or "live" ("I live on John Street",
// see streetNamedAt). Token
// p is the last word of the cue; findNames calls it for each word of two
// to five bytes before it reaches the words after it.
func (s *entScanner) introAt(p int) {
	toks := s.toks
	t := &toks[p]
	// handleAfter looks for "is", which has two bytes in ASCII: most
	// words here are others, and need no call.
	if (t.f&efASCII == 0 || t.e-t.s == 2) && s.handleAfter(p) {
		return
	}
	if c := s.text[t.e-1]; c == 't' || c == 'T' {
		// "it's", whose 's is cut off, which introduces no name.
		if t.e-t.s == 2 && t.f&efPoss != 0 && s.onOrAtAfter(p) {
			s.streetNamedAt(p)
		}
		return
	}
	if s.onOrAtAfter(p) {
		s.streetNamedAt(p)
	}
	if !introShape(s.text[t.s:t.e]) {
		// A verb of naming in lower case follows a greeting (see
		// greetingAt); here it opens a capitalised run ("Me llamo").
		if t.f&efCap != 0 {
			if c := s.namingVerbAt(p); c > 0 {
				s.introducedAt(c, 1)
			}
		}
		return
	}
	if p+1 >= len(toks) {
		return
	}
	c := p + 1
	strong, label := false, false // a cue that only a name can follow; "Name:"
	// The word folded once and compared with the words below, as is
	// compares them: a word that is not ASCII must also be near the
	// length of the word it folds to.
	w := ""
	switch string(s.fold(p)) {
	case "i'm":
		w = "i'm"
	case "im":
		w = "im"
	case "we're":
		w = "we're"
	case "am":
		w = "am"
	case "are":
		w = "are"
	case "is":
		w = "is"
	case "name":
		w = "name"
	}
	if n := int(t.e - t.s); t.f&efASCII == 0 && (n < len(w)/2 || n > 2*len(w)+2) {
		w = ""
	}
	switch {
	case w == "im":
		// "I'm" typed without its apostrophe opens a sentence; elsewhere
		// it is German's "in dem" ("im Laden").
		if p > 0 && toks[p].f&efNL == 0 && !s.punct(p-1, ',') && !s.punct(p-1, '.') && !s.punct(p-1, '!') {
			return
		}
	case w == "i'm", w == "we're", w == "am" && s.is(p-1, "i"), w == "are" && s.is(p-1, "we"):
		if s.selfNRPAt(p) || w == "we're" || w == "are" {
			return // "we're", "we are": no name follows
		}
	case w == "is":
		// "this is", "my name is", "mijn naam is"
		if p < 1 {
			return
		}
		if !s.mayFold(p-1, 4) || !s.is(p-1, "this") {
			strong = p >= 2 && s.mayFold(p-1, 4) && (s.mayFold(p-2, 2) && s.is(p-2, "my") && s.is(p-1, "name") || s.mayFold(p-2, 4) && s.is(p-2, "mijn") && s.is(p-1, "naam"))
			// "the name on it is davide esposito", "her name is ...":
			// a known given name and surname only, as after "I'm"
			// ("the file name is report final" names a file).
			if !strong && !s.nameOnBefore(p) {
				return
			}
		}
	case w == "name":
		switch {
		case t.f&efPoss != 0 && s.is(p-1, "my"): // "my name's"
			strong = true
		case s.colonAfter(p):
			label = true
			c++
		default:
			return
		}
	default:
		return
	}
	// "I'm dupont sandrine": the surname first, as forms and French
	// writers put it.
	if c+1 < len(toks) && !s.introName(c, gzFirst) && s.introName(c, gzLast) && s.introName(c+1, gzFirst) && s.clauseEnd(c+2) {
		toks[c].f |= efCap
		toks[c+1].f |= efCap
		return
	}
	// "I'm benoît marie dubois": two given names and a surname.
	if c+2 < len(toks) && s.introName(c, gzFirst) && s.introName(c+1, gzFirst) && !s.introName(c+1, gzLast) && s.introName(c+2, gzLast) && s.clauseEnd(c+3) {
		for k := c; k < c+3; k++ {
			toks[k].f |= efCap
		}
		return
	}
	if c+1 >= len(toks) || !s.lowerNamePair(c) {
		// "Name: anna berg" opens its line; "File name:" and "Display
		// name:" name things too; after "this is" or "I'm", a given
		// name the lists know before an initial ("this is linh p.
		// pham").
		if strong || label && s.lineStart(p) || c+1 < len(toks) && s.oneLetter(c+1) && s.introName(c, gzFirst) {
			s.introducedAt(c, 2)
		}
		return
	}
	// "i'm john smith", not "i'm john smith-ish" nor "john smithfield".
	if toks[c+1].f&efNL != 0 || s.glued(c+2) && !s.punct(c+2, '.') && !s.punct(c+2, ',') && !s.punct(c+2, '!') && !s.punct(c+2, '?') {
		return
	}
	toks[c].f |= efCap
	toks[c+1].f |= efCap
}

// nameOnBefore reports whether the words before "is" at token p name a
// name: "name is" after any word, "name on it is", "name on the card
// is", "name on my passport is", on p's line.
func (s *entScanner) nameOnBefore(p int) bool {
	// "name" is found by its length and first byte: most words before
	// "is" are none.
	k := -1
	for j := p - 1; j >= 0 && j >= p-4; j-- {
		if t := &s.toks[j]; t.e-t.s == 4 && s.text[t.s]|0x20 == 'n' {
			k = j
			break
		}
	}
	if k < 0 || s.toks[p].f&efNL != 0 || !s.is(k, "name") {
		return false
	}
	switch p - k {
	case 1:
		return true
	case 3:
		return s.is(p-2, "on") && s.is(p-1, "it")
	case 4:
		if !s.is(p-3, "on") || s.toks[p-1].kind != etWord {
			return false
		}
		for _, d := range [...]string{"the", "my", "his", "her", "their", "this", "our"} {
			if s.is(p-2, d) {
				return true
			}
		}
	}
	return false
}

// introLast holds the bytes the words of introShape end with. With the
// flag efIntro, which the tokenizer sets from the first byte, it rules
// out most words before introAt is called; so does the flag efPoss,
// which brings "it's" too (see streetNamedAt).
var introLast = func() (l [256]bool) {
	for _, c := range "sSmMeE" {
		l[c] = true
	}
	return l
}()

// introWord reports whether the word t, the last of a capitalised run,
// which has the flag efIntro, may end a self-introduction, as findNames
// tests the words in lower case with introLast, or open one with a verb
// of naming ("Me llamo", "Mi chiamo", "Ich heiße", "Ik heet": see
// namingVerbAt). The words in lower case that open one follow a greeting
// (see greetingAt).
func (s *entScanner) introWord(t *entToken) bool {
	n := t.e - t.s
	if n-2 > 3 {
		return false
	}
	c := s.text[t.e-1]
	return introLast[c] || t.f&efPoss != 0 || n == 2 && (c|0x20 == 'i' || c|0x20 == 'k') || n == 3 && c|0x20 == 'h'
}

// introShape reports whether w may be the last word of a
// self-introduction: whether it is, ignoring case, "is", "am", "i'm",
// "im", "are", "name", "we're" or "i’m".
func introShape(w string) bool {
	switch len(w) {
	case 2:
		c := uint16(w[0]|0x20)<<8 | uint16(w[1]|0x20)
		return c == 'i'<<8|'s' || c == 'a'<<8|'m' || c == 'i'<<8|'m'
	case 3:
		return w[1] == '\'' && w[0]|0x20 == 'i' && w[2]|0x20 == 'm' || w[0]|0x20 == 'a' && w[1]|0x20 == 'r' && w[2]|0x20 == 'e'
	case 4:
		return w[0]|0x20 == 'n' && w[3]|0x20 == 'e'
	case 5:
		return w[2] == '\'' && w[0]|0x20 == 'w' || w[0]|0x20 == 'i' && w[1] == 0xe2
	}
	return false
}

// introName reports whether token k is a lower-case word that the
// gazetteer knows as a name of the given kind (gzFirst or gzLast) and as
// nothing that also reads as an ordinary word.
func (s *entScanner) introName(k int, kind uint32) bool {
	const never = gzCommon | gzStop | gzAmbig | gzCue | gzParticle | gzMonthDay | gzUnit | gzPostCue | gzPersonVerb | gzJobHead | gzOrgAfter | gzOrgSuffix | gzStreetType | gzStreetPre | gzHonor
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efCap|efDigit|efUsed) != 0 || t.e-t.s < 2 || k > 0 && t.f&efNL != 0 {
		return false
	}
	fl := s.flags(k)
	return fl&kind != 0 && fl&never == 0
}

// pluralNRP reports whether word token k is the plural of a nationality
// or a religion the gazetteer holds in the singular ("Paraguayans",
// "saudis").
func (s *entScanner) pluralNRP(k int) bool {
	fl := s.singularFlags(k)
	return fl&gzNRP != 0 && fl&(gzFirst|gzLast|gzPlace|gzCommon) == 0
}

// selfNRPAt reports a lower-case nationality or religion after "I am",
// "I'm", "we are" or "we're", maybe with "proud" between ("I am
// cambodian", "we are proud saudis"), at token p, the last word of the
// cue. It reports whether it found one.
func (s *entScanner) selfNRPAt(p int) bool {
	c := p + 1
	if s.is(c, "proud") || s.is(c, "a") || s.is(c, "an") {
		c++
	}
	if c >= len(s.toks) {
		return false
	}
	t := &s.toks[c]
	if t.kind != etWord || t.f&(efCap|efDigit|efUsed|efNL) != 0 || t.e-t.s < 4 {
		return false
	}
	if fl := s.flags(c); fl&gzNRP == 0 || fl&(gzCommon|gzStop|gzFirst|gzLast) != 0 {
		if !s.pluralNRP(c) {
			return false
		}
	}
	s.emit(stNRP, c, c, 0.75)
	return true
}

// namingVerbAt returns the token after the verb that names the speaker
// in the other languages we serve, when token p opens its phrase, or 0:
// "me llamo", "mi chiamo", "me chamo", "chamo-me", "je m'appelle", "ich
// heiße", "ik heet". Unlike "I'm" or "soy", which an adjective or a job
// may follow, these verbs say that a name follows; without the pronoun
// they call someone ("te llamo mañana", "chamo o técnico"), and "heet"
// alone is "hot". introAt calls it for a word that ends a capitalised
// run ("Me", "Je", "Mi", "Ich", "Ik": see introWord), and greetingAt for
// the word after a greeting.
func (s *entScanner) namingVerbAt(p int) int {
	// The length and the first and last bytes rule out most words
	// before is.
	t := &s.toks[p]
	n := t.e - t.s
	if n != 2 && n != 3 && n != 8 {
		return 0
	}
	if c := s.text[t.s] | 0x20; c != 'm' && c != 'j' && c != 'i' && c != 'c' {
		return 0
	}
	switch s.text[t.e-1] | 0x20 {
	case 'e':
		switch {
		case n == 2 && s.is(p, "me") && (s.is(p+1, "llamo") || s.is(p+1, "chamo")),
			n == 2 && s.is(p, "je") && s.is(p+1, "m'appelle"):
			return p + 2
		case n == 8 && s.is(p, "chamo-me"):
			return p + 1
		}
	case 'i':
		if n == 2 && s.is(p, "mi") && s.is(p+1, "chiamo") {
			return p + 2
		}
	case 'k':
		if n == 2 && s.is(p, "ik") && s.is(p+1, "heet") {
			return p + 2
		}
	case 'h':
		if n == 3 && s.is(p, "ich") && (s.is(p+1, "heisse") || s.is(p+1, "heiße")) {
			return p + 2
		}
	}
	return 0
}

// greetingAt looks for a verb of naming in lower case (namingVerbAt)
// after the comma that ends a greeting, the capitalised run [i, j) of
// stop words that opens a sentence, maybe with one word of it in lower
// case: "Hola, me llamo zorvik", "Olá, chamo-me zorvik", "Buenas
// noches, me llamo zorvik", "Guten Tag, ich heiße zorvik". The last
// word before the comma must end a cue: fl holds the flags of the run's
// last word. classifyRun calls it for a run of stop words with a comma
// after it or after the word that follows it. Words in lower case are
// not otherwise visited in a capitalised text, and "me", "mi" or
// "chamo-me" everywhere would cost a pass over them.
func (s *entScanner) greetingAt(i, j int, fl uint32) {
	k := j
	if k+1 >= len(s.toks) {
		return
	}
	if s.toks[k].c != ',' {
		if t := &s.toks[k]; t.kind != etWord || t.f&(efCap|efNL) != 0 || s.toks[k+1].c != ',' {
			return
		}
		k++
	}
	// The verb first: it rules out most greetings ("Hi there, can
	// you ...") before their words are looked up.
	v := k + 1
	if v >= len(s.toks) || s.toks[v].kind != etWord || s.toks[v].f&efNL != 0 || s.toks[v].f&efCap != 0 && !s.is(v, "i'm") && !s.is(v, "i") {
		return
	}
	c := s.namingVerbAt(v)
	if c == 0 && !s.atStart(i) {
		return
	}
	if k > j {
		fl = s.flags(j)
	}
	if fl&gzCue == 0 || !s.atStart(i) {
		return
	}
	if c > 0 {
		s.introducedAt(c, 1)
		return
	}
	// A verb of being, or a word for "here" after the name: "Hi, I'm
	// zorvik", "Buongiorno, sono zorvik", "Boa tarde, zorvik aqui". They
	// say a name less surely (see introducedOne).
	if c = s.beVerbAt(v); c == 0 && s.toks[v].f&efCap == 0 && s.hereAfter(v) {
		c = v
	}
	if c > 0 {
		s.introducedOne(c)
	}
}

// beVerbAt returns the token after a verb of being in the first person
// at token v, with a Portuguese article after "sou", or 0: "I'm", "I
// am", "soy", "sono", "sou o", "je suis", "ik ben". Not the German "ich
// bin", which German writes before a noun as often, and before a name
// only one the gazetteer knows (see cuesBefore).
func (s *entScanner) beVerbAt(v int) int {
	switch s.text[s.toks[v].s] | 0x20 {
	case 'i', 's', 'j':
	default:
		return 0
	}
	switch n := s.toks[v].e - s.toks[v].s; {
	case n == 3 && (s.is(v, "i'm") || s.is(v, "soy")):
		return v + 1
	case n == 4 && s.is(v, "sono"), n == 5 && s.is(v, "i'm"): // "I’m" folds to "i'm"
		return v + 1
	case n == 3 && s.is(v, "sou"):
		if s.is(v+1, "o") || s.is(v+1, "a") {
			return v + 2
		}
		return v + 1
	case n == 1 && s.is(v, "i") && s.is(v+1, "am"),
		n == 2 && s.is(v, "je") && s.is(v+1, "suis"),
		n == 2 && s.is(v, "ik") && s.is(v+1, "ben"):
		return v + 2
	}
	return 0
}

// hereAfter reports whether a word for "here" follows the word at token
// v, or the word after it, on its line: "zorvik aqui", "zorvik tamblen
// here".
func (s *entScanner) hereAfter(v int) bool {
	for k := v + 1; k <= v+2 && k < len(s.toks); k++ {
		if s.toks[k].kind != etWord || s.toks[k].f&efNL != 0 {
			return false
		}
		if s.hereAt(k) {
			return true
		}
	}
	return false
}

// hereAt reports whether token k is a word for "here" that ends its
// clause ("aqui.", "hier,").
func (s *entScanner) hereAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.kind != etWord || t.f&efNL != 0 || t.e-t.s > 5 {
		return false
	}
	// (The word folded once instead of five calls of is, which fold
	// the same way: t is a word.)
	if c := s.text[t.s] | 0x20; c == 'h' || c == 'i' || c == 'a' || c == 'q' {
		switch string(s.fold(k)) {
		case "here", "hier", "ici", "aqui", "qui":
			return s.clauseEnd(k + 1)
		}
	}
	return false
}

// introducedOne treats as a name the one or two words in lower case from
// token c on that a greeting and a verb of being or a word for "here"
// announce ("Buongiorno, sono zorvik", "Boa tarde, zorvik aqui"), when
// they end the clause or a word for "here" follows them right away or
// after a capitalised surname.
// Such words say what or how the speaker is as often ("Hi, I'm lost",
// "Hola, soy profesor", "Boa tarde, tudo bem aqui", "Hey, noob here"):
// none may be one of the words that say so (beWord), even one the
// gazetteer holds as a given name ("soy ella"). A given name the gazetteer
// knows is a name with the word after it whatever its ending ("joao
// batista"), a known surname a guess (efWeak, see classifySub); words it
// does not know must not have the shape of such a word (beShape), and
// without a word for "here" after them are too weak to report by default
// (efGuess): "soy vendedor", "ik ben huurder" and "soy zorvik" look the
// same. The shapes leave out the endings of given names the gazetteer
// may lack ("giuliana", "luciano", "ludwig", "damian", "federico",
// "didier", "manish").
func (s *entScanner) introducedOne(c int) {
	n := 0
	for n < 2 && s.introWordAt(c+n) {
		n++
	}
	for ; n > 0; n-- {
		e := c + n
		// "zorvik aqui", or a surname in capitals between: "yuki
		// Jackson hier" (not "quick one here").
		if !s.clauseEnd(e) && !s.hereAt(e) && !(e < len(s.toks) && s.toks[e].kind == etWord && s.toks[e].f&efCap != 0 && s.hereAt(e+1)) {
			continue
		}
		fc := s.flags(c)
		named := fc&gzFirst != 0 && fc&gzAmbig == 0
		for k := c; k < e; k++ {
			// A known given name with a surname after it is a name
			// whatever the words mean alone ("soy ella martinez").
			if !(named && e == c+2) && s.beWord(k) {
				return // "Hola, soy ella.", "je suis ravi", "mama hier"
			}
		}
		weak := uint32(efWeak)
		switch {
		case named:
			// "Ciao, sono giulia", "sou o joao monteiro": a known
			// given name, and its surname whatever its ending.
			weak = 0
		case fc&gzLast != 0 || e == c+2 && s.flags(c+1)&gzLast != 0:
			// "Oi, sou oliveira": a known surname.
		default:
			// Words the gazetteer does not know say what the speaker
			// is as often ("soy vendedor", "ik ben huurder"): none
			// may have the shape of such a word, and without a word
			// for "here" after them they are too weak to report by
			// default (see classifySub).
			for k := c; k < e; k++ {
				if s.beShape(k) {
					return
				}
			}
			if e == c+1 && s.clauseEnd(e) && !s.hereAt(e) {
				weak |= efGuess // one word; two read as a name and a surname
			}
		}
		for k := c; k < e; k++ {
			s.toks[k].f |= efCap | weak
		}
		return
	}
}

// beShape and beWord report whether word token k, in lower case after a
// verb of being or before a word for "here", says what or how the speaker
// is rather than who. beShape: a word shaped like a participle, an
// adjective or a noun of a trade or a state in the languages we serve
// ("preocupado", "arrabbiata", "désolée", "enfermera", "glücklich",
// "hopeful").
func (s *entScanner) beShape(k int) bool {
	w := string(s.fold(k))
	for _, suf := range [...]string{"ado", "ada", "ido", "ida", "ato", "ata", "uto", "uta", "oso", "osa", "ivo", "iva", "ante", "ente", "ile", "ble", "eux", "euse", "ee",
		"ero", "era", "eiro", "eira", "ista", "eur", "iere", "cao", "dad", "tad",
		"lich", "isch", "haft", "lijk", "ous", "ful", "less", "ate", "ive", "ist"} {
		if len(w) >= len(suf)+3 && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// beWord: one of the words that most often follow "I am" or stand before
// "here" in the languages we serve, even one the gazetteer holds as a
// given name ("ella", "ravi", "nova"), and the pronouns and quantifiers
// that stand before "here" ("todos aquí", "jemand hier").
func (s *entScanner) beWord(k int) bool {
	switch string(s.fold(k)) {
	// English
	case "lost", "sick", "deaf", "blind", "mute", "vegan", "alone", "ready", "glad", "sad", "broke", "noob", "newbie",
		"beginner", "diabetic", "afraid", "pregnant", "desperate", "newcomer", "lurker",
		// Spanish
		"nueva", "bien", "mal", "vez", "otra", "otro", "primera", "primero", "sigo", "vengo", "voy", "llego",
		"profesor", "diabetico", "diabetica", "enfermo", "enferma", "sordo", "sorda", "ciego", "ciega", "perdido",
		"perdida", "embarazada", "vegetariano", "vegetariana", "solo", "sola", "aun",
		// Portuguese
		"bem", "tudo", "primeira", "primeiro", "outra", "outro", "vou", "fico", "professora", "gravida", "sozinho",
		"sozinha", "doente", "novato", "novata",
		// Italian
		"bene", "tutto", "tutta", "volta", "altra", "altro", "sto", "incinta", "vegano", "vegana", "malato",
		"malata", "cieco", "cieca", "perso", "persa", "giusto", "giusta", "giusti", "giuste",
		// French
		"perdu", "perdue", "enceinte", "malade", "sourd", "sourde", "aveugle", "seul", "seule", "premiere", "fois",
		"vegetarien", "vegetarienne", "nouveau", "nouvelle", "ravi", "ravie", "moi",
		// German
		"alles", "gut", "nochmal", "krank", "taub", "schwanger", "allein", "neu", "neue", "neuer", "lehrer", "arzt",
		"fertig", "mude", "sauer", "froh",
		// Dutch
		"goed", "weer", "boos", "ziek", "doof", "zwanger", "alleen", "nieuw", "nieuwe", "terug", "klaar", "arts",
		"moe", "blij", "bang", "verdrietig",
		// Parents and beginners before "here", moods, readiness, owners,
		// quantifiers, pronouns and "there"
		"mama", "mamma", "maman", "papa", "anfanger", "anfangerin", "nuovo", "nuova", "novo", "nova", "stanco", "stanca", "cansado", "cansada", "triste", "feliz", "felice",
		"contento", "contenta", "contente", "pronta", "listo", "lista", "pret", "prete", "bereit", "sicuro",
		"sicura", "seguro", "segura", "sicher", "zeker", "dono", "dueno", "duena", "proprietaire", "proprietario",
		"proprietaria", "todo", "toda", "todos", "todas", "tutti", "tutte", "tous", "toutes", "tout", "allen",
		"iedereen", "alguien", "alguno", "qualcuno", "alguem", "jemand", "quelqu'un", "nadie", "nessuno",
		"ninguem", "niemand", "personne", "ello", "ella", "ela", "aca", "alla", "ali", "daar":
		return true
	}
	return false
}

// handleAfter reports a handle in lower case that a known given name
// starts right after "is" at token p, after the words of a login, in a
// text that capitals are read in ("Hi, my username is maria_garcia",
// "mijn gebruikersnaam is jan.devries"), before introAt, its caller,
// reads the name as introduced; it reports whether it found one.
func (s *entScanner) handleAfter(p int) bool {
	if p+1 >= len(s.toks) {
		return false
	}
	// An ASCII "is" compared as written (equalFoldWord), without is and
	// its fold: introAt asks it of every word it is called for.
	if t := &s.toks[p]; t.f&efASCII != 0 {
		if !equalFoldWord(s.text[t.s:t.e], "is") {
			return false
		}
	} else if !s.is(p, "is") {
		return false
	}
	return s.handleAt(p+1, 2, false)
}

// findHandles reports the handles in lower case that a known given name
// starts after the words of an account, in a text that capitals are read
// in ("Hi, the user is maria.lopez", "Mein Benutzername ist
// anna.schmidt", "Logged in as maria.lopez"), where no run of a name
// starts at a word in lower case. Only a '.' or '_' glued between two
// words is looked at further. recognize calls it only for a chunk with
// such a '.' or '_' (efJoined).
func (s *entScanner) findHandles() {
	toks := s.toks
	for k, last := 1, len(toks)-1; k < last; k++ {
		// The shape first, the lists after: most words joined so are
		// e-mail addresses, before the '@' or after it. Most tokens are
		// no punctuation, which their flags tell in fewer instructions
		// than their c.
		if toks[k].f&efPunct == 0 {
			continue
		}
		if c := toks[k].c; (c == '.' || c == '_') && toks[k-1].f&(efCap|efUsed|efNum|efPunct) == 0 && s.glued(k) && s.glued(k+1) && toks[k+1].kind == etWord &&
			(k+2 >= len(toks) || !s.glued(k+2) || toks[k+2].c != '@') && (k < 2 || !s.glued(k-1) || toks[k-2].c != '@') {
			s.handleAt(k-1, 1, true)
		}
	}
}

// findFileNames reports a given name and a surname that the name of a
// file joins with '_', a document or a photo of one person
// ("passaporte_Joana_Mendes.jpg", "dni_lucia_garcia.pdf"): the lists must
// know both, the given name as no ordinary word too, and the name must
// end in a file's extension, maybe after more words joined the same way
// ("kevin_walsh_selfie.heic"). A single name ("victoria.zip") and a pair
// outside a file's name ("Anna_Berg" in a log) stay as they were.
// recognize calls it only for a chunk with a '_' token (efUnder).
func (s *entScanner) findFileNames() {
	toks := s.toks
	for k := 1; k < len(toks)-1; k++ {
		if toks[k].c != '_' || !s.glued(k) || !s.glued(k+1) {
			continue
		}
		a, b := k-1, k+1
		if toks[a].kind != etWord || toks[b].kind != etWord || (toks[a].f|toks[b].f)&(efUsed|efDigit|efAllCap) != 0 {
			continue
		}
		// The shape before the lists: most words joined so are keys
		// and settings, with no extension after them.
		if !s.fileNameEnd(b) || s.flags(a)&(gzFirst|gzAmbig|gzStop) != gzFirst || s.flags(b)&(gzLast|gzStop) != gzLast {
			continue
		}
		s.emit(stPerson, a, b, 0.6)
		k = b
	}
}

// fileNameEnd reports whether the word at token b ends a file's name
// before its extension, or the words joined to it by '_' or '-' do, up
// to four more of them.
func (s *entScanner) fileNameEnd(b int) bool {
	for n := 0; n <= 4; n++ {
		if s.fileExtAfter(b) {
			return true
		}
		if b+2 >= len(s.toks) || !s.glued(b+1) || !s.glued(b+2) || s.toks[b+2].kind == etPunct {
			return false
		}
		if c := s.toks[b+1].c; c != '_' && c != '-' {
			return false
		}
		b += 2
	}
	return false
}

// handleAt reports the handle in lower case that a known given name
// starts at token c, when the words of an account come before it as
// surely as least says (see accountCue) and handleEnd finds its other
// word, which must be a known name when named is set: in prose, a word
// no list knows after a name is a setting ("Login: max.retries
// exceeded"), a service's account ("Benutzer mark_dba") or a file
// ("The profile is emma.webp"). It reports whether it found one.
func (s *entScanner) handleAt(c, least int, named bool) bool {
	t := &s.toks[c]
	if t.kind != etWord || t.f&(efCap|efUsed|efNL|efDigit) != 0 || t.f&efASCII == 0 {
		return false
	}
	if s.flags(c)&gzFirst == 0 {
		return false
	}
	cue := s.accountCue(c)
	if cue < least || s.handleEnd(c) == c || named && s.flags(c+2)&(gzFirst|gzLast) == 0 {
		return false
	}
	s.emit(stPerson, c, c, 0.5+0.1*float64(cue))
	return true
}

// introducedAt treats as a name the words from token c on, in lower
// case in a capitalised text, that a cue only a name can follow
// announces ("Hola, me llamo zorvik tamblen", "Hello, my name is zorvik
// tamblen"): one or two words that end the clause (clauseEnd), each
// unknown to the gazetteer or known as a name and as no ordinary word
// (introName). least is the fewest words it takes: two after the English
// "my name is", which an adjective the lists lack may end ("my name is
// incorrect"), one after a verb of naming.
func (s *entScanner) introducedAt(c, least int) {
	// "this is linh p. pham": a given name, an initial and a surname, as
	// surnameAfter reads them.
	if m, initial := s.surnameAfter(c); initial >= 0 && m > initial && s.introWordAt(c) && s.introWordAt(m) && s.clauseEnd(m+1) {
		for _, k := range [...]int{c, initial, m} {
			s.toks[k].f |= efCap
		}
		return
	}
	n := 0
	for n < 2 && s.introWordAt(c+n) {
		n++
	}
	for ; n >= least && n > 0; n-- {
		if s.clauseEnd(c + n) {
			for k := c; k < c+n; k++ {
				s.toks[k].f |= efCap
			}
			return
		}
	}
}

// introWordAt reports whether token k, on the line of the token before
// it, is a lower-case word that may be a name after a cue only a name can
// follow: a known name that is no ordinary word, or a word of three
// bytes or more that the gazetteer does not know and that is not shaped
// like an English adverb, participle or abstract noun ("my name is
// spelled wrong").
func (s *entScanner) introWordAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efCap|efDigit|efUsed|efNL) != 0 || t.e-t.s < 2 {
		return false
	}
	if s.flags(k) == 0 {
		return t.e-t.s >= 3 && !s.inflected(k) && !s.abstractNoun(k)
	}
	return s.introName(k, gzFirst|gzLast)
}

// clauseEnd reports whether token k ends the clause of the words before
// it: the end of the text or of the line, a '.', ',', '!', ';' or ')'
// that no word is glued to ("zorvik.tamblen" is a domain), a dash or a
// bar between spaces, or a conjunction of the languages we serve ("y",
// "und", "and"). A '?' makes a question of the words ("je m'appelle
// comment ?").
func (s *entScanner) clauseEnd(k int) bool {
	if k >= len(s.toks) {
		return true
	}
	t := &s.toks[k]
	if t.f&efNL != 0 {
		return true
	}
	if t.kind == etPunct {
		switch t.c {
		case '.', ',', '!', ';', ')':
			return k+1 >= len(s.toks) || !s.glued(k+1) || s.toks[k+1].kind == etPunct
		case '-', '|':
			// A dash between spaces (an en or em dash reads as one) or a
			// bar: "KERBRAT Cécile – service client", "jörg rautenberg |
			// Sent from my phone".
			return s.spacedMark(k)
		}
		return false
	}
	if t.e-t.s > 3 || t.kind != etWord {
		return false
	}
	// (The word folded once: is folds a word the same way.)
	switch string(s.fold(k)) {
	case "and", "y", "e", "et", "und", "en":
		return true
	}
	return false
}

// lowerNamePair reports whether token c and the one after it, both in
// lower case, are a given name the lists know as no ordinary word
// (introName) and a surname that they know or do not know at all and
// that ends the clause (unknownSurnameEnds).
func (s *entScanner) lowerNamePair(c int) bool {
	return s.introName(c, gzFirst) && (s.introName(c+1, gzLast) || s.unknownSurnameEnds(c+1))
}

// unknownSurnameEnds reports whether token k, after a given name the
// lists know, is a word in lower case of three bytes or more that they
// do not know at all and that ends its clause: the surname of "I'm
// graham novák,", "Regards, anna-lena schäfer". A word they know, or one
// a clause goes on after, is as often a word they lack ("I'm anna
// working from home").
func (s *entScanner) unknownSurnameEnds(k int) bool {
	t := &s.toks[k]
	return t.kind == etWord && t.f&(efCap|efDigit|efUsed|efNL) == 0 && t.e-t.s >= 3 && s.flags(k) == 0 && s.clauseEnd(k+1)
}

// lowerNameAfterRun treats a given name and a surname typed in lower
// case in a capitalised text as capitalised after a label's colon
// ("Received by: chiara adeyemi", "Driver: dmitri o'connell.") or after
// a sign-off's comma ("Kind regards, tomasz mcallister", "Viele Grüße,
// dmitri mcallister"): the capitalised run that ends before token j, up
// to two words in lower case, then the colon or the comma. findNames
// calls it after each run, so that the words in lower case, which it
// does not otherwise visit in such a text, are read only there.
func (s *entScanner) lowerNameAfterRun(j int) {
	toks := s.toks
	k := j
	for w := 0; w < 2 && uint(k) < uint(len(toks)) && toks[k].kind == etWord && toks[k].f&(efCap|efNL|efDigit) == 0; w++ {
		k++
	}
	if k+2 < len(toks) && toks[k].kind == etPunct && (toks[k].c == ':' || toks[k].c == ',') && toks[k+1].f&efNL == 0 {
		s.lowerNameAfter(k, toks[k].c)
	}
}

// lowerNameAfter reads the two words after the colon or the comma c at
// token k for lowerNameAfterRun. The two words must end the clause, the
// given name be one the lists know and no ordinary word (introName), the
// surname one they know or a word they do not know at all
// (unknownSurnameEnds). A speaker's label that opens a turn ("Customer:
// mark ...") labels no name; before a comma, a cue that names a person
// must end.
func (s *entScanner) lowerNameAfter(k int, c byte) {
	toks := s.toks
	a, b := &toks[k+1], &toks[k+2]
	// Most words after a speaker's label or a comma are short ("my",
	// "i", "we") or in capitals: the lengths and the flags first.
	if a.e-a.s < 3 || b.e-b.s < 2 || a.kind != etWord || b.kind != etWord || (a.f|b.f)&(efCap|efAllCap|efDigit|efUsed|efNL) != 0 || !s.spacedOnLine(k+2) || !s.clauseEnd(k+3) {
		return
	}
	if !s.lowerNamePair(k + 1) {
		return
	}
	if cue, set := s.cuesBefore(k + 1); set&(1<<cueSpeaker) != 0 || c == ',' && cue != cuePerson {
		return
	}
	a.f |= efCap
	b.f |= efCap
}

// englishTitles are the honorifics reported as TITLE before a name.
// Presidio's type is English's ("Mr.", "Mrs.", "Dr.", as its synthetic
// dataset labels them); the other languages' courtesy titles ("Frau",
// "Mme", "Sr.", "Dhr.") still mark the name after them, but writers of
// chat data count them as no personal data, and they are left in the
// text.
var englishTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true, "professor": true,
	"sir": true, "madam": true, "ma'am": true, "maam": true, "rev": true, "reverend": true, "lord": true, "lady": true, "dame": true,
	"capt": true, "captain": true, "col": true, "colonel": true, "lt": true, "sgt": true, "officer": true, "judge": true,
	"hon": true, "senator": true, "governor": true, "mayor": true,
}

// englishTitle reports whether token k is an English honorific (see
// englishTitles).
func (s *entScanner) englishTitle(k int) bool {
	t := &s.toks[k]
	if t.e-t.s > 9 || t.f&efASCII == 0 {
		return false
	}
	var low [16]byte
	return englishTitles[string(lowerASCII(low[:0], s.text[t.s:t.e]))]
}

// frenchBeforeTitle reports whether word token k is a French
// preposition or "et", a noun a title follows, or (since session 73) any
// word in lower case with a French letter, after which "M." before a
// surname is "Monsieur" ("c'est pour M. Fontaine", "la part de M.
// Girard", session 56; "Je suis navré M. Giraud"): in English an initial
// follows no such word.
func (s *entScanner) frenchBeforeTitle(k int) bool {
	if k > 0 && s.punct(k, ',') && s.glued(k) && s.toks[k-1].kind == etWord && s.toks[k-1].f&efCap == 0 {
		if s.toks[k-1].f&efASCII == 0 {
			return true // a role with a French letter in apposition: "notre chef d'équipe, M. Girard,"
		}
		switch s.text[s.toks[k-1].s:s.toks[k-1].e] {
		case "remercie", "remercions", "merci", "rappelle": // "Je vous remercie, M. Dupont"
			return true
		}
		return false
	}
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s > 12 {
		return false
	}
	switch s.text[t.s:t.e] {
	case "pour", "de", "avec", "par", "chez", "et", "contre", "envers", "selon", "à",
		// Nouns a title follows in French and an initial seldom does:
		// "Merci pour votre patience M. Favre", "votre conseiller M.
		// Ouahbi" (session 67).
		"patience", "conseiller", "conseillère", "gestionnaire", "voisin", "propriétaire", "locataire", "client":
		return true
	}
	// A word in lower case with a French letter: "Je suis navré M.
	// Giraud", "désolée M. Petit" (session 73).
	return t.f&(efASCII|efCap) == 0
}

// frenchGreetingAt reports whether token k is a French greeting or
// salutation that a courtesy title follows ("Bonjour M. Diarra", "Cher
// M. Kerbrat", "Bonne journée M. Le Goff").
func (s *entScanner) frenchGreetingAt(k int) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s < 4 || t.e-t.s > 8 {
		return false
	}
	switch string(s.fold(k)) {
	case "bonjour", "bonsoir", "cher", "chere", "merci", "salut", "journee", "soiree", "revoir": // folded: "chère", "journée"
		return true
	}
	return false
}
