package redact

// zipAfterCue returns the token after a postcode that a postcode cue
// announces at number token i ("ZIP: 94103", "my zip code is 880", "PLZ
// 394 13"), or 0. After the cue, three-digit codes and codes of three and
// two digits count too when they end the clause. Most numbers follow no
// postcode cue's word: findAddresses rules them out with mayCue before it
// calls.
func (s *entScanner) zipAfterCue(i int) int {
	z := s.postcodeFirst(i)
	if z == 0 {
		t := &s.toks[i]
		if t.kind != etNum || t.e-t.s != 3 {
			return 0
		}
		z = i + 1
		if u := s.toks[min(z, len(s.toks)-1)]; z < len(s.toks) && u.kind == etNum && u.e-u.s == 2 && u.f&(efNL|efSpace) == efSpace {
			z++ // "394 13"
		}
		// The code ends the line or the clause: not "880 items", "880-1"
		// or "123.45".
		if z < len(s.toks) && s.toks[z].f&efNL == 0 && (s.toks[z].kind != etPunct || s.glued(z) && (!s.punct(z, '.') && !s.punct(z, ',') || s.glued(z+1))) {
			return 0
		}
	}
	// A postcode cue ends before it ("zip", "postcode", "plz", "cp"),
	// maybe before a ':', ',', '-' or '?', as cues allow.
	if !s.hasCue(i, cueZip) {
		return 0
	}
	// Brazil's CEP has eight digits ("01310-100"), and the Turkish "cep"
	// is a mobile: "cep: 0532 418 27 90" holds no postcode. The verb may
	// stand between: "meu cep é 69057-025".
	p := s.cueWordAt(i)
	if p > 0 && s.is(p, "e") && s.toks[p].f&efNL == 0 && s.toks[p-1].kind == etWord {
		p--
	}
	if p >= 0 && s.is(p, "cep") && digitsOf(s.text[s.toks[i].s:s.toks[z-1].e], 8) == "" {
		return 0
	}
	return z
}

// zipKey reports whether the key of data at word token k names a
// postcode, as code, logs and XML write them (`"zip": "62704"`,
// `"postal_code": "79096"`, `billing_zip=79225`,
// `<PostalCode>33008</PostalCode>`): cuesBefore takes such a key as a
// postcode's cue, as it takes one that names a person as a person's.
func (s *entScanner) zipKey(k int) bool {
	switch w := s.fold(k); string(w) {
	case "zip", "zipcode", "postalcode", "postcode", "plz", "postleitzahl", "cep", "codigopostal", "codepostal", "postnummer":
		return true
	case "code":
		// "postal_code", "zip_code", "post_code".
		if k < 2 || !s.punct(k-1, '_') || !s.glued(k-1) || !s.glued(k) {
			return false
		}
		switch string(s.fold(k - 2)) {
		case "zip", "postal", "post":
			return true
		}
	}
	return false
}

// cityPostcode reports, and reports as a LOCATION and a ZIP_CODE, a town
// followed by a postcode after "in" ("support Acme in Bjert 6091 in its
// mission"): the words [i, j) hold no street designator and the number at
// j has the shape of a postcode, four digits or more, rather than of a
// house number.
func (s *entScanner) cityPostcode(i, j int) bool {
	p := i - 1
	if !s.is(p, "in") {
		return false
	}
	for k := i; k < j; k++ {
		if s.toks[k].kind != etWord || s.flags(k)&(gzStreetType|gzStreetPre|gzUnit) != 0 {
			return false
		}
	}
	if s.toks[j].e-s.toks[j].s < 4 {
		return false
	}
	z := s.postcodeAt(j)
	if z == 0 || !s.tailEndAt(z) && !s.is(z, "in") {
		return false
	}
	s.emit(stLocation, i, j-1, 0.7)
	s.emit(stZip, j, z-1, 0.7)
	return true
}
