package redact

import (
	"math"
	"strings"
)

// Postal addresses. A street is found from its structure: a house number
// followed by a name and a street designator ("221B Baker Street", "110
// avenue Victor Hugo"), a name with a designator suffix and a number
// ("Hauptstraße 24", "Puruntie 82"), a designator, a name and a number
// ("Via Franscini 71"), or a post-office box. An address cue ("ship to",
// "lives at", "address:") lets a number and capitalised words stand for a
// street without a designator. The tail that follows (unit, city, state,
// postcode, country, over several lines as in a letter head) joins the
// street in one STREET_ADDRESS finding.

// streetSuffixes are folded word endings that make a street of a
// capitalised word followed by a house number (German, Dutch, Nordic,
// Finnish, Baltic, Central European, Turkish). The last proseSuffixes of
// them end English words too ("during", "necktie", "aggregate").
var streetSuffixes = [...]string{
	"strasse", "str", "weg", "allee", "platz", "gasse", "damm", "ufer", "chaussee", "steig", "pfad", "markt",
	"straat", "laan", "gracht", "plein", "kade", "singel", "dijk", "lei", "dreef", "kaai", // Flemish "Lindenlei", "Beukendreef", "Van Meterenkaai" (session 75)
	"gatan", "gata", "gaten", "gaden", "vagen", "vag", "vej", "vejen", "veien", "vegen", "vaenget", "torv", "torget", "stien", "gyde",
	"katu", "kuja", "polku", "utca", "ulica", "iela", "gatve", "caddesi", "sokak", "sokagi",
	"ring", "grand", "gade", "gate", "tie",
}

// proseSuffixes counts the street suffixes at the end of streetSuffixes
// that end English words as well, which a word in lower case is not
// read by.
const proseSuffixes = 5

// streetSuffixesByLast holds the street suffixes by their last letter,
// each with whether it is one of the proseSuffixes: an ASCII word is
// compared with the few that end as it does.
var streetSuffixesByLast = func() (t [256][]streetSuffix) {
	for k, suf := range streetSuffixes {
		c := suf[len(suf)-1]
		t[c] = append(t[c], streetSuffix{suf, k >= len(streetSuffixes)-proseSuffixes})
	}
	return t
}()

// streetSuffix is an entry of streetSuffixesByLast.
type streetSuffix struct {
	s     string
	prose bool // ends English words as well
}

// findAddresses reports street addresses, post-office boxes and postcodes
// that a cue announces.
func (s *entScanner) findAddresses() {
	toks, text := s.toks, s.text
	n := len(toks)
	s.nextHouse, s.houseScan = math.MaxInt, 0
	// (The loop's end is tested once, by the skipping loop below.)
	for i := 0; ; i++ {
		// Skip the tokens no address starts at in a loop that calls
		// nothing, so that it runs in registers: punctuation, tokens
		// used already, and lower-case words without digits, which can
		// only start "the corner of", "po box" or, before a number, a
		// street written in lower case ("bahnhofstraße 41", "hauptstr.
		// 5", "via del corso 12"). (An unsigned test spares the bounds
		// check of toks[i].)
		for ; uint(i) < uint(n); i++ {
			t := &toks[i]
			// Most tokens are ruled out by their flags and those of the
			// next token: a period before a digit is a stop.
			if t.f&(efUsed|efPunct) != 0 || t.f&(efCap|efDigit|efTP) == 0 && (i+1 >= n || toks[i+1].f&(efDigit|efStop) == 0) {
				continue
			}
			// (A number holds a digit: efDigit stands for etNum too.)
			// "the" starts "the corner of" only before a word that may
			// fold to "corner" (mayFold): most of the words it precedes
			// do not.
			if t.f&(efCap|efDigit) != 0 {
				break
			}
			// A word in lower case: its length and its first byte, read
			// once (a word is never empty), say which of the forms it may
			// start. Most are words of three letters or more that no
			// number follows.
			w, c := t.e-t.s, text[t.s]
			if w >= 3 {
				if w == 3 && c == 't' && i+1 < n && s.mayFold(i+1, 6) ||
					i+1 < n && (toks[i+1].f&efDigit != 0 || toks[i+1].c == '.' && i+2 < n && toks[i+2].f&efDigit != 0) {
					break
				}
			} else if c == 'p' || c == 'h' && (toks[i+1].c == '.' || w == 2 && text[t.s+1] == 'c' && toks[i+1].f&efDigit != 0) ||
				w == 2 && (c == 'n' && text[t.s+1] == 'o' && toks[i+1].c != ',' || c == 'r' && text[t.s+1] == 'r' && toks[i+1].f&efDigit != 0) {
				// "h.no. 12-5-34", "house no. 45", "door no 7" (lowerHouseAt);
				// "hc 68 box 12", "rr 2 box 152" (poBoxAt). (A word of one
				// or two letters that is no 'p' word comes here only with a
				// token after it, as efTP is for 't' and 'p' alone: a 't'
				// word fails before toks[i+1] is read.)
				break
			}
		}
		if uint(i) >= uint(n) { // (unsigned: no bounds check of toks[i])
			break
		}
		t := &toks[i]
		start, end, score := i, -1, 0.0
		box := false // a post-office box
		ref := false // a reference's word before the number
		// Numbers first: they are most of the tokens that come here, and
		// the two forms that start with a word ("the corner of", "Co.")
		// cannot start at one. (efDigit stands for etNum too, as in the
		// loop above: one test for both.)
		if t.f&efDigit != 0 {
			// An Indian address that no house number opens, read back
			// from its state and PIN code (inaddr.go): "Lower Sichey,
			// Near Forest Colony, Gangtok, Sikkim 737101".
			if t.kind == etNum && t.e-t.s == 6 && i >= 4 {
				if a := s.inChainAt(i); a >= 0 {
					s.emitAddress(a, i+1, 0.8)
					continue
				}
			}
			// A number glued to a '.', '/', ':' or '-' ("4.5", "10:30",
			// "2019-09-08") is no house number (houseNumber), and no cue
			// ends before it (cueWordAt) but a word's before ':', ','
			// or '-' ("ZIP:94103"); with a '#' about, a grid address may
			// end in it (gridBefore).
			// (The symbol's test, a call, in a block of its own: the
			// compiler branches on the others at once.)
			if p := i - 1; p >= 0 && !s.hash && toks[p].e == t.s && numberGlue[toks[p].c] && (toks[p].f&efCueSep == 0 || p == 0 || toks[p-1].kind != etWord) {
				if toks[p].c != 0x80 && !(toks[p].c == '*' && s.starsOpen(p)) || toks[p].c == 0x80 && symbolWidth(text, int(toks[p].s)) <= 0 {
					continue
				}
			}
			// The last group of a number written in groups ("telefone
			// 912 345 678, Rua Augusta 120") is no house number.
			if i >= 2 && toks[i-1].kind == etNum && toks[i-2].kind == etNum && t.f&efNL == 0 && toks[i-1].f&efNL == 0 && !s.tabBefore(i) {
				continue // (a tab opens a table's column: "956 0572\t201 Elmwood Road")
			}
			// A word with a digit that starts with a letter ("GB28",
			// "v12") is no house number: houseNumberAt's first test, which
			// spares a call for most of them.
			h := 0
			if (t.kind == etNum || isDigitByte(text[t.s])) && !s.gluedFraction(i) {
				h = s.houseNumber(i)
			}
			if h > 0 {
				pb := 0
				if i+1 < n && toks[i+1].f&efNL == 0 && poBoxLens[text[toks[i+1].s]] != 0 && s.mayPoBox(i+1) {
					pb = s.poBoxAt(i + 1)
				}
				g := -1
				if pb == 0 && h == 3 {
					g = s.gridBefore(i, h)
				}
				if pb > 0 {
					end, score, box = pb, 0.85, true // "0912 P.O. Box 287"
				} else if g >= 0 {
					start, end, score = g, i+3, 0.85 // "Carrera 7 # 71-21"
				} else {
					// Two numbers after the house number, or one that ends
					// its line, leave streetFromNumber no word to read
					// ("+1 202 250 0180", "03 09 36 31 59"): the call is
					// spared (end is -1 here).
					if j := i + h; j >= n || toks[j].kind != etNum || j+1 < n && toks[j+1].kind != etNum && toks[j+1].f&efNL == 0 {
						end, score = s.streetFromNumber(i, h, true)
					}
					if end < 0 && i >= 2 && toks[i-1].f&efNL == 0 {
						if w := s.lowerNameBeforeNumber(i); w >= 0 {
							start, end, score = s.lowerStreetAt(w)
						}
					}
					// "ticket 4521 Main Street branch": a reference's word
					// before the number names it, unless a postcode follows
					// the street ("address on the account
					// 66 Rathgar Road, Dublin 6, D06 A3T5").
					ref = end > 0 && i > 0 && s.referenceBefore(i)
					if end > 0 && t.e-t.s == 4 && s.monthBefore(i) {
						end = -1 // "16 de setembro de 1959, Avenida da Boavista 271": a date's year
					}
					// "Flat 12B Oak Court, 5 Park Road": the number is the
					// flat's, the words name its building, and the street
					// follows.
					if end > 0 && i > 0 && s.toks[i-1].kind == etWord && s.toks[i].f&efNL == 0 && s.unitAt(i-1) == i+h {
						if e := s.streetAfterBuilding(end); e > end {
							start, end = i-1, e
						}
					}
				}
			} else if s.hash {
				// "Calle 93 #14-20": the sign glued to the numbers.
				if a := s.gridBefore(i, 3); a >= 0 {
					start, end, score = a, i+3, 0.85
				}
			}
			if end < 0 && t.e-t.s <= 2 && i+1 < n && toks[i+1].c == '-' && t.kind == etNum {
				if e := s.jpAddressAt(i); e > 0 {
					end, score = e, 0.85 // "4-9-28 Nakameguro, Meguro-ku, Tokyo"
					// "Maison Kaede 504\n1-1-18 Daita, ...": the building
					// and its room before the block numbers.
					start = s.jpBuildingBefore(s.unitBefore(i))
				}
			}
			if end < 0 && t.f&efCap != 0 {
				if t.e-t.s >= 3 && (s.text[t.s+1] == '-' || s.text[t.s+2] == '-') {
					end, score = s.flatStreetAt(i) // "B-204, Sector 18, ..."
				} else if t.e-t.s <= 4 && i >= 4 && i+1 < n && toks[i+1].e-toks[i+1].s == 3 && isDigitByte(text[toks[i+1].s]) && (toks[i-1].kind == etWord || toks[i-1].c == ',' && toks[i-2].kind == etWord) {
					// A UK postcode after a town (and maybe a comma) and
					// a street without a house number: "Church Street,
					// Bampton OX18 2LW".
					// Or the names of a house, a village and a town
					// before it, which may hold such a street: "Tŷ
					// Gwyn, Heol y Llan, Llanarthne, Carmarthen SA32
					// 8JE", "Sunnyside, Long Drove, Gedney Hill,
					// Spalding PE12 0NR".
					if z := s.ukPostcodeAt(i, false); z > 0 {
						a := s.bareStreetBefore(i)
						if c := s.ukChainBefore(i); c >= 0 && (a < 0 || c < a) {
							a = c
						}
						if a >= 0 {
							start, end, score = a, z, 0.8
						}
					}
				}
			}
			if end < 0 {
				// A postcode cue ends in a word, which zipAfterCue
				// reads first: most numbers follow another number or
				// punctuation ("+1 202 250 0180", "[9:02 am]") or a
				// word that ends no such cue ("order", "at"). The token
				// before the number says where its word is, as
				// cueWordAt reads it (efCueSep is punctuation's), in one
				// test of its kind.
				// Only a number of three to six digits or a word from a
				// capital may be a postcode (zipAfterCue, postcodeFirst):
				// most numbers, of one or two digits or of seven or more
				// ("[9:02 am]", "1506089945"), are no cue's.
				if i == 0 || !(t.kind == etNum && uint(t.e-t.s-3) <= 3 || t.kind == etWord && t.f&efCap != 0) {
					continue
				}
				cue := false
				if q := &toks[i-1]; q.kind == etWord {
					cue = s.mayCue(i-1, cueZip)
				} else if q.kind == etPunct {
					// A key of data before its quote, colon or '=' is
					// a cue too (see zipKey).
					cue = zipMarks[q.c] || q.f&efCueSep != 0 && i >= 2 && toks[i-2].kind == etWord && s.mayCue(i-2, cueZip)
				}
				if cue {
					if z := s.zipAfterCue(i); z > 0 {
						s.emit(stZip, i, z-1, 0.7)
						i = z - 1
					}
				}
				continue
			}
		} else {
			// Far from the next digit only "the corner of" and a ship's
			// name start an address (farEnd): skip to where one may.
			if s.nextDig <= i {
				s.advanceDigit(i)
			}
			if s.nextDig > i+9 && !s.digitlessStart(i) {
				i = s.farEnd(i) - 1
				continue
			}
			// "the corner of": cornerAt's first tests, inlined.
			if t.e-t.s == 3 && s.text[t.s]|0x20 == 't' && i+1 < n && s.mayFold(i+1, 6) {
				if e := s.cornerAt(i); e > 0 {
					s.emitAddress(i, e, 0.85)
					i = e - 1
					continue
				}
			}
			// An Irish rural address without a street: "Gortnahoe, Thurles,
			// Co. Tipperary, E41 CAWH". (The call in a block of its own:
			// the compiler then passes most words by at the first tests,
			// without keeping their answer.)
			if t.e-t.s == 2 && t.f&efCap != 0 {
				if s.is(i, "co") {
					if a, e := s.irishRuralAt(i); e > 0 {
						e = max(e, s.addressTail(e)) // the country after it
						s.emitAddress(a, e, 0.85)
						i = e - 1
						continue
					}
				}
			}
			if t.f&efCap != 0 {
				// Only a post-office box may end without a number ahead:
				// rule the others out before parsing.
				if poBoxLens[text[t.s]] != 0 && mayPoBoxTok(text, t) {
					if e := s.poBoxAt(i); e > 0 {
						start, end, score, box = i, e, 0.85, true
					}
				}
				// An Indonesian street or estate, with the alley, the
				// kilometre post or the block before its number
				// (idaddr.go). (Its words open with these capitals.)
				if end < 0 && s.digNL <= i {
					switch text[t.s] {
					case 'J', 'G', 'P', 'K':
						if e := s.idStreetAt(i); e > 0 {
							end, score = e, 0.85
						}
					}
				}
				if end < 0 {
					// A digit within seven tokens, on the same line; nine
					// after a number sign ("Rua do Carmo, n.º 295").
					// A street is read at i, or at a designator in lower
					// case before it or its abbreviation's period
					// (lowerPreBefore, below), only with a house number
					// near, which is worth looking for only if one may
					// start there: a word that punctuation other than
					// '.', '/' or ',' follows ("Customer:", "AM]",
					// "Telefon (") starts none (streetFromWord).
					// (s.nextDig <= i+9 puts a token after i.)
					if s.nextDig <= i+9 && s.digNL <= i && (streetOpener[toks[i+1].c] || i > 0 && (toks[i-1].c == '.' || toks[i-1].kind == etWord && toks[i-1].f&efCap == 0)) {
						near := s.nextDig <= i+7 && s.houseNear(i)
						if !near && s.nextDig >= i+5 && s.flagsIn(i)&gzStreetPre != 0 {
							near = s.signedHouseNear(i)
							// "Rua Dr. António José de Almeida 8": a title and
							// its period put the number one token further.
							if !near && s.nextDig == i+7 && s.punct(i+2, '.') && s.streetTitle(i+1) {
								near = s.houseNumber(i+7) > 0
							}
							// "Rua Doutor Alceu de Campos Rodrigues, 218", "Av.
							// Governador Amaral de Souza Peixoto, 1290": a name
							// of five words and Brazil's comma before the number
							// do too, after the designator's period too
							// (session 72).
							if !near && s.nextDig == i+7 && s.punct(i+6, ',') {
								near = s.houseNumber(i+7) > 0
							}
							if !near && s.nextDig == i+8 && s.punct(i+7, ',') && s.punct(i+1, '.') && s.glued(i+1) {
								near = s.houseNumber(i+8) > 0
							}
						}
						// Most words have no house number near: one test
						// passes them by.
						if near {
							p := -1
							// A designator in lower case before the word, or
							// its abbreviation's period (lowerPreBefore).
							if i > 0 && (toks[i-1].c == '.' || toks[i-1].kind == etWord && toks[i-1].f&efCap == 0) {
								p = s.lowerPreBefore(i)
							}
							if p >= 0 {
								start, end, score = s.streetFromWord(p)
								// "via", "calle", "rue" also join words in prose
								// ("sent via Amazon 2 days ago"): a postcode or
								// city after the number, or an address cue, says
								// street.
								if end > 0 && !s.addressCue(p) && s.addressTail(end) <= end {
									end = -1
								}
							}
							if end < 0 {
								start, end, score = s.streetFromWord(i)
								// "Flat No. 2981, Shanti Kunj, ...": after an
								// address's cue the unit read as a street's
								// name; the chain after it is the address.
								if end > 0 && start == i && s.punct(end, ',') && s.flagsIn(i)&gzUnit != 0 {
									if e, sc := s.unitStreetAt(i); e > end {
										end, score = e, sc
									}
								}
							}
						}
					}
					// unitStreetAt's first test, inlined: a unit word or
					// the "H" of "H.No.", with a digit on its line.
					// (The flags' test in a block of its own, as above.)
					if end < 0 && s.nextDig <= i+7 && s.digNL <= i {
						if t.e-t.s == 1 || s.flagsIn(i)&gzUnit != 0 {
							end, score = s.unitStreetAt(i)
						}
					}
				}
			} else {
				pb := 0
				if poBoxLens[text[t.s]] != 0 && mayPoBoxTok(text, t) {
					pb = s.poBoxAt(i)
				}
				if pb > 0 {
					end, score, box = pb, 0.85, true // "po box 4471"
					if t.e-t.s == 5 && text[t.s] == 'r' && s.is(i, "route") {
						start = i - 1 // "rural route 3, box 47b"
					}
				} else if t.e-t.s >= 5 || i+1 < n && toks[i+1].f&efDigit != 0 {
					// A street in lower case has its number right after
					// the word ("hauptstr 5", "via roma 10"), unless the
					// word ends in a designator (hasStreetSuffix: five
					// letters or more): "the" and "po" come here too.
					start, end, score = s.lowerStreetAt(i)
					// India's houses and flats typed in lower case: "flat
					// 3b, ...", where a comma follows the number, "door no
					// 16-11-740, ..." (from "no").
					if end < 0 && i+2 < n && toks[i+1].f&efDigit != 0 && (toks[i+2].c == ',' || t.e-t.s == 2) {
						start, end = s.lowerHouseAt(i)
						score = 0.8
					}
				} else if t.e-t.s <= 2 && text[t.s] != 'p' {
					// "h.no. 12-5-34, ...", "house no. 16-11-740, ..." (from
					// "no"): the words of two letters or less but "po" that
					// come here.
					start, end = s.lowerHouseAt(i)
					score = 0.8
				}
			}
			// Most words end here: leave from the branch, which spares
			// the merge of the two branches their registers.
			if end < 0 {
				continue
			}
		}
		if end < 0 {
			continue
		}
		end = s.streetMore(start, end)
		// A second street name after the number: "Tungata 11 Rott Crossroad".
		if e := s.streetNameAt(end); e > end && s.toks[end].f&efNL == 0 && s.tailFollows(e) {
			end = e
		}
		e := s.addressTail(end)
		if ref && !s.numberIn(end, e) {
			continue
		}
		if box && e == end {
			// A town the tail did not take: "PO Box 84878, Provo and".
			e = s.addressTail(s.boxCity(end))
		}
		if e > end && start > 1 && s.toks[start].f&efCap != 0 {
			start = s.hungarianTownBefore(start, end, e) // "Eger, Damjanich utca 84., 3374"
		}
		if e > end {
			end = e
			score += 0.05
		}
		end = s.placesAfter(end)
		if s.toks[start].kind != etWord || s.toks[start].f&efDigit != 0 {
			start = s.unitBefore(start)
		} else if s.toks[start].f&efNL != 0 {
			start = s.unitLineBefore(start) // "Wohnung 5\nBahnhofstraße 12"
		} else if start > 1 && s.punct(start-1, ',') {
			// "3. OG links, Lindenstraße 14", "Wohnung 5, Bahnhofstraße
			// 12", and a unit and its building's name before a street
			// without a number ("Flat 11, Beech House, London Rd").
			start = s.unitBefore(start)
		}
		if start > 0 {
			start = s.houseNameBefore(start) // "Rose Cottage\nMill Lane\n..."
		}
		if start > 2 && s.toks[start-1].c == ',' && s.toks[start-1].kind == etPunct {
			start = s.postcodeTownBefore(start) // "20359 Hamburg, Weidenweg 21b"
			// "Upper Republic Veng, House No. D-44, ..., Mizoram 796005":
			// the localities before an Indian house (inaddr.go).
			start = s.inLocalitiesBefore(start, end)
		}
		s.emitAddress(start, end, min(score, 0.95))
		i = end - 1
	}
}

// zipMarks holds the punctuation that, before a number where no word
// that may end a postcode's cue comes before it (cueWordAt, mayCue),
// may still end a cue that zipAfterCue takes (cuesBefore): the quote,
// ':', '=' or '>' after a key of data (keyedAt) and a '!' that ends a
// line (cueSep). Most numbers after punctuation follow '[', '(', '+' or
// '_' ("[04:50]", "+44", "TCK_2041").
var zipMarks = [256]bool{'"': true, '\'': true, ':': true, '=': true, '>': true, '!': true}

// streetOpener holds the c of the tokens after a word at which
// streetFromWord may read a street: a word's or a number's (0), and
// '.', '/' and ',' ("Str. 5", "C/ Mayor 5", "Rua Augusta, 120").
var streetOpener = [256]bool{0: true, '.': true, '/': true, ',': true}

// streetMore returns the token after the street [a, e) and what
// belongs to it before the tail: a Hungarian street after a postcode and
// its town ("7668 Pécs, Petőfi Sándor utca 42."), a Japanese address
// from its block numbers after a building's name and room that read as
// a street ("Sun Heights 806\n1-8-19 Kitashirakawa, Kohoku-ku, ..."),
// and Hungary's period after the house number with the floor and the
// door ("Arany János utca 60. fszt. 2."). It is apart from findAddresses
// so that the loop keeps its registers.
func (s *entScanner) streetMore(a, e int) int {
	n := len(s.toks)
	if e >= n || s.toks[e].kind != etPunct && s.toks[e].f&efNL == 0 {
		return e
	}
	if s.toks[a].kind == etNum && s.toks[a].e-s.toks[a].s == 4 && s.toks[e].c == ',' {
		if f := s.hungarianStreetAfter(e); f > 0 {
			e = f
		}
	}
	if q := e; q+1 < n && (s.punct(q, ',') || s.toks[q].f&efNL != 0) {
		if s.punct(q, ',') {
			q++
		}
		if s.toks[q].kind == etNum && s.toks[q].e-s.toks[q].s <= 2 && s.punct(q+1, '-') && s.glued(q+1) && (q > e || s.toks[e-1].kind == etNum) {
			if f := s.jpAddressAt(q); f > 0 {
				return f
			}
		}
	}
	if e >= 2 && e < n && s.toks[e-1].kind == etNum && s.hungarianDesignator(e-2) {
		e = s.hungarianFlatEnd(e)
	}
	return e
}

// placesAfter returns the end of the places that commas join to the
// address that ends at token e on its line, two at most: a run of up to
// three capitalised words that opens with a place the lists know, and
// maybe a district's or a postcode's number ("..., 34400 Semanggol,
// Perak", "..., Wellawatte, Colombo 06", "..., 11888, München"), and a
// postcode after such a place ("..., Soweto, 1804"). Where no known
// place follows, e is the end.
func (s *entScanner) placesAfter(e int) int {
	toks := s.toks
	n := len(toks)
	for step := 0; step < 2; step++ {
		if e+1 >= n || !s.punct(e, ',') || toks[e+1].f&efNL != 0 {
			return e
		}
		k := e + 1
		if t := &toks[k]; step > 0 && t.kind == etNum && t.e-t.s <= 6 && s.tailEndsAt(k+1) && !yearLike(s.text[t.s:t.e]) {
			return k + 1 // a postcode after the place taken: "..., Soweto, 1804"
		}
		if toks[k].kind != etWord || toks[k].f&(efCap|efUsed) != efCap {
			return e
		}
		if s.flags(k)&gzPlace == 0 {
			// A town the lists do not know, one word after the street's
			// designator and a comma, where the address ends: "5
			// Brunswick Sq, Hove — no postcode", "8 Cromwell Rd, Hove in
			// the summer" (session 63).
			if step == 0 && s.unknownTownAt(e, k) {
				e = k + 1 // and a known place after it: "..., Velachery, Chennai 600042"
				continue
			}
			return e
		}
		k++
		for k < n && k < e+4 && toks[k].kind == etWord && toks[k].f&(efCap|efNL|efUsed) == efCap {
			k++
		}
		if k < n && toks[k].kind == etNum && toks[k].f&efNL == 0 && toks[k].e-toks[k].s <= 6 {
			k++ // "Colombo 06", "Dhaka 1216"
		}
		if !s.tailEndsAt(k) {
			return e
		}
		e = k
	}
	return e
}

// unknownTownAt reports whether the capitalised word at token k, after
// the comma at e that ends a street, is a town's name the lists do not
// know: the street ends in its designator, the word is none the
// gazetteer knows and holds no digit, and the address ends after it: at
// a sentence's or a line's end, a comma, a spaced '-' or mark beyond
// ASCII (a dash, an emoji) or a word in lower case.
func (s *entScanner) unknownTownAt(e, k int) bool {
	d := e - 1
	if s.punct(d, '.') && s.glued(d) {
		d--
	}
	if d < 0 || s.toks[d].kind != etWord || s.flags(d)&gzStreetType == 0 || s.flags(k) != 0 || s.toks[k].f&(efDigit|efAllCap) != 0 || s.toks[k].e-s.toks[k].s < 3 {
		return false
	}
	j := k + 1
	if s.tailEndsAt(j) {
		return true
	}
	t := &s.toks[j]
	return t.kind == etWord && t.f&efCap == 0 || t.kind == etPunct && (t.c == '-' || t.c == 0x80) && !s.glued(j)
}

// yearLike reports whether the digits d are a year from 1900 to 2099.
func yearLike(d string) bool {
	return len(d) == 4 && (d[:2] == "19" || d[:2] == "20")
}

// tailEndsAt reports whether an address may end before token k: the
// text, the line or a sentence ends there, or a comma follows.
func (s *entScanner) tailEndsAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].f&efNL != 0 {
		return true
	}
	t := &s.toks[k]
	return t.kind == etPunct && (t.c == ',' || t.c == '.' || t.c == ')' || t.c == ';' || t.c == '!' || t.c == '?')
}

// emitAddress reports the address [a, e) as one finding, or as one per
// line when its lines are quoted ("> Suite 5"), as a quoted letter head
// keeps each line apart.
func (s *entScanner) emitAddress(a, e int, score float64) {
	if s.viaPreposition(a, e) {
		return
	}
	if s.letterLayout(a, e) {
		s.emitParts(a, e, score)
		return
	}
	a = s.blockBefore(a)
	e, closed := s.sgPostcodeAfter(e)
	from := a
	for k := a + 1; k < e; k++ {
		if s.toks[k].f&efNL == 0 || !s.quoteMark(k) {
			continue
		}
		if last := s.lastWordBefore(from, k); last >= from {
			s.emit(stAddress, from, last, score)
		}
		for k < e && s.quoteMark(k) {
			k++
		}
		from = k
	}
	last := s.lastWordBefore(from, e)
	if closed {
		last = e - 1 // the postcode's closing bracket: "S(540118)"
	}
	if last >= from {
		s.emit(stAddress, from, last, score)
	}
}

// blockBefore returns the first token of the block's and the lot's
// numbers that open an address before its house number at token a, as
// Singapore and the Philippines write them ("Blk 505 Pasir Ris St 52
// #15-02", "Blk 7 Lot 12 Mabini St., Brgy. San Roque, ...", "Lot 4 Blk
// 21, Camella Homes, ..."), or a: each a word "Blk", "Block", "Lot" or
// "Plot" and a number one space apart on the address's line.
func (s *entScanner) blockBefore(a int) int {
	for range 2 {
		if a < 1 || s.toks[a].f&(efDigit|efNL) != efDigit || s.glued(a) || int(s.toks[a].s-s.toks[a-1].e) != 1 {
			return a
		}
		k := a - 1
		if s.toks[k].f&efUsed != 0 || !(s.is(k, "blk") || s.is(k, "block") || s.is(k, "lot") || s.is(k, "plot")) {
			return a
		}
		a = k
		// A block's number before a lot's: "Blk 12 Lot 7".
		if a < 2 || s.toks[a].f&efNL != 0 || s.toks[a-1].kind != etNum || s.glued(a) {
			return a
		}
		a--
	}
	return a
}

// sgPostcodeAfter returns the end of an address that token e - 1 ends
// with the postcode Singapore writes after it, glued to its "S" or in
// brackets ("..., #12-345, S602027", "#09-221, S(540118)"), or e, and
// whether a bracket closes it.
func (s *entScanner) sgPostcodeAfter(e int) (int, bool) {
	k := e
	if s.punct(k, ',') {
		k++
	}
	if k >= len(s.toks) || s.toks[k].f&efNL != 0 || s.toks[k].kind != etWord {
		return e, false
	}
	t := s.text[s.toks[k].s:s.toks[k].e]
	switch {
	case len(t) == 7 && t[0] == 'S' && allDigits(t[1:]):
		return k + 1, false
	case t == "S" && s.punct(k+1, '(') && s.glued(k+1) && k+3 < len(s.toks) && s.toks[k+2].kind == etNum &&
		s.toks[k+2].e-s.toks[k+2].s == 6 && s.glued(k+2) && s.punct(k+3, ')') && s.glued(k+3):
		return k + 4, true
	}
	return e, false
}

// viaPreposition reports whether the address [a, e) holds English "via"
// before a carrier or a channel where Italian "via" opens a street, at
// its start or after the numbers (and an amount's currency) that open
// it ("via Canada Post 7023 4918", "shipped 5/14 via FedEx", "sent 3 via
// DHL", "40 EUR via paypal", "pay via card 6011 2743 ..."; not "3482
// via Franscini 71", as Presidio's data writes some).
func (s *entScanner) viaPreposition(a, e int) bool {
	for k := a; k < e && k < a+4; k++ {
		t := &s.toks[k]
		if t.kind == etNum || t.kind == etPunct {
			continue
		}
		if k > a && t.kind == etWord && currencyWord(s.fold(k)) {
			continue // "Can pay 40 EUR via paypal" (session 55)
		}
		if t.kind == etWord && t.f&efDigit != 0 && amountInThousands(s.text[t.s:t.e]) {
			continue // "about 2k EUR via SEPA" (session 75)
		}
		if t.kind != etWord || t.e-t.s != 3 || t.f&efCap != 0 || !s.is(k, "via") {
			return false
		}
		if k+1 >= len(s.toks) || s.toks[k+1].f&efNL != 0 {
			return true // no street's name after it: "about 3k USD via"
		}
		return s.toks[k+1].kind == etWord && viaCarrier(s.fold(k+1))
	}
	return false
}

// irishMutated reports whether word token k is an Irish noun with the
// letter an article puts before it, lower case before a capital:
// "hEaglaise", "tSaoi", "nGael" (na hEaglaise, an tSaoi).
func (s *entScanner) irishMutated(k int) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s < 3 {
		return false
	}
	c, d := s.text[t.s], s.text[t.s+1]
	return (c == 'h' || c == 't' || c == 'n') && (d >= 'A' && d <= 'Z' || d == 0xc3)
}

// amountInThousands reports whether w is an amount in thousands or millions as
// chat writes it: digits and a "k" or "m" ("2k", "15K", "3m").
func amountInThousands(w string) bool {
	n := len(w) - 1
	return n >= 1 && n <= 4 && allDigits(w[:n]) && (w[n]|0x20 == 'k' || w[n]|0x20 == 'm')
}

// viaCarrier reports whether the folded word w names a carrier, a
// postal service or a channel that "via" leads to in English.
func viaCarrier(w []byte) bool {
	switch string(w) {
	case "fedex", "ups", "usps", "dhl", "dpd", "gls", "tnt", "hermes", "evri", "yodel", "royal", "canada", "australia", "parcelforce",
		"amazon", "postnl", "bpost", "correos", "chronopost", "colissimo", "poste", "ontrac", "lasership", "purolator", "aramex", "inpost",
		"email", "sms", "text", "whatsapp", "paypal", "zelle", "venmo", "chat", "phone", "courier", "post", "bank", "transfer", "bizum",
		"revolut", "wise", "card", "cheque", "check", "debit", "credit", "app", "link", "mail",
		"sepa", "swift", "wire", "ach", "iban", "crypto", "stripe", "klarna", "pix", "upi": // payments' rails (session 75)
		return true
	}
	return false
}

// lastWordBefore returns the last word or number token in [a, e), or -1.
func (s *entScanner) lastWordBefore(a, e int) int {
	for k := e - 1; k >= a; k-- {
		if s.toks[k].kind != etPunct || s.toks[k].c == '.' && k > a && s.glued(k) && (s.toks[k-1].kind == etWord || s.hungarianPeriod(k)) {
			return k
		}
		if s.toks[k].c == ')' && k >= a+2 && (s.provinceAt(k-2) || s.regionCloses(k, a) || s.townQualifierAt(k-2) == k+1) {
			return k // "10123 Torino (TO)": the province's closing bracket
		}
	}
	return -1
}

// quoteMark reports whether token k is a quote marker at the start of a
// line of a quoted or forwarded text ("> ", "??? ", "| ").
func (s *entScanner) quoteMark(k int) bool {
	if !s.punct(k, '>') && !s.punct(k, '?') && !s.punct(k, '|') {
		return false
	}
	for p := k; p >= 0; p-- {
		if s.toks[p].f&efNL != 0 || p == 0 {
			return true
		}
		if !s.punct(p-1, '>') && !s.punct(p-1, '?') && !s.punct(p-1, '|') {
			return false
		}
		if p < k-3 {
			return false
		}
	}
	return false
}

// streetNameAt returns the token after a street name without a number at
// token k: capitalised words (or particles) ending in a street designator
// ("Rott Crossroad", "van Gijn Summit", "Lahtinen Road"), or k.
func (s *entScanner) streetNameAt(k int) int {
	n := len(s.toks)
	words := 0
	for j := k; j < n && j < k+5; j++ {
		t := &s.toks[j]
		if j == k && t.f&(efDigit|efUsed) == efDigit && s.ordinalWord(j) {
			words++ // "2nd Main Road", "5th Cross Street"
			continue
		}
		if j > k && t.f&efNL != 0 || t.kind != etWord || t.f&(efDigit|efUsed) != 0 {
			break
		}
		fl := s.flags(j)
		if t.f&efCap == 0 {
			if fl&gzParticle == 0 || words > 0 && fl&gzStreetType != 0 {
				if words >= 1 && fl&gzStreetType != 0 {
					return j + 1
				}
				break
			}
			continue
		}
		if fl&(gzStop|gzUnit|gzMonthDay) != 0 && fl&gzStreetType == 0 && !s.stopBeforeDesignator(j, fl) {
			break
		}
		words++
		if words >= 2 && fl&gzStreetType != 0 {
			return j + 1
		}
	}
	return k
}

// stopBeforeDesignator reports whether the capitalised stop word j, of
// flags fl, names a street with the designator right after it: "Main
// Road", "Main Street" ("Flat 12, Main Road, Jayanagar").
func (s *entScanner) stopBeforeDesignator(j int, fl uint32) bool {
	return fl&(gzUnit|gzMonthDay) == 0 && j+1 < len(s.toks) && s.toks[j+1].f&(efCap|efNL|efDigit|efUsed) == efCap && s.flags(j+1)&gzStreetType != 0
}

// cornerAt returns the token after "the corner of <street> and <street>"
// starting at token i, or 0.
func (s *entScanner) cornerAt(i int) int {
	if t := &s.toks[i]; t.e-t.s != 3 || s.text[t.s]|0x20 != 't' || i+1 >= len(s.toks) || !s.mayFold(i+1, 6) || !s.is(i, "the") || !s.is(i+1, "corner") || !s.is(i+2, "of") {
		return 0
	}
	n := len(s.toks)
	j, and, sure := i+3, -1, false
	for ; j < n && j < i+12 && s.toks[j].f&efNL == 0; j++ {
		if s.is(j, "and") {
			and = j
			break
		}
		if t := &s.toks[j]; t.kind == etNum || t.kind == etWord && s.flags(j)&(gzStreetType|gzStreetPre) != 0 {
			sure = true
		}
	}
	if and < 0 || and == i+3 {
		return 0
	}
	k := and + 1
	if e := s.streetNameAt(k); e > k {
		return e
	}
	// "... and Komel 12", "and Main": capitalised words, maybe a number.
	m := k
	for m < n && m < k+4 && s.toks[m].f&efNL == 0 && (s.nameLike(m) || s.toks[m].kind == etNum && m > k) {
		m++
	}
	if m > k && sure {
		return m
	}
	return 0
}

// starsOpen reports whether the '*' at token p ends a run of one to
// three that opens Markdown's emphasis: after a space, a line's start or
// a bracket, not glued to a word ("**14 Rosebery Avenue, ...**"); four
// or more mask a number ("****1234"), and one glued to a word marks a
// footnote ("price*12").
func (s *entScanner) starsOpen(p int) bool {
	k := p
	for k > 0 && p-k < 3 && s.punct(k-1, '*') && s.glued(k) {
		k--
	}
	if p-k >= 3 || k > 0 && s.punct(k-1, '*') && s.glued(k) {
		return false
	}
	return k == 0 || !s.glued(k) || s.punct(k-1, '(')
}

// numberGlue holds the punctuation that, glued before a number, makes it
// no house number: "$12", "4.5", "+49", "#3", a symbol.
var numberGlue = func() (t [256]bool) {
	for _, c := range []byte("$:.,/+-#*\x80") {
		t[c] = true
	}
	return t
}()

// houseNumber returns the number of tokens of the house number at token i
// ("12", "26D", "12-14"), or 0. The parsers ask about one token several
// times in a row (houseNear looks ahead, then streetFromWord and
// findAddresses reach the number), so the last answer is kept: it
// depends on the chunk's tokens and text, which do not change, and on
// gazetteer flags, which are fixed.
func (s *entScanner) houseNumber(i int) int {
	if i != s.houseK {
		s.houseK, s.houseH = i, s.houseNumberAt(i)
	}
	return s.houseH
}

// unitLetterCivic reports whether the word w, d digits first, is a
// unit's number and letter, a dash and a house number, as Canada writes a
// flat before the civic number: "4B-2210", "12a-345".
func unitLetterCivic(w string, d int) bool {
	if d == 0 || d > 4 || d+3 > len(w) || !isLetter(w[d]) || w[d+1] != '-' {
		return false
	}
	n := len(w) - d - 2
	return n >= 1 && n <= 5 && allDigits(w[d+2:])
}

// letteredHouse reports whether word token k is a house's number and its
// letter ("14A", "5b"): a word that opens with a digit and that
// houseNumber takes.
func (s *entScanner) letteredHouse(k int) bool {
	t := &s.toks[k]
	return t.kind == etWord && t.f&efDigit != 0 && isDigitByte(s.text[t.s]) && s.houseNumber(k) > 0
}

// gluedFraction reports whether a ':' or '.' glued to token i glues
// another token to it ("10:30", "4.5", "170.56.107.206"), which makes
// the number no house number (houseNumberAt): a test made before the
// call, which most times and decimals fail.
func (s *entScanner) gluedFraction(i int) bool {
	j := i + 1
	if j+1 >= len(s.toks) {
		return false
	}
	p, q := &s.toks[j], &s.toks[j+1]
	return (p.c == ':' || p.c == '.' && q.c != ',') && p.s == s.toks[i].e && q.s == p.e
}

// maskLetters reports whether w, the letters after a number's digits,
// are two or more X's that mask digits, as a card's number is shown
// ("5696 79XX XXXX 2138"): no house's letter.
func maskLetters(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != 'x' {
			return false
		}
	}
	return true
}

// monthBefore reports whether the name of a month stands before token
// i, maybe with "de", "del" or "of" or a day and a comma between: the
// number is a date's year ("setembro de 1959", "March 1959", "September
// 16, 1959").
func (s *entScanner) monthBefore(i int) bool {
	p := i - 1
	if p >= 1 && (s.is(p, "de") || s.is(p, "del") || s.is(p, "of")) {
		p--
	} else if p >= 2 && s.punct(p, ',') && s.toks[p-1].kind == etNum && s.toks[p-1].e-s.toks[p-1].s <= 2 {
		p -= 2 // "September 16, 1959, Avenida da Liberdade 245"
	}
	return p >= 0 && s.toks[p].kind == etWord && s.flags(p)&gzMonthDay != 0
}

// houseNumberAt is houseNumber without the memory of the last answer.
func (s *entScanner) houseNumberAt(i int) int {
	t := &s.toks[i]
	switch {
	case t.kind == etNum:
		if t.e-t.s > 6 {
			return 0
		}
	case t.kind == etWord:
		// Digits and at most two letters: "26D", "12a"; or "bis" and
		// "ter" glued, as Dutch and French write them ("231bis"). Other
		// words of three letters after the digits measure things ("5min",
		// "3hrs", "100mg").
		// Most words with a digit start with a letter ("GB28", "v12"),
		// which the first test rules out before the word is sliced.
		if c := s.text[t.s]; c < '0' || c > '9' {
			return 0
		}
		w := s.text[t.s:t.e]
		d := 0
		for d < len(w) && w[d] >= '0' && w[d] <= '9' {
			d++
		}
		if unitLetterCivic(w, d) {
			return 1 // "4B-2210 Oak Street": a unit and its letter, a dash, the civic number (session 59)
		}
		if d == 0 || d > 5 || len(w)-d > 2 && !repeatSuffix(w[d:]) || ordinalSuffix(w[d:]) || d <= 2 && clockSuffix(w[d:]) || maskLetters(w[d:]) {
			return 0
		}
		for _, c := range []byte(w[d:]) {
			if entClass[c] != ecUpper && entClass[c] != ecLower {
				return 0
			}
		}
	default:
		return 0
	}
	if s.glued(i) {
		switch p := &s.toks[i-1]; {
		case p.kind != etPunct:
			return 0
		case p.c == ':' && i >= 2 && s.toks[i-2].kind == etWord && s.addressLabel(i-2):
			// "Addres:73 Highfield Road", "adr :122 High Street": an
			// address's label before its value, not a time ("10:30")
			// nor a gate's ("Gate:14").
		case p.c == ',' && i >= 2 && s.glued(i-1) && s.toks[i-2].kind == etWord && s.toks[i-2].f&efDigit == 0:
			// "Shauna Roberts,701 Maple Pl": a word, a comma and the
			// number with no space after it, as typed in a hurry; not
			// the thousands of "1,000" nor "v2,3". The street after it
			// decides.
		case p.c == 0x80 && symbolWidth(s.text, int(p.s)) > 0:
			// "📍12 Main St", "to✅43 Station Road": an emoji, no
			// currency's sign ("€12").
		case p.c == '*' && s.starsOpen(i-1):
			// "**14 Rosebery Avenue, London EC1R 4TD**": Markdown's
			// emphasis (session 61).
		case p.c == '#' && s.punct(i+1, '-') && s.glued(i+1) && s.glued(i+2) && s.toks[i+2].kind == etNum && s.houseSignOpens(i-1):
			// "#1208-1155 Seymour St": a flat's number after its sign,
			// a dash and the civic number, as Canada writes them
			// (session 77); the street after it decides.
		case numberGlue[p.c]:
			return 0
		}
	}
	if j := i + 1; j < len(s.toks) && s.glued(j) && s.toks[j].kind == etPunct {
		switch s.toks[j].c {
		case '-':
			if j+1 < len(s.toks) && s.glued(j+1) && s.toks[j+1].kind == etNum && s.toks[j+1].e-s.toks[j+1].s <= 4 {
				if j+2 < len(s.toks) && s.glued(j+2) && s.toks[j+2].kind == etPunct && s.toks[j+2].c != ',' {
					return 0 // a phone number or a date
				}
				return 3
			}
			// "88-III", "12-A", "7-hs": a floor or a part of the house
			// after a dash, as Dutch writes it.
			if e := s.dutchAddition(j + 1); e > 0 {
				return e - i
			}
			return 0
		case '/':
			// "Annenstraße 128/4/4", "Josefstädter Straße 107/Top 8":
			// the staircase and the door after the house number, as
			// Austria writes them.
			if t.kind == etNum {
				if e := s.austrianDoorEnd(j); e > 0 {
					return e - i
				}
			}
			// "7/22 George St": a unit and a house number, as Australia
			// writes them; not a date or a fraction ("1/2", "12/05/24"),
			// nor the hours and days of "24/7 Support" ("Unit 24/7" is
			// one).
			if t.e-t.s == 2 && s.text[t.s:t.e] == "24" && (i == 0 || s.flags(i-1)&gzUnit == 0) && s.punct(j, '/') && j+1 < len(s.toks) && s.toks[j+1].e-s.toks[j+1].s == 1 && s.text[s.toks[j+1].s] == '7' {
				return 0
			}
			if k := j + 1; k+1 < len(s.toks) && s.glued(k) && s.toks[k].kind == etNum && s.toks[k].e-s.toks[k].s <= 4 && s.text[s.toks[k].s] != '0' && !s.glued(k+1) && t.e-t.s <= 3 && s.toks[k+1].kind == etWord && s.toks[k+1].f&(efNL|efDigit) == 0 {
				return 3
			}
			// "Unit 5/12-14 Warrigal Rd": the unit before a range of
			// house numbers.
			if k := j + 1; k+3 < len(s.toks) && t.e-t.s <= 3 && s.glued(k) && s.toks[k].kind == etNum && s.toks[k].e-s.toks[k].s <= 4 && s.text[s.toks[k].s] != '0' &&
				s.punct(k+1, '-') && s.glued(k+1) && s.glued(k+2) && s.toks[k+2].kind == etNum && s.toks[k+2].e-s.toks[k+2].s <= 4 &&
				!s.glued(k+3) && s.toks[k+3].kind == etWord && s.toks[k+3].f&(efNL|efDigit) == 0 {
				return 5
			}
			// "12/3, Park Street, Kolkata": a house and its part before a
			// comma, as India writes them (slashHouse); since session 74
			// also a house's letter before the flat's number, as Poland
			// writes them ("ul. Legnicka 48B/15, 54-202 Wrocław").
			if (t.kind == etNum || t.e-t.s <= 4 && isLetter(s.text[t.e-1]) && isDigitByte(s.text[t.e-2])) && s.punct(j+2, ',') && s.slashHouse(i) > 0 {
				return 3
			}
			// "Via dei Mille 12/A": the letter of a door on a landing,
			// as Italy writes it.
			if k := j + 1; k < len(s.toks) && s.glued(k) && t.kind == etNum && t.e-t.s <= 4 && s.toks[k].kind == etWord && s.oneLetter(k) && (k+1 >= len(s.toks) || !s.glued(k+1) || s.punct(k+1, ',')) {
				return 3
			}
			if j+1 < len(s.toks) && s.glued(j+1) {
				return 0
			}
		case ')':
			// "1) Ethan Brooks 2) ethan.brooks@...": one or two digits and
			// ") " mark the next item of a numbered list (session 55).
			if t.kind == etNum && t.e-t.s <= 2 && (j+1 >= len(s.toks) || !s.glued(j+1)) && listMarkBefore(s.text, int(t.s), int(t.e)) {
				return 0
			}
		case '_':
			return 0 // "Mac OS X 10_15_7": a version's parts
		case ':', '.', ',', '%':
			// "Ahornweg 123,60584 Frankfurt": a postcode and its town
			// after a comma with no space, as typed in a hurry; no
			// group of thousands has four or five digits.
			if c := s.toks[j].c; c == ',' && j+2 < len(s.toks) && s.glued(j+1) && s.toks[j+1].kind == etNum && (s.toks[j+1].e-s.toks[j+1].s == 4 || s.toks[j+1].e-s.toks[j+1].s == 5) &&
				!s.glued(j+2) && s.toks[j+2].kind == etWord && s.toks[j+2].f&(efCap|efNL) == efCap {
				return 1
			}
			// "Rózsa utca 15., 1016": Hungary's period after the house
			// number, before a comma.
			if j+1 < len(s.toks) && s.glued(j+1) && !(s.toks[j].c == '.' && s.punct(j+1, ',') && i > 0 && s.hungarianDesignator(i-1)) {
				return 0 // 10:30, 4.5, 1,000
			}
		}
	}
	return 1
}

// austrianDoorEnd returns the token after the parts of a flat that
// follow a house number in Austria from the '/' at token j: numbers of
// up to three digits ("18/3/9", "128/4/4") or the words of a staircase
// and a door with their numbers ("107/Top 8", "114/Stiege 4/Tür 16",
// "50/top 20"), or 0. Two bare numbers are needed, so that "128/4"
// stays with the readers of one part; a date's shape ("12/3/24", a day,
// a month and a year) is left out.
func (s *entScanner) austrianDoorEnd(j int) int {
	n := len(s.toks)
	k, parts, words := j, 0, 0
	for parts < 3 && k+1 < n && s.punct(k, '/') && s.glued(k) && s.glued(k+1) {
		t := &s.toks[k+1]
		switch {
		case t.kind == etNum && t.e-t.s <= 3 && s.text[t.s] != '0':
			k += 2
		case t.kind == etWord && t.f&efDigit == 0 && austrianDoorWord(s.fold(k+1)):
			q := k + 2
			if s.punct(q, '.') && s.glued(q) {
				q++
			}
			if q >= n || s.toks[q].kind != etNum || s.toks[q].f&efNL != 0 || s.toks[q].e-s.toks[q].s > 3 {
				return 0
			}
			k = q + 1
			words++
		default:
			return 0
		}
		parts++
	}
	if parts < 2 && words == 0 || k < n && s.glued(k) && !s.punct(k, ',') {
		return 0
	}
	if words == 0 && parts == 2 {
		h, m, y := s.toks[j-1], s.toks[j+1], s.toks[j+3]
		// A day and a month in either order ("45/3/12" is a house, its
		// staircase and its door).
		a, b := num(s.text[h.s:h.e]), num(s.text[m.s:m.e])
		if h.e-h.s <= 2 && m.e-m.s <= 2 && (y.e-y.s == 2 || y.e-y.s == 4) && a <= 31 && b <= 31 && min(a, b) <= 12 && !s.postcodeTownAfter(k) {
			return 0 // "12/3/24": a date, unless a postcode and a town follow ("Musterweg 3/2/14, 1100 Wien")
		}
	}
	return k
}

// postcodeTownAfter reports whether a postcode and a town the gazetteer
// knows follow token k, maybe after a comma: ", 1100 Wien".
func (s *entScanner) postcodeTownAfter(k int) bool {
	if s.punct(k, ',') {
		k++
	}
	if k >= len(s.toks) || s.toks[k].f&efNL != 0 {
		return false
	}
	z := s.postcodeFirst(k)
	return z > 0 && s.knownPlaceAt(z) > 0
}

// austrianDoorWord reports whether the folded word w names a part of a
// house in an Austrian address: the staircase ("Stiege", "Stg"), the
// door ("Tür", "Top").
func austrianDoorWord(w []byte) bool {
	switch string(w) {
	case "top", "stiege", "stg", "tuer", "tur": // folded: "Tür" is "tur"
		return true
	}
	return false
}

// danishFloorEnd returns the token after a Danish flat's floor and side
// at token k ("3. tv", "1. th", "2. mf": the floor's number, its period
// and left, right or middle; "1. sal", the floor alone, session 59; the
// ground floor "st." and the cellar "kl.", session 68), or 0.
func (s *entScanner) danishFloorEnd(k int) int {
	if k >= 1 && k+1 < len(s.toks) && s.punct(k-1, ',') && (s.text[s.toks[k].s:s.toks[k].e] == "st" || s.text[s.toks[k].s:s.toks[k].e] == "kl") && s.punct(k+1, '.') && s.glued(k+1) {
		// The ground floor or the cellar after a comma, in lower case
		// (an English street's "St." is none), maybe with its side:
		// ", st. th.", ", st. tv", ", kl." (session 68).
		e := k + 2
		if e < len(s.toks) && s.toks[e].f&efNL == 0 && (s.is(e, "tv") || s.is(e, "th") || s.is(e, "mf")) {
			e++
			if s.punct(e, '.') && s.glued(e) {
				e++
			}
			return e
		}
		if s.punct(e, ',') {
			return e // ", st., 2200 København N"; ", st. paul" is a saint's town
		}
		return 0
	}
	if k+2 >= len(s.toks) || s.toks[k].kind != etNum || s.toks[k].e-s.toks[k].s > 2 || !s.punct(k+1, '.') || !s.glued(k+1) || s.toks[k+2].f&efNL != 0 {
		return 0
	}
	if s.is(k+2, "tv") || s.is(k+2, "th") || s.is(k+2, "mf") || s.is(k+2, "sal") {
		return k + 3
	}
	return 0
}

// regionInBrackets returns the token after a place the gazetteer knows
// in brackets that opens at token k on its line, or 0.
func (s *entScanner) regionInBrackets(k int) int {
	if k+2 >= len(s.toks) || !s.punct(k, '(') || s.toks[k].f&efNL != 0 || !s.glued(k+1) {
		return 0
	}
	if e := s.knownPlaceAt(k + 1); e > 0 && s.punct(e, ')') && s.glued(e) {
		return e + 1
	}
	return 0
}

// regionCloses reports whether the ')' at token k, after token a, closes
// a region in brackets (see regionInBrackets): "Logroño (La Rioja)".
func (s *entScanner) regionCloses(k, a int) bool {
	for o := k - 2; o >= a && o >= k-5; o-- {
		if s.punct(o, '(') {
			return s.regionInBrackets(o) == k+1
		}
	}
	return false
}

// clockSuffix reports whether the letters after an hour make it a time
// of day: "8am", "6pm", "11PM" ("delivered at 8am. New ..."), and the
// French and Portuguese "h" ("à 11h via UPS").
func clockSuffix(w string) bool {
	return len(w) == 2 && (w[0]|0x20 == 'a' || w[0]|0x20 == 'p') && w[1]|0x20 == 'm' || w == "h" // "à 11h via UPS"
}

// referenceBefore reports whether the number at token i follows, on its
// line, a word that says what it numbers, a ticket, an order, a case
// ("ticket 4521 Main Street branch", "order # 77 King Road store",
// "invoice no. 12 Oak Avenue"): it is no house number.
func (s *entScanner) referenceBefore(i int) bool {
	p := i - 1
	if s.punct(p, '#') {
		p--
	}
	if s.punct(p, '.') && s.glued(p) {
		p--
	}
	// The words below are all stop or common words (the gazetteer's
	// flags are kept), which rules out most words before a number
	// unfolded ("booking" is neither, and is left out).
	if p < 0 || s.toks[p].kind != etWord || s.toks[p+1].f&efNL != 0 {
		return false
	}
	if t := &s.toks[p]; t.e-t.s == 2 {
		// "order no. 4521": the word before "no" says what ("at", "to"
		// and "in" stop here).
		if s.text[t.s]|0x20 != 'n' || s.text[t.s+1]|0x20 != 'o' && s.text[t.s+1]|0x20 != 'r' {
			return false
		}
		if p--; p < 0 || s.toks[p].kind != etWord || s.toks[p+1].f&efNL != 0 {
			return false
		}
	}
	if s.toks[p].e-s.toks[p].s < 3 || s.flags(p)&(gzStop|gzCommon) == 0 {
		return false
	}
	switch string(s.fold(p)) {
	case "ticket", "order", "case", "invoice", "ref", "reference", "reservation", "confirmation", "tracking",
		"incident", "voucher", "transaction", "parcel", "sku", "build", "account", "policy", "rma", "pnr", "bestellung", "rechnung", "auftrag", "kundennummer", "commande", "facture", "dossier",
		"pedido", "factura", "referencia", "ordine", "fattura", "bestelling", "factuur", "claim", "receipt",
		// The parts of a text or a course: "chapter 7 Baker Street
		// Irregulars", "step 2 Main Street Deli signup".
		"chapter", "section", "step", "episode", "page", "part", "season", "lesson", "volume", "slide", "question":
		return true
	case "line":
		// An address's first line, which support asks for, is no line
		// of a text: "dob 14/03/1986, first line 7 Cedar Close"
		// (session 74).
		return p == 0 || !s.is(p-1, "first")
	}
	return false
}

// houseLetter returns the token after a letter written apart from the
// house number that ends before token k ("5 b", "12 A"), or after a
// second number that "bis" joins to it ("12 bis 14"), or k. The letter
// or the number must end the street: a comma, a line break or the end
// follows.
func (s *entScanner) houseLetter(k int) int {
	if k >= len(s.toks) || k == 0 || s.toks[k-1].kind != etNum || s.glued(k) {
		return k
	}
	if t := &s.toks[k]; t.e-t.s == 3 && t.f&(efNL|efUsed) == 0 && s.is(k, "bis") {
		// "Kaiserstraße 12 bis 14": a range of house numbers, as German
		// writes it ("22 bis rue Nationale" is French, its "bis" before
		// the name). The second number is the greater, and no year
		// ("Hauptstraße 12 bis 2024" is closed until then).
		if e := k + 2; e-1 < len(s.toks) && s.toks[e-1].kind == etNum && s.toks[e-1].e-s.toks[e-1].s <= 3 && s.toks[e-1].f&efNL == 0 && !s.glued(e-1) && (e >= len(s.toks) || s.toks[e].f&efNL != 0 || s.punct(e, ',')) {
			if a, b := &s.toks[k-1], &s.toks[e-1]; b.e-b.s > a.e-a.s || b.e-b.s == a.e-a.s && s.text[b.s:b.e] > s.text[a.s:a.e] {
				return e
			}
		}
		return k
	}
	if t := &s.toks[k]; t.kind != etWord || t.e-t.s != 1 || t.f&(efNL|efUsed) != 0 || entClass[s.text[t.s]] != ecLower && entClass[s.text[t.s]] != ecUpper {
		return k
	}
	e := k + 1
	// "Mannerheimintie 12 B 5": a staircase and a flat, as Finland
	// writes them.
	if e < len(s.toks) && s.toks[e].kind == etNum && s.toks[e].e-s.toks[e].s <= 3 && s.toks[e].f&efNL == 0 && !s.glued(e) {
		e++
	}
	if e >= len(s.toks) || s.toks[e].f&efNL != 0 || s.punct(e, ',') {
		return e
	}
	// "Hauptstraße 26 a 60145 Frankfurt am Main": the letter apart, then
	// the postcode and its town without a comma.
	if e == k+1 && s.toks[e].kind == etNum && !s.glued(e) {
		if z := s.postcodeAt(e); z > 0 && s.cityAt(z, true) > 0 {
			return e
		}
	}
	return k
}

// elidedParticle reports whether w is a name with an elided particle
// ("d'Italie", "l'Église", "dell'Arte").
func elidedParticle(w string) bool {
	for _, p := range [...]string{"d'", "l'", "dell'", "all'", "nell'"} {
		if len(w) > len(p) && w[:len(p)] == p {
			return true
		}
	}
	return false
}

// ordinalSuffix reports whether w is an English ordinal ending.
func ordinalSuffix(w string) bool {
	switch w {
	case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
		return true
	}
	return false
}

// hasStreetSuffix reports whether word token i ends with a street
// designator ("Hauptstraße", "Koskikatu"). A word in lower case
// ("bahnhofstraße") counts only with a suffix that ends no English word.
func (s *entScanner) hasStreetSuffix(i int) bool {
	return s.streetSuffixAt(i, s.toks[i].f&efCap != 0, true)
}

// proseSuffix reports whether word token i, in lower case, ends in one of
// the suffixes that end English words too ("buchenring", "nørregade":
// "during", "gathering") after three letters or more.
func (s *entScanner) proseSuffix(i int) bool {
	t := &s.toks[i]
	return t.f&efCap == 0 && t.e-t.s >= 6 && s.streetSuffixAt(i, true, false)
}

// streetSuffixAt reports whether word token i ends in a street suffix
// after three letters or more: one that ends English words too
// (streetSuffix.prose) when prose, one of the others when plain.
func (s *entScanner) streetSuffixAt(i int, prose, plain bool) bool {
	t := &s.toks[i]
	if t.kind != etWord || t.f&efDigit != 0 || t.e-t.s < 5 {
		return false
	}
	if t.f&efASCII != 0 {
		// Folding ASCII only lowers capitals: compare in place, with the
		// suffixes that end in the word's last letter.
		w := s.text[t.s:t.e]
		if len(w) > maxKey {
			return false
		}
		for _, suf := range streetSuffixesByLast[w[len(w)-1]|0x20] {
			if len(w) >= len(suf.s)+3 && (suf.prose && prose || !suf.prose && plain) && equalLowerASCII(suf.s, w[len(w)-len(suf.s):]) {
				var low [maxKey]byte
				return suf.s != "platz" || !placeNoun(lowerASCII(low[:0], w))
			}
		}
		return false
	}
	k := s.fold(i)
	if len(k) == 0 {
		return false
	}
	for _, suf := range streetSuffixesByLast[k[len(k)-1]] {
		if len(k) >= len(suf.s)+3 && (suf.prose && prose || !suf.prose && plain) && string(k[len(k)-len(suf.s):]) == suf.s {
			return suf.s != "platz" || !placeNoun(k)
		}
	}
	return false
}

// placeNoun reports whether the folded German word w, which ends in
// "platz", names a place for someone or something rather than a square:
// a seat, a parking space, a pitch, a place at a school or at work
// ("Sitzplatz 17F", "Stellplatz 4 in der Tiefgarage", session 81).
func placeNoun(w []byte) bool {
	switch string(w) {
	case "sitzplatz", "fensterplatz", "gangplatz", "stehplatz", "liegeplatz", "schlafplatz", "parkplatz", "stellplatz", "abstellplatz",
		"garagenplatz", "tiefgaragenplatz", "fahrradstellplatz", "kundenparkplatz", "behindertenparkplatz", "wohnmobilstellplatz",
		"campingplatz", "zeltplatz", "spielplatz", "sportplatz", "fussballplatz", "tennisplatz", "golfplatz", "arbeitsplatz",
		"ausbildungsplatz", "studienplatz", "kitaplatz", "krippenplatz", "pflegeplatz", "heimplatz", "therapieplatz", "steckplatz",
		"speicherplatz", "startplatz", "wartelistenplatz", "messplatz", "bootsliegeplatz", "hundeplatz":
		return true
	}
	return false
}

// fieldWordAt reports whether word token m, a stop word that is also a
// town's name ("Mobile"), labels a field: it opens a line, or a colon and
// a number follow it ("21959 Mobile: 737 219 628"; "06200 Nice: questo
// è ..." is the town).
func (s *entScanner) fieldWordAt(m int) bool {
	if s.toks[m].f&efNL != 0 {
		return true
	}
	return s.colonAfter(m) && m+2 < len(s.toks) && s.toks[m+2].kind == etNum
}

// httpStatusBefore reports whether the version of HTTP and a space end
// at p: "HTTP/1.1 ", "HTTP/2 ", as a response's status line opens.
func httpStatusBefore(t string, p int) bool {
	q := p - 1
	if q < 6 || t[q] != ' ' {
		return false
	}
	for q > 0 && (isDigit(t[q-1]) || t[q-1] == '.') && p-q < 6 {
		q--
	}
	return q >= 5 && t[q-1] == '/' && strings.EqualFold(t[q-5:q-1], "http")
}

// inPostcodeTown reports whether "in" at token k joins a street to a
// postcode of five digits, or four that are no year, and a capitalised
// town on its line ("Goethestr. 5 in 99423 Weimar", "in 8001 Zürich").
func (s *entScanner) inPostcodeTown(k int) bool {
	if k+2 >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].e-s.toks[k].s != 2 || s.toks[k].f&efNL != 0 || !s.is(k, "in") {
		return false
	}
	z, c := &s.toks[k+1], &s.toks[k+2]
	if z.kind != etNum || z.f&efNL != 0 || c.kind != etWord || c.f&(efCap|efNL) != efCap {
		return false
	}
	// Four digits may be a year: "in 2024 Lisbon".
	y := num(s.text[z.s:z.e])
	return z.e-z.s == 5 || z.e-z.s == 4 && (y < 1900 || y > 2099)
}

// httpReasonAt reports whether token i is an HTTP status of an error
// (400 to 599, statusCodeBefore) and the word at token j, right after
// it, opens its reason phrase with a street's designator in it: "502
// Bad Gateway", "504 Gateway Timeout". Other reasons take no designator
// ("404 Range Road" is a street).
func (s *entScanner) httpReasonAt(i, j int) bool {
	if j != i+1 || !s.statusCodeBefore(j) || s.text[s.toks[i].s] < '4' {
		return false
	}
	return s.is(j, "bad") && s.is(j+1, "gateway") || s.is(j, "gateway") && s.is(j+1, "timeout")
}

// streetFromNumber parses a street that starts with the house number at
// token i, of h tokens. It returns the token after the street and a
// score, or -1. With loose, name words in lower case count without an
// address cue too, if a common designator and a postcode follow them;
// if they do not, it parses again without.
func (s *entScanner) streetFromNumber(i, h int, loose bool) (int, float64) {
	n := len(s.toks)
	j := i + h
	// "# 1733, Green Meadows Residency, MG Road, ...": a house's number
	// after its sign and before a chain of localities, as India writes
	// it; unitBefore takes the sign.
	if s.hash && h == 1 && i > 0 && s.toks[i-1].c == '#' && s.punct(j, ',') && s.houseSignOpens(i-1) {
		if e := s.localityChain(j+1, chainHome); e > j+1 {
			return e, 0.8
		}
	}
	// A comma between the number and a designator before the name, as
	// French writes it: "5, avenue des Champs-Élysées", "3575, av. du
	// Parc" (two letters with their period).
	if s.punct(j, ',') && j+1 < n {
		if l := s.toks[j+1].e - s.toks[j+1].s; s.toks[j+1].kind == etWord && s.toks[j+1].f&(efNL|efDigit) == 0 && (l >= 3 || l == 2 && s.punct(j+2, '.') && s.glued(j+2)) && s.flags(j+1)&gzStreetPre != 0 {
			j++
		} else if s.glued(j) && s.toks[j+1].f&(efNL|efUsed) == 0 && (s.toks[j+1].f&(efCap|efDigit) == efCap || s.ordinalWord(j+1)) && s.numberOpensAddress(i) {
			// India writes a comma after the number before any street:
			// "22, Residency Road, Bengaluru 560025". A name that ends in
			// a designator and a town or postcode after it must follow.
			if e := s.streetNameAt(j + 1); e > j+1 && s.addressTail(e) > e {
				j++
			}
		} else if s.glued(j) && s.toks[i].e-s.toks[i].s <= 4 && s.toks[j+1].kind == etWord && s.toks[j+1].f&(efNL|efUsed|efCap|efDigit) == 0 && s.designatorAhead(j+1) && s.numberOpensAddress(i) {
			// The same typed in lower case, after a house number of four
			// digits at most: "22, park street, kolkata 700016". The name
			// is read below as any in lower case: a cue or a postcode in
			// the tail must confirm it.
			j++
		}
	}
	// A second number: "1987 74 Diakou Street" in generated data, "12 3rd".
	// A tab parts the columns of a table: "+1 (786) 551-4953\t777
	// Lakeshore Blvd".
	if j < n && s.toks[j].kind == etNum && s.toks[j].e-s.toks[j].s <= 4 && s.toks[j].f&efNL == 0 && !s.glued(j) && !s.tabBefore(j) {
		j++
	}
	// The scan below reads no word when the number is followed by the
	// end of the text or of the line, by another number or by
	// punctuation other than a period after a word ("26d."), and finds
	// no street: most numbers of chat end so ("+1 202 250 0180", "$12.",
	// "(2)").
	if t := &s.toks[min(j, n-1)]; j >= n || t.f&efNL != 0 || t.kind == etNum || t.kind == etPunct && (t.c != '.' || s.toks[j-1].kind != etWord) {
		return -1, 0
	}
	// A unit of measure of two letters or more after the number, in
	// lower or mixed case, counts something: "4100 mAh. Serial ...", "7
	// kg. Art. no." (in capitals it may name a street, "14, MG Road", and
	// a letter alone a direction or a "bis": "77 w 45th st", "61 b rue"),
	// but for a size of data, which no street is named ("the 2 GB cap.").
	// The status line of an HTTP response is none either: "HTTP/1.1 502
	// Bad Gateway".
	if s.toks[j].kind == etWord && s.toks[j].e-s.toks[j].s >= 2 && s.flags(j)&gzMeasure != 0 && (s.toks[j].f&efAllCap == 0 || dataSize(s.fold(j))) ||
		httpStatusBefore(s.text, int(s.toks[i].s)) || s.httpReasonAt(i, j) {
		return -1, 0
	}
	// Nor does a time or a distance: "ich bin 5 Minuten weg", "10 Meter
	// weg", "um 16 Uhr weg" ("weg" is "away" as well as "Weg").
	if s.toks[j].kind == etWord && s.toks[j].e-s.toks[j].s >= 3 && s.toks[j].e-s.toks[j].s <= 9 && spanWord(s.fold(j)) {
		return -1, 0
	}
	// French repeats a house number with "bis" and "ter": "22 bis rue
	// Nationale".
	if j+1 < n && s.toks[j+1].kind == etWord && s.toks[j].f&efNL == 0 && (s.mayFold(j, 3) && (s.is(j, "bis") || s.is(j, "ter")) ||
		s.toks[j].e-s.toks[j].s == 1 && s.text[s.toks[j].s]|0x20 == 'b' && s.toks[j+1].f&efNL == 0 && s.flagsIn(j+1)&gzStreetPre != 0) {
		j++ // "61 b rue des écoles", "164 B quai de la Tournelle"
	} else if j+2 < n && s.mayFold(j, 3) && (s.is(j, "bis") || s.is(j, "ter")) && s.punct(j+1, ',') && s.toks[j+2].f&efNL == 0 && s.flagsIn(j+2)&gzStreetPre != 0 {
		j += 2 // "118 bis, rue de la Gare"
	}
	words, typeEnd, lastName, lastNum, numAt, pre := 0, -1, -1, -1, -1, false
	way := -1 // the end of a name in "-way" that typeEnd took (see below)
	// Lower-case name words ("42 elm street") count only after a cue
	// that names an address, or before a common designator and a tail
	// that holds a postcode; lower caches the cue (see lowerStreetCue).
	lower, lowerWords := 0, 0
scan:
	for j < n && words < 7 {
		t := &s.toks[j]
		if t.f&(efNL|efUsed) != 0 {
			break
		}
		switch t.kind {
		case etWord:
			fl := s.flagsIn(j)
			if t.f&efDigit != 0 {
				if s.ordinalWord(j) {
					words++
					lastName = j + 1
					j++
					continue
				}
				break scan
			}
			if t.f&efCap != 0 {
				// "12 August 1990" is a date, but a month after a
				// particle names a street: "Rua Vinte e Cinco de
				// Setembro", "Calle Doce de Octubre".
				if fl&gzMonthDay != 0 && !(pre && words >= 1 && s.flags(j-1)&gzParticle != 0 && s.toks[j-1].f&efCap == 0) && !s.monthStartsStreet(j, words) || words == 0 && s.slippedMonthAt(j) {
					break scan
				}
				if words >= 1 && fl&gzUnit != 0 && s.unitAt(j) > 0 {
					break scan // "Rue Gafsa Apt. 981": the unit is the tail's
				}
				// A name that only ends like a designator takes one after
				// it: "190 Westgate Street".
				if (s.designatorEnds(typeEnd) || pre && words >= 2) && s.genericType(j) {
					break scan // "1668 Glyn St street", "Avenue Teboulbi St."
				}
				words++
				lastName = j + 1
				switch {
				case fl&gzStreetType != 0 && words >= 2:
					typeEnd = j + 1
				case fl&gzStreetPre != 0 && words == 1 && (t.e-t.s >= 2 || !s.stopAfterLetter(j)):
					// A designator of one letter ("C" for Calle, "R" for
					// Rua) before a function word is a letter: "34 56 C.
					// Could you check" (not "5670 R JOSÉ A MADEIRA").
					pre = true
				case s.hasStreetSuffix(j):
					typeEnd = j + 1
				case words == 1 && t.e-t.s >= 6 && fl&(gzStop|gzCommon) == 0 && equalLowerASCII("way", s.text[t.e-3:t.e]):
					// "12 Broadway", "120 Queensway": a name in "-way"
					// alone, which a postcode in the tail or a cue must
					// confirm.
					typeEnd, way = j+1, j+1
				}
				j++
				continue
			}
			switch {
			case fl&gzStreetPre != 0 && words == 0 && s.is(j, "al") && !s.punct(j+1, '.'):
				// Polish "al." (aleja) keeps its period; the bare "al"
				// after a number is Italian "to the" in a span of days
				// ("dal 12 al 19 luglio", session 67).
				break scan
			case fl&gzStreetPre != 0 && words == 0:
				pre = true
				words++
			case pre && words == 1 && s.is(j, "of") && s.is(j+1, "the") && s.nameLike(j+2) && (j+3 >= n || s.punct(j+3, ',') || s.toks[j+3].f&efNL != 0) && s.postcodeIn(j+3, s.addressTail(j+3)):
				// "Avenue of the Americas, New York, NY 10036": a name,
				// the end of the street's part, and a postcode in the
				// tail ("Book 3 Avenue of the Dead, chapter 2" is none).
				j++
			case t.e-t.s <= 3 && s.punct(j+1, '.') && s.glued(j+1) && fl&gzMonthDay == 0 && (fl&gzStreetType == 0 || s.abbrevDesignator(j)) && !s.lowerMonth(j) && !currencyWord(s.fold(j)) && !s.countNounAt(j):
				words++ // a short designator, judged at its period; not "5 nov. 2024", "vanaf 6 mei. Thijs", "12 mrt. Graag", "visar 0 kr. Transaktions-ID", "après 17 h. Merci"
			case fl&gzStreetType != 0 && words >= 1:
				if (s.designatorEnds(typeEnd) || pre && words >= 2) && s.genericType(j) {
					break scan
				}
				words++
				typeEnd = j + 1
			case fl&gzParticle != 0 && words >= 1 && j+1 < n && (s.nameLike(j+1) || s.flags(j+1)&gzParticle != 0 || s.toks[j+1].kind == etWord && elidedParticle(s.text[s.toks[j+1].s:s.toks[j+1].e]) ||
				pre && s.datedName(j+1) ||
				pre && s.toks[j+1].kind == etWord && s.toks[j+1].f&efNL == 0 && (loose && s.postcodeAhead(j) || s.lowerStreetCue(i, &lower))):
				// "rue des lilas, 70134 nantes": in lower case, a postcode
				// after the street says street, or a cue before it
				// ("adresse 72 chemin des vignes, 3e etage").
			case words >= 1 && t.e-t.s == 2 && t.f&efCap == 0 && (s.is(j, "na") || s.is(j, "an")) && j+1 < n && s.toks[j+1].f&efNL == 0 && (s.toks[j+1].f&efCap != 0 && s.nameLike(j+1) || s.irishMutated(j+1)):
				// The Irish article in lower case between the words of
				// a street's name: "22 Ard na Gréine, Ballincollig",
				// "41 Sráid an Mhuilinn"; the noun after it may open
				// with the letter the article puts before it, "5 Sráid
				// na hEaglaise" (session 75).
				if s.toks[j+1].f&efCap == 0 {
					words++
					lastName = j + 2
					j++
				}
			case pre && words >= 1 && frenchA(s.text[t.s:t.e]) && j+1 < n && s.toks[j+1].f&efNL == 0 && s.nameLike(j+1) && s.flags(j+1)&(gzPlace|gzCountry) == 0:
				// "rue du Four à Chaux", "chemin de la Croix aux Moines":
				// the French "à" inside a street's name; before a town it
				// says where the street is ("rue de la Paix à Paris").
			case words >= 1 && elidedParticle(s.text[t.s:t.e]):
				words++ // "d'Italie", "dell'Arte"
				lastName = j + 1
			case words == 0 && leadBytes[s.text[t.s]] && s.lowerLeadAt(i, j, loose, &lower):
				// "404 e 14th st", "8 the crescent, york yo24 1aw".
				words++
				lowerWords++
				lastName = j + 1
			case lowerWords < 3 && (words == lowerWords || pre && words == lowerWords+1) && typeEnd < 0 && t.e-t.s >= 2 && fl&(gzUnit|gzMonthDay) == 0 && (fl&gzStop == 0 || t.e-t.s >= 4 && s.flags(j+1)&gzStreetType != 0) && (s.lowerStreetCue(i, &lower) || loose && (s.designatorAhead(j) || pre && s.postcodeAhead(j))):
				// A stop word only names the street right before its
				// designator: "main street", not "from the road".
				words++
				lowerWords++
				lastName = j + 1
			default:
				break scan
			}
			j++
		case etPunct:
			if t.c == '.' && s.glued(j) {
				if typeEnd == j {
					// The period of "St.", not the one ending a sentence
					// after "Avenue".
					if s.abbrevDesignator(j-1) || j+1 < n && s.toks[j+1].kind == etNum {
						typeEnd = j + 1
					}
					j++
					continue
				}
				// "St. John Street", "Mt. Pleasant Road": an abbreviation.
				if p := &s.toks[j-1]; p.kind == etWord && p.e-p.s <= 3 && p.f&efCap != 0 && s.nameLike(j+1) && s.toks[j+1].f&efNL == 0 && s.flags(j-1)&gzUnit == 0 {
					if typeEnd == j {
						typeEnd = -1
					}
					j++
					continue
				}
				// "ul. Long 5", "Kossuth u. 15": a short designator, where
				// no designator came before ("Orchard Circle now." ends at
				// "Circle").
				// "boul.", "blvd." (session 59): four letters a designator's.
				if p := &s.toks[j-1]; p.kind == etWord && (p.e-p.s <= 3 || p.e-p.s == 4 && s.flags(j-1)&gzStreetPre != 0) && p.f&efCap == 0 {
					if words == 1 && lastName < 0 {
						// An English word ends a sentence ("for a 23kg bag.
						// Would you ..."), and so does a short word the
						// street tables do not know as a designator or a
						// unit, after a number and its unit or count ("2
						// yrs. My TFN", "180 vMB. Withdrawals", "7 pm.
						// Please", "1979 г.р.", "10 pax. Menú"; session 75):
						// "ul. Long 5" and "Apt. 4" keep their words.
						if fl := s.flags(j - 1); fl&(gzCommon|gzStreetPre) == gzCommon || fl&(gzStreetPre|gzUnit) == 0 && p.e-p.s >= 2 {
							break scan
						}
						pre = true
					} else if words >= 2 && typeEnd < 0 {
						typeEnd = j + 1
					}
					j++
					continue
				}
			}
			break scan
		case etNum:
			// "chemin du 8 Mai 1945", "rue du 11 Novembre": a date
			// names the street after a designator and its particle.
			if pre && words >= 1 && j > 0 && s.toks[j-1].f&efCap == 0 && s.flags(j-1)&gzParticle != 0 && s.datedName(j) {
				j += 2
				if j < n && s.toks[j].kind == etNum && s.toks[j].e-s.toks[j].s == 4 && s.toks[j].f&efNL == 0 {
					j++
				}
				words++
				lastName = j
				continue
			}
			if words >= 1 && t.e-t.s <= 5 {
				numAt, lastNum = j, j+1
				if j+1 < n && s.glued(j+1) && s.toks[j+1].kind == etWord && s.toks[j+1].e-s.toks[j+1].s == 1 {
					lastNum = j + 2 // "25a"
				}
			}
			break scan
		}
	}
	if words == 0 {
		return -1, 0 // a number that no word follows: "4111 1111", "403."
	}
	// "123 main st, toronto on m5h 2m9": no cue, but a postcode after a
	// common designator says street; so does one after a name that a
	// designator starts ("rue des lilas, 70134 nantes"). Without either,
	// the street is read again without the lower-case words that loose
	// admitted; without a cue (lower < 0) the second reading admits none,
	// so it does not come back here.
	preTail := pre && (lastNum > 0 && s.tailFollows(lastNum) || s.postcodeNext(lastName) > 0 || s.zipTownAt(numAt, lastNum))
	// A designator that is no common word ("trail", "circle", "gardens")
	// says street after a cue that names an address, unless a noun
	// follows it, and before a postcode; a common one says street in a
	// field of a record ("customer x, 817 river place, phone ..."), or
	// before a compass direction that ends the clause ("14 bloor st w").
	proper, framed := false, false
	// postcodeTail reports whether the tail after the designator holds a
	// postcode, worked out once: up to three tests below ask.
	var pt int8 // 0 not known yet, 1 yes, -1 no
	postcodeTail := func() bool {
		if pt == 0 {
			pt = -1
			if typeEnd > 0 && s.postcodeIn(typeEnd, s.addressTail(typeEnd)) {
				pt = 1
			}
		}
		return pt > 0
	}
	if lowerWords > 0 && typeEnd > 0 {
		proper = s.properDesignator(typeEnd-1) && (lower > 0 && !s.nounAt(typeEnd) || postcodeTail())
		if lowerWords <= 2 && s.commonDesignator(typeEnd-1) && (typeEnd-1 == i+1 || !s.commonDesignator(i+1)) {
			// ... or after a bare "at", the street ending its clause:
			// "deliver to the back door at 2862 hill rd, front gate is
			// locked", "the neighbour at (8654 church dr)" (not "in 3 rd
			// place", nor "at 3 rd place, so": a designator names no
			// street).
			e := s.directionalAfter(typeEnd)
			framed = e > typeEnd || s.recordField(i, e) || s.atBefore(i) && (s.sepAfter(e) || e < len(s.toks) && (s.sentenceEnd(e) || s.punct(e, ')') || s.clauseWordAt(e)))
		} else if lowerWords <= 2 && s.properDesignator(typeEnd-1) {
			// "customer x, 9413 juniperberry circle, phone ...": a rarer
			// designator in a field of a record, after a house number of
			// three digits or more ("we walked 3 days, 12 mile trail,
			// great" counts miles).
			framed = s.toks[i].e-s.toks[i].s >= 3 && s.recordField(i, typeEnd)
		}
	}
	if lowerWords > 0 && lower < 0 && !preTail && !proper && !framed && (typeEnd < 0 || !s.commonDesignator(typeEnd-1) || !postcodeTail()) {
		return s.streetFromNumber(i, h, false)
	}
	if typeEnd > 0 && typeEnd == way && !postcodeTail() && !s.addressCue(i) {
		return -1, 0 // "3 Subway sandwiches"
	}
	if lowerWords > 0 && (typeEnd < 0 || !s.commonDesignator(typeEnd-1)) {
		// "56 rue de la paix, 75011 paris", "106 Rúa olmos 44, belfast":
		// a designator before the name, and a postcode or the end of the
		// street after it. A rarer designator after the name needs a
		// postcode in the tail, "243 grosvenor grove, nottingham ng1
		// 2gn", or a field of a record, "customer x, 5301 quarry trail,
		// phone ...".
		// A designator before the name after a cue that names an
		// address, the street's part ending: "adresse 72 chemin des
		// vignes, 3e etage".
		rare := proper || framed || postcodeTail() || pre && words >= 2 && lower > 0 && lastNum < 0 && lastName > 0 && s.flagsIn(lastName-1)&gzParticle == 0 && (s.sepAfter(lastName) || s.sentenceEnd(lastName))
		if !rare && !preTail {
			return -1, 0
		}
	}
	// A postcode after a name that a designator starts, with the house
	// number in front: "10 Rue de Rivoli 75001 Paris", "3 rue du moulin
	// 44000 nantes".
	if pre && s.zipTownAt(numAt, lastNum) {
		lastNum = -1
	}
	switch {
	case typeEnd > 0:
		if numAt == typeEnd && lastNum > 0 {
			typeEnd = lastNum // "Koskikatu 25", unless the number is a postcode
		}
		e := s.directionalAfter(typeEnd)
		if s.nounAfterStreet(i, e) {
			// "2 Ocean Drive tickets", "5 Park Lane guests": a thing named
			// after a street, whose words name no person either.
			s.markUsed(i, e)
			return -1, 0
		}
		return e, 0.85
	case pre && words >= 2:
		return max(lastName, lastNum), 0.85
	case words >= 1 && words <= 4 && s.addressCue(i) && !s.countOf(pre, lastName, lastNum) && !s.ownerName(lastName, lastNum):
		return max(lastName, lastNum), 0.6
	case words >= 1 && words <= 3 && lastNum > 0 && s.tailFollows(lastNum) && !s.codeWords(i+h, numAt) && !s.centsAt(lastNum):
		return lastNum, 0.5
	case words == 1 && lastNum < 0 && lastName > 0 && s.punct(lastName, ',') && s.flags(lastName-1)&(gzStop|gzCommon|gzFirst|gzLast|gzMonthDay|gzPlace) == 0 &&
		!s.inflected(lastName-1) && !s.referenceBefore(i) && s.postcodeIn(lastName, s.addressTail(lastName)):
		// One word without a designator before a town and its postcode,
		// as British streets may be named: "103 Ashgrove, Southampton
		// SO15 7NS".
		return lastName, 0.6
	}
	return -1, 0
}

// zipTownAt reports whether the number at token numAt, which ends before
// token lastNum, after the name of a street, is a postcode that a town
// follows on its line rather than a house number: "75001 Paris" of "10
// Rue de Rivoli 75001 Paris", "44000 nantes" in lower case.
func (s *entScanner) zipTownAt(numAt, lastNum int) bool {
	return numAt > 0 && lastNum == numAt+1 && s.toks[numAt].e-s.toks[numAt].s >= 4 && s.postcodeAt(numAt) == lastNum && lastNum < len(s.toks) && s.toks[lastNum].f&efNL == 0 &&
		(s.cityAt(lastNum, false) > 0 || s.lowerTownAt(lastNum) > 0)
}

// ownerName reports whether the name words of a street without a
// designator after a cue, ending before token lastName, end in a
// possessive and no number follows them: a church, a school or a shop
// named after its saint or its owner ("meet at 10 St. Mary's", "at 5
// Joe's"), where the number tells the time. A street keeps its
// designator after the possessive ("10 St. Mary's Road").
func (s *entScanner) ownerName(lastName, lastNum int) bool {
	return lastNum < 0 && lastName > 0 && s.toks[lastName-1].f&efPoss != 0
}

// endsEn reports whether token k ends in "en", as German infinitives
// do.
func (s *entScanner) endsEn(k int) bool {
	t := &s.toks[k]
	return t.e-t.s > 3 && s.text[t.e-2:t.e] == "en"
}

// markUsed marks the tokens [a, e) used, so that no other finding takes
// them.
func (s *entScanner) markUsed(a, e int) {
	for k := a; k < e; k++ {
		s.toks[k].f |= efUsed
	}
}

// nounAfterStreet reports whether the street that starts with the house
// number at token i and ends before token e names a thing rather than a
// place: a noun follows it ("2 Ocean Drive tickets", "3 Tenors Road
// Show"), with no address cue before it and no city or postcode after
// it.
func (s *entScanner) nounAfterStreet(i, e int) bool {
	return s.nounAt(e) && !s.addressCue(i) && s.addressTail(e) == e
}

// countOf reports whether a number and name words after an address cue,
// ending before token lastName, count things or name a title or a shop
// rather than a street: a noun follows that ends the clause ("I'm in 3
// Discord servers", "at 3 Doors Down concert last night"), or an English
// noun that a number counts in turn ("at 2 Broke Girls episode 4"), or
// the words end in one that ends the names of firms ("at 85 Degrees
// Bakery"), or the one word is a common noun in the plural ("at 99
// Problems"). Another noun with a number after it is a designator or a
// name ("Reyes católicos 17").
func (s *entScanner) countOf(pre bool, lastName, lastNum int) bool {
	if pre || lastNum > 0 {
		return false
	}
	if lastName > 0 && s.toks[lastName-1].f&efCap != 0 && s.flags(lastName-1)&gzOrgSuffix != 0 {
		return true
	}
	// One English noun in the plural after the number counts it: "at 99
	// Problems level 12", "at 3 Stars".
	if lastName > 1 && s.toks[lastName-2].kind == etNum && s.pluralCommon(lastName-1) {
		return true
	}
	// A span of time after the number: "in 3-5 Werktagen" (session 67).
	if lastName > 1 && s.toks[lastName-2].kind == etNum && s.countNounAt(lastName-1) {
		return true
	}
	if !s.nounAt(lastName) {
		return false
	}
	e := lastName + 1
	return e >= len(s.toks) || s.toks[e].f&efNL != 0 || s.toks[e].kind == etPunct || s.flags(e)&(gzStop|gzCue) != 0 ||
		s.toks[e].kind == etNum && s.toks[lastName].f&efCap == 0 && s.flags(lastName)&gzCommon != 0
}

// nounAt reports whether token e is a noun that a name of a street or a
// building can stand before as a modifier: a plain word in lower case,
// no function word ("after", "near") nor unit, or a capitalised common
// word that names no place ("Show", "Coffee").
func (s *entScanner) nounAt(e int) bool {
	if e < 0 || e >= len(s.toks) {
		return false
	}
	t := &s.toks[e]
	if t.kind != etWord || t.f&(efDigit|efNL|efUsed) != 0 {
		return false
	}
	fl := s.flags(e)
	if t.f&efCap != 0 {
		return t.f&efAllCap == 0 && fl&gzCommon != 0 && fl&(gzPlace|gzStop|gzUnit|gzCue|gzStreetType|gzFirst|gzLast) == 0
	}
	return fl&(gzStop|gzCue|gzParticle|gzUnit|gzPersonVerb|gzStreetType|gzStreetPre) == 0
}

// streetCue reports whether the house number at token i, or the unit
// before it ("flat 3, 17 harrow road"), follows a cue that names an
// address ("my address is", "ship to", "I live at"), not a bare "at" or
// "in" (cueAddressWeak) that precedes times and counts as often.
func (s *entScanner) streetCue(i int) bool {
	return s.hasCue(s.unitBefore(i), cueAddress)
}

// lowerStreetCue is streetCue, its answer cached in *memo for a caller
// that may ask more than once: 0 unknown, 1 yes, -1 no.
func (s *entScanner) lowerStreetCue(i int, memo *int) bool {
	if *memo == 0 {
		*memo = -1
		if s.streetCue(i) {
			*memo = 1
		}
	}
	return *memo > 0
}

// clauseWordAt reports whether word token e, in lower case on its
// line, opens the next clause of a message typed without punctuation:
// "nothing at 31 fenwick rd i checked the bins", "at 16 larch close
// which is not my house".
func (s *entScanner) clauseWordAt(e int) bool {
	t := &s.toks[e]
	if t.kind != etWord || t.f&(efNL|efDigit) != 0 || isUpperByte(s.text[t.s]) && t.e-t.s > 1 || t.e-t.s > 7 {
		return false
	}
	// English words only: joinsClause's conjunctions of the other
	// languages hold "e" and "o", which after a street are directions
	// ("meet me at 5 main st e of the park").
	switch string(s.fold(e)) {
	case "i", "we", "which", "but", "and", "so", "pls", "please", "thx", "thanks", "lol", "because", "bc", "coz", "not", "its", "it's", "im", "i'm", "can", "could", "is", "was":
		return true
	}
	return false
}

// atBefore reports whether the word "at" stands before token i, maybe
// with an opening bracket between: "at 2862 hill rd", "at (8654 church
// dr)".
func (s *entScanner) atBefore(i int) bool {
	p := i - 1
	if p > 0 && s.punct(p, '(') {
		p--
	}
	return p >= 0 && s.toks[p].kind == etWord && s.toks[p].e-s.toks[p].s == 2 && s.is(p, "at")
}

// commonDesignator reports whether word token k is one of the common
// English street designators that end a street written in lower case
// ("elm street", "5th avenue"); the rarer ones ("walk", "view", "run")
// are common words too.
func (s *entScanner) commonDesignator(k int) bool {
	if k > 0 && s.punct(k, '.') {
		k--
	}
	switch string(s.fold(k)) {
	case "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "court", "ct", "terrace", "crescent", "parkway", "pkwy", "place", "pl", "highway", "hwy", "way", "square", "close":
		return true
	}
	return false
}

// properDesignator reports whether word token k, or the word before the
// period at k, is a street designator that is no common word ("trail",
// "circle", "gardens"; not "walk", "view", "run").
func (s *entScanner) properDesignator(k int) bool {
	if k > 0 && s.punct(k, '.') {
		k--
	}
	return s.toks[k].kind == etWord && s.flags(k)&(gzStreetType|gzCommon) == gzStreetType
}

// recordField reports whether the street that starts with the number at
// token i and ends before token e is a field of a record, between
// commas or before the end of its line: "customer x, 817 river place,
// phone ...". A number of one digit there counts things as often ("room
// for 4, 2 car drive, ...").
func (s *entScanner) recordField(i, e int) bool {
	if !s.punct(i-1, ',') || s.toks[i].kind != etNum || s.toks[i].e-s.toks[i].s < 2 {
		return false
	}
	return e >= len(s.toks) || s.toks[e].f&efNL != 0 || s.punct(e, ',')
}

// centsAt reports whether the tokens at k are the cents of an amount
// glued to the number before them: ",00" or ".99" ("3 Nächte 450,00 €",
// a count and a price, names no street).
func (s *entScanner) centsAt(k int) bool {
	if k+1 >= len(s.toks) || !s.glued(k) || !s.glued(k+1) || !(s.punct(k, ',') || s.punct(k, '.')) {
		return false
	}
	c := &s.toks[k+1]
	return c.kind == etNum && c.e-c.s == 2 && (k+2 >= len(s.toks) || !s.glued(k+2))
}

// lowerMonth reports whether word token k is a month's name or
// abbreviation in lower case in one of the languages we serve that the
// gazetteer does not flag as one: "mei" is a given name too, "mrt" and
// "okt" are short.
func (s *entScanner) lowerMonth(k int) bool {
	return s.toks[k].f&efCap == 0 && foldedMonths[string(s.fold(k))]
}

// dataSize reports whether w, folded, is a size of data ("kb", "gb").
func dataSize(w []byte) bool {
	return len(w) == 2 && w[1] == 'b' && strings.IndexByte("kmgtp", w[0]) >= 0
}

// abbrevDesignator reports whether word token k is a street designator
// written short, which a period may follow ("St.", "Blvd.", "Bahnhofstr.").
func (s *entScanner) abbrevDesignator(k int) bool {
	w := s.fold(k)
	if len(w) > 4 {
		return len(w) > 5 && string(w[len(w)-3:]) == "str"
	}
	switch string(w) {
	case "way", "row", "run", "hill", "mews", "walk", "loop", "path", "pike", "rise", "view", "vale", "park", "bend", "cove", "glen", "pass", "ramp", "spur", "gate", "yard", "lane", "weg", "ring", "kade", "dijk", "gata", "gade", "vej", "tie", "kuja", "tee", "vei", "quay", "road":
		return false
	}
	return true
}

// codeWords reports whether the words in [a, e) are all short codes in
// capitals ("34 ABC 123", "12 AB 34"), as vehicle plates and references
// are written, rather than the name of a street.
func (s *entScanner) codeWords(a, e int) bool {
	for k := a; k < e; k++ {
		t := &s.toks[k]
		if t.kind == etWord && (t.f&efAllCap == 0 && t.e-t.s > 1 || t.e-t.s > 3 || s.militaryPost(k)) {
			return false
		}
	}
	return true
}

// militaryPost reports whether token k is the city of a US military
// address ("APO", "FPO", "DPO").
func (s *entScanner) militaryPost(k int) bool {
	t := &s.toks[k]
	if t.e-t.s != 3 || t.f&efAllCap == 0 || s.text[t.s+1:t.e] != "PO" {
		return false
	}
	switch s.text[t.s] {
	case 'A', 'F', 'D':
		return true
	}
	return false
}

// directionalAfter returns the token after a compass direction that
// follows a street's designator at token k ("Ave NW", "St. E", "Road
// North", and "Street Upper" as Dublin writes it), or k when there is
// none or when the words after it show it starts something else.
func (s *entScanner) directionalAfter(k int) int {
	n := len(s.toks)
	if k < 1 || k >= n || s.toks[k].kind != etWord || s.toks[k].f&(efNL|efUsed|efDigit) != 0 || s.toks[k].e-s.toks[k].s > 9 {
		return k
	}
	t := &s.toks[k]
	// In lower case after a designator in lower case: "queen street
	// west", "bloor st w".
	if t.f&efCap == 0 && (s.toks[k-1].f&efCap != 0 || s.toks[k-1].kind != etWord) {
		return k
	}
	abbr := false
	switch w := s.text[t.s:t.e]; w {
	case "N", "S", "E", "W", "NE", "NW", "SE", "SW", "n", "s", "e", "w", "ne", "nw", "se", "sw":
		abbr = true
	default:
		// Folded, so that "NORTH" is read without building a string.
		switch string(s.fold(k)) {
		case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
			"upper", "lower": // Dublin's "Leeson Street Lower"
		default:
			return k
		}
	}
	e := k + 1
	// "N.W.", "E."
	for abbr && s.punct(e, '.') && s.glued(e) {
		e++
		if e+1 < n && s.glued(e) && s.toks[e].kind == etWord && s.toks[e].e-s.toks[e].s == 1 && s.toks[e].f&efCap != 0 && s.punct(e+1, '.') {
			e++
		}
	}
	if e >= n || s.toks[e].f&efNL != 0 || s.unitAt(e) > 0 || s.postcodeAt(e) > 0 || s.stateAt(e, false) {
		return e
	}
	switch u := &s.toks[e]; {
	case u.kind == etPunct:
		switch u.c {
		case ',', ';', ')', '!', '?':
			return e
		case '.':
			if !abbr || e > k+1 {
				return e
			}
		}
	case abbr && u.kind == etWord && u.f&(efCap|efDigit) == efCap:
		return e // "Ave NW Washington DC"
	case u.kind == etWord && s.knownPlaceAt(e) > 0:
		return e // "queen street west toronto"
	}
	return k
}

// tailFollows reports whether token i ends a line, a clause or the text,
// or starts a unit: what a house number at the end of a street is followed
// by.
func (s *entScanner) tailFollows(i int) bool {
	if i >= len(s.toks) || s.toks[i].f&efNL != 0 || s.punct(i, ',') {
		return true
	}
	return s.unitAt(i) > 0
}

// streetFromWord parses a street that starts with word token i:
// "Hauptstraße 24", "Via Franscini 71", or capitalised words and a number
// after an address cue. Every form ends in a number on the same line:
// findAddresses calls it only when a digit is ahead (advanceDigit) and no
// post-office box starts at i. It returns the first and the after-last
// token of the street and a score, or end -1.
func (s *entScanner) streetFromWord(i int) (int, int, float64) {
	n := len(s.toks)
	// "c/ Almirante Cadarso 12": Spanish's "calle" typed short in lower
	// case, which the scan of findAddresses passes over as it passes
	// most words in lower case; the name's first capital reads it (the
	// "c", in lower case, reads no other "c/" before it: one call deep).
	if i >= 2 && s.toks[i].f&efCap != 0 && s.toks[i].f&efNL == 0 {
		// "c/ de Provença 301": a particle between.
		c := i - 2
		if c >= 1 && s.toks[i-1].kind == etWord && s.toks[i-1].f&efCap == 0 && s.flags(i-1)&gzParticle != 0 {
			c--
		}
		if s.punct(c+1, '/') && s.glued(c+1) && s.toks[c].e-s.toks[c].s == 1 && s.text[s.toks[c].s] == 'c' && s.toks[c].f&efUsed == 0 {
			if start, end, score := s.streetFromWord(c); end > 0 {
				return start, end, score
			}
		}
	}
	// Each form below wants a name's word, the house number or '.', '/'
	// or ',' right after the word (streetOpener): a word that other
	// punctuation follows ("Customer:", "AM]") starts none.
	if i+1 < n && !streetOpener[s.toks[i+1].c] {
		return i, -1, 0
	}
	// A Colombian grid whose door's number a word holds with its dash
	// ("Cra 43A # 1 Sur-100", "Calle 26 # 68B-85"): the scan of numbers
	// (gridBefore) reads the grid from two numbers a dash joins only.
	// (gridStreetAt asks for a number after the word first.)
	if j := i + 1; j < n && (s.toks[j].f&efDigit != 0 || s.toks[j].c == '.') {
		if e := s.gridStreetAt(i); e > 0 {
			return i, e, 0.85
		}
	}
	// Most words come here before a word in lower case ("My bank
	// details", "I have 3") or a comma, where only a German preposition's
	// form ("An der Alster 12") and the last form may start a street.
	if t := &s.toks[i+1]; (t.kind == etWord && t.f&(efCap|efDigit) == 0 || t.c == ',') && !(s.toks[i].f&efCap != 0 && s.mayGermanPre(i)) && !s.streetWordLeads(i) {
		return i, -1, 0
	}
	// "Hauptstraße 24", "Brucker Bundesstrasse 31"; "Weinstraße Süd
	// 27", a point of the compass after the name.
	j := i + 1
	if s.punct(j, '.') && s.glued(j) {
		j++
	} else if j+1 < n && s.toks[j].f&(efCap|efNL) == efCap && s.toks[j+1].kind == etNum && s.cardinalAt(j) {
		j++
	}
	if j < n && (s.toks[j].kind == etNum || s.toks[j].f&efDigit != 0) && s.toks[j].f&efNL == 0 && s.houseNumber(j) > 0 && s.hasStreetSuffix(i) && !s.gerundCount(i, j) && !s.amountAt(j) {
		{
			start := i
			if i > 0 && s.nameLike(i-1) && s.toks[i].f&efNL == 0 && s.flags(i-1)&(gzStop|gzCue|gzHonor) == 0 && s.compoundLead(i-1) {
				start = i - 1
			} else if i > 1 && s.toks[i-1].f&(efCap|efPunct|efDigit|efNL) == 0 && s.toks[i].f&efNL == 0 {
				start = s.namedStreetLead(i) // "Jan van Galenstraat 88"
			} else if i > 0 && s.toks[i].f&efNL == 0 && s.toks[i-1].kind == etWord && s.toks[i-1].f&(efCap|efUsed|efASCII) == efCap|efASCII && streetTitleWord(s.fold(i-1)) {
				start = i - 1 // "Prinses Irenestraat 22", "Burgemeester Roellstraat 5"
			} else if i > 1 && s.toks[i].f&efNL == 0 && s.punct(i-1, '.') && s.glued(i-1) && s.toks[i-2].kind == etWord && s.toks[i-2].f&(efCap|efUsed|efASCII) == efCap|efASCII && streetTitleAbbrev(s.fold(i-2)) {
				start = i - 2 // "Burg. Jansenlaan 41", "Dr. Kuyperstraat 5" (session 67)
			}
			// An adjective of streets before a name's word: "Tweede Jan
			// Steenstraat 59", "Eerste Van Swindenstraat 121A".
			if start < i && start > 0 && s.toks[start].f&efNL == 0 && s.toks[start-1].f&(efCap|efNL|efUsed) == efCap && s.streetAdjective(start-1) && !s.streetAdjective(start) {
				start--
			}
			return start, s.houseLetter(j + s.houseNumber(j)), 0.85
		}
	}
	// "Damrak 1, 1012 LG Amsterdam": a name of one word and a number,
	// then a postcode and a city the gazetteer knows.
	// (The number first: houseNumber takes a token with a digit only.)
	if j == i+1 && j < n && s.toks[j].f&(efNL|efDigit) == efDigit && s.nameLike(i) && s.flagsIn(i)&(gzStop|gzCommon|gzUnit|gzCue|gzMonthDay|gzStreetType|gzPlace) == 0 {
		if h := s.houseNumber(j); h > 0 {
			e := s.houseLetter(j + h)
			// The postcode after a comma, or on the next line as a letter
			// or a label sets it: "Spalenberg 118\n6003 Luzern".
			if c := e + 1; s.punct(e, ',') && c < n && s.toks[c].f&efNL == 0 || e < n && s.toks[e].f&efNL != 0 && s.toks[e].kind == etNum {
				if !s.punct(e, ',') {
					c = e
				}
				z := s.postcodeFirst(c)
				if z == 0 && s.splitPostcodeAt(c) {
					z = c + 2 // "Karlova 18, 110 00 Praha 1", "Hlavná 27, 040 01 Košice"
				}
				if z > 0 && !s.yearLike(c, z) && s.knownPlaceAt(z) > 0 {
					// An adjective before the name is the street's:
					// "Lange Voorhout 187, 2579 TX Den Haag".
					if i > 0 && s.toks[i].f&efNL == 0 && s.toks[i-1].f&(efCap|efUsed) == efCap && s.streetAdjective(i-1) {
						return i - 1, e, 0.8
					}
					return i, e, 0.8
				}
			}
		}
	}
	// "Berliner Platz 3", "Crown Street 14", "Berliner Str. 12a": one or
	// two name words, a designator, maybe its period, a number; the
	// number is at i+2 to i+4. The designator is a capitalised word
	// after i, so the loop reads nothing more unless i+1 is one.
	// An address's own word opens no street: "Lieferadresse Am Markt 83a"
	// (the street starts at "Am").
	for k := i; k < n && k < i+3 && i+1 < n && s.toks[i+1].f&(efCap|efDigit|efUsed|efPunct) == efCap && (k > i || s.numberLike(i+2, i+4) && !s.addressWord(i)) && s.toks[k].f&(efCap|efDigit|efUsed|efPunct) == efCap && s.nameLike(k); k++ {
		if k > i && s.flags(k)&gzStreetType != 0 {
			// "Anna Berg Main Street 5": a surname after a given name
			// ends a person's name that runs into the street without a
			// comma; the street starts after it ("Main Street 5"), where
			// the next token is read.
			if k == i+2 && s.personEnd(i) {
				return i, -1, 0
			}
			// "name is Kayleigh Brooks 42 Fairfield Road", "ship to Anna
			// Brooks 42 Fairfield Road": a given name and a surname that
			// is a designator too are a person's after a cue that names
			// one, or before a number that starts a street of its own.
			personal := k == i+1 && s.personEnd(k)
			if personal {
				if c, set := s.cuesBefore(i); c == cuePerson && set&(1<<cueSpeaker) == 0 {
					return i, -1, 0
				}
			}
			e := k + 1
			if s.punct(e, '.') && s.glued(e) {
				e++
			}
			if e < n && s.toks[e].f&efNL == 0 {
				if h := s.houseNumber(e); h > 0 {
					// "Silent Hill 2 remake": a title that a noun follows,
					// whose words name no person either. German ends a
					// clause with a verb in "-en" ("an Kölner Ring 2a
					// schicken").
					end := s.houseLetter(e + h)
					if personal && s.numberStartsStreet(e, h) {
						return i, -1, 0
					}
					if !s.nounAfterStreet(i, end) || s.flags(end)&gzCommon == 0 && s.endsEn(end) {
						return i, end, 0.8
					}
					s.markUsed(i, end)
					return i, -1, 0
				}
			}
			break
		}
	}
	// "Unter den Linden 77", "An der Alster 12", "Im Winkel 3": a German
	// preposition, its article, one to three name words and a number.
	g := i
	if s.toks[i].f&efCap != 0 && s.mayGermanPre(i) { // germanStreetPre's first test, inlined
		g = s.germanStreetPre(i)
	}
	if g > i {
		e := g
		for e < n && e < g+3 && s.nameLike(e) && s.toks[e].f&efNL == 0 && s.toks[e].e-s.toks[e].s > 1 && s.flags(e)&(gzStop|gzMonthDay) == 0 {
			e++
		}
		if e > g && e < n && (s.toks[e].kind == etNum || s.toks[e].f&efDigit != 0) && s.toks[e].f&efNL == 0 {
			// The same words start much German prose ("Im Jahr 2020",
			// "Am Ende 3 Artikel"): a postcode or city after the number,
			// or an address cue before, says street.
			if h := s.houseNumber(e); h > 0 {
				if end := s.houseLetter(e + h); s.addressCue(i) || s.addressTail(end) > end {
					return i, end, 0.8
				}
			}
		}
	}
	// What follows needs a designator at i, a cue's word before it or a
	// "Jr" after it, which rules out most words that come this far ("My
	// bank details", "I have 3", "Firefox 126"): see streetWordLeads.
	if s.toks[i+1].kind != etPunct && !s.streetWordLeads(i) {
		return i, -1, 0
	}
	// Designator or cue, then up to five name words, then a number: look
	// for the number first, it is cheaper than the words. The words run
	// on one line up to it, so it is the first token after i that is no
	// word.
	// "C/ Mayor 5": the Spanish designator abbreviated with a slash;
	// "Av. Reforma 222", "Pza. Mayor 1": with a period.
	first := i + 1
	abbrev := false // an Italian designator written short: "P.zza", "V.le"
	if t := &s.toks[i]; t.e-t.s == 1 && s.text[t.s]|0x20 == 'c' && s.punct(first, '/') && s.glued(first) {
		first++
	} else if t.e-t.s == 1 && s.punct(first, '.') && s.glued(first) && s.italianAbbrev(i) {
		first += 2
		abbrev = true
	} else if t.e-t.s <= 4 && s.punct(first, '.') && s.glued(first) && s.flags(i)&gzStreetPre != 0 {
		first++
	}
	k := first
	// "Avenida 5 de Outubro 201": a date that starts the name.
	named := first
	if s.toks[first].kind == etNum && s.flags(i)&gzStreetPre != 0 {
		named = s.dateInName(first)
		// "Calle 60 1077, Int. 9, ...": a street named by its number,
		// then the house's, which the address's parts after it confirm;
		// or a number sign before the house's ("Calle 49 nro 812",
		// "Calle 12 nº 345"), as the towns whose streets are numbered
		// write them.
		if named == first && (s.numberedName(first) || s.numberSignAt(first+1) > first+1) {
			named = first + 1
		}
		k = named
	}
	// Words on the line: a token with neither efNum nor efPunct is one.
	// Six tokens after the designator and its period or slash, which
	// are no words of the name: "Jl. Raya Darmo Permai III No. 41".
	lim := min(n, first+6)
	for toks := s.toks; k < lim && toks[k].f&(efNum|efPunct|efNL) == 0 && !s.letteredHouse(k); {
		k++
	}
	// "Rua Dr. António José de Almeida 8": a title's period after the
	// designator; "Rua de Santa Catarina n.º 312": a number sign's.
	if k < lim && s.toks[k].kind == etPunct && k > first && s.glued(k) {
		if e := s.numberSignAt(k - 1); e > k {
			k, lim = e, max(lim, e+1)
		} else if k == first+1 && s.toks[k].c == '.' && s.flags(i)&gzStreetPre != 0 && (s.streetTitle(first) || s.initialAt(first) == 2) {
			lim = min(n, lim+2)
			for k++; k < lim && s.toks[k].f&(efNum|efPunct|efNL) == 0; {
				k++
			}
		}
	}
	// "Rua Augusta, 1500 - Consolação", "Av. Paulista, 1000, Bela
	// Vista": Brazil puts a comma before the number.
	// Portugal and Spain do too, maybe with the floor or the postcode
	// after the number: "Rua Augusta, 120 2º Esq.", "Rua do Sol, 14 r/c".
	// "Rua do Carmo, n.º 295, 3017-478 Coimbra": a number sign may
	// stand before the number.
	num := k + 1
	if s.punct(k, ',') && num < n && s.toks[num].kind == etWord {
		num = s.numberSignAt(num)
	}
	// Italy does too, and a sentence may end after the number: "...
	// consegnato in Via Cavour, 87.".
	comma := s.punct(k, ',') && num < n && s.toks[num].kind == etNum && s.toks[num].f&efNL == 0 && s.flags(i)&gzStreetPre != 0 &&
		(s.sepAfter(num+1) || s.unitAt(num+1) > 0 || s.floorWordAt(num+1) > num+1 || s.postcodeAt(num+1) > 0 || num+1 < n && s.sentenceEnd(num+1))
	if comma {
		k, lim = num, max(lim, num+1)
	}
	if k >= n || k >= lim || s.toks[k].kind != etNum && !s.letteredHouse(k) || s.toks[k].f&efNL != 0 {
		// "Martin Luther King Jr. Blvd 5": a name in full and its "Jr",
		// whose period ends the words.
		if k > i+3 && s.punct(k, '.') && s.toks[k-1].e-s.toks[k-1].s <= 3 {
			if e := s.juniorStreetAt(i); e > 0 {
				return i, e, 0.8
			}
		}
		return i, -1, 0
	}
	fl := s.flagsIn(i)
	if abbrev {
		fl |= gzStreetPre
	}
	if fl&gzStreetPre == 0 {
		p := i - 1
		if p >= 0 && (s.punct(p, ':') || s.punct(p, ',')) {
			p--
		}
		if s.flags(p)&gzCue == 0 {
			// "Martin Luther King Jr Blvd 5": four words or more.
			if k > i+3 && s.flags(k-1)&gzStreetType != 0 {
				if e := s.juniorStreetAt(i); e > 0 {
					return i, e, 0.8
				}
			}
			return i, -1, 0
		}
	}
	words, roman := 0, 0
	j = first
	if fl&gzStreetPre == 0 {
		j = i
	} else if named > first {
		j, words = named, 1
	} else if s.punct(first+1, '.') && s.glued(first+1) && s.toks[first].f&efCap != 0 && (s.streetTitle(first) && s.nameLike(first+2) || s.initialAt(first) == 2 && (s.nameLike(first+2) || s.flags(first+2)&gzParticle != 0)) {
		// "Rua Dr. António José de Almeida": the title of the person
		// the street is named after, and its period; "Via G. Verdi",
		// "Rue J. Jaurès", "Calle M. de Falla": the initial of the name.
		j = first + 2
	}
	for j < n && words < 5 && s.toks[j].f&(efNL|efUsed) == 0 {
		// A month after a particle is part of the name: "Rua Sete de
		// Setembro", "Calle Doce de Octubre"; so is one right after the
		// designator's particle ("Camino del Mar", the sea's).
		inName := (words > 0 || fl&gzStreetPre != 0) && s.nameLike(j) && s.flags(j)&gzMonthDay != 0 && s.toks[j-1].f&efCap == 0 && s.flags(j-1)&gzParticle != 0
		// A cardinal point after the name: "Av. Insurgentes Sur 1602",
		// "Via Emilia Est 211"; a saint's name whose word is a stop
		// word too: "C/ Sant Pere 14" (père).
		inName = inName || words > 0 && s.nameLike(j) && s.flags(j)&gzStop != 0 && (s.cardinalAt(j) || s.toks[j-1].kind == etWord && saintWord(s.fold(j-1)))
		if s.nameLike(j) && (s.flags(j)&(gzStop|gzUnit) == 0 || inName) || s.toks[j].kind == etWord && s.toks[j].f&efDigit == 0 && s.flags(j)&(gzParticle|gzStreetType) != 0 {
			if s.toks[j].f&efCap != 0 {
				words++
			}
			j++
			continue
		}
		if s.toks[j].f&efCap != 0 {
			// A king's or a pope's number, and a date's month after its
			// day: "Corso Vittorio Emanuele II", "Via XX Settembre".
			if (words > 0 || fl&gzStreetPre != 0) && s.romanNumeral(j, words > 0) {
				words++
				roman++
				j++
				continue
			}
			if words > 0 && s.nameLike(j) && s.flags(j)&gzMonthDay != 0 && s.romanNumeral(j-1, true) {
				words++
				j++
				continue
			}
			// A known place that starts with a stop word after a
			// designator: "C.so Buenos Aires 33".
			if fl&gzStreetPre == 0 {
				break
			}
			if e := s.placePhraseAt(j, n); e > j {
				words += e - j
				j = e
				continue
			}
			// A stop word that opens the name before a name's word, after
			// the designator or a particle: "Av. Boa Viagem, 826", "Rua
			// Nossa Senhora da Boa Viagem".
			if (words == 0 || s.flags(j-1)&gzParticle != 0) && j+1 < n && s.toks[j+1].f&(efCap|efNL) == efCap && s.nameLike(j+1) && s.flags(j+1)&(gzStop|gzUnit) == 0 {
				words += 2
				j += 2
				continue
			}
		}
		if s.toks[j].kind == etWord && elidedParticle(s.text[s.toks[j].s:s.toks[j].e]) {
			words++ // "Rue de l'Église"
			j++
			continue
		}
		break
	}
	if words == 0 && j == first {
		if e := s.superquadraEnd(i, j); e > 0 {
			return i, e, 0.8
		}
	}
	if words == roman {
		return i, -1, 0 // "Via XL 3 days ago"
	}
	if comma && j < k && s.punct(j, ',') {
		j++ // the number, or its sign: "Rua do Carmo, n.º 295"
	}
	if words > 0 {
		j = s.numberSignAt(j) // "Rua de Santa Catarina nº 312"
	}
	h := 0
	if j < n && s.toks[j].f&efNL == 0 && s.toks[j].kind == etNum {
		if h = s.houseNumber(j); h == 0 {
			h = s.slashHouse(j)
		}
	} else if j < n && fl&gzStreetPre != 0 && s.letteredHouse(j) {
		// A number and its letter after a designator: "ul. Słowackiego
		// 14A, 20-072 Lublin", "Calle Mayor 5B" (session 63; a flat's
		// number after a slash, "14A/3", is none houseNumber reads).
		h = s.houseNumber(j)
	}
	if h > 0 && (fl&gzStreetPre != 0 || s.addressCue(i)) {
		if fl&gzStreetPre == 0 && s.cityPostcode(i, j) {
			return i, -1, 0
		}
		end := j + h
		// One word and a number after a cue name a gate, a room or a
		// class as often ("at Gate 5", "in Class 3"): a designator or a
		// common word alone is no street.
		if fl&gzStreetPre == 0 && words == 1 && j == i+1 && fl&(gzStreetType|gzCommon) != 0 && !s.hasStreetSuffix(i) {
			return i, -1, 0
		}
		// A number that counts a noun after a cue is no house number
		// ("moved to Tromso 2 years ago"), nor one that a street's
		// designator follows ("Sophie Lang 3482 via Franscini 71"), nor
		// one that starts a street of its own after a given name: the
		// words before name the person ("ship to Ana Ruiz 1500 Martin
		// Luther King Jr. Blvd").
		if fl&gzStreetPre == 0 && (s.nounAt(end) || s.lowerStreetPre(end) || (fl&gzFirst != 0 || words >= 2 && s.toks[i].f&efASCII != 0) && s.numberStartsStreet(j, h)) && !s.hasStreetSuffix(i) {
			return i, -1, 0
		}
		// After a designator too, a number that counts time, people or
		// distance is none ("Carretera Nacional 3 horas cortada",
		// "Plaça Major 3 persones", "Calle 2 de Mayo 2024: cerrado").
		if s.countNounAt(end) || named > first && s.yearLike(j, j+1) {
			return i, -1, 0
		}
		return i, end, 0.8
	}
	return i, -1, 0
}

// superquadraEnd returns the token after the number of Brasília's
// superquadra that follows its code in capitals at token i, when a
// block or a flat follows it ("SQN 308 Bloco C apto 204", "SQS 114
// bloco A apto 302"), or 0. Brasília's addresses have no street nor
// house number: the superquadra stands for both, and the chain reads
// the block and the flat on as a unit. Without them "SQS 308" is a
// queue's or a model's as often.
func (s *entScanner) superquadraEnd(i, j int) int {
	if j+1 >= len(s.toks) || s.toks[j].kind != etNum || s.toks[j].e-s.toks[j].s != 3 || s.toks[j].f&efNL != 0 || s.toks[i].f&efAllCap == 0 {
		return 0
	}
	switch string(s.fold(i)) {
	case "sqn", "sqs", "sqnw", "sqsw":
	default:
		return 0
	}
	if s.unitAt(j+1) == 0 {
		return 0
	}
	return j + 1
}

// streetWordLeads reports whether the last form of streetFromWord, a
// designator or an address cue and then up to five words and a number,
// may start at word token i when a word or a number follows it (no
// period or slash of an abbreviation: "Av. Reforma 222", "C/ Mayor 5",
// "P.zza Navona 5"). Each of its streets needs one of what this tests:
//
//   - a designator at i (gzStreetPre: "Rua do Carmo 5", "Via Cavour,
//     87");
//   - else an address cue before i (addressCue: "ship to Main st 5"),
//     which streetFromWord asks for only when the word before i, past a
//     ':' or ',', is a cue's (flags' gzCue): that word then ends the cue,
//     and mayCue tells without a lookup whether it may end an address's;
//   - else, for a name in full, a "Jr" that juniorStreetAt finds from i
//     ("Martin Luther King Jr Blvd 5"). It reads a capitalised word after
//     i, and its search for the "Jr" stops at once unless the token after
//     that is a word or a period.
func (s *entScanner) streetWordLeads(i int) bool {
	p := i - 1
	if p >= 0 && (s.punct(p, ':') || s.punct(p, ',')) {
		p--
	}
	if p >= 0 && s.toks[p].kind == etWord && (s.mayCue(p, cueAddress) || s.mayCue(p, cueAddressWeak)) {
		return true
	}
	if s.flagsIn(i)&gzStreetPre != 0 {
		return true
	}
	toks := s.toks
	return i+2 < len(toks) && toks[i+1].kind == etWord && toks[i+1].f&(efCap|efDigit) == efCap &&
		(toks[i+2].kind == etWord || toks[i+2].c == '.') && s.juniorStreetAt(i) > 0
}

// addressLabel reports whether word token i labels an address, maybe
// typed with a slip ("Addres", "adress", "Adrese").
func (s *entScanner) addressLabel(i int) bool {
	if s.addressWord(i) {
		return true
	}
	t := &s.toks[i]
	if t.f&efASCII == 0 || t.e-t.s < 4 || t.e-t.s > 10 {
		return false
	}
	var low [10]byte
	w := lowerASCII(low[:0], s.text[t.s:t.e])
	return oneSlip(w, "address") || oneSlip(w, "adresse") || oneSlip(w, "adres")
}

// addressWord reports whether token i is a word that ends a cue of an
// address ("Adresse", "Lieferadresse", "address"): it names what
// follows, it is no part of a street's name.
func (s *entScanner) addressWord(i int) bool {
	return s.flagsIn(i)&gzCue != 0 && s.mayCue(i, cueAddress)
}

// juniorStreetAt returns the token after a street named by a person in
// full that starts at token i, written before its house number: up to
// three names, "Jr" or "Sr", a designator and the number ("Martin Luther
// King Jr Blvd 5", "John F. Kennedy Jr. Ave. 12"), or 0.
func (s *entScanner) juniorStreetAt(i int) int {
	n := len(s.toks)
	// Look for the "Jr" first, by its bytes: most words that a
	// capitalised word follows start no such street.
	for k := i + 2; ; k++ {
		if k >= n || k > i+5 {
			return 0
		}
		t := &s.toks[k]
		if t.kind == etWord && t.e-t.s >= 2 && t.e-t.s <= 3 && (s.text[t.s] == 'J' || s.text[t.s] == 'S') && (s.text[t.s+1]|0x20 == 'r' || s.text[t.s+1]|0x20 == 'n') {
			break
		}
		if t.f&efNL != 0 || t.kind != etWord && t.c != '.' {
			return 0
		}
	}
	for k, names := i, 0; k < n && names <= 3; k++ {
		t := &s.toks[k]
		if t.kind == etPunct && t.c == '.' && k > i && s.glued(k) && s.toks[k-1].e-s.toks[k-1].s == 1 {
			continue // "F."
		}
		if t.kind != etWord || t.f&(efCap|efDigit|efUsed) != efCap || k > i && t.f&efNL != 0 {
			return 0
		}
		if names == 0 || t.e-t.s > 3 || !(s.is(k, "jr") || s.is(k, "sr") || s.is(k, "jnr") || s.is(k, "snr")) {
			if !s.nameLike(k) && !(names > 0 && t.e-t.s == 1 && s.punct(k+1, '.')) {
				return 0
			}
			names++
			continue
		}
		j := k + 1
		if s.punct(j, '.') && s.glued(j) {
			j++
		}
		if j >= n || s.toks[j].f&(efCap|efNL) != efCap || s.flags(j)&gzStreetType == 0 {
			return 0
		}
		if j++; s.punct(j, '.') && s.glued(j) {
			j++
		}
		if j < n && s.toks[j].f&efNL == 0 {
			if h := s.houseNumber(j); h > 0 {
				return s.houseLetter(j + h)
			}
		}
		return 0
	}
	return 0
}

// italianAbbrev reports whether the capital at token i, a period and the
// letters after it write an Italian street designator short: "P.zza"
// (piazza), "P.le" (piazzale), "V.le" (viale), "C.so" (corso), "L.go"
// (largo), "V.lo" (vicolo).
func (s *entScanner) italianAbbrev(i int) bool {
	j := i + 2
	if j >= len(s.toks) || !s.glued(j) || s.toks[j].kind != etWord || s.toks[j].f&efCap != 0 {
		return false
	}
	w := s.text[s.toks[j].s:s.toks[j].e]
	switch s.text[s.toks[i].s] {
	case 'P':
		return w == "zza" || w == "le"
	case 'V':
		return w == "le" || w == "lo"
	case 'C':
		return w == "so"
	case 'L':
		return w == "go"
	}
	return false
}

// romanNumeral reports whether word token k is a number in Roman
// numerals, in capitals ("II", "XX", "XIV"); one letter only when alone
// is false ("Umberto I").
func (s *entScanner) romanNumeral(k int, alone bool) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efCap|efDigit) != efCap || t.e-t.s > 5 || t.e-t.s == 1 && !alone {
		return false
	}
	for _, c := range []byte(s.text[t.s:t.e]) {
		switch c {
		case 'I', 'V', 'X', 'L', 'C':
		default:
			return false
		}
	}
	return true
}

// numberStartsStreet reports whether the house number at token j, of h
// tokens, starts a street with a designator ("1500 Martin Luther King Jr.
// Blvd", "12 Hauptstraße").
func (s *entScanner) numberStartsStreet(j, h int) bool {
	if k := j + h; k >= len(s.toks) || s.toks[k].f&(efCap|efNL) != efCap {
		return false
	}
	e, score := s.streetFromNumber(j, h, false)
	return e > 0 && score >= 0.85
}

// compoundLead reports whether the capitalised word p, before a street
// of one word that ends in its designator ("Schillerstraße"), is part of
// the street's name: an adjective ("Neue", "Alte", "Brucker", "Västra")
// or a particle ("Van Baerlestraat"), or, within a line, a given name
// that the street is named by in full ("Cornelis Schuytstraat"). Other
// words end a person's name that runs into the street without a comma
// ("Kunde Jonas Weber Hauptstraße 5"), and so does an adjective in "-er"
// that the gazetteer knows as a surname after a given name or a title
// ("Jonas Fischer Hauptstraße", "Herr Becker ..."), or a given name after
// one of those or after a cue that announces a person ("Kunde Martin
// ...").
func (s *entScanner) compoundLead(p int) bool {
	named := s.toks[p].f&efNL == 0 && s.nameLike(p-1) && s.flags(p-1)&(gzFirst|gzHonor) != 0
	if s.placeAdjective(p) {
		return s.flags(p)&gzLast == 0 || !named
	}
	fl := s.flags(p)
	if fl&gzParticle != 0 || s.streetAdjective(p) {
		return true
	}
	return fl&gzFirst != 0 && !s.atStart(p) && !named && s.cueBefore(p) != cuePerson
}

// personEnd reports whether the capitalised word i is a surname that
// ends a person's name on its line: a given name stands before it
// ("Anna Berg", "Jonas Weber") and no generational suffix after it,
// which would go on with the name of a person the street is named by
// ("Martin Luther King Jr Blvd").
func (s *entScanner) personEnd(i int) bool {
	return s.toks[i].f&efNL == 0 && s.flags(i)&gzLast != 0 && s.nameLike(i-1) && s.flags(i-1)&gzFirst != 0 && !s.is(i+1, "jr") && !s.is(i+1, "sr")
}

// streetAdjective reports whether word token p is a German or Dutch
// adjective that starts the names of streets ("Alte Hauptstraße",
// "Nieuwe Binnenweg"); placeAdjective reads those in "-er" of six letters
// or more.
func (s *entScanner) streetAdjective(p int) bool {
	switch string(s.fold(p)) {
	case "alt", "alte", "alten", "neu", "neue", "neuen", "grosse", "grossen", "kleine", "kleinen", "obere", "oberen", "untere", "unteren",
		"lange", "langen", "hohe", "hohen", "breite", "breiten", "hintere", "vordere", "innere", "aussere", "mittlere", "kurze", "krumme", "stille",
		"nieuwe", "oude", "korte", "hoge", "lage", "grote", "eerste", "tweede", "derde", "vierde", "kromme", "binnen", "buiten", "achter":
		return true
	}
	return false
}

// nordicStreetAt parses a street whose designator, at token k,
// Norwegian, Danish and Swedish write apart and in lower case after one
// to three names ("Karl Johans gate 22", "Søndre vei 12", "Bygdøy allé
// 41"). It returns the first and the after-last token of the street, or
// end -1. "gate" is an English word too ("Heathrow gate 22", "Emirates
// gate 12"): there a postcode or a city after the number, a cue that
// names an address, or a name of two words whose last is in the
// genitive ("Karl Johans gate") must say street.
func (s *entScanner) nordicStreetAt(k int) (int, int) {
	if s.toks[k].f&efNL != 0 || !s.nordicDesignator(k) {
		return k, -1
	}
	i, end := s.namesDesignatorNumber(k)
	if end < 0 {
		return k, -1
	}
	// A postcode or a city after the number says street; after "gate",
	// which airports have too ("Heathrow gate 22, London"), a postcode.
	if tail := s.addressTail(end); tail > end && (!s.is(k, "gate") || s.numberIn(end, tail)) {
		return i, end
	}
	// A noun or "of" after the number counts it: "Olympus gate 2 raid",
	// "Lars vei 3 of the tutorial".
	if s.nounAt(end) || s.is(end, "of") {
		return k, -1
	}
	if s.streetCue(i) || !s.is(k, "gate") || k-i >= 2 && s.genitiveName(k-1) {
		return i, end
	}
	return k, -1
}

// namesDesignatorNumber reads a street whose designator, written apart
// and in lower case, is token k, as Nordic and Hungarian streets write
// it: one to three names before it on its line and the house number
// after it. It returns the first and the after-last token of the
// street, or end -1.
func (s *entScanner) namesDesignatorNumber(k int) (int, int) {
	i := k
	for i > 0 && i > k-3 && s.toks[i].f&efNL == 0 && s.nameLike(i-1) && s.flags(i-1)&(gzStop|gzUnit|gzMonthDay|gzCompany) == 0 {
		i--
	}
	j := k + 1
	if i == k || j >= len(s.toks) || s.toks[j].f&efNL != 0 {
		return k, -1
	}
	h := s.houseNumber(j)
	if h == 0 {
		return k, -1
	}
	return i, s.houseLetter(j + h)
}

// numberIn reports whether a postcode-like number stands in tokens [a,
// e): "0162" of "Karl Johans gate 22, 0162 Oslo".
func (s *entScanner) numberIn(a, e int) bool {
	for m := a; m < e; m++ {
		if s.postcodeFirst(m) > 0 {
			return true
		}
	}
	return false
}

// nordicDesignator reports whether token k is a street designator in
// lower case that Norwegian, Danish and Swedish write apart from the
// name ("gate", "vei", "vej", "allé", "plass", "gatan").
func (s *entScanner) nordicDesignator(k int) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efCap|efDigit|efNL) != 0 || t.e-t.s < 3 || t.e-t.s > 7 {
		return false
	}
	switch s.text[t.s] {
	case 'g', 'v', 'a', 'p', 's', 't':
	default:
		return false
	}
	switch string(s.fold(k)) {
	case "gate", "gata", "gaten", "vei", "veien", "veg", "vegen", "alle", "plass", "gade", "vej", "plads", "straede", "torv", "torg", "gatan", "vagen", "vag":
		return true
	}
	return false
}

// genitiveName reports whether word token k is a name in the Nordic
// genitive, which names a street before its designator ("Karl Johans",
// "Kongens", "Olavs"): a capitalised word ending in "s" that no English
// word or firm ends the same way ("Airways", "Emirates").
func (s *entScanner) genitiveName(k int) bool {
	t := &s.toks[k]
	return t.kind == etWord && t.f&(efCap|efAllCap|efPoss) == efCap && t.e-t.s >= 4 && s.text[t.e-1] == 's' && s.flags(k)&(gzCommon|gzCompany|gzPlace|gzStop|gzOrgSuffix) == 0
}

// gridStreetAt returns the token after a street of the grids that
// Colombian cities number their streets by, at word token i: a
// designator and the street's number, maybe one word of a letter, "Bis"
// or a cardinal point, then "#" or "No" and the numbers of the cross
// street and of the door ("Calle 93 #14-20", "Carrera 7 # 71-21", "Cra
// 15 No 88-21", "Diagonal 40 Sur # 15-30"), or 0. No product or band
// has the sign and the dash ("Calle 13", "Carrera 4").
func (s *entScanner) gridStreetAt(i int) int {
	n := len(s.toks)
	j := i + 1
	if j+2 >= n || s.toks[i].e-s.toks[i].s > 11 || s.toks[i].e-s.toks[i].s < 2 {
		return 0
	}
	if s.toks[j].c == '.' && s.glued(j) {
		j++ // "Cra.", "Cl."
	}
	if s.toks[j].f&(efDigit|efNL) != efDigit {
		return 0
	}
	j++
	k := s.gridSignAt(j)
	if k == 0 && j < n && s.toks[j].kind == etWord && s.toks[j].f&(efDigit|efNL) == 0 && s.toks[j].e-s.toks[j].s <= 5 {
		j++ // "Bis", "Sur", "A"
		k = s.gridSignAt(j)
	}
	if k == 0 {
		return 0
	}
	e := s.gridDoorEnd(k)
	if e == 0 || !s.gridDesignator(i) {
		return 0
	}
	return e
}

// gridDoorEnd returns the token after the numbers of the cross street
// and of the door that start at token k in a Colombian grid address, or
// 0: two numbers a dash joins ("71-21"), a cross street's number with a
// letter glued on, which the tokens keep as one word ("68B-85"), or a
// number and a letter, "Bis" or a cardinal point glued to the door's
// number by the dash ("1 Sur-100", "24 Bis-15"). The word that holds the
// dash must end in the door's one to three digits.
func (s *entScanner) gridDoorEnd(k int) int {
	n := len(s.toks)
	if k >= n || s.toks[k].f&(efDigit|efNL) != efDigit {
		return 0
	}
	if k+2 < n && s.punct(k+1, '-') && s.glued(k+1) && s.glued(k+2) && s.toks[k+2].kind == etNum {
		return k + 3
	}
	t := &s.toks[k]
	if t.kind == etWord && gridDoorWord(s.text[t.s:t.e], true) {
		return k + 1 // "68B-85"
	}
	if m := k + 1; t.kind == etNum && t.e-t.s <= 3 && m < n && s.toks[m].kind == etWord && s.toks[m].f&efNL == 0 && !s.glued(m) &&
		gridDoorWord(s.text[s.toks[m].s:s.toks[m].e], false) {
		return m + 1 // "1 Sur-100"
	}
	return 0
}

// gridDoorWord reports whether w is the end of a Colombian grid's
// numbers written as one word: one to three digits and up to two
// letters ("68B-85", when digits is true), or one to four letters
// ("Sur-100", "Bis-15", "A-20"), then a dash and the door's one to three
// digits.
func gridDoorWord(w string, digits bool) bool {
	dash := strings.IndexByte(w, '-')
	if dash <= 0 || len(w)-dash-1 < 1 || len(w)-dash-1 > 3 || strings.TrimLeft(w[dash+1:], "0123456789") != "" {
		return false
	}
	head := w[:dash]
	d := len(head) - len(strings.TrimLeft(head, "0123456789"))
	letters := head[d:]
	for i := 0; i < len(letters); i++ {
		if !isLetter(letters[i]) {
			return false
		}
	}
	if digits {
		return d >= 1 && d <= 3 && len(letters) >= 1 && len(letters) <= 2
	}
	return d == 0 && len(letters) >= 1 && len(letters) <= 4
}

// gridBefore returns the first token of a Colombian street (see
// gridStreetAt) whose cross street's number and door's number are the h
// tokens from number token i ("71-21"; a caller passes 3 for the
// numbers glued to "#", which houseNumber does not read), or -1. It
// reads back over the sign, a word ("Bis", "Sur"), the street's number
// and a period to the designator. findAddresses calls it for the
// numbers of a house range only, or in a text that holds a "#".
func (s *entScanner) gridBefore(i, h int) int {
	p := i - 1
	if h != 3 || p < 2 || !s.punct(i+1, '-') {
		return -1
	}
	switch t := &s.toks[p]; {
	case t.c == '#', t.c == 0x80:
		p--
	case t.c == '.':
		p -= 2
	case t.kind != etWord || t.e-t.s > 3 || s.text[t.s]|0x20 != 'n':
		return -1
	}
	for q := p; q >= 0 && q >= p-3; q-- {
		if t := &s.toks[q]; t.kind == etWord && t.f&(efDigit|efUsed) == 0 && t.e-t.s >= 2 && s.gridStreetAt(q) == i+3 {
			return q
		}
	}
	return -1
}

// gridSignAt returns the token after the sign that stands before the
// cross street's number in a Colombian address at token j ("#", "No",
// "No.", "Nº", "N°", "Nro."), or 0.
func (s *entScanner) gridSignAt(j int) int {
	if j >= len(s.toks) || s.toks[j].f&efNL != 0 {
		return 0
	}
	if s.punct(j, '#') {
		return j + 1
	}
	t := &s.toks[j]
	if t.kind != etWord || t.e-t.s > 3 || s.text[t.s]|0x20 != 'n' {
		return 0
	}
	switch {
	case s.is(j, "n") && s.glued(j+1) && s.toks[j+1].c == 0x80: // "N°"
		return j + 2
	case s.is(j, "no") || s.is(j, "nro") || s.is(j, "nº"):
		if s.punct(j+1, '.') && s.glued(j+1) {
			return j + 2
		}
		return j + 1
	}
	return 0
}

// gridDesignator reports whether word token i names a street of a
// Colombian grid: "Calle", "Carrera", "Diagonal", "Transversal",
// "Avenida" and their short forms.
func (s *entScanner) gridDesignator(i int) bool {
	switch string(s.fold(i)) {
	case "calle", "cll", "cl", "carrera", "cra", "kra", "kr", "cr", "diagonal", "dg", "diag", "transversal", "tv", "tr", "transv", "avenida", "av", "ak", "ac", "circular", "cq":
		return true
	}
	return false
}

// sepAfter reports whether token k ends a street's number: the end of
// the text or line, a comma, or a dash with spaces around it ("1500 -
// Consolação").
func (s *entScanner) sepAfter(k int) bool {
	return k >= len(s.toks) || s.toks[k].f&efNL != 0 || s.punct(k, ',') || s.spacedDash(k)
}

// spacedDash reports whether token k is a dash with spaces on both
// sides, as Brazil parts a street, a district, a city and a state ("São
// Paulo - SP").
func (s *entScanner) spacedDash(k int) bool {
	return s.punct(k, '-') && s.spacedMark(k)
}

// phoneGroupAfter reports whether number token k is followed, after one
// space on its line, by a number of three digits or more: the next group
// of a phone ("07700 900123").
func (s *entScanner) phoneGroupAfter(k int) bool {
	m := k + 1
	return m < len(s.toks) && s.toks[m].kind == etNum && s.toks[m].f&efNL == 0 && s.toks[m].e-s.toks[m].s >= 3 && s.toks[m].s == s.toks[k].e+1 && s.text[s.toks[k].e] == ' '
}

// spacedSlash reports whether token k is a '/' with a space on both
// sides, which parts an address's lines typed on one ("88 Brook Lane /
// Stockport / SK4 3EJ"); Brazil's "São Paulo/SP" is glued.
func (s *entScanner) spacedSlash(k int) bool {
	return s.punct(k, '/') && s.spacedMark(k)
}

// spacedDot reports whether token k is a middle dot or a bullet with a
// space on both sides, which part the items of a letter's footer as
// commas do: "Ringstraße 77 · 13526 Berlin".
func (s *entScanner) spacedDot(k int) bool {
	if !s.punct(k, 0x80) || s.toks[k].e-s.toks[k].s > 3 || !s.spacedMark(k) {
		return false
	}
	switch s.text[s.toks[k].s:s.toks[k].e] {
	case "\u00b7", "\u2022":
		return true
	}
	return false
}

// spacedMark reports whether token k has a space on both sides on its
// line and a token after it.
func (s *entScanner) spacedMark(k int) bool {
	return s.toks[k].f&(efSpace|efNL) == efSpace && k+1 < len(s.toks) && s.toks[k+1].f&(efSpace|efNL) == efSpace
}

// tabBefore reports whether a tab stands right before token k, which
// parts the cells of a table's row ("Nome\tTiago", "956 0572\t201
// Elmwood Road").
func (s *entScanner) tabBefore(k int) bool {
	return s.toks[k].f&efTab != 0 && s.text[s.toks[k].s-1] == '\t'
}

// slashHouse returns the tokens of a house number and a flat's number
// written with a slash after a street's name, as Poland writes them
// ("Marszałkowska 84/92,", "Floriańska 3/5"), which a comma, the end of
// the line or of the text follows, or 0.
func (s *entScanner) slashHouse(j int) int {
	n := len(s.toks)
	if j+2 >= n || !s.punct(j+1, '/') || !s.glued(j+1) || !s.glued(j+2) || s.toks[j+2].kind != etNum || s.toks[j].e-s.toks[j].s > 4 || s.toks[j+2].e-s.toks[j+2].s > 4 || s.text[s.toks[j].s] == '0' {
		return 0
	}
	if e := j + 3; e >= n || s.toks[e].f&efNL != 0 || s.punct(e, ',') {
		return 3
	}
	return 0
}

// lowerPreBefore returns the street designator in lower case before the
// name at token i, maybe with a particle between ("calle Mayor", "rua das
// Flores"), or -1.
func (s *entScanner) lowerPreBefore(i int) int {
	p := i - 1
	if p > 0 && s.toks[p].kind == etPunct {
		return s.shortPreBefore(p)
	}
	if s.toks[i].f&efNL != 0 {
		return -1
	}
	// Up to two particles and one more word of the name between: "via
	// santa lucia 57", "camino de los pinos 32", "avenida de la
	// constitución 36".
	particles, words := 0, 0
	for p > 0 && s.toks[p].kind == etWord && s.toks[p].f&(efCap|efNL|efDigit|efUsed) == 0 {
		if s.lowerStreetPre(p) {
			return p
		}
		// (An article is a stop word: "los", "las", "les".)
		if (s.flagsIn(p)&gzParticle != 0 || s.toks[p].e-s.toks[p].s <= 3 && s.flagsIn(p)&gzStop != 0) && particles < 2 {
			particles++
		} else if words++; words > 1 || s.flagsIn(p)&(gzStop|gzCue|gzMonthDay) != 0 {
			return -1
		}
		p--
	}
	if s.lowerStreetPre(p) {
		return p
	}
	return -1
}

// shortPreBefore returns the street designator in lower case that the
// period at token p ends ("ul. Długa", "al. Jerozolimskie"), or -1.
func (s *entScanner) shortPreBefore(p int) int {
	if s.punct(p, '.') && s.glued(p) && s.toks[p+1].f&efNL == 0 {
		if t := &s.toks[p-1]; t.kind == etWord && t.e-t.s <= 3 && t.f&(efCap|efDigit|efUsed) == 0 && s.flags(p-1)&gzStreetPre != 0 {
			return p - 1
		}
	}
	return -1
}

// lowerStreetPre reports whether token p is a street designator written
// in lower case before the name on its line ("via Roma 10", "calle Mayor
// 5", "rue Neuve 23"), three letters or more so that abbreviations ("al",
// "os") do not count.
func (s *entScanner) lowerStreetPre(p int) bool {
	if p < 0 || p+1 >= len(s.toks) || s.toks[p+1].f&efNL != 0 {
		return false
	}
	t := &s.toks[p]
	return t.kind == etWord && t.f&(efCap|efDigit|efUsed) == 0 && t.e-t.s >= 3 && s.flagsIn(p)&gzStreetPre != 0
}

// mayGermanPre reports whether word token i may be one of the words of
// germanStreetPre: its length and, for an ASCII word, its first letter
// rule most words out without folding. It is small enough to inline.
func (s *entScanner) mayGermanPre(i int) bool {
	t := &s.toks[i]
	return t.kind == etWord && t.e-t.s <= 6 && (t.f&efASCII == 0 || germanPreFirst[s.text[t.s]])
}

// germanPreFirst holds the first letters, in either case, of the words
// of germanStreetPre.
var germanPreFirst = func() (f [256]bool) {
	for _, c := range []byte("aizbvuhn") {
		f[c], f[c-'a'+'A'] = true, true
	}
	return f
}()

// germanStreetPre returns the token after the German preposition and
// article that start a street's name at token i ("Unter den", "An der",
// "Am", "Zur"; "am", "an der" typed in lower case), or i. A preposition that could be English ("An") counts
// only with its article after it; those that start much German prose
// ("In der", "Von der") do not count.
func (s *entScanner) germanStreetPre(i int) int {
	if !s.mayGermanPre(i) || i+1 >= len(s.toks) {
		return i
	}
	switch string(s.fold(i)) {
	case "am", "im", "zum", "zur", "beim", "vom":
		return i + 1
	case "an", "auf", "unter", "hinter", "uber", "ueber", "neben", "vor", "bei":
		if a := &s.toks[i+1]; a.kind == etWord && a.f&(efCap|efNL) == 0 {
			switch s.text[a.s:a.e] {
			case "der", "den", "dem", "die", "das":
				// "Vor dem Spiel 2, Dortmund" and "Bei der Wahl 2021"
				// are prose: "vor" and "bei" start sentences as often.
				// Their streets are taken before a postcode only.
				if w := string(s.fold(i)); (w == "vor" || w == "bei") && !s.postcodeWithin(i+3, i+6) {
					return i
				}
				return i + 2
			}
		}
	}
	return i
}

// advanceDigit moves the cursor s.nextDig from token i to the first token
// after it that holds a digit, or past every token, and s.digNL to the
// last token up to it that starts a line. findAddresses moves it with i
// never decreasing within a chunk, which keeps it linear.
func (s *entScanner) advanceDigit(i int) {
	// A local copy of the tokens and one load of each token's flags: the
	// compiler reloads a field through s at each step otherwise.
	toks := s.toks
	// Most tokens have neither flag: one test passes them by.
	k, nl := i+1, -1
	for ; k < len(toks); k++ {
		if f := toks[k].f; f&(efNL|efDigit) != 0 {
			if f&efNL != 0 {
				nl = k
			}
			if f&efDigit != 0 {
				break
			}
		}
	}
	if k >= len(toks) {
		k = math.MaxInt
	}
	s.nextDig, s.digNL = k, nl
}

// digitlessStart reports whether word token k may start an address with
// no digit within nine tokens after it, where findAddresses reads only
// what starts one: "the corner of" (cornerAt) and a ship's name that
// poBoxAt takes ("USS Nimitz"). The other forms need a digit within six
// tokens: a house number, a box's number ("P.O. Box 12", "RR 2"), an
// Eircode's routing key (irishRuralAt).
func (s *entScanner) digitlessStart(k int) bool {
	t := &s.toks[k]
	n, c := t.e-t.s, s.text[t.s]|0x20
	return n == 3 && c == 't' || c == 'u' && t.f&efCap != 0 && n >= 3 && n <= 5
}

// farEnd returns the first token after word token i, which no digit
// follows within nine tokens (s.nextDig), that a digit may follow within
// nine or that digitlessStart takes; or the end of the tokens. No token
// before it starts an address.
func (s *entScanner) farEnd(i int) int {
	toks := s.toks
	k, lim := i+1, min(len(toks), s.nextDig-9)
	// digitlessStart takes only capitalised words and words in lower
	// case that start with 't' (efTP).
	for ; k < lim; k++ {
		if toks[k].f&(efCap|efTP) != 0 && s.digitlessStart(k) {
			break
		}
	}
	return k
}

// houseNear reports whether a house number (houseNumber or slashHouse)
// starts within six tokens after token i: every street that
// streetFromWord reads at i, or at a designator in lower case before it,
// ends in one. findAddresses asks with i never decreasing within a chunk
// and s.nextDig ahead of i (advanceDigit), and house numbers do not
// change as tokens are used, so each token is looked at once:
// s.houseScan is the first token not looked at, and s.nextHouse the
// house number found before it, or math.MaxInt.
func (s *entScanner) houseNear(i int) bool {
	if s.nextHouse <= i {
		s.nextHouse = math.MaxInt
	}
	if s.nextHouse == math.MaxInt {
		// No token before s.nextDig, the first after i with a digit
		// (advanceDigit), is one.
		k, lim := max(s.houseScan, s.nextDig), min(len(s.toks), i+7)
		for ; k < lim; k++ {
			t := &s.toks[k]
			if t.f&efDigit == 0 {
				continue
			}
			// A number glued to punctuation of numberGlue ("4.5",
			// "10:30") is no house number: houseNumber need not say so.
			// Nor is a word that starts with a letter ("GB28"), which
			// spares a call (houseNumberAt's first test).
			if p := &s.toks[k-1]; (p.e != t.s || !numberGlue[p.c]) && (t.kind == etNum || isDigitByte(s.text[t.s])) && s.houseNumber(k) > 0 || t.kind == etNum && s.punct(k+1, '/') && s.slashHouse(k) > 0 {
				s.nextHouse = k
				k++
				break
			}
		}
		s.houseScan = k
	}
	return s.nextHouse <= i+6
}

// signedHouseNear reports whether a number sign and the number after it
// ("n.º 295", "nº 312") follow the designator at token i within nine
// tokens on its line, which the sign's own tokens put beyond houseNear.
func (s *entScanner) signedHouseNear(i int) bool {
	for k := i + 2; k < len(s.toks) && k <= i+6 && s.toks[k].f&efNL == 0; k++ {
		if t := &s.toks[k]; t.kind == etWord && s.text[t.s]|0x20 == 'n' {
			if j := s.numberSignAt(k); j > k {
				return s.houseNumber(j) > 0
			}
		}
	}
	return false
}

// poBoxLens holds, by their first byte, the lengths in bytes of the
// words that start the forms poBoxAt reads, as bits: "PO", "Postfach",
// "Box", "unit", "caixa", "RR", "HC". In lower case only the forms that
// start with "p" ("po box 12", "p.o. box 12", "postfach 12") or that a
// second word must follow ("unit 1009 box 0219", "caixa postal 456", "rr
// 2 box 152"): "box", "bp" and "apartado" alone are common words.
var poBoxLens = func() (t [256]uint16) {
	for _, f := range []struct {
		c    string
		lens uint16
	}{
		{"Pp", 1<<1 | 1<<2 | 1<<3 | 1<<6 | 1<<7 | 1<<8}, // P.O., PO, POB, Posbus, Postbus, Postfach
		{"B", 1<<1 | 1<<2 | 1<<3},                       // B.P., BP, Box
		{"T", 1 << 3},                                   // TSA
		{"Uu", 1<<3 | 1<<4 | 1<<5},                      // USS, Unit, USNS, USNV, USCGC
		{"Cc", 1<<3 | 1<<4 | 1<<5 | 1<<7},               // CMR, Case, Caixa, Casella
		{"A", 1<<4 | 1<<8},                              // Apdo, Apartado
		{"Rr", 1<<1 | 1<<2 | 1<<5},                      // R.R., RR, Rural, Route
		{"Hh", 1<<2 | 1<<3},                             // HC, HCR
		{"L", 1 << 6},                                   // Locked (Bag)
	} {
		for _, c := range []byte(f.c) {
			t[c] = f.lens
		}
	}
	return t
}()

// poBoxSeconds holds, by their first byte, the second letters of the
// words poBoxAt reads, as bits of the letter's lower case: of the words
// of the right first byte and length, most ("Hi", "But", "Can", "Card",
// "Customer") fail there. A byte that is no letter may share a letter's
// bit, which only lets a word through.
var poBoxSeconds = func() (t [256]uint32) {
	for _, w := range []string{"po", "pob", "postfach", "postbus", "posbus", "psc", "bp", "box", "apartado", "apdo", "tsa",
		"usns", "usnv", "uss", "uscgc", "unit", "caixa", "case", "casella", "cmr", "locked", "rr", "rural", "route", "hc", "hcr"} {
		for _, c := range []byte{w[0], w[0] - 'a' + 'A'} {
			t[c] |= 1 << ((w[1] | 0x20) & 31)
		}
	}
	return t
}()

// mayPoBox reports whether word token i may start a post-office box
// (poBoxAt) by its first byte and its length, and its second byte if it
// has one: an ASCII word folds to as many bytes as it has, each one to
// itself or its lower case. Callers test poBoxLens of the first byte
// first, which rules out most words.
func (s *entScanner) mayPoBox(i int) bool {
	return mayPoBoxTok(s.text, &s.toks[i])
}

// mayPoBoxTok is mayPoBox of token t of text, for a caller that holds
// both in locals (findAddresses), which spares the reloads through s.
func mayPoBoxTok(text string, t *entToken) bool {
	c := text[t.s]
	lens := poBoxLens[c]
	if t.f&efASCII == 0 {
		return lens != 0
	}
	return lens>>(uint(t.e-t.s)&15)&1 != 0 && (t.e-t.s == 1 || poBoxSeconds[c]>>((text[t.s+1]|0x20)&31)&1 != 0)
}

// numberLike reports whether token a or b is a number or holds a digit,
// as a house number does.
func (s *entScanner) numberLike(a, b int) bool {
	for k := a; k <= b && k < len(s.toks); k++ {
		if s.toks[k].kind == etNum || s.toks[k].f&efDigit != 0 {
			return true
		}
	}
	return false
}

// postStationAfter returns the token after the post office that a
// Canadian box's number names after it ("PO Box 1182 Stn Main", "Stn
// A"; session 57), or e, the token after the number (0: none).
func (s *entScanner) postStationAfter(e int) int {
	if e > 0 && e+1 < len(s.toks) && (s.is(e, "stn") || s.is(e, "station")) && s.toks[e+1].f&(efCap|efNL) == efCap {
		return e + 2
	}
	return e
}

// poBoxAt returns the token after a post-office box at token i ("PO Box
// 123", "P.O. Box 123", "Postfach 12 34", "Caixa Postal 456", "PSC 1234,
// Box 5678"), or 0. Callers rule most tokens out first by their first
// byte and length (mayPoBox), without a call.
func (s *entScanner) poBoxAt(i int) int {
	n := len(s.toks)
	t := &s.toks[i]
	if t.kind != etWord || t.e-t.s > 8 || !s.mayPoBox(i) {
		return 0
	}
	num := func(j int) int {
		// Ghana's boxes name their post office in capitals before the
		// number ("P. O. Box KS 1873").
		if j+1 < n && s.toks[j].kind == etWord && s.toks[j].f&efAllCap != 0 && s.toks[j].e-s.toks[j].s <= 3 && s.toks[j+1].kind == etNum && s.toks[j+1].f&efNL == 0 {
			j++
		}
		if j < n && s.toks[j].kind == etNum && s.toks[j].f&efNL == 0 {
			// Kenya's boxes carry the post office's code after a dash
			// ("P.O. Box 45210-00100").
			if j+2 < n && s.punct(j+1, '-') && s.glued(j+1) && s.glued(j+2) && s.toks[j+2].kind == etNum && s.toks[j+2].e-s.toks[j+2].s == 5 {
				return j + 3
			}
			return j + 1
		}
		return 0
	}
	j := i + 1
	switch string(s.fold(i)) {
	case "po":
		if s.punct(j, '.') {
			j++
		}
		if s.is(j, "box") {
			return s.postStationAfter(num(j + 1))
		}
	case "p":
		// P.O. Box, P O Box
		if s.punct(j, '.') && s.is(j+1, "o") && s.punct(j+2, '.') && s.is(j+3, "box") {
			return num(j + 4)
		}
		if s.is(j, "o") && s.is(j+1, "box") {
			return num(j + 2)
		}
	case "b":
		// B.P. (boîte postale)
		if s.punct(j, '.') && s.is(j+1, "p") && s.punct(j+2, '.') {
			return num(j + 3)
		}
	case "apartado":
		// "Apartado de Correos 123", "Apartado Postal 45".
		if s.is(j, "de") && s.is(j+1, "correos") {
			j += 2
		} else if s.is(j, "postal") {
			j++
		}
		return num(j)
	case "pob", "bp":
		return num(j)
	case "tsa":
		// A French firm's postal code, before a postcode: "TSA 43147,
		// 75000 Paris"; elsewhere the US agency ("TSA 2023 rules").
		if e := num(j); e > 0 && s.postcodeNext(e) > 0 {
			return e
		}
	case "postfach":
		// "Postfach 22 12 65": the number in pairs of digits.
		e := num(j)
		for k := 0; e > 0 && k < 3 && e < n && s.toks[e].kind == etNum && s.toks[e].e-s.toks[e].s == 2 && s.toks[e].f&efNL == 0 && !s.glued(e) && s.toks[e-1].e-s.toks[e-1].s == 2; k++ {
			e++
		}
		return e
	case "usns", "usnv", "uss", "uscgc":
		if s.nameLike(j) && s.toks[j].f&efNL == 0 {
			return j + 1
		}
	case "caixa":
		if s.is(j, "postal") {
			return num(j + 1) // "Caixa Postal 456"
		}
	case "psc", "cmr", "unit":
		if e := num(j); e > 0 {
			k := e
			if s.punct(k, ',') {
				k++
			}
			if s.is(k, "box") {
				if e2 := num(k + 1); e2 > 0 {
					return e2
				}
			}
		}
	case "box":
		if s.addressCue(i) {
			return num(j)
		}
		// Sweden's and Finland's boxes before the postcode: "Box 7780,
		// 752 57 Uppsala".
		if e := num(j); e > 0 && (s.postcodeNext(e) > 0 || s.punct(e, ',') && s.splitPostcodeAt(e+1)) {
			return e
		}
	case "case", "casella":
		if s.is(j, "postale") {
			return num(j + 1) // "Case postale 3762", "Casella Postale 654"
		}
	case "apdo":
		if s.punct(j, '.') {
			j++
		}
		return num(j) // "Apdo. 927"
	case "postbus", "posbus":
		return num(j) // "Postbus 5763", the Afrikaans "Posbus 1182"
	case "locked":
		if s.is(j, "bag") {
			return num(j + 1) // Australia's "Locked Bag 9181"
		}
	case "rr", "hc", "hcr":
		return s.ruralRoute(j) // "RR 2 Box 152", "HC 68 Box 12"
	case "r":
		if s.punct(j, '.') && s.is(j+1, "r") && s.punct(j+2, '.') {
			return s.ruralRoute(j + 3) // "R.R. 1"
		}
	case "rural":
		if s.is(j, "route") {
			return s.ruralRoute(j + 1)
		}
	case "route":
		// "rural route 3, box 47b" from "route": a lower-case "rural"
		// starts no address (see findAddresses).
		if i > 0 && s.toks[i].f&efNL == 0 && s.is(i-1, "rural") {
			return s.ruralRoute(j)
		}
	}
	return 0
}

// ruralRoute returns the token after a rural route's number at token j
// and the box after it ("RR 2 Box 152", "Rural Route 3, Box 47B"), or 0.
// Without a box a town and a postcode must follow, as Canada writes it:
// "RR 1, Kemptville, ON K0G 1J0".
func (s *entScanner) ruralRoute(j int) int {
	if s.punct(j, '#') && s.glued(j+1) {
		j++ // "RR#2"
	}
	if j >= len(s.toks) || s.toks[j].kind != etNum || s.toks[j].f&efNL != 0 || s.toks[j].e-s.toks[j].s > 4 {
		return 0
	}
	e := j + 1
	k := e
	if s.punct(k, ',') {
		k++
	}
	if k+1 < len(s.toks) && s.is(k, "box") && s.toks[k].f&efNL == 0 && s.toks[k+1].f&efNL == 0 &&
		(s.toks[k+1].kind == etNum || s.toks[k+1].kind == etWord && isDigitByte(s.text[s.toks[k+1].s]) && s.houseNumberAt(k+1) == 1) {
		return k + 2 // "Box 47B"
	}
	if t := s.addressTail(e); t > e && s.postcodeIn(e, t) {
		return e
	}
	return 0
}

// boxCity returns the token after the town of a post-office box that
// ends before token j, written after a comma ("PO Box 812, Provo and
// ..."), or j: what follows a box and a comma is its town, known or not.
func (s *entScanner) boxCity(j int) int {
	if !s.punct(j, ',') || j+1 >= len(s.toks) || s.toks[j+1].f&efNL != 0 {
		return j
	}
	e := s.cityAt(j+1, true)
	if e == 0 {
		e = s.lowerTownAt(j + 1) // "po box 75197, chattanooga please"
	}
	if e == 0 {
		e = s.commonTownAt(j + 1) // "po box 61368, little rock."
	}

	// One word that names people and no place, before a verb, is
	// someone's: "PO Box 44, John will pick it up" ("PO Box 12, Savannah
	// and the courier ..." keeps its town).
	if fl := s.flags(j + 1); e == j+2 && fl&(gzFirst|gzLast) != 0 && fl&gzPlace == 0 && e < len(s.toks) && s.flags(e)&gzPersonVerb != 0 && !s.listAnd(e) && !s.capsAnd(e) {
		return j
	}
	if e > 0 {
		return e
	}
	return j
}

// capsAnd reports whether token k is "And" or "AND", as a text with
// every word capitalised or in capitals writes the conjunction that
// listAnd reads in lower case: "PO Box 41455, Eugene And The Courier
// Called" keeps its town.
func (s *entScanner) capsAnd(k int) bool {
	t := &s.toks[k]
	return t.kind == etWord && t.e-t.s == 3 && t.f&efCap != 0 && s.is(k, "and")
}

// lowerTownWord reports whether word token e may be part of a town in
// lower case: a place, or no common word.
func (s *entScanner) lowerTownWord(e int) bool {
	fl := s.flags(e)
	return fl&gzPlace != 0 || fl&(gzStop|gzCommon|gzCue|gzUnit|gzMonthDay) == 0
}

// lowerTownAt returns the token after a town written in lower case at
// token k where a town is due (after a postcode or a box's comma), or 0:
// up to three words that the gazetteer knows as places or as no common
// word, the first maybe a short article ("des moines", "la crosse") or
// a saint's abbreviation ("st. paul").
func (s *entScanner) lowerTownAt(k int) int {
	n := len(s.toks)
	e, words := k, 0
	for e < n && words < 3 {
		t := &s.toks[e]
		if words == 1 && s.punct(e, '.') && s.glued(e) && s.saintBefore(e+1) && e+1 < n && s.toks[e+1].kind == etWord && s.lowerTownWord(e+1) {
			e++ // "st. paul"
			continue
		}
		if t.kind != etWord || t.f&(efCap|efDigit) != 0 || e > k && t.f&efNL != 0 || t.e-t.s < 2 {
			break
		}
		if !s.lowerTownWord(e) {
			// A short stop word starts a town before another word.
			if words > 0 || t.e-t.s > 3 || s.flags(e)&(gzCue|gzUnit|gzMonthDay) != 0 || e+1 >= n || s.toks[e+1].kind != etWord || s.toks[e+1].f&(efCap|efNL) != 0 {
				break
			}
		}
		words++
		e++
	}
	// A town ends with a word, not with its article or "st.".
	if words == 0 || words == 1 && (s.flags(k)&gzStop != 0 && s.flags(k)&gzPlace == 0 || s.saintBefore(k+1)) {
		return 0
	}
	return e
}

// commonTownAt returns the token after a town in lower case whose words
// are common ones, at token k where a town is due ("po box 61368, little
// rock.", "..., green bay please"), or 0: up to three words of three
// letters or more, none a stop word, cue, unit, month or verb, before the
// end of the line or of a clause. Two words may end before "please" or
// "thanks" too; one must end the clause ("po box 12, right now" has no
// town, nor "po box 44, small business account").
func (s *entScanner) commonTownAt(k int) int {
	n := len(s.toks)
	e := k
	for e < n && e < k+3 {
		t := &s.toks[e]
		if t.kind != etWord || t.f&(efCap|efDigit) != 0 || e > k && t.f&efNL != 0 || t.e-t.s < 3 || s.flags(e)&(gzStop|gzCue|gzUnit|gzMonthDay|gzPersonVerb) != 0 {
			break
		}
		e++
	}
	if e == k || !s.clauseEnd(e) && (e-k < 2 || !s.politeAt(e)) {
		return 0
	}
	return e
}

// politeAt reports whether token k is a word that asks or thanks ("please",
// "pls", "thanks", "asap"), which ends the clause of an address before
// it ("po box 18713, green bay please").
func (s *entScanner) politeAt(k int) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s > 6 || t.e-t.s < 3 {
		return false
	}
	switch string(s.fold(k)) {
	case "please", "pls", "plz", "thanks", "thank", "thx", "asap":
		return true
	}
	return false
}

// gerundCount reports whether the word at token i that ends as an
// English gerund in "-ring" does ("Registering", "Ordering", see
// gerundLike) and counts what a lower-case word names after the number
// at token j, opening its clause: "Registering 3 people for the
// workshop", "Ordering 2 pizzas". A street's number ends the clause or
// comes before a comma, a postcode or a unit ("Heidering 5, 10115
// Berlin"), or the street follows a word ("im Heidering 5 seit ...").
func (s *entScanner) gerundCount(i, j int) bool {
	if !s.gerundLike(i) || i > 0 && s.toks[i].f&efNL == 0 && s.toks[i-1].kind != etPunct {
		return false // "im Heidering 5 seit Jahren": a gerund opens its clause
	}
	k := j + 1
	if k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].f&(efCap|efDigit|efNL) != 0 || s.toks[k].e-s.toks[k].s < 3 {
		return false
	}
	switch string(s.fold(k)) {
	case "ist", "war", "hier", "seit", "und", "bei", "zijn", "was", "est":
		return false // "Heidering 5 ist unsere Adresse"
	}
	return true
}

// amountAt reports whether the number at token j is an amount's, its
// thousands maybe apart and its currency after it: "Skickade 2 000 kr
// via Swish" (a verb that ends as Dutch streets do, "-kade"), "Betalade
// 450 kr". No house number is followed by a currency.
func (s *entScanner) amountAt(j int) bool {
	k := j + 1
	if k < len(s.toks) && s.toks[k].kind == etNum && s.toks[k].e-s.toks[k].s == 3 && !s.glued(k) && s.toks[k].f&efNL == 0 {
		k++ // "2 000"
	}
	return k < len(s.toks) && s.toks[k].kind == etWord && s.toks[k].f&efNL == 0 && s.toks[k].e-s.toks[k].s <= 6 && currencyWord(s.fold(k))
}

// gerundLike reports whether word token i ends as English words in
// "-ring" do, a vowel before it ("gathering", "monitoring", "sharing"),
// where German streets have a consonant ("buchenring", "parkring").
func (s *entScanner) gerundLike(i int) bool {
	w := s.text[s.toks[i].s:s.toks[i].e]
	if len(w) < 5 || !equalLowerASCII("ring", w[len(w)-4:]) {
		return false
	}
	switch w[len(w)-5] | 0x20 {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// townEndsClause reports whether a town of one word in lower case at
// token k ends its clause ("18902 rostock, phone ..."), and no plural
// ("40000 people came", "12000 users.").
func (s *entScanner) townEndsClause(k int) bool {
	return s.lowerTownAt(k) == k+1 && s.clauseEnd(k+1) && !s.pluralShape(k) && !s.pluralCommon(k)
}

// bracketFloorEnd returns the token after the ')' of a floor in brackets
// that starts at token k, on its line and within six tokens ("(3rd
// floor)", "(2e étage)", "(3. OG)", session 56), or 0.
func (s *entScanner) bracketFloorEnd(k int) int {
	floor := false
	for j := k + 1; j < len(s.toks) && j <= k+6 && s.toks[j].f&efNL == 0; j++ {
		t := &s.toks[j]
		if t.kind == etPunct {
			if t.c == ')' {
				if floor {
					return j + 1
				}
				return 0
			}
			continue
		}
		if t.kind == etWord {
			switch string(s.fold(j)) {
			case "floor", "fl", "etage", "stock", "og", "piso", "planta", "piano", "verdieping", "andar":
				floor = true
			}
		}
	}
	return 0
}

// addressTail extends an address that ends before token j over what
// follows it: unit, city, state, postcode and country, separated by
// commas or line breaks. It returns the token after the address.
func (s *entScanner) addressTail(j int) int {
	n := len(s.toks)
	end := j
	city, state, zip, unit := false, false, false, false
	regions := 0
	for comps := 0; comps < 8 && j < n; comps++ {
		k := j
		// A period typed before the comma: "4022 Franklin Way., Austin".
		if s.punct(k, '.') && s.glued(k) && s.punct(k+1, ',') && s.glued(k+1) {
			k++
		}
		comma := s.punct(k, ',') || s.spacedDash(k) || s.spacedDot(k) || s.spacedSlash(k)
		if comma {
			k++
		} else if comps == 0 && s.inPostcodeTown(k) {
			k++ // "Goethestr. 5 in 99423 Weimar"
			comma = true
		}
		// The period after a house number ("Kálmán Imre u. 12.") ends the
		// street, not the address.
		if !comma && s.punct(k, '.') && s.glued(k) && k > 0 && s.toks[k-1].kind == etNum && k+1 < n && (s.toks[k+1].f&efNL != 0 || s.unitAt(k+1) > 0) {
			k++
		}
		if k >= n || s.toks[k].f&efUsed != 0 {
			break
		}
		nl := s.toks[k].f&efNL != 0 || comma && s.toks[k-1].f&efNL != 0
		// Quoted lines of an e-mail: "> Springfield".
		if nl && s.quoteMark(k) {
			for k < n && s.quoteMark(k) {
				k++
			}
			if k >= n || s.toks[k].f&(efNL|efUsed) != 0 {
				break
			}
		}
		// Of the readers below, only a unit ("#12"), Brazil's state after
		// a slash and a province or region in brackets start at
		// punctuation: any other mark (most often the period that ends
		// the sentence) ends the address without asking the rest.
		if t := &s.toks[k]; t.kind == etPunct && t.c != '#' && t.c != '/' && t.c != '(' {
			break
		}
		// Indonesia's and the Philippines' administrative parts after a
		// comma, as many as are written, before the town: "..., Kel.
		// Kebon Jeruk, Kec. Kebon Jeruk, Jakarta Barat 11530", "...,
		// Brgy. Commonwealth, Quezon City 1121" (session 66).
		// A road the house stands off, as Nigeria, Kenya and India write
		// it: "12 Rumuola Road, off Ikwerre Road, Port Harcourt" (session
		// 66).
		if comma && !zip && !city {
			if e := s.offRoadAt(k); e > 0 {
				j, end = e, e
				continue
			}
		}
		// The places after them, named without their words, up to the
		// postcode: "..., Bangka, Mampang Prapatan, Jakarta Selatan
		// 12730", "..., Kota Surabaya, Jawa Timur 60226".
		if comma && !zip {
			if e := s.idPlacesAt(k); e > 0 {
				j, end, zip, city = e, e, true, true
				continue
			}
			if e := s.seaDistrictAt(k); e > 0 {
				j, end = e, e
				// A regency or a city is the town: "..., Kab. Bekasi
				// 17510".
				switch string(s.fold(k)) {
				case "kab", "kabupaten", "kota":
					city = true
				}
				continue
			}
		}
		// A unit, a floor or a box comes before the city: after it, no
		// reader of them is asked.
		if !city {
			e := s.unitAt(k)
			if e == 0 {
				// The floor of a Dutch flat: "48 2-hoog", "15 III".
				if f := s.dutchFloorEnd(k); f > k {
					e = f
				} else if f := s.danishFloorEnd(k); f > k {
					e = f
				}
			}
			if e == 0 && s.toks[k].c == '(' && s.toks[k].kind == etPunct {
				e = s.bracketFloorEnd(k) // "Flat 12 (3rd floor), Manchester"
			}
			if e == 0 && s.toks[k].kind == etWord {
				// "bajo", "r/c", "piano 2": a floor written as a word.
				if f := s.floorWordAt(k); f > k {
					e = f
				} else if !zip {
					e = s.tailWordPart(k, comma)
				}
			}
			// A post-office box after the street: "67 rue
			// Saint-Michel, BP 26, 35700 Rennes Cedex".
			if e == 0 && !zip && comma && poBoxLens[s.text[s.toks[k].s]] != 0 && s.mayPoBox(k) {
				e = s.poBoxAt(k)
			}
			if e > 0 {
				j, end = e, e
				unit = true
				continue
			}
		}
		// A city after the unit, without a comma: "Apt. 5 OULU NO".
		if unit && !city && !comma && !nl {
			if e := s.cityAt(k, true); e > 0 && s.tailEndAt(e) {
				j, end, city = e, e, true
				continue
			}
		}
		if !zip {
			e := s.postcodeAt(k)
			// A number of five digits that another group of three or
			// more goes on after a space opens a phone, no postcode: "88
			// Brook Lane, 07700 900123"; after a state it is the ZIP
			// ("Boston, MA 02116 617-482-3390").
			if e == k+1 && s.toks[k].kind == etNum && s.toks[k].e-s.toks[k].s == 5 && s.text[s.toks[k].s] == '0' && s.phoneGroupAfter(k) && !(k > 0 && s.toks[k-1].kind == etWord && s.flags(k-1)&gzState != 0) {
				e = 0
			}
			if e == 0 {
				e = s.cepEnd(k) // "CEP 05250-449", Brazil's label before it
			}
			if e == 0 && (comma || nl) && s.text[s.toks[k].s]|0x20 == 'c' {
				// "C.P. 03015, Ciudad de México": Mexico's label, and the
				// town after a comma.
				if e = s.mxPostcodeEnd(k); e > 0 && s.punct(e, ',') {
					if c := s.cityAt(e+1, true); c > 0 {
						j, end, zip, city = c, c, true, true
						continue
					}
				}
			}
			if e > 0 {
				// "1017 gc amsterdam": the letters of a Dutch postcode
				// typed in lower case, before a place the gazetteer
				// knows; they may spell a state, a firm's suffix, a
				// unit of measure or a title ("6511 ab nijmegen", "3074
				// ml rotterdam", "2028 mr haarlem").
				if e == k+1 && s.toks[k].e-s.toks[k].s == 4 && e+1 < n && s.toks[e].kind == etWord && s.toks[e].e-s.toks[e].s == 2 &&
					s.toks[e].f&(efCap|efNL|efDigit) == 0 && s.toks[e+1].f&efNL == 0 && s.knownPlaceAt(e+1) > 0 {
					e++
				}
				j, end, zip = e, e, true
				if !city {
					if e := s.cityAt(j, true); e > 0 {
						j, end, city = e, e, true
					}
				} else if !state && j < n && s.toks[j].f&efNL == 0 {
					// A district took the city's place before the postcode:
					// "Calle Londres 247, Col. Juárez, 06600 Ciudad de
					// México"; or a line of the building did, and the
					// postcode and the town start a line of their own: "8
					// Avenue Foch\nEscalier B\n75016 Paris".
					if s.toks[k].f&efNL != 0 {
						if e := s.cityAt(j, true); e > 0 {
							j, end = e, e
						}
					} else if s.toks[j-1].f&efNL == 0 {
						if e := s.cityAt(j, false); e > 0 {
							j, end = e, e
						}
					}
				}
				continue
			}
			// A postcode of three and two digits before the city, as
			// Sweden, Czechia, Slovakia and Greece write it: "114 55
			// Stockholm".
			if (comma || nl) && !city && s.splitPostcodeAt(k) {
				if e := s.cityAt(k+2, true); e > 0 {
					j, end, zip, city = e, e, true, true
					continue
				}
			}
		}
		// A city written as a code, often its state's, before the state
		// and a ZIP code: "NY, NY 10036", "ny ny 10036", "sf ca 94103".
		if !city && !state && !zip {
			// "in" before a state and a ZIP code joins them to the
			// street as a city would: "12 main st in ca 94103".
			// A US ZIP code has five digits: "in CA 2019" is a year.
			if q := k + 1; q+1 < n && s.toks[q].f&efNL == 0 && s.is(k, "in") && (s.stateAt(q, true) || s.stateAt(q, false)) &&
				s.toks[q+1].kind == etNum && s.toks[q+1].e-s.toks[q+1].s == 5 && s.postcodeFirst(q+1) > 0 {
				j, end, city = q, q, true
				continue
			}
			// So does a town the gazetteer knows before a postcode: "12
			// main st in new york 10001", "4 High St in Leeds LS1 1UR";
			// four digits there are more often a year ("... in Boston
			// 2019").
			if q := k + 1; q < n && s.toks[q].f&efNL == 0 && s.is(k, "in") {
				if e := s.knownPlaceAt(q); e > 0 && e < n && s.toks[e].f&efNL == 0 && (s.toks[e].kind != etNum || s.toks[e].e-s.toks[e].s >= 5) && s.postcodeFirst(e) > 0 {
					j, end, city = e, e, true
					continue
				}
			}
			if e := s.cityCodeAt(k); e > 0 {
				j, end, city = e, e, true
				continue
			}
		}
		// ... or glues it to the town with a hyphen: "Belo
		// Horizonte-MG, CEP 30130-009", "Brasília-DF, 70747-030".
		if !state && !zip && (city || comma) {
			if e := s.townStateGluedEnd(k); e > 0 {
				j, end, city, state = e, e, true, true
				continue
			}
		}
		// Brazil writes the state after the town and a slash:
		// "Campinas/SP", "Recife / PE", "fortaleza/ce, 60891-732".
		if city && !state && !comma && s.punct(k, '/') && s.brazilStateAt(k+1) {
			j, end, state = k+2, k+2, true
			continue
		}
		if !state && (city || comma || nl) && (s.stateAt(k, false) || s.regionCodeAt(k) || city && comma && s.spacedDash(k-1) && s.brazilStateAt(k)) {
			j, end, state = k+1, k+1, true
			continue
		}
		// A Nigerian state after the town, maybe with the postcode: "Ibadan,
		// Oyo State 247997".
		if !state && !zip && (city || comma) && k+1 < n && s.toks[k+1].e-s.toks[k+1].s == 5 {
			if e := s.nigeriaStateAt(k); e > 0 {
				j, end, state = e, e, true
				continue
			}
		}
		// A Mexican state's abbreviation after the town: "03190 Ciudad de
		// México, CDMX", "64050 Monterrey, N.L.", "72546 Puebla, Pue.".
		if city && zip && comma && !state {
			if e := s.mxStateAt(k); e > 0 {
				j, end, state = e, e, true
				continue
			}
			// ... or a province the lists know written out, which ends
			// the address: "S2000 Rosario, Santa Fe", "B1642 San
			// Isidro, Buenos Aires", "44100 Guadalajara, Jalisco".
			if e := s.knownPlaceAt(k); e > 0 && s.tailEndsAt(e) {
				j, end, state = e, e, true
				continue
			}
		}
		if e := s.countryAt(k); e > 0 {
			j, end = e, e
			continue
		}
		// An Irish county after the town: "104 Summerhill, Co. Kerry,
		// V92 R3E3".
		if comma && !zip && !state && k+2 < n && s.is(k, "co") && s.punct(k+1, '.') && s.glued(k+1) && s.toks[k+2].f&(efCap|efNL|efDigit) == efCap {
			j, end, city = k+3, k+3, true
			continue
		}
		// A Romanian county after the town: "Cluj-Napoca, jud. Cluj",
		// "Mioveni, jud. Argeș 115400" (session 68).
		if comma && !state {
			if e := s.roCountyAt(k); e > 0 {
				j, end, city = e, e, true
				continue
			}
		}
		// The country after the postcode and a comma, with its article,
		// as a code, or in lower case: "..., 6218 TC Maastricht, the
		// Netherlands", "..., TX 78731, US", "..., nsw 2026, australia".
		if zip && comma {
			if e := s.countryAfterZip(k); e > 0 {
				j, end = e, e
				continue
			}
		}
		// Italy's province in brackets after the town: "10123 Torino (TO)".
		if city && !comma && s.provinceAt(k) {
			j, end = k+3, k+3
			continue
		}
		// ... or bare after a postcode and the town: "16122 Genova GE,".
		if city && zip && !comma && s.bareProvinceAt(k) {
			j, end = k+1, k+1
			continue
		}
		// A region the gazetteer knows in brackets after the town: "26001
		// Logroño (La Rioja)", "Montréal (Québec) H2X 2G3".
		if city && !comma {
			if e := s.regionInBrackets(k); e > 0 {
				j, end = e, e
				continue
			}
			// ... or its code in brackets before the postcode: "Montréal
			// (QC) H2J 2L6".
			if e := s.stateInBrackets(k); e > 0 {
				j, end = e, e
				continue
			}
			// ... or a word the lists lack in brackets after a postcode
			// and its town, which tells the town from another of its
			// name: "06108 Halle (Saale)", "88131 Lindau (Bodensee)".
			if zip {
				if e := s.townQualifierAt(k); e > 0 {
					j, end = e, e
					continue
				}
			}
		}
		// A town typed in lower case before its state and postcode:
		// "40 linden ave apt 3b evanston il 60201", "88 harbour view
		// drive sandringham vic 3191".
		// (The text's own case: a lower-case text's known names carry
		// efCap, "dayton" among them.)
		if !city && !state && !zip && !nl && s.toks[k].kind == etWord && !isUpperByte(s.text[s.toks[k].s]) {
			if e := s.lowerTownStateAt(k); e > 0 {
				j, end, city, state, zip = e, e, true, true, true
				continue
			}
		}
		if !city && !state && !zip && s.toks[k].f&efBlank == 0 {
			// A city after a comma or a line break, before a state or a
			// postcode, or one the gazetteer knows that ends the
			// sentence ("742 Evergreen Terrace Springfield.").
			// "9498 Rosewood Trail Tacoma, WA 98431": a comma, a state
			// and a ZIP code after the city make up for the comma before
			// it.
			if e := s.cityAt(k, false); e > 0 && (comma || nl || s.stateAt(e, false) || s.postcodeAt(e) > 0 || s.knownPlaceAt(k) == e && s.tailEndAt(e) ||
				s.punct(e, ',') && e+2 < n && s.stateAt(e+1, false) && s.postcodeAt(e+2) > 0) && !s.addressedAfter(k, e) {
				e = s.dublinDistrictEnd(e)
				j, end, city = e, e, true
				continue
			}
		}
		// A region on a line of its own under the city ("Springfield\n
		// Illinois"), or a lower-case state before the postcode.
		if city && nl && !zip && regions < 1 {
			if e := s.cityAt(k, false); e > 0 {
				j, end = e, e
				regions++
				continue
			}
		}
		// A region written out after the city and a comma: "Portland,
		// Oregon 97204".
		if city && comma && !nl && !state && !zip && regions < 1 {
			// A post town after a locality, before the postcode:
			// "Riverside Terrace, Mousehole, Penzance TR19 3BX",
			// "Kingsway, Little Snoring, Fakenham, Norfolk, NR21 7ZX".
			if e := s.cityAt(k, false); e > 0 {
				if c := s.ukPostcodeSoon(e); c > 0 {
					j, end = c, c
					regions++
					continue
				}
				// ... or a town and its postcode of four digits after a
				// suburb, as New Zealand, Australia and South Africa
				// write them: "12 Rata Street, Hokowhitu, Palmerston
				// North 4410", "..., Parktown, Johannesburg 2193". A
				// year is none ("..., Hokowhitu, Auckland 2024.").
				if e < n && s.toks[e].kind == etNum && s.toks[e].e-s.toks[e].s == 4 && !s.yearLike(e, e+1) && s.postcodeAt(e) == e+1 && s.tailEndsAt(e+1) {
					j, end, zip = e+1, e+1, true
					regions++
					continue
				}
				// ... or the town before a Nigerian state: "Oluyole
				// Estate, Ibadan, Oyo State".
				if s.punct(e, ',') && s.nigeriaStateAt(e+1) > 0 {
					j, end = e, e
					regions++
					continue
				}
				// ... or a town and its state after the district, as
				// Brazil writes them: "Rua Augusta, 272 - Aldeota,
				// Fortaleza/CE 60048-157".
				if (s.punct(e, '/') || s.spacedDash(e)) && s.brazilStateAt(e+1) {
					j, end = e, e
					regions++
					continue
				}
				// ... or the state bare after the town, which the CEP
				// must follow: "Rua Sete de Setembro 88, Jardim América,
				// Goiânia GO, cep 74265-120" (session 72). The town's
				// words may have taken the state's.
				if e-1 > k && s.brazilStateAt(e-1) {
					e--
				}
				if s.brazilStateAt(e) && s.cepAfterState(e+1) {
					j, end, state = e+1, e+1, true
					regions++
					continue
				}
			}
			// ... or a post town with its district after a locality:
			// "14 Ashfield Grove, Ranelagh, Dublin 6, D06 P810".
			// The post town may end the clause too, a word in lower case
			// after it: "71 Adeola Odeku Street, Victoria Island, Lagos
			// please".
			if e := s.knownPlaceAt(k); e > 0 && (s.tailEndAt(s.dublinDistrictEnd(e)) || e < n && s.toks[e].kind == etWord && s.toks[e].f&(efCap|efDigit) == 0) {
				e = s.dublinDistrictEnd(e)
				j, end = e, e
				regions++
				continue
			}
		}
		// ... or without the comma, a region the gazetteer knows before
		// the postcode: "New Orleans Louisiana 70120", "mississauga
		// ontario l5b 2j1".
		if city && !comma && !nl && !state && !zip && regions < 1 {
			if e := s.knownPlaceAt(k); e > 0 && e < n && s.toks[e].f&efNL == 0 && (s.postcodeAt(e) > 0 || s.lowerPostcodeAt(e) > 0) {
				j, end = e, e
				regions++
				continue
			}
		}
		// A city and state in lower case, as typed in a hurry: "boston
		// ma 02118". A place the gazetteer knows must lead to a postcode.
		if !city && !state && !zip && s.toks[k].f&(efAllCap|efDigit) == 0 {
			if e := s.knownPlaceAt(k); e > 0 {
				q := e
				if s.punct(q, ',') {
					q++
				}
				if s.stateAt(q, true) {
					q++
				}
				// Or a known place that ends the text, the line or the
				// sentence: "12 queen street west toronto".
				if s.postcodeFirst(q) > 0 || s.stateAt(q, false) || s.lowerPostcodeAt(q) > 0 || q == e && (e >= n || s.toks[e].f&efNL != 0 || s.punct(e, '.') || s.punct(e, ',')) {
					j, end, city = e, e, true
					continue
				}
			} else if comma && s.toks[k].kind == etWord && s.toks[k].f&(efCap|efNL) == 0 {
				// A town the gazetteer does not know before a state and a
				// postcode in lower case: "windsor vic 3181", "spokane, wa
				// 99201".
				for e := k + 1; e <= k+2 && e < n && s.toks[e-1].kind == etWord && s.toks[e-1].f&(efCap|efDigit) == 0; e++ {
					// "guelph, on n1h 9j5": a Canadian postcode after the
					// province, in lower case too.
					if s.stateAt(e, true) || s.punct(e, ',') && s.stateAt(e+1, true) && (s.postcodeFirst(e+2) > 0 || s.caPostcodeAt(e+2, true) > 0) {
						j, end, city = e, e, true
						break
					}
				}
				// "st. paul, mn 55101", "des moines, ia 50309".
				if e := s.lowerTownAt(k); !city && e > 0 && s.punct(e, ',') && s.stateAt(e+1, true) && (s.postcodeFirst(e+2) > 0 || s.caPostcodeAt(e+2, true) > 0) {
					j, end, city = e, e, true
				}
				if city {
					continue
				}
			}
		}
		// The post office of a US military address, in any case, before
		// its region code: "psc 4095, Box 8316 APO ae 85103".
		if !city && !zip && s.toks[k].e-s.toks[k].s == 3 && (s.is(k, "apo") || s.is(k, "fpo") || s.is(k, "dpo")) {
			if s.stateAt(k+1, false) || s.stateAt(k+1, true) {
				j, end, city = k+1, k+1, true
				continue
			}
			// ... or in title case, "Dpo Ap 51065", where "Ap" would
			// otherwise open a unit.
			if q := k + 1; q < len(s.toks) && s.toks[q].kind == etWord && s.toks[q].e-s.toks[q].s == 2 && s.toks[q].f&(efCap|efNL) == efCap && s.flags(q)&gzState != 0 {
				j, end, city, state = q+1, q+1, true, true
				continue
			}
		}
		// A town in lower case the gazetteer does not know, before a UK
		// postcode in lower case: "9 hawthorn close, york yo10 3ef",
		// "114 station road, swansea, sa1 1aq"; or right after the
		// street's designator: "178 bramley mews norwich nr10 6bu".
		if !city && !zip && (comma || k > 0 && s.toks[k].f&efNL == 0 && s.toks[k-1].kind == etWord && s.flags(k-1)&gzStreetType != 0) {
			if e := s.lowerTownPostcode(k); e > 0 {
				j, end, city, zip = e, e, true, true
				continue
			}
			// A district before them, which may be a given name too:
			// "19 kings road, chelsea, london sw3 4rp".
			if e := s.lowerTownAt(k); e > 0 && s.punct(e, ',') {
				if z := s.lowerTownPostcode(e + 1); z > 0 {
					j, end, city, zip = z, z, true, true
					continue
				}
			}
		}
		// A town the gazetteer does not know that ends the message, its
		// line or its sentence, right after a street typed in lower case:
		// "my address is 4 high street, bath", not "..., pls" nor "...,
		// correct?".
		if comma && comps == 0 && s.toks[j-1].kind == etWord && s.toks[j-1].f&efCap == 0 && s.flags(k)&(gzFirst|gzPlace) != gzFirst {
			if e := s.lowerTownAt(k); e > 0 && (e >= n || s.toks[e].f&efNL != 0 || (s.punct(e, '.') || s.punct(e, '!')) && (e+1 >= n || s.toks[e+1].f&efNL != 0)) {
				j, end, city = e, e, true
				continue
			}
		}
		if city && !zip {
			if e := max(s.lowerPostcodeAt(k), s.jpPostcodeAt(k)); e > 0 {
				j, end, zip = e, e, true
				continue
			}
		}
		if city && !state && s.stateAt(k, true) {
			j, end, state = k+1, k+1, true
			continue
		}
		// A region's code of a country the lists do not hold before the
		// postcode, after a comma: a capitalised word of up to three
		// letters or a number of two digits. After a postcode, or in
		// lower case, the word is the next clause's ("..., S20 9BR, tel
		// 0703 ...", "..., not 8830 Main St").
		if comma && !state && !zip && s.toks[k].e-s.toks[k].s <= 3 && (s.toks[k].kind == etWord && s.toks[k].f&(efCap|efAllCap) != 0 || s.toks[k].kind == etNum && s.toks[k].e-s.toks[k].s <= 2) && s.postcodeAt(k+1) > 0 {
			j, end, state = k+1, k+1, true
			continue
		}
		break
	}
	return end
}

// addressedAfter reports whether the word at token k, where a city may
// follow a street, is a given name that is no place and that no state,
// postcode or country follows, maybe after a comma: someone addressed
// ("ship to 4 high street, john"), not a town ("..., leeds").
func (s *entScanner) addressedAfter(k, e int) bool {
	if e != k+1 || s.flags(k)&(gzFirst|gzPlace) != gzFirst {
		return false
	}
	if s.punct(e, ',') {
		e++
	}
	if s.stateAt(e, false) || s.stateAt(e, true) && s.postcodeFirst(e+1) > 0 || s.postcodeAt(e) > 0 || s.countryAt(e) > 0 {
		return false
	}
	// "..., chelsea, london sw3 4rp": a district before a town and its
	// postcode, maybe after a comma ("Camden, London, NW1 2RZ").
	z := s.knownPlaceAt(e)
	if z > 0 && s.punct(z, ',') {
		z++
	}
	return z == 0 || s.postcodeAt(z) == 0 && s.lowerPostcodeAt(z) == 0
}

// lowerNameBeforeNumber returns the word in lower case that ends the
// name of a street before the house number at token i, past a comma
// glued to it or a number's sign, which keep the skipping loop of
// findAddresses from visiting it: "rua do carmo, 103", "calle san
// fernando nº 261"; or -1.
func (s *entScanner) lowerNameBeforeNumber(i int) int {
	k := i - 1
	// Most numbers follow a word that is no sign ("order 12345") or
	// punctuation that is none: the sign's last token first ("nº",
	// "º", "°", "."). A number ends no sign, and no word ends right
	// before it: "+44 7039 399282", a third of the numbers that come
	// here.
	if p := &s.toks[k]; p.c != ',' {
		if p.kind == etNum || p.kind == etWord && s.text[p.s]|0x20 != 'n' && s.text[p.s] != 0xc2 || p.kind == etPunct && p.c != '.' && p.c != 0x80 {
			return -1
		}
		for d := 1; d <= 3 && i-d > 0; d++ {
			if t := &s.toks[i-d]; t.kind == etWord && s.text[t.s]|0x20 == 'n' && s.numberSignAt(i-d) == i {
				k = i - d - 1
				break
			}
		}
	}
	if k >= 1 && s.punct(k, ',') && s.glued(k) {
		k--
	}
	if k == i-1 || k < 0 || s.toks[k].kind != etWord || s.toks[k].f&(efCap|efDigit|efUsed|efNL) != 0 {
		return -1
	}
	return k
}

// lowerStreetAt parses a street typed in lower case whose name, at word
// token i, a number follows: a name with a street suffix ("bahnhofstraße
// 41", "hauptstr. 5") or a designator before it ("calle serrano 41", "rua
// das flores 12"). A cue that names an address or a postcode after it
// must say street. It returns the first and the after-last token of the
// street and a score, or end -1.
func (s *entScanner) lowerStreetAt(i int) (int, int, float64) {
	// The forms other than a street suffix need a house number right
	// after the word, on its line: most words before a number ("order
	// 1506089945", "card 4111") have none, which rules out the words
	// before them without looking them up.
	// (houseNumber takes no number of more than six digits, nor a word
	// of more than five digits and two letters.)
	// Portugal and Spain may put a comma or a number's sign before it:
	// "rua do carmo, 103", "calle san fernando nº 261".
	h, num := 0, i+1
	if num < len(s.toks) && s.toks[num].f&efDigit == 0 {
		if s.punct(num, ',') && s.glued(num) {
			num++
		}
		if num < len(s.toks) && s.toks[num].kind == etWord && s.toks[num].f&efNL == 0 {
			num = s.numberSignAt(num)
		}
	}
	if num < len(s.toks) && s.toks[num].f&(efNL|efDigit) == efDigit && s.toks[num].e-s.toks[num].s <= 7 {
		h = s.houseNumber(num)
	}
	// A capitalised name before: "Karl Johans gate 22" (nordicStreetAt
	// wants the house number after the designator too).
	// Or a date: "Október 6. utca 14." (dateStreetName).
	if h > 0 && i > 0 && (s.toks[i-1].f&(efCap|efDigit|efUsed) == efCap || s.punct(i-1, '.') && s.dateStreetName(i) >= 0) {
		if a, e := s.nordicStreetAt(i); e > 0 {
			return a, e, 0.8
		}
		if a, e := s.hungarianStreetAt(i); e > 0 {
			return a, e, 0.8 // "Petőfi Sándor utca 42."
		}
	}
	start, end, score := i, -1, 0.0
	if s.hasStreetSuffix(i) {
		start, end, score = s.streetFromWord(i)
	} else if h > 0 && num == i+1 && s.germanAdjectiveStreet(i) {
		// "holtenauer straße 112", "berliner allee 12": a town's
		// adjective before a designator alone, in lower case; the cue or
		// the postcode below must confirm it.
		start, end, score = i-1, s.houseLetter(num+h), 0.8
	} else if h > 0 {
		if p := s.lowerPreBefore(i); p >= 0 {
			start, end, score = p, s.houseLetter(num+h), 0.8
		} else if e := s.houseLetter(num + h); num == i+1 && s.proseSuffix(i) {
			// "ship it to buchenring 97, 99319 erfurt": a suffix that
			// ends English words too ("during 2020", "the gathering 12,
			// 40000 people"), which a postcode and a town after the
			// number confirm: one the gazetteer knows, or after a cue
			// that names an address, any; or a town that ends its clause
			// after a name that is no English word ("customer x,
			// buchenring 57, 18902 rostock, phone ...").
			memo := 0
			if z := s.postcodeNext(e); z > 0 && (s.knownPlaceAt(z) > 0 || s.lowerStreetCue(i, &memo) && s.postcodeTownNext(e) || s.flags(i)&gzCommon == 0 && !s.gerundLike(i) && s.townEndsClause(z)) {
				start, end, score = i, e, 0.8
			}
		}
	}
	if end < 0 {
		// "am lindenhof 5, 30159 hannover", "an der alster 12": a German
		// preposition before the name, which a postcode and town after
		// the number or an address cue must confirm, as in capitals.
		// (germanPreBefore wants the number on the word's line too.)
		if h == 0 || num != i+1 || s.yearLike(num, num+h) {
			return i, -1, 0
		}
		if p := s.germanPreBefore(i); p >= 0 {
			e := s.houseLetter(num + h)
			if s.streetCue(p) || s.addressTail(e) > e {
				return p, e, 0.8
			}
		}
		return i, -1, 0
	}
	z, memo := end, 0
	if s.punct(z, ',') {
		z++
	}
	if !s.lowerStreetCue(start, &memo) && s.postcodeFirst(z) == 0 && !s.floorPostcode(z) {
		return i, -1, 0
	}
	if start == i && i > 1 && s.toks[i-1].f&(efCap|efPunct|efDigit|efNL) == 0 {
		start = s.namedStreetLead(i) // "burgemeester de vlugtlaan 120"
	}
	if start == i && s.finnishGenitiveLead(i) {
		start = i - 1 // "Pispalan valtatie 31 A 4, 33250 Tampere"
	}
	return start, end, score
}

// germanAdjectiveStreet reports whether word token i is a German
// street's designator written as a word of its own ("straße", "allee")
// after the adjective of a town in lower case, which ends in "-er", on
// its line: "holtenauer straße", "berliner allee".
func (s *entScanner) germanAdjectiveStreet(i int) bool {
	if i < 1 || s.toks[i].f&(efNL|efCap) != 0 || s.toks[i-1].kind != etWord || s.toks[i-1].f&(efCap|efDigit|efUsed) != 0 {
		return false
	}
	switch string(s.fold(i)) {
	case "strasse", "allee", "weg", "platz", "gasse", "ring", "damm", "chaussee": // folded: "straße" is "strasse"
	default:
		return false
	}
	a := s.text[s.toks[i-1].s:s.toks[i-1].e]
	return len(a) >= 5 && strings.HasSuffix(a, "er") && s.flags(i-1)&(gzStop|gzCommon) == 0
}

// germanPreBefore returns the German preposition typed in lower case
// that starts the street whose last name word, before its house number
// on the same line, is token i ("am lindenhof 5", "an der alster 12", "am
// neuen ufer 7"), or -1: the words of germanStreetPre. "i am" is
// English, and so is "am" after a time.
func (s *entScanner) germanPreBefore(i int) int {
	// A house number is short: rule out the words no number follows
	// ("the" comes here too), and the codes, cards and phone numbers that
	// most words before a number are followed by.
	if i+1 >= len(s.toks) || s.toks[i+1].f&(efNL|efDigit) != efDigit || s.toks[i+1].e-s.toks[i+1].s > 5 {
		return -1
	}
	for p := i - 1; p >= 0 && p >= i-3; p-- {
		if s.toks[p].kind != etWord {
			return -1
		}
		if !s.mayGermanPre(p) {
			continue
		}
		k := s.germanStreetPre(p)
		if k == p || k > i {
			continue
		}
		if s.is(p-1, "i") || p > 0 && s.toks[p-1].kind == etNum {
			return -1
		}
		for m := k; m <= i; m++ {
			if u := &s.toks[m]; u.kind != etWord || u.f&(efDigit|efNL|efUsed) != 0 || u.e-u.s < 2 || s.flags(m)&(gzStop|gzMonthDay) != 0 {
				return -1
			}
		}
		return p
	}
	return -1
}

// lowerTownPostcode returns the token after one or two words in lower
// case and a UK postcode in lower case at token k ("york yo10 3ef"), or
// 0.
func (s *entScanner) lowerTownPostcode(k int) int {
	for e := k + 1; e <= k+2 && e < len(s.toks); e++ {
		// (A town the gazetteer knows has efCap in a text in lower
		// case, see lowerCaseText: its bytes tell.)
		if t := &s.toks[e-1]; t.kind != etWord || t.f&(efDigit|efNL|efUsed) != 0 || isUpperByte(s.text[t.s]) {
			return 0
		}
		if z := s.ukLowerPostcodeAt(e); z > 0 {
			return z
		}
		if s.punct(e, ',') {
			return s.ukLowerPostcodeAt(e + 1)
		}
	}
	return 0
}

// splitPostcodeAt reports whether a postcode of three digits and two
// digits apart starts at token k ("114 55", "602 00"), on one line.
func (s *entScanner) splitPostcodeAt(k int) bool {
	if k+2 >= len(s.toks) {
		return false
	}
	a, b := &s.toks[k], &s.toks[k+1]
	return a.kind == etNum && a.e-a.s == 3 && b.kind == etNum && b.e-b.s == 2 && b.f&(efNL|efSpace) == efSpace && s.toks[k+2].f&efNL == 0
}

// unitStreetAt parses a unit and a street without a number after it,
// which a postcode must follow: "Unit 5, Riverside Industrial Estate,
// Leeds LS10 1AB", "Flat 3, Rose Court, London SW1A 2AB". India's "H.No."
// for "House No." counts as a unit before a chain of localities only
// (localityChain): "H.No. 12-5-34, Begumpet, Hyderabad". It returns the
// token after the street and a score, or -1.
func (s *entScanner) unitStreetAt(i int) (int, float64) {
	if s.flagsIn(i)&gzUnit == 0 {
		// "H.No." says house by itself.
		if k := s.houseNoAt(i); k > 0 && s.punct(k, ',') {
			if e := s.localityChain(k+1, chainSure|chainHome); e > k+1 {
				return e, 0.8
			}
		}
		return -1, 0
	}
	k := s.unitAt(i)
	no := false
	if k == 0 {
		k, no = s.unitNoAt(i), true // "House No. 45", "Door No 7"
	}
	if k == 0 {
		return -1, 0
	}
	if s.punct(k, ',') {
		// A door's number "No" introduces in three parts or more names a
		// house: "House No. 16-11-740, Dilsukhnagar, Hyderabad". A range
		// of rooms or floors names none ("Room 12-14, Jane Doe, London").
		var mode chainMode
		if no && s.doorPartsBefore(k) >= 3 {
			mode |= chainSure
		}
		if s.homeUnit(i) {
			mode |= chainHome
		}
		k++
		if e := s.localityChain(k, mode); e > k {
			return e, 0.8 // "Flat 3B, Sector 21, Noida"
		}
	}
	if k >= len(s.toks) || s.toks[k].f&efNL != 0 {
		return -1, 0
	}
	e := s.streetNameAt(k)
	if e == k {
		return -1, 0
	}
	if f := s.streetAfterBuilding(e); f > e {
		return f, 0.85 // "Flat 3, Rose Court, 5 Park Road"
	}
	if s.postcodeIn(e, s.addressTail(e)) {
		return e, 0.8
	}
	return -1, 0
}

// bareStreetBefore returns the first token of a street of two or three
// words without a house number, as the address of a house with a name
// has it, before a comma, maybe a district and a comma, and a town on
// the line of the UK postcode at token i: "Church Street, Bampton OX18
// 2LW", "Mill Lane, Hambleden, Henley-on-Thames RG9 6SB"; or -1. A line
// break may stand for a comma, as in a letter head, where the town fills
// its line and the postcode may have one of its own: "Mill Lane\nLittle
// Snoring\nNR21 0AX". A comma may part the town from the postcode:
// "Nelson Street, York, YO10 7JB". The street starts its line or
// follows punctuation, a preposition or an address's cue ("post it to
// Nelson Street, York, ...").
func (s *entScanner) bareStreetBefore(i int) int {
	if s.ukPostcodeAt(i, false) == 0 {
		return -1
	}
	m := i - 1
	if s.punct(m, ',') {
		m-- // "Nelson Street, York, YO10 7JB"
	}
	for hops := 0; hops < 2; hops++ {
		// The town's (or the district's) words, back to a comma or to
		// the start of their line.
		w, nl := 0, false
		for ; m >= 0 && w < 3 && s.toks[m].kind == etWord && s.toks[m].f&(efCap|efDigit|efUsed) == efCap; m-- {
			w++
			if s.toks[m].f&efNL != 0 {
				nl = true
				m--
				break
			}
		}
		if w == 0 || m < 1 || !nl && (m < 2 || !s.punct(m, ',')) {
			return -1
		}
		d := m // the designator, or the district's last word
		if s.punct(m, ',') {
			d--
		}
		if t := &s.toks[d]; t.kind == etWord && t.f&(efCap|efDigit|efUsed|efNL) == efCap && s.flags(d)&gzStreetType != 0 {
			for a := d - 1; a >= 0 && a >= d-2; a-- {
				if s.streetNameAt(a) == d+1 && (a == 0 || s.toks[a-1].kind == etPunct || s.toks[a].f&efNL != 0 || s.placeWordBefore(a) || s.addressCue(a)) {
					return a
				}
			}
		}
		m = d
	}
	return -1
}

// ukChainBefore returns the first token of an address with no house
// number that the UK postcode at token i (the caller's) ends: names parted by commas
// (or spaced slashes), the town's last, back to the start of the text
// or its line, a label's colon, a bracket, a spaced dash, "for" or an
// address's cue ("Tŷ Gwyn, Heol y Llan, Llanarthne, Carmarthen SA32 8JE", "Lower
// Hendre Farm, Llangattock Lingoed, Abergavenny NP7 8RR", "The
// Steading, Balnacraig, Aboyne AB34 5HR"), as rural Britain writes its
// addresses; or -1. A name of one to four capitalised words may hold
// the particles of Welsh, Scots and English places ("Maes y Coed",
// "Mains of Auchindoir", "Newcastle upon Tyne"), open with "nr" or "by"
// ("nr Ringwood", "by Rhynie"), or be a road's number ("B4520"). Three
// names at least, or two after an address's cue or with a house's word
// or a street's designator in the first. A person's name (a given name
// the lists know before another word, a title), a firm's or a word of
// a sentence before the names ends the chain after it when the names
// read are enough ("Dr Rhiannon Price, Maes y Coed, Heol Tregof, ..."),
// else no address is read. A house number may open the chain, before a
// street with no designator ("Flat 3, 112 Stokes Croft, Bristol BS1
// 3QY").
func (s *entScanner) ukChainBefore(i int) int {
	m := i - 1
	if s.punct(m, ',') {
		m--
	}
	return s.placeChainBefore(m, 0)
}

// placeChainBefore is ukChainBefore's reading of the names back from the
// last one's end at token m, names of them read already (an Irish
// county's, see irishRuralAt).
func (s *entScanner) placeChainBefore(m, names int) int {
	sign := false
	cut := -1 // the first token of the last name read after a comma
	enough := func(n int) bool { return n >= 3 || n == 2 && sign }
	for names < 6 {
		a, signed, ok := s.placeNameBefore(m)
		if !ok {
			// A person, a title, a firm or a sentence's word before the
			// names read: the chain is those, when they are enough
			// ("Dr Rhiannon Price, Maes y Coed, Heol Tregof, ...").
			if enough(names) {
				return cut
			}
			return -1
		}
		names++
		sign = sign || signed
		m = a - 1
		if m >= 0 && (s.punct(m, ',') || s.spacedSlash(m)) && s.toks[a].f&efNL == 0 {
			cut = a
			m--
			continue
		}
		// The chain's start.
		if a == 0 || s.toks[a].f&efNL != 0 || s.punct(m, ':') || s.punct(m, '(') || s.spacedDash(m) || s.addressCue(a) || s.placeWordBefore(a) ||
			s.toks[m].f&efPoss != 0 && s.is(m, "it") || s.is(m, "for") {
			if enough(names) || names == 2 && s.addressCue(a) {
				return a
			}
			return -1
		}
		// A house number before the street's name, which has no
		// designator: "Flat 3, 112 Stokes Croft, Bristol BS1 3QY".
		// "for" before the number, as before a chain with none, when a
		// house's word or a designator ends the name after it ("a water
		// meter for 2 Wyndham Cottages, Ledbury Road, Tewkesbury GL20
		// 5AB", session 74; "a table for 2 Adults, ..." counts guests).
		if names >= 2 && m >= 0 && s.toks[m].kind == etNum && s.toks[m].e-s.toks[m].s <= 4 && !s.glued(m+1) && (m == 0 || s.toks[m].f&efNL != 0 || s.toks[m-1].kind == etPunct || s.placeWordBefore(m) || s.addressCue(m) || signed && s.is(m-1, "for")) {
			return m
		}
		if enough(names - 1) {
			return cut // "Deliver to: Mr A. Ferguson / Westerton Lodge / Gartmore, Stirling FK8 3RX"
		}
		return -1
	}
	return -1
}

// placeNameBefore reads the name of a place or a house of ukChainBefore
// that ends at token m, backwards: one to four capitalised words, maybe
// with particles between them, or a road's number. It returns the name's
// first token, whether a house's word or a street's designator is in it,
// and false for no name, a person's (a given name the lists know before
// another word that is no house's word, or is a surname too: "Anna
// Hall"), a title's or a firm's.
func (s *entScanner) placeNameBefore(m int) (int, bool, bool) {
	words, e, sign := 0, m, false
	for m >= 0 && words < 4 {
		t := &s.toks[m]
		if t.kind != etWord || t.f&efUsed != 0 {
			break
		}
		fl := s.flags(m)
		if t.f&(efCap|efDigit) == efCap {
			if fl&(gzHonor|gzOrgSuffix|gzCompany) != 0 || fl&(gzStop|gzStreetType|gzStreetPre) == gzStop && !placeStopWord(s.fold(m)) {
				return 0, false, false // "Mr", "Ltd", "Tesco", "Please": no place's name
			}
			words++
			if fl&(gzStreetType|gzStreetPre) != 0 || s.houseWord(m) || houseNameShape(s.fold(m)) {
				sign = true
			}
		} else if m < e && t.f&(efCap|efDigit) == 0 && placeParticle(s.fold(m)) {
			// "y", "of", "upon" between the name's words; "nr" and "by"
			// open it.
		} else if m == e && t.f&efDigit != 0 && roadNumber(s.text[t.s:t.e]) {
			words++ // "Pen-y-Bryn, B4520, Upper Chapel"
		} else {
			break // a word of no place's name: the name ends after it
		}
		if t.f&efNL != 0 {
			m--
			break
		}
		m--
	}
	a := m + 1
	if words == 0 || s.toks[a].f&(efCap|efDigit) == 0 && !s.is(a, "nr") && !s.is(a, "by") {
		return 0, false, false // no name, or one that opens with a particle
	}
	if words >= 2 && s.flags(a)&gzFirst != 0 && s.flags(a)&(gzAmbig|gzPlace) == 0 && (!s.houseWord(e) || s.flags(e)&gzLast != 0) {
		return 0, false, false // "Martin Clegg, ...", "Anna Hall, ...": a person before the address
	}
	return a, sign, true
}

// placeParticle reports whether the folded word w, in lower case, stands
// inside the name of a British or Irish place or house or opens it:
// Welsh "y", "yr", "ap", Irish "na", "an", Scots and English "of",
// "upon", "on", "the", "nr", "by".
func placeParticle(w []byte) bool {
	switch string(w) {
	case "y", "yr", "yn", "ar", "ap", "of", "upon", "on", "the", "under", "le", "en", "nr", "by", "na", "an":
		return true
	}
	return false
}

// placeStopWord reports whether the folded word w, a stop word, may
// stand capitalised in the name of a British place or house ("Lower
// Hendre Farm", "Great Bedwyn", "The Steading", Welsh "Lôn Las").
func placeStopWord(w []byte) bool {
	switch string(w) {
	case "the", "lower", "upper", "great", "little", "north", "south", "east", "west", "new", "old", "high", "low", "nether",
		"long", "far", "near", "mid", "middle", "over", "st", "saint", "las", "bank", "hill", "green", "church", "mill", "main":
		return true
	}
	return false
}

// roadNumber reports whether w is the number of a British road: 'A',
// 'B' or 'M' and one to four digits ("B4520", "A470").
func roadNumber(w string) bool {
	if len(w) < 2 || len(w) > 5 || w[0] != 'A' && w[0] != 'B' && w[0] != 'M' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !isDigitByte(w[i]) {
			return false
		}
	}
	return true
}

// houseNameBefore returns the first token of the name of a house that
// ends right before the address at token a, or a: capitalised words, the
// first maybe "The", that end in a word naming a house ("Rose Cottage",
// "The Old Rectory", "Keeper's Cottage") and fill the line above the
// address ("Rose Cottage\nMill Lane\n...") or start the address's line
// before a comma ("Rose Cottage, Mill Lane, ..."), or follow a
// preposition ("delivered to Willow House, Wellington Parade, ..."),
// maybe after a number ("2 Forge Cottages, ..."). The line above an
// address names its addressee as often, and house words are surnames
// too: a title, a greeting or another stop word of a cue, a possessive
// pronoun ("Mrs Jane Hall", "Dear Mr Hall,", "Hi Anna Hall,", "Our Open
// House"; not "West Lodge", "Bank House", "May Cottage"), a given name that is no ordinary word ("Jane Croft", "Mary Anne
// Hall"), or a given name before a surname ("Rose Hall") leaves the line
// out. So do the public buildings that "Hall" and "House" name ("Town
// Hall", "Open House").
func (s *entScanner) houseNameBefore(a int) int {
	h := a - 1
	if s.punct(h, ',') {
		h--
	} else if s.toks[a].f&efNL == 0 {
		return a
	}
	if h < 1 || s.toks[h].kind != etWord || s.toks[h].f&(efCap|efDigit|efUsed) != efCap {
		return a
	}
	if !s.houseWord(h) {
		// A house named in one word the lists do not know, shaped as a
		// place's name, after a preposition, an address's cue, a label's colon or at a line's start: "deliver
		// to Meadowbank, Moor Lane, ...", "the address is Willowdene,
		// Church Lane, ...".
		if h >= 1 && s.flags(h) == 0 && s.toks[h].f&efAllCap == 0 && houseNameShape(s.fold(h)) && (s.placeWordBefore(h) || s.addressCue(h) || s.toks[h].f&efNL != 0 || s.punct(h-1, ':')) {
			return h
		}
		return a
	}
	if s.toks[h].f&efNL != 0 {
		return a // a house's word that opens its line names the house alone ("Cottage, Mill Lane")
	}
	switch string(s.fold(h - 1)) {
	case "town", "city", "village", "parish", "county", "guild", "open", "public":
		return a
	}
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		t := &s.toks[k]
		if t.kind != etWord || t.f&(efCap|efDigit|efUsed) != efCap {
			return a
		}
		// A number of the row: "2 Forge Cottages, Rosemary Gardens".
		row := k > 0 && t.f&efNL == 0 && s.toks[k-1].kind == etNum && s.toks[k-1].e-s.toks[k-1].s <= 3 && s.houseNameOpens(k-1)
		start := s.houseNameOpens(k) || row
		// A title, a greeting's or a cue's stop word, or a pronoun;
		// not a direction, a month or a common noun ("West Lodge",
		// "May Cottage", "Bank House", "Coach House").
		if fl := s.flags(k); (fl&gzHonor != 0 || fl&(gzCue|gzStop) == gzCue|gzStop || fl&(gzStop|gzCommon) == gzStop|gzCommon && s.possessiveAt(k)) && !(start && s.is(k, "the")) || fl&gzFirst != 0 && fl&gzAmbig == 0 {
			return a
		}
		if start {
			if k+1 == h && s.flags(k)&gzFirst != 0 && s.flags(h)&gzLast != 0 {
				return a // "Anna Hall\nMill Lane\n..."
			}
			// Under a label ("Ship to:"), a first word no list knows
			// and no possessive is the addressee's given name:
			// "Ship to:\nZorvik Croft\n..." (not "Keeper's Cottage"),
			// unless the house's word is no surname ("Brambles
			// Cottage", "Bryn Bungalow").
			if t.f&(efNL|efPoss) == efNL && k > 0 && s.punct(k-1, ':') && s.flags(k) == 0 && !houseOnly(s.fold(h)) {
				return a
			}
			if row {
				return k - 1
			}
			return k
		}
	}
	return a
}

// townLinkAt reports whether tokens m and m+1 are a preposition and an
// article in lower case on the line, followed by a capitalised word,
// that join a town's words: "an der", "ob der", "de la", "aan den"
// ("Neustadt an der Weinstraße", "Jerez de la Frontera"). Of the
// prepositions only "de" joins alone, before a capitalised word that is
// no stop word ("Las Palmas de Gran Canaria"; not "de Lunes"): "am" and
// "im" alone join the towns the lists know ("Frankfurt am Main"), and
// the particles' reader takes "del", "di".
func (s *entScanner) townLinkAt(m int) bool {
	t, u := &s.toks[m], &s.toks[m+1]
	if t.f&(efCap|efDigit|efNL) != 0 || t.e-t.s > 3 || u.kind != etWord || u.f&efNL != 0 {
		return false
	}
	switch string(s.fold(m)) {
	case "an", "am", "ob", "im", "de", "aan", "sur":
	default:
		return false
	}
	if u.f&(efCap|efDigit) == efCap {
		return s.is(m, "de") && s.flags(m+1)&(gzStop|gzCommon|gzMonthDay) == 0 // "de Gran Canaria", not "de Lunes"
	}
	if u.e-u.s > 3 || u.f&efDigit != 0 {
		return false
	}
	switch string(s.fold(m + 1)) {
	case "der", "den", "dem", "la", "las", "los", "le":
	default:
		return false
	}
	v := &s.toks[m+2]
	return v.kind == etWord && v.f&(efCap|efDigit|efNL) == efCap && s.flags(m+2)&(gzStop|gzMonthDay) == 0
}

// townQualifierAt returns the token after a capitalised word the lists
// lack in brackets from token k on its line ("(Saale)", "(Bodensee)"),
// which tells a town from another of its name, or 0: not a part of the
// house or its side ("(Hinterhaus)", "(Mitte)").
func (s *entScanner) townQualifierAt(k int) int {
	if !s.punct(k, '(') || s.toks[k].f&efNL != 0 || !s.glued(k+1) || !s.punct(k+2, ')') || !s.glued(k+2) {
		return 0
	}
	t := &s.toks[k+1]
	if t.kind != etWord || t.f&(efCap|efAllCap|efDigit) != efCap || s.flags(k+1)&(gzStop|gzCommon|gzCue) != 0 {
		return 0
	}
	if w := s.fold(k + 1); housePart(w) || germanSide(w) {
		return 0
	}
	return k + 3
}

// housePart reports whether the folded word w names a part of a German
// house or its floor ("Hinterhaus", "Seitenflügel", "Gartenhof",
// "Dachgeschoss", "Parterre"), which a town's qualifier in brackets is
// not.
func housePart(w []byte) bool {
	return endsInOneOf(w, 0, housePartEnds[:])
}

// germanHousePart reports whether word token k is a capitalised part
// of a German house that a delivery names before the street
// ("Hinterhaus", "Seitenflügel", "Dachgeschoss").
func (s *entScanner) germanHousePart(k int) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efCap|efDigit) != efCap {
		return false
	}
	switch string(s.fold(k)) {
	case "hinterhaus", "vorderhaus", "seitenflugel", "gartenhaus", "hinterhof", "ruckgebaude", "quergebaude", "dachgeschoss", "erdgeschoss", "souterrain", "parterre":
		return true
	}
	return false
}

// housePartEnds are the endings housePart reads.
var housePartEnds = [...]string{"haus", "hof", "flugel", "geschoss", "gebaude", "etage", "parterre", "souterrain"}

// endsInOneOf reports whether the folded word w ends in one of ends,
// with at least stem bytes before the ending.
func endsInOneOf(w []byte, stem int, ends []string) bool {
	for _, end := range ends {
		if len(w)-len(end) >= stem && string(w[len(w)-len(end):]) == end {
			return true
		}
	}
	return false
}

// houseNameShape reports whether the folded word w ends as the names of
// English houses and places do ("Meadowbank", "Willowdene", "Oakfield",
// "Fernleigh", "Hillcrest"), with four letters or more before the end.
func houseNameShape(w []byte) bool {
	return endsInOneOf(w, 3, houseNameEnds[:])
}

// houseNameEnds are the endings houseNameShape reads.
var houseNameEnds = [...]string{"bank", "dene", "field", "leigh", "lea", "crest", "view", "wood", "woods", "lands", "side", "brook", "croft", "hurst", "mead", "garth", "holme", "ridge", "stead", "haven", "stones", "brae", "house"}

// houseNameOpens reports whether the name of a house may start at token
// k: at the start of a line, after a label's colon, a comma of a record
// ("Victor Griffiths, 2 Weir Cottages, ...", "Saltmarsh Co-op, Ivy
// Cottage, ..."), a preposition or a verb of being (placeWordBefore), or
// an address's cue ("address Rose Cottage, ...").
func (s *entScanner) houseNameOpens(k int) bool {
	return k == 0 || s.toks[k].f&efNL != 0 || s.punct(k-1, ':') || s.punct(k-1, ',') || s.placeWordBefore(k) || s.addressCue(k)
}

// placeWordBefore reports whether a preposition or a verb of being in
// lower case, which lead to a place, stands right before token k on its
// line: "delivered to Willow House, ...", "Old one was Willow House,
// ..."; not "I love Maple House, 12 Oak Street", which may be a shop's.
func (s *entScanner) placeWordBefore(k int) bool {
	if k == 0 || s.toks[k].f&efNL != 0 || s.toks[k-1].kind != etWord || s.toks[k-1].f&efDigit != 0 {
		return false
	}
	switch string(s.fold(k - 1)) {
	case "to", "at", "from", "in", "is", "was", "are", "now", "be":
		return s.toks[k-1].f&efCap == 0
	case "it's", "its":
		return true // "It's Willowdene, Mill Lane, ..."
	}
	return false
}

// possessiveAt reports whether word token k is an English possessive
// pronoun ("Our Open House", "My Cottage").
func (s *entScanner) possessiveAt(k int) bool {
	switch string(s.fold(k)) {
	case "my", "our", "your", "his", "her", "their", "its":
		return true
	}
	return false
}

// houseWord reports whether word token k names a house, as the last word
// of its name: "Cottage", "Farm", "Rectory".
func (s *entScanner) houseWord(k int) bool {
	if t := &s.toks[k]; t.f&efASCII != 0 && (t.e-t.s < 4 || t.e-t.s > 9) {
		return false
	}
	switch string(s.fold(k)) {
	case "cottage", "cottages", "house", "farm", "farmhouse", "lodge", "rectory", "vicarage", "parsonage", "barn", "barns",
		"manor", "hall", "villa", "grange", "croft", "bungalow", "mill", "priory", "chalet", "oast", "forge",
		"granary", "orchard", "stables":
		return true
	}
	return false
}

// homeUnit reports whether the unit word at token i names one home or
// office, behind a door of its own ("Flat", "Apt", "Suite", "House",
// "Plot"), rather than a room, a level or a division of a building or a
// town ("Room", "Floor", "Block", "Sector", "Phase", "Stage"), which
// name rooms of offices and steps of plans, maps and games as often.
func (s *entScanner) homeUnit(i int) bool {
	switch string(s.fold(i)) {
	case "flat", "apt", "apartment", "appt", "appartement", "apto", "apartamento", "depto", "dpto", "whg", "wohnung",
		"suite", "ste", "unit", "house", "plot", "lot", "door", "puerta", "porte", "interno", "int",
		"office", "ofc", "studio", "loft", "penthouse", "ph", "pmb":
		return true
	}
	return false
}

// lowerHouseAt parses an Indian address typed in lower case that starts
// at word token i with a house: "h.no." or a unit and the house's
// number ("h.no. 12-5-34", "flat 3b", "house no. 16-11-740", "door no
// 7", from "no" then), maybe after a flat's code ("b-204, sector 18"),
// then a comma and a chain of localities that a known city and its PIN
// code end (localityChain). After "h.no." or a door's number in three
// parts, which say house as in capitals, the known city may end it
// alone. It returns the first token of the address and the token after
// it, or end -1.
func (s *entScanner) lowerHouseAt(i int) (int, int) {
	a, k := i, 0
	mode := chainLower
	switch t := &s.toks[i]; {
	case t.e-t.s == 1:
		k = s.houseNoAt(i) // "h.no.", "h. no."
		mode |= chainSure | chainHome
	case s.is(i, "no"):
		if p := i - 1; p >= 0 && s.toks[p].f&(efCap|efDigit|efUsed|efPunct) == 0 && s.flags(p)&gzUnit != 0 {
			a, k = p, s.unitNoAt(p)
		}
	case i+1 < len(s.toks) && s.toks[i+1].f&efDigit != 0 && s.flagsIn(i)&gzUnit != 0:
		k = s.unitAt(i) // "flat 3b"
	}
	if k == 0 || !s.punct(k, ',') {
		return i, -1
	}
	if a < i {
		if s.homeUnit(a) {
			mode |= chainHome
		}
		if s.doorPartsBefore(k) >= 3 {
			mode |= chainSure // "house no. 16-11-740"
		}
	}
	e := s.localityChain(k+1, mode)
	if e <= k+1 {
		return i, -1
	}
	// A flat's code before the unit: "b-204, sector 18, ...". (Codes in
	// lower case are not looked for where they start, which would cost
	// every word with a digit a test.)
	if p := a - 2; p >= 0 && s.punct(a-1, ',') && s.toks[p].f&efCap == 0 && s.flatCodeAt(p) == a-1 && s.flatOpens(p) {
		a = p
	}
	return a, e
}

// lowerWord reports whether token k is a word in lower case of two
// letters or more without digits, which may name a locality in an
// address typed in lower case.
func (s *entScanner) lowerWord(k int) bool {
	if uint(k) >= uint(len(s.toks)) {
		return false
	}
	t := &s.toks[k]
	return t.kind == etWord && t.f&(efCap|efDigit|efUsed) == 0 && t.e-t.s >= 2
}

// unitNoAt returns the token after a unit or a house whose number
// "No" introduces, as India writes them ("House No. 45", "Door No 7",
// "House No. 16-11-740"), at token i, or 0.
func (s *entScanner) unitNoAt(i int) int {
	j := i + 1
	if !s.is(j, "no") {
		return 0
	}
	j++
	if s.punct(j, '.') && s.glued(j) {
		j++
	}
	if j < len(s.toks) && s.toks[j].f&(efDigit|efNL) == efDigit && s.toks[j].e-s.toks[j].s <= 6 {
		return s.doorEnd(j)
	}
	return 0
}

// doorEnd returns the token after the door number that starts at token
// j: the number alone, or its parts joined by dashes and a slash, as
// Hyderabad writes them ("12-5-34", "8-2-293/82").
func (s *entScanner) doorEnd(j int) int {
	e := j + 1
	for parts := 0; parts < 4 && e+1 < len(s.toks) && (s.punct(e, '-') || s.punct(e, '/')) && s.glued(e) && s.glued(e+1) && s.toks[e+1].f&efDigit != 0 && s.toks[e+1].e-s.toks[e+1].s <= 5; parts++ {
		e += 2
	}
	// A letter for a part of the house after a slash: "14-2-117/A"
	// (session 63).
	if e+1 < len(s.toks) && s.punct(e, '/') && s.glued(e) && s.glued(e+1) && s.toks[e+1].kind == etWord && s.toks[e+1].e-s.toks[e+1].s == 1 {
		e += 2
	}
	return e
}

// doorPartsBefore returns how many numbers that dashes or a slash glue
// together end just before token k ("16-11-740" is 3, "8-2-293/82" 4,
// "45" 1).
func (s *entScanner) doorPartsBefore(k int) int {
	parts := 0
	for j := k - 1; j >= 0 && s.toks[j].f&efDigit != 0; j -= 2 {
		parts++
		if j < 2 || !s.glued(j) || !s.glued(j-1) || !s.punct(j-1, '-') && !s.punct(j-1, '/') {
			break
		}
	}
	return parts
}

// houseNoAt returns the token after "H.No." or "H. No." and a house's
// number at token i, as India shortens "House No." ("H.No. 12-5-34",
// "H.No 3-4-56", "h.no. 12-5-34"), or 0.
func (s *entScanner) houseNoAt(i int) int {
	t := &s.toks[i]
	if t.e-t.s != 1 || s.text[t.s]|0x20 != 'h' || !s.punct(i+1, '.') || !s.glued(i+1) || i+2 >= len(s.toks) || s.toks[i+2].f&efNL != 0 {
		return 0
	}
	return s.unitNoAt(i + 1)
}

// flatStreetAt parses a flat's block letter and number that a chain of
// localities follows, as Delhi and its suburbs write them: "B-204,
// Sector 18, Rohini, Delhi 110085", "C-3/45, Janakpuri, New Delhi
// 110058". The code must open what is said (flatOpens): after a word
// ("Ticket B-204", "error A-12") it names something else.
// Without a unit or a street in the chain, the PIN code must end it
// (localityChain), and a town and its state alone do not (placesOnly).
// It returns the token after the address and a score, or -1.
func (s *entScanner) flatStreetAt(i int) (int, float64) {
	k := s.flatCodeAt(i)
	if k == 0 {
		return -1, 0
	}
	// A code that does not open what is said names a flat still when
	// the chain ends in a PIN code: "Send the replacement to B-47,
	// Sector 62, Noida, UP 201301" (session 63).
	opens := s.flatOpens(i)
	if !s.punct(k, ',') {
		// The building's name right after the code: "D-539 Sunrise
		// Apartments, Andheri West, Mumbai 400058".
		if s.buildingAhead(k) {
			if e := s.localityChain(k, chainHome); e > k && (opens || s.pinCodeNear(e-1)) {
				return e, 0.8
			}
		}
		return -1, 0
	}
	if e := s.localityChain(k+1, chainHome); e > k+1 && (opens || s.pinCodeNear(e-1)) && !(s.registrationCode(i) && s.placesOnly(k+1, e)) {
		return e, 0.8
	}
	return -1, 0
}

// pinCodeNear reports whether an Indian PIN code's six digits end a
// chain of localities whose last token is k, or follow it after a
// state's code on its line ("Noida, UP 201301").
func (s *entScanner) pinCodeNear(k int) bool {
	for m := k; m < len(s.toks) && m <= k+3; m++ {
		t := &s.toks[m]
		if m > k && t.f&efNL != 0 {
			return false
		}
		if t.kind == etNum {
			return t.e-t.s == 6 && s.text[t.s] != '0'
		}
	}
	return false
}

// buildingAhead reports whether two to four capitalised words that a
// building's noun ends stand at token k before a comma: "Sunrise
// Apartments,", "Lotus Towers,".
func (s *entScanner) buildingAhead(k int) bool {
	for m := k; m < len(s.toks) && m < k+4; m++ {
		t := &s.toks[m]
		if t.kind != etWord || t.f&(efCap|efNL|efDigit) != efCap {
			return false
		}
		if s.punct(m+1, ',') {
			switch string(s.fold(m)) {
			case "apartments", "apartment", "towers", "tower", "residency", "heights", "enclave", "complex", "society", "niwas", "bhavan", "plaza", "mansion":
				return m > k
			}
			return false
		}
	}
	return false
}

// registrationCode reports whether the flat's code at token i is shaped
// like the head of an Indian vehicle registration, a state's code and a
// district's number of one or two digits ("MH-12", "KA-01", "DL-3"),
// which names no flat before a town and its state alone.
func (s *entScanner) registrationCode(i int) bool {
	t := &s.toks[i]
	w := s.text[t.s:t.e]
	if len(w) < 4 || len(w) > 5 || w[2] != '-' {
		return false
	}
	for _, c := range []byte(w[3:]) {
		if !isDigit(c) {
			return false
		}
	}
	switch string([]byte{w[0] &^ 0x20, w[1] &^ 0x20}) { // in capitals
	case "AN", "AP", "AR", "AS", "BR", "CG", "CH", "DD", "DL", "DN", "GA", "GJ", "HP", "HR", "JH", "JK", "KA", "KL", "LA", "LD",
		"MH", "ML", "MN", "MP", "MZ", "NL", "OD", "OR", "PB", "PY", "RJ", "SK", "TN", "TR", "TS", "UK", "UP", "WB":
		return true
	}
	return false
}

// placesOnly reports whether the parts of a chain of localities in [a, e)
// are all places the gazetteer knows, towns and states, and maybe a PIN
// code. A flat's code is the flat's within its block, sector or street,
// which the chain must name before the town: "MH-12, Pune, Maharashtra
// 411001" is a vehicle's registration code, the state's and the
// district's, before the town it stands for.
func (s *entScanner) placesOnly(a, e int) bool {
	for p := a; p < e; {
		q := s.knownPlaceAt(p)
		if q == 0 {
			return false
		}
		if !s.punct(q, ',') {
			break
		}
		p = q + 1
	}
	return true
}

// flatOpens reports whether a flat's code at token i opens what is said:
// at the start of a line, after a bracket, a prompt's '>' or a list's
// bullet, after the colon of a speaker's label ("Customer: B-204, ...")
// or after an address cue. After
// another label or in a list the code names something else ("Ticket:
// B-204, Sector 62, Noida", "Tickets A-12, B-14, Sector 18").
func (s *entScanner) flatOpens(i int) bool {
	switch {
	case i == 0 || s.toks[i].f&efNL != 0 || s.addressCue(i):
		return true
	case s.punct(i-1, '(') || s.punct(i-1, '>') || s.punct(i-1, '*') || s.punct(i-1, '-') && !s.glued(i):
		return true // "user> B-204, ...", a list's bullet
	case s.punct(i-1, ':'):
		_, set := s.cuesBefore(i)
		return set&(1<<cueSpeaker) != 0
	}
	return false
}

// flatCodeAt returns the token after a flat's code at word token i: one
// or two capitals, a dash and up to four digits, maybe a letter, maybe
// a second number after a slash ("B-204", "GF-12", "B-204A", "C-3/45"),
// or 0. The letters may all be in lower case ("b-204", "c-3/45"), as a
// hurried customer types them (see lowerHouseAt). The tokenizer keeps a
// word and the digits a dash joins to it in one token.
func (s *entScanner) flatCodeAt(i int) int {
	t := &s.toks[i]
	w := s.text[t.s:t.e]
	if t.kind != etWord || t.f&efASCII == 0 || len(w) < 3 || len(w) > 8 {
		return 0
	}
	c := entClass[w[0]]
	if c != ecUpper && c != ecLower {
		return 0
	}
	d := 1
	if entClass[w[1]] == c {
		d = 2
	}
	m := dashDigits(w, d)
	if m == 0 || m < len(w)-1 || m == len(w)-1 && entClass[w[m]] != c {
		return 0
	}
	e := i + 1
	if s.punct(e, '/') && s.glued(e) && s.glued(e+1) && s.toks[e+1].kind == etNum && s.toks[e+1].e-s.toks[e+1].s <= 4 {
		e += 2
	}
	return e
}

// dashDigits returns the end of the one to four digits after the dash
// at w[d] ("B-204", "Sector-18"), or 0 when w[d] is no dash or they are
// not there.
func dashDigits(w string, d int) int {
	if d >= len(w) || w[d] != '-' {
		return 0
	}
	m := d + 1
	for m < len(w) && isDigitByte(w[m]) {
		m++
	}
	if m == d+1 || m > d+5 {
		return 0
	}
	return m
}

// chainMode says what the words before a chain of localities tell of
// it (see localityChain).
type chainMode uint8

const (
	chainSure  chainMode = 1 << iota // they name a house: the city may come first and end the chain
	chainHome                        // they name one home or office: a unit in the chain says house too
	chainLower                       // the address is typed in lower case: without chainSure, the PIN code must end the chain
)

// localityChain returns the token after the parts of an address that
// follow a unit and a comma as India writes them, each ending in a
// comma, up to a city the gazetteer knows and maybe its PIN code:
// units ("Sector 21", "Sector-18"), streets ("MG Road", "Road No. 10")
// and localities ("Andheri West") ("Flat 3B, Sector 21, Noida", "Door No
// 7, Anna Salai, Chennai 600002"), or k. Words that name no unit nor
// street ("Room 12, Jane Doe, London") need the PIN code, unless sure
// says that what comes before names a house ("H.No. 3-4-56, Kachiguda,
// Hyderabad"); then the city may come first. A unit or a street in the
// chain says house as well, a unit only when mode says that what comes
// before names one home or office (homeUnit): units alone that name
// levels and divisions name steps of plans and games as often ("Phase 2,
// Stage 3, London", "Level 3, Stage 2, Sydney"). In lower case the names
// of localities are words in lower case, which no capital tells from
// others, and the PIN code must end the chain unless mode says house.
func (s *entScanner) localityChain(k int, mode chainMode) int {
	n, k0 := len(s.toks), k
	sure, lower := mode&chainSure != 0, mode&chainLower != 0
	first := sure
	lines := false // a line break parted two of the parts: the PIN code must end them
	free := 0      // parts no reader knows (freePart): the PIN code must end them
	for parts := 0; parts < 6 && k < n && (s.toks[k].f&efNL == 0 || lines); parts++ {
		if e := s.knownPlaceAt(k); e > 0 && (parts > 0 || first) {
			// "Hyderabad - 500247": a dash before the PIN code.
			p := e
			if s.spacedDash(p) {
				p++
			}
			if p < n && s.toks[p].kind == etNum && s.chainPostcode(p) && s.toks[p].f&efNL == 0 {
				// The state on the line under the PIN code, as a letter
				// head writes it: "Hyderabad - 500247\nTelangana".
				if lines && p+1 < n && s.toks[p+1].f&efNL != 0 {
					if r := s.knownPlaceAt(p + 1); r > 0 && s.tailEndAt(r) {
						return r
					}
				}
				return p + 1
			}
			if sure && !lines && free == 0 && (!lower || mode&chainSure != 0) && s.tailEndAt(e) {
				return e
			}
		}
		e := s.unitAt(k)
		if e == 0 {
			e = s.numberedPartAt(k, lower)
		}
		if e == 0 && parts == 0 && s.toks[k].f&efDigit != 0 {
			// A block's code after the flat: "Flat 12, DL-3,
			// Connaught Place, New Delhi 110001".
			if e = s.flatCodeAt(k); e > 0 && s.punct(e, ',') {
				k = e + 1
				continue
			}
			e = 0
		}
		sn := s.streetNameAt(k)
		// "MG Road Extension": the stretch a road was extended by.
		if sn > k && (s.is(sn, "extension") || s.is(sn, "extn")) {
			sn++
		}
		// "Green Meadows Residency": a street's name that more words
		// follow names a building or a locality.
		if sn > k && e == 0 && sn < n && s.toks[sn].f&efNL == 0 && !s.punct(sn, ',') {
			sn = k
		}
		if e > 0 || sn > k {
			sure = sure || mode&chainHome != 0 || sn > k
			e = max(e, sn)
		} else {
			// "Andheri West": a compass word ends a locality's name, and
			// so does "City" ("Electronic City"). "3rd Cross", "2nd
			// Stage": an ordinal starts one.
			e = k
			// "HSR Layout": so does an acronym.
			acronym := s.toks[k].kind == etWord && s.toks[k].f&(efAllCap|efDigit) == efAllCap && s.toks[k].e-s.toks[k].s <= 4
			if (s.ordinalWord(k) || acronym) && k+1 < n && s.toks[k+1].f&efNL == 0 && (s.nameLike(k+1) || lower && s.lowerWord(k+1)) {
				e = k + 1
			}
			for ; e < k+3 && (s.nameLike(e) || lower && s.lowerWord(e)) && (e == k || s.toks[e].f&efNL == 0); e++ {
				if s.flags(e)&(gzStop|gzCue) != 0 && (e == k || !compassWord(s.fold(e))) {
					// "City" ends a name ("Electronic City"), and so
					// does a building's noun before the comma ("Green
					// Meadows Residency,").
					if e > k && (s.toks[e].e-s.toks[e].s == 4 && s.is(e, "city") || s.punct(e+1, ',') && s.toks[e].f&efCap != 0) {
						e++
					}
					break
				}
			}
		}
		// A line break parts the lines of a letter head as a comma
		// does: "House No. 3894, Shanti Kunj\n5th Cross\nGachibowli\n
		// Hyderabad - 500247".
		if e > k && e < n && s.toks[e].f&efNL != 0 && s.toks[e].kind == etWord && !lower {
			lines = true
			k = e
			continue
		}
		if e == k || !s.punct(e, ',') {
			// A part no reader knows, a landmark's or a society's ("near
			// D-Mart", "Shanti Kunj CHS", "Jayanagar 4th Block"): at most
			// three, on the line, and then the PIN code must end the chain.
			f := s.freePart(k)
			if f == 0 || free == 3 || lines {
				return k0
			}
			free++
			e = f
		}
		k = e + 1
	}
	return k0
}

// chainPostcode reports whether the number at token p may be the
// postcode after the city that ends a chain of localities: India's PIN
// code of six digits, Pakistan's and Nepal's of five, Bangladesh's of
// four ("Dhanmondi, Dhaka 1209"), not a year.
func (s *entScanner) chainPostcode(p int) bool {
	// The first group of a number in groups is no postcode: "Mobile
	// 07823 419627" names a phone, not the city in Alabama.
	if p+1 < len(s.toks) && s.toks[p+1].kind == etNum && s.toks[p+1].f&efNL == 0 {
		return false
	}
	switch s.toks[p].e - s.toks[p].s {
	case 5, 6:
		return true
	case 4:
		return !yearLike(s.text[s.toks[p].s:s.toks[p].e])
	}
	return false
}

// freePart returns the comma that ends a short part of an address at
// token k that no reader of localityChain knows, or 0: up to eight
// tokens, words in capitals, numbers and codes ("Shanti Kunj CHS",
// "Jayanagar 4th Block", "D-Mart"), maybe after the words of a
// landmark's place ("near D-Mart", "opp. Bus Stand", "off Allen
// Avenue"), after which words in lower case count too ("near Hanuman
// temple"), on the line.
func (s *entScanner) freePart(k int) int {
	n := len(s.toks)
	m := k
	for ; m < n && m-k < 8; m++ {
		t := &s.toks[m]
		if t.f&efNL != 0 {
			return 0
		}
		switch {
		case t.c == ',':
			if m == k {
				return 0
			}
			return m
		case t.kind == etPunct:
			if t.c != '.' && t.c != '-' && t.c != '/' && t.c != '#' && t.c != '&' {
				return 0
			}
		case t.kind == etWord && t.f&(efCap|efDigit) == 0:
			// After a landmark's word its noun may be in lower case:
			// "near Hanuman temple".
			if !landmarkWord(s.fold(m)) && !(m > k && landmarkWord(s.fold(k))) {
				return 0
			}
		}
	}
	return 0
}

// landmarkWord reports whether the folded word w places an address by a
// landmark, as India and Nigeria write it: "near", "opp", "off",
// "behind", "beside", "next to".
func landmarkWord(w []byte) bool {
	switch string(w) {
	case "near", "nr", "opp", "opposite", "off", "behind", "beside", "next", "to", "above", "below":
		return true
	}
	return false
}

// numberedPartAt returns the token after a unit whose number a dash
// joins ("Sector-18", one token) or a unit or street whose number "No"
// introduces ("Road No. 10"), as parts of an Indian address, at token
// k, or 0. In a chain typed in lower case (lower) the word may be in
// lower case too ("sector-18", "road no. 10").
func (s *entScanner) numberedPartAt(k int, lower bool) int {
	t := &s.toks[k]
	if t.kind != etWord || t.f&efCap == 0 && !lower {
		return 0
	}
	if t.f&efDigit != 0 {
		// The word before the dash must be a unit the gazetteer knows,
		// the rest up to four digits.
		w := s.text[t.s:t.e]
		d := 1
		for d < len(w) && entClass[w[d]] == ecLower {
			d++
		}
		if t.f&efASCII == 0 || dashDigits(w, d) != len(w) {
			return 0
		}
		if g, _ := s.g.wordAt(s.text, int(t.s), int(t.s)+d); g&gzUnit != 0 {
			return k + 1
		}
		return 0
	}
	if e := s.unitNoAt(k); e > 0 && s.flags(k)&(gzUnit|gzStreetType) != 0 {
		return e
	}
	return 0
}

// leadBytes holds the first letters of the words lowerLeadAt takes.
var leadBytes = func() (t [256]bool) {
	for _, c := range []byte("tensw") {
		t[c] = true
	}
	return t
}()

// lowerLeadAt reports whether word token j, in lower case, the first
// after the house number at token i, opens the name of a street: a
// compass point before the name ("404 e 14th st", "221 north broad
// street"), which a cue or a designator ahead confirms, or "the" before a
// designator that names the street alone ("8 the crescent, york yo24
// 1aw"), which a postcode must confirm ("i live at 5 the grove" names
// none). lower caches the cue, as for streetFromNumber.
func (s *entScanner) lowerLeadAt(i, j int, loose bool, lower *int) bool {
	t := &s.toks[j]
	if t.e-t.s == 3 && s.text[t.s:t.e] == "the" {
		return s.flags(j+1)&gzStreetType != 0 && s.toks[j+1].f&(efCap|efNL) == 0 && s.postcodeIn(j+2, s.addressTail(j+2))
	}
	return (t.e-t.s <= 2 || s.flags(j)&gzStop != 0) && s.lowerCompass(j) && (s.lowerStreetCue(i, lower) || loose && s.designatorAhead(j))
}

// lowerCompass reports whether word token j, in lower case, is a compass
// point or its letter ("e", "north", "sw").
func (s *entScanner) lowerCompass(j int) bool {
	t := &s.toks[j]
	if t.f&(efCap|efDigit) != 0 || t.e-t.s > 5 {
		return false
	}
	return compassPoint(s.text[t.s:t.e])
}

// compassPoint reports whether the folded word w is a compass point or
// its letters ("n", "sw", "north").
func compassPoint(w string) bool {
	switch w {
	case "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west":
		return true
	}
	return false
}

// compassOpens reports whether a compass point or its letter, in any
// case and maybe with a period, stands right before token k after a
// house number, as the street's first word ("47 N Pine", "47 N. Pine",
// "47 North Pine").
func (s *entScanner) compassOpens(k int) bool {
	p := k - 1
	if s.punct(p, '.') && s.glued(p) {
		p--
	}
	return p >= 1 && s.toks[p].kind == etWord && s.toks[p].e-s.toks[p].s <= 5 && s.toks[p-1].kind == etNum && compassPoint(string(s.fold(p)))
}

// designatorAhead reports whether one of the three words after word
// token j on its line is a street designator, as a street typed in lower
// case without a cue must have ("main st", "queen street").
func (s *entScanner) designatorAhead(j int) bool {
	for m := j + 1; m <= j+3 && m < len(s.toks); m++ {
		if t := &s.toks[m]; t.kind != etWord || t.f&efNL != 0 || t.f&efDigit != 0 && !s.ordinalWord(m) {
			return false
		}
		if s.flags(m)&gzStreetType != 0 {
			return true
		}
	}
	return false
}

// postcodeAhead reports whether a comma or a line break, a postcode and
// a town (or the end of the line) follow token j after at most four more
// words in lower case on its line, none of them the plural of a common word: "rue des
// lilas, 70134 nantes" from "des" on, not "12 route options, 45678
// users affected" or "4 square plates, 10001 ny".
func (s *entScanner) postcodeAhead(j int) bool {
	if s.pluralCommon(j) {
		return false
	}
	for m := j + 1; m <= j+5 && m < len(s.toks); m++ {
		t := &s.toks[m]
		if s.punct(m, ',') || t.f&efNL != 0 {
			return s.postcodeTownNext(m)
		}
		if t.kind == etNum && t.e-t.s == 5 {
			// Without the comma, five digits and a town right after the
			// street's words: "14 rue des acacias 69003 lyon" (session 81).
			// A town of several words typed apart ("13090 aix en
			// provence") is left to a label's reading of the whole.
			z := s.postcodeFirst(m)
			if z <= 0 || z >= len(s.toks) || s.toks[z].f&efNL != 0 {
				return false
			}
			e := s.lowerTownAt(z)
			if e <= 0 {
				e = s.cityAt(z, false)
			}
			return e > 0 && !(s.is(e, "en") || s.is(e, "sur") || s.is(e, "sous") || s.is(e, "lès") || s.is(e, "le") || s.is(e, "la"))
		}
		if t.kind != etWord || t.f&(efCap|efDigit) != 0 || s.pluralCommon(m) {
			return false
		}
	}
	return false
}

// postcodeNext returns the token after a postcode that starts the next
// part of an address at token k: after a comma at k, or at k when a
// line break precedes it ("12 rue de la paix\n75002 paris"), or 0. A
// unit may come first, as a part of its own: "12 rue des lilas\nbâtiment
// c\n75011 paris".
func (s *entScanner) postcodeNext(k int) int {
	for range 2 {
		if k >= len(s.toks) || k < 0 {
			return 0
		}
		if s.toks[k].c == ',' {
			k++
		} else if s.toks[k].f&efNL == 0 {
			return 0
		}
		if z := s.postcodeFirst(k); z > 0 {
			return z
		}
		if k = s.unitAt(k); k == 0 {
			return 0
		}
	}
	return 0
}

// postcodeTownNext reports whether a postcode starts the next part of an
// address at token k (postcodeNext) and a town or the end of its line
// follows it.
func (s *entScanner) postcodeTownNext(k int) bool {
	z := s.postcodeNext(k)
	return z > 0 && (z >= len(s.toks) || s.toks[z].f&efNL != 0 || s.toks[z].kind == etPunct || s.lowerTownAt(z) > 0 || s.cityAt(z, false) > 0)
}

// jpPostcodeAt returns the token after a Japanese postcode of three and
// four digits at token k ("150-0002"), or 0.
func (s *entScanner) jpPostcodeAt(k int) int {
	if k+2 >= len(s.toks) || s.toks[k].kind != etNum || s.toks[k].e-s.toks[k].s != 3 || !s.punct(k+1, '-') || !s.glued(k+1) || !s.glued(k+2) {
		return 0
	}
	if t := &s.toks[k+2]; t.kind != etNum || t.e-t.s != 4 || s.glued(k+3) && !s.punct(k+3, ',') && !s.punct(k+3, '.') && !s.punct(k+3, ';') {
		return 0
	}
	return k + 3
}

// stopAfterLetter reports whether the word after the letter at token j
// (and its period) is a function word or a common word.
func (s *entScanner) stopAfterLetter(j int) bool {
	k := j + 1
	if s.punct(k, '.') {
		k++
	}
	return k < len(s.toks) && s.toks[k].kind == etWord && s.flags(k)&(gzStop|gzCommon|gzPersonVerb) != 0
}

// spanWord reports whether the folded word w measures a time or a
// distance in German or English, or an age in the chat languages ("78
// ans. Son numéro ...", session 57), which no street is named.
func spanWord(w []byte) bool {
	switch string(w) {
	case "minuten", "stunden", "sekunden", "minutes", "meter", "meters", "metres", "kilometer", "kilometers", "kilometres",
		"uhr", "minute", "stunde", "tage", "tagen", "wochen", "monate", "jahre",
		"ans", "años", "anos", "anni", "jaar":
		return true
	}
	return false
}

// jpAddressAt returns the token after a Japanese address written in
// Latin letters in the West's order from its block number at token i:
// the numbers of the district's part, block and house joined by hyphens
// ("4-9-28"), maybe the district's name, then the ward, city, town or
// county with its suffix ("Meguro-ku", "Sapporo-shi"), which the address
// must name, and its tail ("Tokyo 153-1904, Japan"); or 0. Without the
// suffix three numbers joined so are as often a score or a code.
func (s *entScanner) jpAddressAt(i int) int {
	n := len(s.toks)
	k := i
	for part := 0; ; part++ {
		if k >= n || s.toks[k].kind != etNum || s.toks[k].e-s.toks[k].s > 4 || part > 0 && !s.glued(k) {
			return 0
		}
		k++
		if part == 2 {
			break
		}
		if !s.punct(k, '-') || !s.glued(k) {
			return 0
		}
		k++ // the hyphen
	}
	if k < n && s.glued(k) && !s.punct(k, ',') {
		return 0
	}
	for words := 0; words < 3; words++ {
		if s.punct(k, ',') {
			k++
		}
		if k >= n || s.toks[k].kind != etWord || s.toks[k].f&(efDigit|efUsed) != 0 {
			return 0
		}
		if jpWard(s.text[s.toks[k].s:s.toks[k].e]) {
			return s.jpTail(k + 1)
		}
		if s.toks[k].f&(efCap|efNL) != efCap {
			return 0 // the district's name, capitalised, on the line
		}
		k++
	}
	return 0
}

// jpBuildingBefore returns the first token of the building and its
// room that Japan writes before the block numbers at token a, after a
// comma or on the line above ("Maison Kaede 504\n1-1-18 Daita, ...",
// "Park Court #574, 4-25-4 Daita, ..."), or a: one to three capitalised
// words, the room's number with maybe its sign, which the words must
// open: a capitalised word before them is a name's.
func (s *entScanner) jpBuildingBefore(a int) int {
	p := a - 1
	if p < 1 {
		return a
	}
	if s.toks[a].kind == etNum && s.toks[a].f&efDigit != 0 && s.toks[a].f&efNL == 0 && s.punct(p, ',') && s.toks[p].f&efNL == 0 {
		p-- // the room before the comma
	} else if s.toks[a].f&efNL == 0 || s.toks[a].kind != etNum {
		if s.toks[a].f&efNL != 0 || !(s.punct(a, '#') || s.toks[a].kind == etNum) {
			return a
		}
		p = a // the room that unitBefore took: "#574, 4-25-4 ..."
	}
	if s.toks[p].kind != etNum || s.toks[p].e-s.toks[p].s > 5 {
		if !s.punct(p, '#') {
			return a
		}
	} else if s.punct(p-1, '#') && s.glued(p) {
		p--
	}
	if s.toks[p].f&efNL != 0 {
		return a
	}
	w, building := p, false
	for w > 0 && w > p-3 && s.nameLike(w-1) && s.toks[w].f&efNL == 0 {
		w--
		building = building || jpBuildingWord(s.fold(w))
	}
	if !building || w > 0 && s.toks[w].f&efNL == 0 && s.toks[w-1].kind == etWord && s.toks[w-1].f&efCap != 0 {
		return a
	}
	return w
}

// jpBuildingWord reports the words, folded, that Japanese buildings of
// flats are named with in romaji ("Park Court", "Maison Kaede", "Sun
// Heights", "Green Heim"): a person's name before a room says nothing
// of a building.
func jpBuildingWord(w []byte) bool {
	switch string(w) {
	case "maison", "mansion", "heim", "haitsu", "corpo", "palace", "residence", "plaza", "hills", "villa", "court", "heights", "house", "tower", "towers", "apartments":
		return true
	}
	return false
}

// jpTail returns the token after the tail of a Japanese address whose
// ward ends before token e: more words with a ward's suffix
// ("Kita-ku, Sapporo-shi"), a postcode, or the prefecture or the city
// before one ("Hokkaido 060-0808"), and what addressTail reads after them
// (the country).
func (s *entScanner) jpTail(e int) int {
	n := len(s.toks)
	for {
		k := e
		if s.punct(k, ',') {
			k++
		}
		if z := s.jpPostcodeAt(k); z > 0 {
			e = z // "Kanagawa-ken 220-0012"
			break
		}
		if k >= n || s.toks[k].kind != etWord || s.toks[k].f&(efDigit|efUsed) != 0 {
			break
		}
		if jpWard(s.text[s.toks[k].s:s.toks[k].e]) {
			e = k + 1
			continue
		}
		if z := s.jpPostcodeAt(k + 1); z > 0 && s.toks[k].f&efCap != 0 {
			e = z
		}
		break
	}
	return max(e, s.addressTail(e))
}

// jpWard reports whether a word ends in the suffix of a Japanese ward,
// city, town, village, county or prefecture after a hyphen ("Meguro-ku",
// "Sapporo-shi", "Hakone-machi", "Kanagawa-ken", "Tokyo-to"), in any
// case.
func jpWard(w string) bool {
	h := strings.LastIndexByte(w, '-')
	if h < 1 {
		return false
	}
	switch strings.ToLower(w[h+1:]) {
	case "ku", "shi", "cho", "chō", "machi", "mura", "gun", "ken":
		return true
	case "to": // the one metropolis
		return strings.EqualFold(w[:h], "tokyo")
	case "fu": // the two urban prefectures
		return strings.EqualFold(w[:h], "osaka") || strings.EqualFold(w[:h], "kyoto")
	}
	return false
}

// streetAfterBuilding returns the token after a street with its house
// number that follows the name of a building ending before token e and
// a comma ("Oak Court, 5 Park Road"), on its line, or e.
func (s *entScanner) streetAfterBuilding(e int) int {
	k := e + 1
	if !s.punct(e, ',') || k >= len(s.toks) || s.toks[k].f&(efNL|efUsed) != 0 || s.toks[k].kind != etNum {
		return e
	}
	if h := s.houseNumber(k); h > 0 {
		if f, _ := s.streetFromNumber(k, h, true); f > k {
			return f
		}
	}
	return e
}

// postcodeIn reports whether a postcode starts in the tokens [a, e) of
// an address's tail: one with letters, in either case, or of five digits
// or more, which is no year, or of four after a state ("vic 3181").
func (s *entScanner) postcodeIn(a, e int) bool {
	for m := a; m < e; m++ {
		if s.postcodeFirst(m) > 0 && (s.toks[m].kind == etWord || s.toks[m].e-s.toks[m].s >= 5 || m > a && s.flags(m-1)&gzState != 0) || s.lowerPostcodeAt(m) > 0 {
			return true
		}
		// Dublin's postal district, the postcode of its addresses before
		// the Eircode: "..., dublin 6".
		if m > a && s.toks[m].kind == etNum && s.dublinDistrictEnd(m) > m {
			return true
		}
	}
	return false
}

// unitBefore returns the first token of a unit written before the street
// that starts at token a, on its line ("Apt 4B, 350 5th Ave", "Flat 2,
// 10 Downing Street"), or a.
func (s *entScanner) unitBefore(a int) int {
	b := s.unitBefore1(a)
	if b == a && (a == 0 || !s.punct(a-1, ',')) && !s.buildingLineAbove(a) {
		return a // most streets: nothing before them
	}
	// Units in a chain, outermost first: "Bât. D, Appt 41, 105 rue des
	// Tilleuls"; a unit before a building's name: "Apartment 36, Maple
	// House, 193B Orchard Mews".
	for range 3 {
		c := b
		if k := s.buildingBefore(b); k >= 0 {
			if u := s.unitBefore1(k); u < k {
				c = u
			} else if s.floorFlatAt(k) || residenceWord(s.fold(k)) {
				c = k // "Ground Floor Flat, ...", "Résidence Les Oliviers, ..."
			} else if j := s.buildingBefore(k); j >= 0 && !s.is(k, "the") {
				// A building within a site's name: "Flat 11, Beech House,
				// Sunningdale Care Village, London Rd" (session 63).
				if u := s.unitBefore1(j); u < j {
					c = u
				}
			}
		}
		if c == b {
			c = s.unitBefore1(b)
		}
		if c >= b {
			break
		}
		b = c
	}
	return b
}

// buildingBefore returns the first token of a building's or a
// residence's name that ends with a comma right before token a and
// opens its line or follows a comma ("Maple House, ", "Albion Works, ",
// "Résidence Les Oliviers, ", "Ground Floor Flat, "), or -1.
func (s *entScanner) buildingBefore(a int) int {
	p := a - 1 // the comma
	if p < 1 || !s.punct(p, ',') || s.toks[a].f&efNL != 0 {
		// ... or a building's name that ends the line above:
		// "Flat 7, Lyndhurst Court\n112 Finchley Road".
		if !s.buildingLineAbove(a) {
			return -1
		}
		p = a
	} else if k := s.floorFlatEnd(p); k >= 0 {
		return k
	}
	last := p - 1
	building := buildingNoun(s.fold(last))
	opens := func(k int) bool {
		if k == 0 || s.toks[k].f&efNL != 0 || s.punct(k-1, ',') || s.punct(k-1, ':') {
			return true
		}
		// Right after a unit, without a comma: "Flat 12B Albion House,
		// 4 Queens Rd" (session 63).
		for u := k - 2; u >= 0 && u >= k-3; u-- {
			if s.toks[u].kind == etWord && s.unitAt(u) == k {
				return true
			}
		}
		return false
	}
	for k := last; k >= 0 && k >= p-5; k-- {
		t := &s.toks[k]
		if t.kind != etWord || t.f&(efUsed|efDigit) != 0 || k < last && s.toks[k+1].f&efNL != 0 {
			return -1
		}
		if t.f&efCap == 0 && t.e-t.s > 3 {
			return -1 // lower-case words are short articles: "Résidence les Oliviers"
		}
		if k < last && residenceWord(s.fold(k)) {
			// ... or follows a word in lower case: "I live at Résidence
			// Les Cèdres, appt 21, ..."; not a name's.
			if opens(k) || k > 0 && s.toks[k-1].kind == etWord && s.toks[k-1].f&efCap == 0 {
				return k
			}
			return -1
		}
		if building && k < last && opens(k) {
			return k
		}
		// A building's name after "The" ("Apt 5C, The Beaumont, 180
		// Riverside Dr"), which unitBefore takes only with a unit
		// before it (session 63).
		if k < last && opens(k) && s.is(k, "the") {
			return k
		}
	}
	return -1
}

// buildingLineAbove reports whether the line above token a, which opens
// its line with a house number, ends in a capitalised building's noun
// ("Lyndhurst Court\n112 Finchley Road").
func (s *entScanner) buildingLineAbove(a int) bool {
	return a >= 2 && s.toks[a].f&efNL != 0 && s.toks[a].kind == etNum && s.toks[a-1].kind == etWord &&
		s.toks[a-1].f&(efCap|efNL) == efCap && buildingNoun(s.fold(a-1))
}

// floorFlatEnd returns the first token of a flat named by its floor that
// ends right before the comma at p ("Ground Floor Flat", "Basement
// Flat", "First Floor Flat"), or -1.
func (s *entScanner) floorFlatEnd(p int) int {
	k := p - 1
	if k < 1 || !s.is(k, "flat") {
		return -1
	}
	k--
	if s.is(k, "floor") {
		k--
	}
	if k < 0 || !floorWord(s.fold(k)) {
		return -1
	}
	if k > 0 && (s.is(k-1, "lower") || s.is(k-1, "upper")) {
		k--
	}
	return k
}

// floorFlatAt reports whether a flat named by its floor starts at k.
func (s *entScanner) floorFlatAt(k int) bool {
	for p := k + 1; p < len(s.toks) && p <= k+4; p++ {
		if s.punct(p, ',') {
			return s.floorFlatEnd(p) == k
		}
	}
	return false
}

// floorWord reports the words, folded, that name a flat's floor.
func floorWord(w []byte) bool {
	switch string(w) {
	case "ground", "first", "second", "third", "top", "basement", "garden", "lower", "upper":
		return true
	}
	return false
}

// buildingNoun reports the nouns, folded, that end the name of a
// building in a British or Irish address ("Maple House", "Albion
// Works"), and in the English of South Africa and India ("Sunset
// Villas", "Sai Residency").
func buildingNoun(w []byte) bool {
	switch string(w) {
	case "house", "court", "works", "lodge", "mansions", "building", "buildings", "tower", "towers", "heights",
		"apartments", "chambers", "wharf", "mill", "barn", "cottage", "villa", "hall", "quay", "point",
		"villas", "residency", "residences", "plaza", "complex", "quays", "gardens", "lofts", "studios", "flats", "estate", "manor",
		"village", "mews", "centre", "center", "grange", "farm", "cottages":
		return true
	}
	return false
}

// residenceWord reports the words, folded, that open the name of a
// residence or an estate in a French address.
func residenceWord(w []byte) bool {
	switch string(w) {
	case "résidence", "residence", "domaine", "lotissement", "immeuble", "cité":
		return true
	}
	return false
}

// unitBefore1 is unitBefore for one unit.
func (s *entScanner) unitBefore1(a int) int {
	if k := s.numberSignBefore(a); k < a {
		return k
	}
	p := a
	if s.punct(p-1, ',') || s.punct(p-1, '-') && !s.glued(p-1) && !s.glued(a) {
		p-- // a comma, or a spaced dash as Canada writes it: "Unit 6 - 1120 Kingsway Ave" (session 57)
	}
	if s.toks[a].f&efNL != 0 || p < a && s.toks[p].f&efNL != 0 {
		return s.unitLineBefore(a)
	}
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		if s.toks[k].f&efUsed != 0 {
			return a
		}
		// (The kind first: a number or a sign before the street is no
		// unit's start, whatever unitAt says of it.)
		if s.toks[k].kind == etWord || s.punct(k, '#') {
			if u := s.unitAt(k); u == p || u == p+1 && p == a && (s.unitNumberFirst(a) || s.unitSlashHouse(a)) {
				return k
			}
		}
		// "5th Floor, 20 Fenchurch Street": an ordinal before the unit.
		if k+2 == p && s.ordinalWord(k) && s.toks[k+1].kind == etWord && s.toks[k+1].f&efNL == 0 && s.flags(k+1)&gzUnit != 0 {
			return k
		}
		// "6e étage, 89 boulevard Paul Bert": a floor as French writes it.
		if k+2 == p && s.frenchFloor(k) {
			return k
		}
		// "3. OG links, Lindenstraße 14", "Hinterhaus 2. Stock,
		// Gneisenaustr. 41", "Hinterhaus, ...": a storey or a part of
		// the house as German deliveries write them before the street.
		if p < a && s.toks[k].kind == etNum && s.toks[k].e-s.toks[k].s <= 2 && s.storeyAt(k) == p {
			if h := k - 1; h >= 0 && s.toks[k].f&efNL == 0 && s.germanHousePart(h) {
				return h
			}
			return k
		}
		if p < a && k+1 == p && s.germanHousePart(k) {
			return k
		}
		// "2/1, 58 Hyndland Road": a flat's storey and door before the
		// street, as Glasgow's tenements write them.
		if p < a && k+3 == p && s.flatPositionAt(k) {
			return k
		}
		if s.toks[k].f&efNL != 0 {
			return a
		}
	}
	return a
}

// flatPositionAt reports whether tokens k to k+2 are a flat's storey and
// door joined by a slash ("2/1", "0/2", "3/R" is not read), each of one
// or two digits, opening what is said: at the start of a line, after a
// mark, or after a word in lower case that names no unit ("go to 2/1,
// 58 Hyndland Road").
func (s *entScanner) flatPositionAt(k int) bool {
	if k+2 >= len(s.toks) || s.toks[k].kind != etNum || s.toks[k].e-s.toks[k].s > 2 || !s.punct(k+1, '/') || !s.glued(k+1) || !s.glued(k+2) ||
		s.toks[k+2].kind != etNum || s.toks[k+2].e-s.toks[k+2].s > 2 {
		return false
	}
	// (After a unit's word, "flat 2/1, ...", unitAt reads the unit whole.)
	return k == 0 || s.toks[k].f&efNL != 0 || s.toks[k-1].kind == etPunct && !s.glued(k) || s.toks[k-1].kind == etWord && s.toks[k-1].f&efCap == 0 && s.flags(k-1)&gzUnit == 0
}

// unitNumberFirst reports whether the street at token a opens with the
// unit's number and then the house number, with no comma between: "Flat
// 5B 101 Rosemary Close", "flat 9 104 kingsley avenue".
func (s *entScanner) unitNumberFirst(a int) bool {
	b := a + 1
	return b < len(s.toks) && s.toks[a].f&efDigit != 0 && s.toks[b].kind == etNum && s.toks[b].f&efNL == 0
}

// unitSlashHouse reports whether the street at token a opens with the
// unit's number, a slash and the house number, as Australia writes them
// after the unit's word: "Unit 18/264 Brunswick St".
func (s *entScanner) unitSlashHouse(a int) bool {
	return a+2 < len(s.toks) && s.toks[a].kind == etNum && s.punct(a+1, '/') && s.glued(a+1) && s.glued(a+2) && s.toks[a+2].kind == etNum
}

// unitLineBefore returns the first token of a unit written on a line of
// its own right above the street that starts a line at token a ("Apt
// 4B\n1200 Oak Avenue"), or a: the unit starts its line, or follows a
// colon ("ship to: Suite 5\n..."), and ends it, maybe with a comma.
func (s *entScanner) unitLineBefore(a int) int {
	p := a
	if s.punct(p-1, ',') {
		p--
	}
	for k := p - 2; k >= 0 && k >= p-4; k-- {
		t := &s.toks[k]
		if t.f&efUsed != 0 || k+1 < p && s.toks[k+1].f&efNL != 0 {
			return a
		}
		// The unit opens its line, follows a label's colon, a residence's
		// comma ("Résidence Les Cèdres, appt 21\n138 rue ...") or a word
		// in lower case ("livrer au Appt 12\n...", "the address is
		// Escalier C\n...").
		if (k == 0 || t.f&efNL != 0 || s.punct(k-1, ':') || s.punct(k-1, ',') || s.toks[k-1].kind == etWord && s.toks[k-1].f&efCap == 0) && (t.kind == etWord || s.punct(k, '#')) && s.unitAt(k) == p {
			return k
		}
	}
	return a
}

// numberOpensAddress reports whether the house number at token i, before
// a comma, starts what is said ("Customer: 22, Residency Road"), follows
// a unit or a "No" ("Flat 4, 22, ...", "No. 9, 2nd Main Road") or an
// address cue ("ship to 22, Residency Road"): in "Chapter 2, Baker
// Street, London" or "I scored 3, Park Lane" it counts something else.
func (s *entScanner) numberOpensAddress(i int) bool {
	return i == 0 || s.toks[i].f&efNL != 0 || s.toks[i-1].kind == etPunct || s.unitBefore(i) < i || s.addressCue(i)
}

// numberSignBefore returns the token of a capitalised "No" or "No." that
// opens a clause right before the house number at token a, on its line,
// as India writes it alone ("No. 9, 2nd Main Road"), or a.
func (s *entScanner) numberSignBefore(a int) int {
	if s.toks[a].kind != etNum || s.toks[a].f&efNL != 0 {
		return a
	}
	k := a - 1
	if s.punct(k, '.') && s.glued(k) {
		k--
	}
	if k < 0 {
		return a
	}
	// "# 701, Temple Road, ...": India's sign of a house's number, before
	// a comma; "#1208-1155 Seymour St": Canada's of a flat's, glued to
	// it before the dash and the civic number.
	if k == a-1 && s.punct(k, '#') && (s.punct(a+1, ',') || s.glued(a) && s.punct(a+1, '-') && s.glued(a+1)) && s.houseSignOpens(k) {
		return k
	}
	// It opens a clause: "Order No. 12" numbers an order.
	opens := k == 0 || s.toks[k].f&efNL != 0 || s.toks[k-1].kind == etPunct
	if t := &s.toks[k]; t.kind == etWord && t.f&(efCap|efUsed|efAllCap) == efCap && s.mayFold(k, 2) && s.is(k, "no") && (k == a-1 || s.toks[k+1].f&efNL == 0) {
		if opens {
			return k
		}
		// "House No. 17, Kahawa Sukari Estate", "Hse No. C12/4", "Plot
		// No. 5": a house's or a plot's word before it, opening the
		// clause, as Kenya, Ghana and Nigeria write it (session 66).
		if h := k - 1; h >= 0 && s.toks[h].kind == etWord && s.toks[h].f&(efCap|efUsed|efNL) == efCap && (h == 0 || s.toks[h-1].kind == etPunct || s.toks[h-1].f&efNL != 0 || s.toks[h-1].kind == etWord && s.flags(h-1)&gzCue != 0) &&
			(s.is(h, "house") || s.is(h, "hse") || s.is(h, "plot")) {
			return h
		}
	}
	return a
}

// houseSignOpens reports whether the number sign at token k opens what
// is said, as a house's sign does: at the start of a line, after
// punctuation or after a verb or a preposition that an address follows
// ("Address: # 2183, ...", "my address is # 2183, ...", "update it to #
// 1733, ..."); after another word it numbers that word's thing ("Issue
// # 1733", "item # 12").
func (s *entScanner) houseSignOpens(k int) bool {
	if k == 0 || s.toks[k].f&efNL != 0 || s.toks[k-1].kind == etPunct {
		return true
	}
	p := k - 1
	return s.toks[p].f&efCap == 0 && (s.is(p, "is") || s.is(p, "was") || s.is(p, "to") || s.is(p, "at"))
}

// ordinalWord reports whether token k is an English ordinal in digits
// ("1st", "22nd", "5th").
func (s *entScanner) ordinalWord(k int) bool {
	t := &s.toks[k]
	w := s.text[t.s:t.e]
	return t.kind == etWord && len(w) >= 3 && len(w) <= 5 && isDigitByte(w[0]) && ordinalSuffix(w[len(w)-2:])
}

// frenchFloor reports whether tokens k and k+1 are a floor as French
// writes it: an ordinal ("1er", "6e", "3ème", "2eme") and "étage".
func (s *entScanner) frenchFloor(k int) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.f&efDigit == 0 || t.e-t.s > 6 || !isDigitByte(s.text[t.s]) || k+1 >= len(s.toks) || s.toks[k+1].f&efNL != 0 || !s.is(k+1, "etage") {
		return false
	}
	w := s.text[t.s:t.e]
	d := 1
	for d < len(w) && d < 3 && isDigitByte(w[d]) {
		d++
	}
	var low [6]byte
	switch string(foldBytes(low[:0], w[d:])) {
	case "e", "er", "re", "eme", "ème":
		return true
	}
	return false
}

// floorAt returns the token after a floor and door written the Spanish
// or Portuguese way at word token k ("3º izq", "2º B", "1ºA", "4º 2ª",
// "2º Esq"), or 0.
func (s *entScanner) floorAt(k int) int {
	ordinal := func(k int) bool {
		t := &s.toks[k]
		if t.kind != etWord || t.f&efDigit == 0 || t.e-t.s > 15 || !isDigitByte(s.text[t.s]) {
			return false
		}
		w := s.text[t.s:t.e]
		d := 1
		for d < len(w) && isDigitByte(w[d]) {
			d++
		}
		if d > 2 {
			return false
		}
		// "º" or "ª", maybe a door letter glued on, or a side of the
		// landing ("2ºizq", session 77).
		w = w[d:]
		if len(w) < 2 || w[0] != 0xc2 || w[1] != 0xba && w[1] != 0xaa {
			return false
		}
		if len(w) <= 3 {
			return true
		}
		var low [12]byte
		return len(w)-2 <= len(low) && doorSideWord(lowerASCII(low[:0], w[2:]))
	}
	j, n := k+1, len(s.toks)
	// An English floor after the street: "1801 California St, 22nd
	// Floor, Denver, CO 80202" (session 64).
	if j < n && s.toks[j].f&efNL == 0 && (s.is(j, "floor") || s.is(j, "fl")) && s.ordinalWord(k) {
		if s.punct(j+1, '.') && s.glued(j+1) {
			return j + 2
		}
		return j + 1
	}
	// A floor and a door joined by a dash, which a postcode must follow:
	// "Calle de Alcalá 81 5-1 08021 Barcelona", "... 155 8-4, 46029".
	if s.toks[k].kind == etNum && s.toks[k].e-s.toks[k].s <= 2 && s.punct(j, '-') && s.glued(j) && s.glued(j+1) && j+2 < n &&
		s.toks[j+1].kind == etNum && s.toks[j+1].e-s.toks[j+1].s <= 2 && (!s.glued(j+2) || s.punct(j+2, ',')) {
		z := j + 2
		if s.punct(z, ',') {
			z++
		}
		if s.postcodeFirst(z) > 0 {
			return j + 2
		}
		return 0
	}
	switch {
	case ordinal(k):
	case s.toks[k].kind == etWord && s.typedOrdinal(k):
		// "2o A": the "º" typed as an "o", a door after it.
	case s.toks[k].kind == etWord && s.catalanFloor(k):
		return k + 2 // "3r 2a", "4t 1a": a floor and a door in Catalan
	case s.toks[k].kind == etNum && s.degreeAfter(k):
		j++ // "2° B", typed with a degree sign
	case s.toks[k].kind == etNum && s.toks[k].e-s.toks[k].s <= 2 && s.punct(j, '.') && s.glued(j) && s.glued(j+1) && s.ordinalSignAt(j+1):
		j += 2 // "4.º D", "2.º Dto.": the Portuguese spelling
	case s.toks[k].kind == etNum && s.toks[k].e-s.toks[k].s <= 2:
		return s.storeyAt(k)
	default:
		return 0
	}
	if j >= n || s.toks[j].f&efNL != 0 || s.toks[j].kind == etPunct {
		return j
	}
	if ordinal(j) {
		return j + 1
	}
	if s.is(j, "planta") || s.is(j, "piso") || s.is(j, "andar") || s.is(j, "pis") {
		return j + 1 // "6ª planta", "3º piso", "7º andar"
	}
	if s.doorLetter(j) {
		return j + 1
	}
	return s.doorSideAt(j)
}

// catalanFloor reports whether word token k is a floor written the
// Catalan way, one or two digits and the ordinal's ending ("1r", "2n",
// "3r", "4t", "5è"), before a door ("1a", "2a", or a letter) and a comma
// or the end of the line:
// "C/ Sant Antoni Maria Claret 167, 3r 2a, 08025 Barcelona".
func (s *entScanner) catalanFloor(k int) bool {
	w := s.text[s.toks[k].s:s.toks[k].e]
	d := 0
	for d < len(w) && isDigitByte(w[d]) {
		d++
	}
	switch w[d:] {
	case "r", "n", "t", "è", "e":
	default:
		return false
	}
	// (A comma after the door, or the end of its line: "c/ de Provença
	// 301, 1r 3a\n08037 Barcelona".)
	if d == 0 || d > 2 || k+2 >= len(s.toks) || s.toks[k+1].f&efNL != 0 || !s.punct(k+2, ',') && s.toks[k+2].f&efNL == 0 {
		return false
	}
	door := s.text[s.toks[k+1].s:s.toks[k+1].e]
	return s.doorLetter(k+1) || len(door) >= 2 && len(door) <= 3 && door[len(door)-1] == 'a' && isDigitByte(door[0]) && (len(door) == 2 || isDigitByte(door[1]))
}

// doorLetter reports whether token j is a door's letter: one byte of a
// letter ("2º B", "bajo A"), which oneLetter does not ask (it counts any
// token of one byte).
func (s *entScanner) doorLetter(j int) bool {
	t := &s.toks[j]
	return t.kind == etWord && t.f&efDigit == 0 && t.e-t.s == 1
}

// typedOrdinal reports whether word token k is a floor of one or two
// digits with an "o" or an "a" for "º" or "ª" ("2o", "1a"), before a
// door's letter or side ("2o A", "3o izq") and a comma.
func (s *entScanner) typedOrdinal(k int) bool {
	if !s.ordinalTyped(k) {
		return false
	}
	j := k + 1
	if j >= len(s.toks) || s.toks[j].f&efNL != 0 {
		return false
	}
	if s.doorLetter(j) {
		j++
	} else if j = s.doorSideAt(j); j == k+1 {
		return false
	}
	return s.punct(j, ',')
}

// ordinalTyped reports whether token k is an ordinal of one digit or
// two with its "º" or "ª" typed as an "o" or an "a": "2o", "1a".
func (s *entScanner) ordinalTyped(k int) bool {
	t := &s.toks[k]
	w := s.text[t.s:t.e]
	l := len(w)
	return l >= 2 && l <= 3 && isDigitByte(w[0]) && isDigitByte(w[l-2]) && (w[l-1] == 'o' || w[l-1] == 'a')
}

// ordinalSignAt reports whether word token k is the sign of an ordinal,
// "º" or "ª", maybe with a door's letter glued on ("ºA").
func (s *entScanner) ordinalSignAt(k int) bool {
	t := &s.toks[k]
	w := s.text[t.s:t.e]
	return t.kind == etWord && len(w) >= 2 && len(w) <= 3 && w[0] == 0xc2 && (w[1] == 0xba || w[1] == 0xaa)
}

// storeyAt returns the token after a storey written as a German or a
// Dutch one after an address's house number, at number token k of one
// or two digits: "2. Stock", "3. OG", "1. Etage", "2 hoog"; or 0.
func (s *entScanner) storeyAt(k int) int {
	j := k + 1
	if j+1 < len(s.toks) && s.punct(j, '.') && s.glued(j) && s.toks[j+1].f&efNL == 0 {
		if s.is(j+1, "stock") || s.is(j+1, "og") || s.is(j+1, "etage") || s.is(j+1, "obergeschoss") || s.is(j+1, "stockwerk") {
			if e := j + 2; e < len(s.toks) && s.toks[e].f&efNL == 0 && germanSide(s.fold(e)) {
				return e + 1 // "2. OG links"
			}
			return j + 2
		}
		return 0
	}
	if j < len(s.toks) && s.toks[j].f&efNL == 0 && s.is(j, "hoog") {
		return j + 1
	}
	return 0
}

// degreeAfter reports whether number token k of one or two digits has a
// degree sign glued after it, which stands for "º" in a floor typed on
// a keyboard that lacks it ("2° B").
func (s *entScanner) degreeAfter(k int) bool {
	t := &s.toks[k]
	if t.kind != etNum || t.e-t.s > 2 || !s.glued(k+1) || s.toks[k+1].c != 0x80 {
		return false
	}
	d := &s.toks[k+1]
	return s.text[d.s:d.e] == "°"
}

// yearLike reports whether the postcode [k, z) is a lone number of four
// digits that reads as a year ("1999", "2024").
func (s *entScanner) yearLike(k, z int) bool {
	t := &s.toks[k]
	if z != k+1 || t.e-t.s != 4 {
		return false
	}
	w := s.text[t.s:t.e]
	return w[:2] == "19" || w[:2] == "20"
}

// placeAdjective reports whether word token k is a German adjective of a
// place ("Wiedner", "Berliner") or a Nordic one of a direction or a size
// ("Västra", "Store"), which names a street before a word with a
// designator suffix ("Wiedner Hauptstraße") also at a sentence start.
func (s *entScanner) placeAdjective(k int) bool {
	t := &s.toks[k]
	w := s.text[t.s:t.e]
	if t.f&efAllCap != 0 {
		return false
	}
	if len(w) >= 6 && w[len(w)-2:] == "er" {
		return true
	}
	// The Nordic ones: "Västra Hamngatan", "Store Kongensgade".
	switch string(s.fold(k)) {
	case "vastra", "ostra", "norra", "sodra", "stora", "lilla", "gamla", "nordre", "sondre", "ostre", "vestre", "store", "lille", "gamle", "nedre", "ovre":
		return true
	}
	return false
}

// knownPlaceAt returns the token after a place the gazetteer knows, of up
// to three words on one line at token k ("Oregon", "new york"), or 0.
func (s *entScanner) knownPlaceAt(k int) int {
	return max(s.placeEnd(k, k, min(k+3, len(s.toks))-1, gzPlace), 0)
}

// gluedUnit reports whether w is a unit's word glued to its number and
// maybe a letter, as a form that strips spaces writes it ("Unit23F",
// "Suite1D", "Apt38C"). Only the designators of American and British
// forms: most other words the lists hold as units (gzUnit) name other
// things when a number is glued to them ("Studio54", "Top10",
// "Level3", "Tower2").
func gluedUnit(w string) bool {
	d := 0
	for d < len(w) && isLetter(w[d]) {
		d++
	}
	if d < 3 || d > 5 || len(w)-d > 6 {
		return false
	}
	if p := w[:d]; !strings.EqualFold(p, "unit") && !strings.EqualFold(p, "suite") && !strings.EqualFold(p, "apt") && !strings.EqualFold(p, "ste") && !strings.EqualFold(p, "flat") {
		return false
	}
	e := d
	for e < len(w) && isDigit(w[e]) {
		e++
	}
	return e > d && (e == len(w) || e+1 == len(w) && w[e] >= 'A' && w[e] <= 'Z')
}

// unitAt returns the token after a unit at token k ("Apt 26D", "Suite
// 501", "#12", "Flat 3"), or 0.
func (s *entScanner) unitAt(k int) int {
	n := len(s.toks)
	if k >= n {
		return 0
	}
	j := k
	word := false // a unit word, which the gazetteer must know
	if s.punct(j, '#') {
		j++
	} else {
		if s.toks[k].kind != etWord || s.toks[k].f&efDigit != 0 {
			if s.toks[k].kind == etWord && gluedUnit(s.text[s.toks[k].s:s.toks[k].e]) {
				return k + 1
			}
			return s.floorAt(k)
		}
		word = true
		j++
		if s.punct(j, '.') && s.glued(j) {
			j++
		} else if t := &s.toks[k]; t.e-t.s == 2 && s.text[t.s]|0x20 == 'e' && s.text[t.s+1]|0x20 == 't' {
			// Romania's floor takes its period ("et. 3"); "et" alone
			// is French's "and" ("12 rue Victor Hugo et 3 enfants").
			return 0
		}
		if s.punct(j, '#') {
			j++
		}
	}
	if j >= n || s.toks[j].f&efNL != 0 {
		return 0
	}
	// The number or code of the unit first: it rules out most words
	// before the gazetteer is asked.
	e := 0
	t := &s.toks[j]
	switch {
	case t.kind == etNum && t.e-t.s <= 6:
		e = j + 1
		// "#05-01": a floor and a unit, as Singapore writes them.
		if j+2 < n && s.punct(j+1, '-') && s.glued(j+1) && s.glued(j+2) && s.toks[j+2].kind == etNum && s.toks[j+2].e-s.toks[j+2].s <= 4 && (!s.glued(j+3) || s.punct(j+3, ',')) {
			e = j + 3
		}
		// "Flat 4/3, 99 ...": a floor and a door, as Scotland writes
		// them, before a comma or the house number (not a date,
		// "4/3/2024", nor Australia's unit and house, "Unit 7/22
		// George St").
		if word && j+3 < n && s.punct(j+1, '/') && s.glued(j+1) && s.glued(j+2) && s.toks[j+2].kind == etNum && s.toks[j+2].e-s.toks[j+2].s <= 2 &&
			(s.punct(j+3, ',') || s.toks[j+3].kind == etNum && !s.glued(j+3)) {
			e = j + 3
		}
	case t.kind == etWord && t.e-t.s <= 5 && (t.f&efDigit != 0 || t.f&efAllCap != 0 || t.e-t.s == 1):
		e = j + 1
	}
	if e == 0 || word && s.flagsIn(k)&gzUnit == 0 {
		return 0
	}
	// "RT 04/RW 02": Indonesia's neighbourhood and its ward, two units
	// a slash joins.
	if word && e+2 < n && s.punct(e, '/') && s.glued(e) && s.glued(e+1) && s.toks[e+1].kind == etWord && s.toks[e+2].kind == etNum && s.flagsIn(e+1)&gzUnit != 0 {
		e += 3
	}
	// "ph 021 488 3071": a phone's abbreviation before its groups, no
	// penthouse.
	if word && e < n && s.toks[e].kind == etNum && s.toks[e].f&efNL == 0 && s.is(k, "ph") {
		return 0
	}
	return e
}

// icelandicTown reports whether the folded word w is one of Iceland's
// towns that its three-digit postcodes stand before.
func icelandicTown(w []byte) bool {
	switch string(w) {
	case "reykjavík", "reykjavik", "kópavogur", "kopavogur", "hafnarfjörður", "hafnarfjordur", "akureyri", "garðabær", "gardabaer",
		"mosfellsbær", "mosfellsbaer", "reykjanesbær", "reykjanesbaer", "selfoss", "akranes", "ísafjörður", "isafjordur", "egilsstaðir",
		"egilsstadir", "húsavík", "husavik", "vestmannaeyjar", "seltjarnarnes", "borgarnes", "sauðárkrókur", "saudarkrokur", "höfn",
		"grindavík", "grindavik", "hveragerði", "hveragerdi", "dalvík", "dalvik":
		return true
	}
	return false
}

// dutchTownAfter reports whether the four digits at token k, whose two
// capitals after them are also a state's code, stand as a Dutch
// postcode does, after a comma and before a capitalised town on the
// line: "Jansenlaan 41, 5102 AP Dongen" (session 67; "AP" is also
// Andhra Pradesh's code and Dongen in no list).
func (s *entScanner) dutchTownAfter(k int) bool {
	return k > 0 && s.punct(k-1, ',') && k+2 < len(s.toks) && s.toks[k+2].kind == etWord && s.toks[k+2].f&(efCap|efNL|efAllCap) == efCap
}

// postcodeAt returns the token after a postcode at token k, or 0: four to
// six digits (with a -NNN or -NNNN extension), "1234 AB", a UK postcode
// ("SW1A 1AA"), a Canadian one ("K1A 0B6") or an Argentine one
// ("C1043AAB").
func (s *entScanner) postcodeAt(k int) int {
	n := len(s.toks)
	if k >= n {
		return 0
	}
	t := &s.toks[k]
	w := s.text[t.s:t.e]
	if t.kind == etNum {
		if len(w) == 2 {
			// Poland's "00-514 Warszawa": before a town on its line.
			if s.punct(k+1, '-') && s.glued(k+1) && k+3 < n && s.glued(k+2) && s.toks[k+2].kind == etNum && s.toks[k+2].e-s.toks[k+2].s == 3 && s.toks[k+3].f&(efCap|efNL|efSpace) == efCap|efSpace {
				return k + 3
			}
			return 0
		}
		if len(w) == 3 {
			// Iceland's three digits before one of its towns: "Hverfisgata
			// 44, 101 Reykjavík" (session 81).
			if k+1 < n && s.toks[k+1].kind == etWord && s.toks[k+1].f&(efCap|efNL) == efCap && icelandicTown(s.fold(k+1)) {
				return k + 1
			}
			return 0
		}
		if len(w) < 4 || len(w) > 6 {
			return 0
		}
		if s.punct(k+1, '-') && s.glued(k+1) && k+2 < n && s.glued(k+2) && s.toks[k+2].kind == etNum {
			if l := s.toks[k+2].e - s.toks[k+2].s; l == 3 || l == 4 {
				return k + 3
			}
			return 0
		}
		// "94103.5" and "94103.abc" are no postcodes, but a sentence's
		// period may close a quote or a bracket: "... OH 37352.)".
		if s.glued(k+1) && k+1 < n && (s.toks[k+1].kind == etNum || s.punct(k+1, '.') && k+2 < n && s.glued(k+2) && s.toks[k+2].f&efPunct == 0) {
			return 0
		}
		if len(w) == 4 && k+1 < n && s.toks[k+1].kind == etWord && s.toks[k+1].e-s.toks[k+1].s == 2 && s.toks[k+1].f&efAllCap != 0 &&
			(s.flags(k+1)&gzState == 0 || s.knownPlaceAt(k+2) > 0 || s.dutchTownAfter(k)) {
			return k + 2 // Dutch "1234 AB", "2517 AZ Den Haag"
		}
		return k + 1
	}
	// Every form below holds a digit in its first token (a UK, Canadian
	// or Argentine postcode, an Eircode's routing key, a country's
	// prefix before digits): the towns and words a tail reads next have
	// none.
	if t.f&efDigit == 0 {
		return 0
	}
	if t.kind == etWord && len(w) == 6 && s.gluedDutchPostcode(k) {
		return k + 1 // "1063BJ Amsterdam"
	}
	if t.kind == etWord && len(w) >= 6 && len(w) <= 8 && countryPostcode(w) && k+1 < n && s.toks[k+1].kind == etWord && s.toks[k+1].f&efNL == 0 &&
		(s.toks[k+1].f&efCap != 0 || s.knownPlaceAt(k+1) > 0) {
		return k + 1 // "B-9000 Gent", "D-10115 Berlin"
	}
	if t.kind == etWord && (len(w) == 5 || len(w) == 8) && argentinePostcode(w) {
		// The short form, a letter and four digits, is also an error
		// or a part code: only a town after it makes it a postcode
		// ("C1043 CABA", not "Boston E1234 is the error").
		if len(w) == 8 || k+1 < n && s.toks[k+1].f&(efCap|efNL) == efCap && s.toks[k+1].kind == etWord {
			return k + 1
		}
		return 0
	}
	if t.kind == etWord && ukGluedPostcode(w, false) && (s.postcodeEnds(k+1) || s.townBefore(k)) {
		return k + 1 // "London, E86AW", "Belfast, BT73WW": the halves glued
	}
	if e := s.eircodeDigitsAt(k); e > 0 {
		return e // "D02 4937"
	}
	if t.kind == etWord && len(w) == 6 && caGluedPostcode(w, false) && (s.postcodeEnds(k+1) || s.townBefore(k) || s.countryAt(k+1) > 0 || s.caProvinceBefore(k)) {
		return k + 1 // "British Columbia V8V5S0": the halves glued
	}
	if t.kind == etWord && len(w) == 6 && t.f&efCap == 0 && caGluedPostcode(w, true) && s.caProvinceBefore(k) {
		return k + 1 // "vancouver bc v6j1h4" (session 57)
	}
	if t.kind == etWord && gluedEircode(w, t.f&efCap == 0) && (s.postcodeEnds(k+1) || s.townBefore(k)) {
		return k + 1 // "Co. Louth, A92PH11", "dublin 7 d079cvp": the halves glued
	}
	if t.kind != etWord || k+1 >= n || s.toks[k+1].kind != etWord || s.toks[k+1].f&efNL != 0 {
		return 0
	}
	if e := s.ukPostcodeAt(k, false); e > 0 {
		return e
	}
	if e := s.caPostcodeAt(k, false); e > 0 {
		return e
	}
	if spacedEircode(w, s.text[s.toks[k+1].s:s.toks[k+1].e], false) {
		return k + 2
	}
	return 0
}

// irishRuralAt returns the first and the after-last token of an Irish
// address that has no street, whose "Co." is token i: one or two places
// before it, each before a comma (a townland, a town), the county, and
// the Eircode ("Ballinakill, Co. Laois R32 1PT4"), all on one line; or
// end 0.
func (s *entScanner) irishRuralAt(i int) (int, int) {
	n := len(s.toks)
	if i+2 >= n || !s.punct(i+1, '.') || !s.glued(i+1) || s.toks[i+2].f&(efCap|efNL|efDigit) != efCap {
		return i, 0
	}
	k := i + 3
	if s.punct(k, ',') {
		k++
	}
	e := s.eircodeAt(k)
	if e == 0 || s.toks[k].f&efNL != 0 {
		return i, 0
	}
	a := i
	// A longer chain, with a house's name, a street's in Irish or a
	// house number ("14 Ard na Gréine, Oakpark, Tralee, Co. Kerry V92
	// F6C3"), as Britain's are read (placeChainBefore).
	if i >= 2 && s.punct(i-1, ',') && s.toks[i].f&efNL == 0 {
		if c := s.placeChainBefore(i-2, 1); c >= 0 && c < i {
			return c, e
		}
	}
	for places := 0; places < 2 && a >= 2 && s.toks[a].f&efNL == 0 && s.punct(a-1, ',') && s.toks[a-1].f&efNL == 0; places++ {
		p := a - 2
		if !s.irishPlaceWord(p) {
			break
		}
		// A place of up to three words: "Dún Laoghaire", "Ballyheigue
		// Road".
		for w := 1; w < 3 && p > 0 && s.toks[p].f&efNL == 0 && s.irishPlaceWord(p-1); w++ {
			p--
		}
		a = p
	}
	if a == i {
		return i, 0
	}
	return a, e
}

// irishPlaceWord reports whether token p is a capitalised word, in no
// finding, that may name an Irish place (irishRuralAt): no stop word or
// cue.
func (s *entScanner) irishPlaceWord(p int) bool {
	t := &s.toks[p]
	return t.kind == etWord && t.f&(efCap|efDigit|efUsed) == efCap && s.flags(p)&(gzStop|gzCue) == 0
}

// gluedEircode reports whether w is an Eircode written without its
// space ("A92PH11", "F91TYHA"), with lower in lower case ("d079cvp").
func gluedEircode(w string, lower bool) bool {
	return len(w) == 7 && eircode(w[:3], w[3:], lower)
}

// eircodeAt returns the token after an Eircode at token k, its halves
// apart, in capitals or in lower case, or glued, or 0.
func (s *entScanner) eircodeAt(k int) int {
	if k >= len(s.toks) || s.toks[k].kind != etWord {
		return 0
	}
	t := &s.toks[k]
	if n := t.e - t.s; n != 3 && n != 7 || t.f&efDigit == 0 {
		return 0 // a routing key has three bytes, a glued Eircode seven, both a digit
	}
	w := s.text[t.s:t.e]
	if gluedEircode(w, t.f&efCap == 0) {
		return k + 1
	}
	if e := s.eircodeDigitsAt(k); e > 0 {
		return e
	}
	if k+1 < len(s.toks) && s.toks[k+1].kind == etWord && s.toks[k+1].f&efNL == 0 {
		b := s.text[s.toks[k+1].s:s.toks[k+1].e]
		if spacedEircode(w, b, false) || (t.f|s.toks[k+1].f)&efCap == 0 && spacedEircode(w, b, true) {
			return k + 2
		}
	}
	return 0
}

// eircodeDigitsAt returns the token after an Eircode whose second half is
// all digits ("D02 4937"), which the tokens read as a number, or 0.
func (s *entScanner) eircodeDigitsAt(k int) int {
	if k+1 >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k+1].kind != etNum || s.toks[k+1].f&(efNL|efSpace) != efSpace {
		return 0
	}
	if eircode(s.text[s.toks[k].s:s.toks[k].e], s.text[s.toks[k+1].s:s.toks[k+1].e], false) && (k+2 >= len(s.toks) || !s.glued(k+2) || s.toks[k+2].kind == etPunct) {
		return k + 2
	}
	return 0
}

// countryPostcode reports whether w is a postcode led by its country's
// letters and a hyphen, as European mail wrote them across borders and
// Belgium still does: "B-9000", "D-10115", "CH-8001", "A-1060", "L-1724".
func countryPostcode(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 1 || h > 2 || len(w)-h-1 < 4 || len(w)-h-1 > 5 {
		return false
	}
	for i := h + 1; i < len(w); i++ {
		if !isDigitByte(w[i]) {
			return false
		}
	}
	var up [2]byte // the letters in capitals, without allocating
	for i := 0; i < h; i++ {
		up[i] = w[i] &^ 0x20
	}
	switch string(up[:h]) {
	case "A", "B", "D", "F", "I", "E", "L", "P", "CH", "NL", "DK", "FI", "S", "N", "CZ", "SK", "PL", "H":
		return true
	}
	return false
}

// dublinDistrictEnd returns the token after the postal district that
// follows "Dublin" ending at token e ("Dublin 2", "Dublin 24", "Dublin
// 6W"), or e: the number is part of the town, and the Eircode may follow
// ("12 Grafton Street, Dublin 2, D02 XY45").
func (s *entScanner) dublinDistrictEnd(e int) int {
	if e >= len(s.toks) || !s.is(e-1, "dublin") || s.glued(e) || s.toks[e].f&efNL != 0 {
		return e
	}
	// The district ends the town: "Dublin 3 days ago" has none.
	if !s.tailEndAt(e + 1) {
		return e
	}
	w := s.text[s.toks[e].s:s.toks[e].e]
	if w == "6W" || w == "6w" || s.toks[e].kind == etNum && w[0] != '0' && (len(w) == 1 || len(w) == 2 && (w[0] == '1' || w[0] == '2' && w[1] <= '4')) {
		return e + 1
	}
	return e
}

// argentinePostcode reports whether w is an Argentine postcode: the
// letter of a province and four digits, maybe three capitals after
// them ("C1043", "C1043AAB").
func argentinePostcode(w string) bool {
	if len(w) != 5 && len(w) != 8 || !isUpperByte(w[0]) || w[0] == 'I' || w[0] == 'O' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if i < 5 && !isDigitByte(w[i]) || i >= 5 && !isUpperByte(w[i]) {
			return false
		}
	}
	return true
}

// caGluedPostcode reports whether w is a Canadian postcode written
// without its space, in capitals ("V8V5S0", "A1B4S8") or with lower in
// lower case ("v6j1h4").
func caGluedPostcode(w string, lower bool) bool {
	return ukLetter(w[0], lower) && isDigitByte(w[1]) && ukLetter(w[2], lower) && isDigitByte(w[3]) && ukLetter(w[4], lower) && isDigitByte(w[5])
}

// caProvinceBefore reports whether the word right before token k on its
// line is a Canadian province's or territory's code, in one case ("BC",
// "on"), as it stands before the postcode.
func (s *entScanner) caProvinceBefore(k int) bool {
	p := k - 1
	if p < 0 || s.toks[k].f&efNL != 0 || s.toks[p].kind != etWord || s.toks[p].e-s.toks[p].s != 2 {
		return false
	}
	if f := s.toks[p].f; f&efCap != 0 && f&efAllCap == 0 {
		return false
	}
	switch string(s.fold(p)) {
	case "ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt":
		return true
	}
	return false
}

// caPostcodeAt returns the token after a Canadian postcode at token k
// ("K1A 0B6"), or 0. With lower, the postcode is typed in lower case
// ("m5h 2m9") and starts no line.
func (s *entScanner) caPostcodeAt(k int, lower bool) int {
	if k+1 >= len(s.toks) {
		return 0
	}
	a, b := &s.toks[k], &s.toks[k+1]
	if a.kind != etWord || b.kind != etWord || b.f&efNL != 0 || a.e-a.s != 3 || b.e-b.s != 3 || lower && (a.f|b.f)&(efCap|efNL) != 0 {
		return 0
	}
	w, in := s.text[a.s:a.e], s.text[b.s:b.e]
	if ukLetter(w[0], lower) && isDigitByte(w[1]) && ukLetter(w[2], lower) && isDigitByte(in[0]) && ukLetter(in[1], lower) && isDigitByte(in[2]) {
		return k + 2
	}
	return 0
}

// lowerPostcodeAt returns the token after a UK, Canadian or Irish
// postcode typed in lower case at token k ("sw1a 2aa", "m5h 2m9", "h91
// ex23"), or 0.
func (s *entScanner) lowerPostcodeAt(k int) int {
	if k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].f&(efCap|efNL) != 0 {
		return 0
	}
	if e := max(s.ukLowerPostcodeAt(k), s.caPostcodeAt(k, true)); e > 0 || k+1 >= len(s.toks) {
		return e
	}
	if b := &s.toks[k+1]; b.kind == etWord && b.f&(efCap|efNL) == 0 && spacedEircode(s.text[s.toks[k].s:s.toks[k].e], s.text[b.s:b.e], true) {
		return k + 2
	}
	return 0
}

// eircode reports whether a and b are the two halves of an Irish
// Eircode ("D02 AF30", "T12 X2Y3", "D6W 1F25"): a routing key of a letter
// and two digits, and four letters or digits of the alphabet Eircodes
// are written in, which leaves out letters read as digits (B, I, O).
// With lower, its letters are typed in lower case ("h91 ex23"), as
// ukLetter reads them.
func eircode(a, b string, lower bool) bool {
	return eircodeHalves(a, b, lower, eircodeChar)
}

// spacedEircode is eircode for halves a space parts, whose second half
// may hold any letter but B, I and O when it holds a digit too: people
// and forms invent Eircodes as they invent UK postcodes ("Cork, T12
// M6S9"), and the routing key, the space and a digit make the shape.
// Glued, seven such bytes are as often a code of something else.
func spacedEircode(a, b string, lower bool) bool {
	// The halves' lengths first: most pairs of words fail them, and the
	// search for a digit costs more than both tests of the halves.
	if len(a) != 3 || len(b) != 4 {
		return false
	}
	return eircodeHalves(a, b, lower, eircodeChar) ||
		strings.ContainsAny(b, "0123456789") && eircodeHalves(a, b, lower, looseEircodeChar)
}

// eircodeHalves is eircode with the test of the second half's characters,
// in capitals, given.
func eircodeHalves(a, b string, lower bool, char func(byte) bool) bool {
	if len(a) != 3 || len(b) != 4 {
		return false
	}
	up := func(c byte) byte {
		if lower && c >= 'a' && c <= 'z' {
			return c - 'a' + 'A'
		}
		if lower && isUpperByte(c) {
			return 0 // no capital in a postcode typed in lower case
		}
		return c
	}
	if !(up(a[0]) == 'D' && a[1] == '6' && up(a[2]) == 'W') && !(eircodeChar(up(a[0])) && !isDigitByte(a[0]) && isDigitByte(a[1]) && isDigitByte(a[2])) {
		return false
	}
	for i := 0; i < 4; i++ {
		if !char(up(b[i])) {
			return false
		}
	}
	return true
}

// looseEircodeChar reports whether c is a digit or a capital that does
// not read as a digit (B, I, O).
func looseEircodeChar(c byte) bool {
	return isDigitByte(c) || c >= 'A' && c <= 'Z' && c != 'B' && c != 'I' && c != 'O'
}

// eircodeChar reports whether c is a digit or one of the capitals Eircodes
// use.
func eircodeChar(c byte) bool {
	switch c {
	case 'A', 'C', 'D', 'E', 'F', 'H', 'K', 'N', 'P', 'R', 'T', 'V', 'W', 'X', 'Y':
		return true
	}
	return isDigitByte(c)
}

// postcodeFirst is postcodeAt, ruling out by kind, length and first
// letter the tokens no postcode starts with: four to six digits, or two
// to five or eight characters from a capital letter.
func (s *entScanner) postcodeFirst(k int) int {
	if k >= len(s.toks) {
		return 0
	}
	t := &s.toks[k]
	switch l := t.e - t.s; {
	case t.kind == etNum && l >= 4 && l <= 6:
	case t.kind == etWord && isUpperByte(s.text[t.s]) && (l >= 2 && l <= 4 || (l == 5 || l == 8) && isDigitByte(s.text[t.s+1])):
		// A UK outward code, or an Argentine postcode ("C1043")
	default:
		return 0
	}
	return s.postcodeAt(k)
}

// frenchA reports whether w is the French "à" or "aux", which stand
// inside a street's name after a designator ("rue du Four à Chaux").
func frenchA(w string) bool {
	return w == "à" || w == "aux" || w == "au"
}

// ukPostcodeAt returns the token after a UK postcode at token k ("SW1A
// 2AA"), or 0. With lower, the postcode is typed in lower case ("sw1a
// 2aa") and starts no line.
func (s *entScanner) ukPostcodeAt(k int, lower bool) int {
	if k+1 >= len(s.toks) {
		return 0
	}
	a, b := &s.toks[k], &s.toks[k+1]
	if a.kind != etWord || b.kind != etWord || b.f&efNL != 0 || b.e-b.s != 3 || lower && (a.f|b.f)&(efCap|efNL) != 0 {
		return 0
	}
	if ukPostcode(s.text[a.s:a.e], s.text[b.s:b.e], lower) {
		return k + 2
	}
	return 0
}

// arrondissement reports whether token k is the number of a city's
// district written as an ordinal: "13e", "1er", "9ème", "18eme".
func (s *entScanner) arrondissement(k int) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efDigit|efNL) != efDigit || t.e-t.s > 6 {
		return false
	}
	w := s.text[t.s:t.e]
	i := 0
	for i < len(w) && isDigitByte(w[i]) {
		i++
	}
	if i == 0 || i > 2 {
		return false
	}
	switch w[i:] {
	case "e", "er", "ème", "eme", "E", "ER":
		return k+1 >= len(s.toks) || s.toks[k+1].kind == etPunct || s.toks[k+1].f&efNL != 0
	}
	return false
}

// slippedMonthAt reports whether word token j is an English month typed
// with a slip before a year on its line ("20 Febuary 2024"): a date,
// not a street.
func (s *entScanner) slippedMonthAt(j int) bool {
	t := &s.toks[j]
	if t.e-t.s < 4 || t.e-t.s > 10 || j+1 >= len(s.toks) || s.toks[j+1].kind != etNum || s.toks[j+1].f&efNL != 0 || !fullYearAt(s.text, int(s.toks[j+1].s)) {
		return false
	}
	return slipMonth(s.text[t.s:t.e]) > 0
}

// townBefore reports whether a town the lists know, one capitalised
// word, stands right before token k on its line: a glued postcode after
// it ends the address whatever follows ("Bristol BS148DP😭", "Leeds
// LS275WD since April").
func (s *entScanner) townBefore(k int) bool {
	return k > 0 && s.toks[k].f&efNL == 0 && s.toks[k-1].kind == etWord && s.toks[k-1].f&efCap != 0 && s.flags(k-1)&gzPlace != 0
}

// ukLowerPostcodeAt returns the token after a UK postcode in lower case
// at token k, its halves apart ("yo10 3ef") or glued before the end of
// the text, its line or its sentence ("london sw48le", "cardiff
// cf101yb"), or 0.
func (s *entScanner) ukLowerPostcodeAt(k int) int {
	if z := s.ukPostcodeAt(k, true); z > 0 {
		return z
	}
	if k >= len(s.toks) {
		return 0
	}
	if t := &s.toks[k]; t.kind == etWord && t.f&efDigit != 0 && t.f&(efCap|efNL) == 0 && ukGluedPostcode(s.text[t.s:t.e], true) && s.postcodeEnds(k+1) {
		return k + 1
	}
	return 0
}

// ukGluedPostcode reports whether w is a UK postcode written without its
// space ("E86AW", "BT73WW", "sw48le"), in capitals or with lower in
// lower case.
func ukGluedPostcode(w string, lower bool) bool {
	return len(w) >= 5 && len(w) <= 7 && ukPostcode(w[:len(w)-3], w[len(w)-3:], lower)
}

// postcodeEnds reports whether a postcode may end before token k: the
// text, its line or its sentence ends there, or a comma, a bracket or a
// country's name follows.
func (s *entScanner) postcodeEnds(k int) bool {
	if k >= len(s.toks) || s.toks[k].f&efNL != 0 {
		return true
	}
	t := &s.toks[k]
	return t.kind == etPunct && (t.c == ',' || t.c == '.' || t.c == ')' || t.c == ';' || t.c == '!' || t.c == '?')
}

// ukPostcode reports whether out and in, three bytes, are the two halves
// of a UK postcode, in capitals or with lower in lower case.
func ukPostcode(out, in string, lower bool) bool {
	return ukOutward(out, lower) && isDigitByte(in[0]) && ukLetter(in[1], lower) && ukLetter(in[2], lower)
}

// ukOutward reports whether w is the outward half of a UK postcode: one
// or two letters, a digit, and an optional letter or digit; its letters
// are capitals, or with lower lower-case ones (see ukLetter).
func ukOutward(w string, lower bool) bool {
	if len(w) < 2 || len(w) > 4 || !ukLetter(w[0], lower) {
		return false
	}
	i := 1
	if ukLetter(w[i], lower) {
		i++
	}
	if i >= len(w) || !isDigitByte(w[i]) {
		return false
	}
	i++
	if i < len(w) && (isDigitByte(w[i]) || ukLetter(w[i], lower)) {
		i++
	}
	return i == len(w)
}

// ukLetter reports whether c is a capital letter, or with lower a
// lower-case one: a postcode typed in lower case has no capital, in
// either half.
func ukLetter(c byte, lower bool) bool {
	if lower {
		return c >= 'a' && c <= 'z'
	}
	return isUpperByte(c)
}

// isDigitByte reports whether c is an ASCII digit.
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isUpperByte reports whether c is an ASCII capital letter.
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// stateAt reports whether token k is a state or province code ("CA",
// "NSW"), or with lower one in lower case before a postcode ("ma
// 02118", "ma, 02118").
func (s *entScanner) stateAt(k int, lower bool) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.kind != etWord || t.f&efDigit != 0 {
		return false
	}
	if lower {
		// The postcode right after it, or after a comma, as a form's
		// fields are joined: "atlanta, ga, 30354".
		q := k + 1
		if s.punct(q, ',') && q+1 < len(s.toks) && s.toks[q+1].kind == etNum {
			q++
		}
		// (The text's first byte, not efCap: the names recognizer may
		// have raised a short word of lower-case text to a name's,
		// "springfield mo 65804".)
		return t.e-t.s <= 3 && t.f&efNL == 0 && !isUpperByte(s.text[t.s]) && s.flags(k)&gzState != 0 && (s.postcodeFirst(q) > 0 || s.caPostcodeAt(k+1, true) > 0)
	}
	if t.e-t.s == 3 && s.text[t.s:t.e] == "nan" {
		return true // a missing state, as exports from data frames write it
	}
	return t.e-t.s <= 3 && t.f&efAllCap != 0 && s.flags(k)&gzState != 0
}

// lowerTownStateAt returns the token after a town typed in lower case,
// of one to three words on the line, its state's code and its postcode,
// at token k, or 0: "evanston il 60201", "dayton oh 45409",
// "sandringham vic 3191". The state and the postcode say it is a town;
// a stop word is none unless the lists know it as a place.
func (s *entScanner) lowerTownStateAt(k int) int {
	for m := k; m < len(s.toks) && m < k+3; m++ {
		t := &s.toks[m]
		if t.kind != etWord || t.f&(efDigit|efNL|efUsed) != 0 || isUpperByte(s.text[t.s]) || t.e-t.s < 3 || s.flags(m)&(gzStop|gzPlace) == gzStop && !(m > k && compassWord(s.fold(m))) {
			return 0 // "coburg north vic 3058" has a compass word after the town's first
		}
		if s.stateAt(m+1, true) {
			q := m + 2
			if s.punct(q, ',') {
				q++
			}
			if e := s.postcodeFirst(q); e > 0 {
				return e
			}
		}
	}
	return 0
}

// cityCodeAt returns the token after a city written as a code of two or
// three letters at token k ("NY", "sf", "nyc"), all in capitals or all in
// lower case, that a state and a ZIP code follow, maybe after a comma;
// or 0. A word that joins a sentence is no city ("12 main st in ca
// 94103").
func (s *entScanner) cityCodeAt(k int) int {
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s < 2 || t.e-t.s > 3 || t.f&efDigit != 0 || t.f&efCap != 0 && t.f&efAllCap == 0 {
		return 0
	}
	switch string(s.fold(k)) {
	case "in", "to", "at", "on", "of", "by", "for", "and", "or", "the", "is", "it", "an", "as", "so", "do", "go", "no", "up",
		"via", "per", "off", "my", "me", "we", "us", "our", "you", "his", "her", "its", "are", "was", "not", "but", "all", "new", "now", "out":
		return 0
	}
	q := k + 1
	if s.punct(q, ',') {
		q++
	}
	if q < len(s.toks) && s.toks[q].f&efNL == 0 && (s.stateAt(q, true) || s.stateAt(q, false) && s.postcodeFirst(q+1) > 0) {
		return k + 1
	}
	return 0
}

// tailEndAt reports whether token k can follow a city in an address: the
// end of the text or line, sentence punctuation, a state or region code,
// a postcode or a country.
func (s *entScanner) tailEndAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].f&efNL != 0 {
		return true
	}
	if t := &s.toks[k]; t.kind == etPunct {
		switch t.c {
		case '.', ',', '?', '!', ';', ')', '"':
			return true // '"': a value of JSON ends ("street": "..., Lagos")
		}
		return s.spacedDash(k)
	}
	return s.stateAt(k, false) || s.regionCodeAt(k) || s.postcodeAt(k) > 0 || s.countryAt(k) > 0 || s.lowerPostcodeAt(k) > 0
}

// genericType reports whether word token j is a generic street
// designator ("St", "street") that repeats one the street already has.
func (s *entScanner) genericType(j int) bool {
	if s.nameLike(j+1) && s.toks[j+1].f&efNL == 0 || j+1 < len(s.toks) && s.toks[j+1].kind == etNum {
		return false
	}
	return s.is(j, "st") || s.is(j, "street")
}

// postcodeWithin reports whether a postcode starts the next part of an
// address after one of the tokens a to b (see postcodeNext).
func (s *entScanner) postcodeWithin(a, b int) bool {
	for k := a; k <= b && k < len(s.toks); k++ {
		if s.toks[k].f&efNL != 0 && k > a {
			return s.postcodeNext(k) > 0
		}
		if s.postcodeNext(k) > 0 {
			return true
		}
	}
	return false
}

// datedName reports whether a day and a month's name start at number
// token j, as a date names a street ("du 8 Mai 1945", "du 14 Juillet").
func (s *entScanner) datedName(j int) bool {
	n := len(s.toks)
	return j+1 < n && s.toks[j].kind == etNum && s.toks[j].e-s.toks[j].s <= 2 && s.toks[j+1].kind == etWord && s.toks[j+1].f&efNL == 0 &&
		s.flags(j+1)&gzMonthDay != 0
}

// ukPostcodeSoon returns where a UK postcode starts after the town that
// ends before token e, past a comma and maybe a county and a comma
// ("Penzance TR19 3BX", "Penzance, Cornwall, TR19 4HB", "Abingdon,
// Oxon OX14 4RA"): e or the end of the county, or 0 when no UK postcode
// follows. Other postcodes, four or five digits, are as often a phone's
// or a number's start.
func (s *entScanner) ukPostcodeSoon(e int) int {
	uk := func(k int) bool {
		if k >= len(s.toks) {
			return false
		}
		t := &s.toks[k]
		return s.ukPostcodeAt(k, false) > 0 || s.ukPostcodeAt(k, true) > 0 || t.kind == etWord && t.f&efDigit != 0 && (ukGluedPostcode(s.text[t.s:t.e], false) || ukGluedPostcode(s.text[t.s:t.e], true)) ||
			s.eircodeAt(k) > 0
	}
	if uk(e) {
		return e
	}
	if !s.punct(e, ',') {
		return 0
	}
	if uk(e + 1) {
		return e
	}
	if c := s.cityAt(e+1, false); c > 0 && (s.punct(c, ',') && uk(c+1) || uk(c)) {
		return c
	}
	return 0
}

// designatorEnds reports whether the street's words so far end, at
// token typeEnd-1, in a designator word that closes the name, so that a
// generic "St" or "Street" after it is no part of the street ("1668
// Glyn St street"); not one that names it ("N River St", "Eagle Crest
// Street"), nor one right after a compass point that opens the street
// ("47 N Pine St", compassOpens), nor a name that only ends like a
// designator ("Westgate Street").
func (s *entScanner) designatorEnds(typeEnd int) bool {
	return typeEnd > 0 && !s.namingType(typeEnd-1) && s.flags(typeEnd-1)&gzStreetType != 0 && !s.compassOpens(typeEnd-1)
}

// namingType reports whether the designator at token j is one that
// names a street with the generic one after it: "Eagle Crest Street",
// "Park View Street", "Sunset Ridge Road".
func (s *entScanner) namingType(j int) bool {
	switch string(s.fold(j)) {
	case "crest", "view", "ridge", "hill", "hills", "park", "grove", "heights", "point", "vista", "meadow",
		"meadows", "glen", "valley", "creek", "brook", "springs", "woods", "garden", "gardens",
		"river", "lake", "lakes", "forest", "bay", "harbor", "harbour", "mill", "bridge",
		// The names of estates that a generic designator follows: "Quail
		// Run St", "Deer Trail Dr", "Fox Chase Rd", "Willow Bend Dr".
		"run", "trail", "crossing", "landing", "chase", "bend", "cove", "hollow", "pines", "oaks", "estates":
		return true
	}
	return false
}

// regionCodeAt reports whether token k is a two- or three-letter code in
// capitals that ends a line or precedes a postcode, as regions are written
// in the tail of an address ("Riga, LV-1050", ", SK\n 53650").
func (s *entScanner) regionCodeAt(k int) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s > 3 || t.f&efAllCap == 0 || t.f&efDigit != 0 {
		return false
	}
	q := k + 1
	if s.punct(q, ',') {
		q++
	}
	if q < len(s.toks) && s.toks[q].kind == etPunct && s.toks[q].f&efSpace == 0 {
		switch s.toks[q].c {
		case '.', '?', '!', ';', ')':
			return true // "Apt. 934 OULU NO."
		}
	}
	return q >= len(s.toks) || s.toks[q].f&efNL != 0 || s.postcodeAt(q) > 0 || s.countryAt(q) > 0 || s.cepEnd(q) > 0
}

// cepEnd returns the token after a Brazilian postcode that its label
// "CEP" leads at token k, maybe with a colon ("CEP 05250-449", "CEP:
// 30081847"), or 0.
func (s *entScanner) cepEnd(k int) int {
	n := len(s.toks)
	if k+1 >= n || s.toks[k].e-s.toks[k].s != 3 || !s.is(k, "cep") {
		return 0
	}
	q := k + 1
	if s.punct(q, ':') {
		q++
	}
	if q >= n || s.toks[q].f&efNL != 0 {
		return 0
	}
	if e := s.postcodeAt(q); e > 0 {
		return e
	}
	if t := &s.toks[q]; t.kind == etNum && t.e-t.s == 8 && (q+1 >= n || !s.glued(q+1) || s.toks[q+1].kind == etPunct) {
		return q + 1 // the eight digits without their hyphen
	}
	return 0
}

// countryAt returns the token after a country name of up to four words
// at token k, or 0.
func (s *entScanner) countryAt(k int) int {
	n := len(s.toks)
	if k >= n || s.toks[k].kind != etWord || s.toks[k].f&efCap == 0 {
		return 0
	}
	// "Mexico City", "Jersey City", "Kuwait City" are towns.
	if k+1 < n && s.toks[k+1].f&(efCap|efNL) == efCap && s.toks[k+1].e-s.toks[k+1].s == 4 && s.is(k+1, "city") {
		return 0
	}
	f := s.flags(k)
	if f&gzPhrase != 0 {
		for m := min(k+4, n-1); m > k; m-- {
			if s.toks[m].f&efNL != 0 {
				continue
			}
			if s.phraseFlags(k, m)&gzCountry != 0 {
				return m + 1
			}
		}
	}
	if f&gzCountry != 0 {
		return k + 1
	}
	return 0
}

// mailOrHostOn reports whether word token k goes on into an e-mail
// address or a host name: a '.' or an '@' glued to it and a word or a
// number glued to that ("jordan.ellis@...", "peru@..." after a
// postcode are no countries).
func (s *entScanner) mailOrHostOn(k int) bool {
	return (s.punct(k+1, '.') || s.punct(k+1, '@')) && s.glued(k+1) && s.glued(k+2) && s.toks[k+2].kind != etPunct
}

// countryAfterZip returns the token after a country at token k, which
// follows an address's postcode and a comma, or 0: "the" before a
// country the lists know ("the Netherlands"), a country in lower case
// ("australia"), or a country's code of two or three letters in one case
// ("US", "AUS", "fr") that ends the clause.
func (s *entScanner) countryAfterZip(k int) int {
	n := len(s.toks)
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efDigit|efNL) != 0 || s.mailOrHostOn(k) {
		return 0
	}
	if s.is(k, "the") && k+1 < n && s.toks[k+1].f&efNL == 0 {
		return s.countryAt(k + 1)
	}
	if t.f&efCap == 0 && s.flags(k)&gzCountry != 0 {
		return k + 1
	}
	if l := t.e - t.s; l < 2 || l > 3 || t.f&efCap != 0 && t.f&efAllCap == 0 || !s.tailEndAt(k+1) {
		return 0
	}
	switch string(s.fold(k)) {
	case "usa", "uk", "gb", "aus", "nz", "ie", "nl", "fr", "pt", "ch", "lu", "dk", "se", "fi", "pl":
		return k + 1
	case "us", "au", "ca", "can", "be", "de", "es", "it", "at", "no":
		// Words of the chat languages in lower case ("..., 62704, no.").
		if t.f&efAllCap != 0 {
			return k + 1
		}
	}
	return 0
}

// cityAt returns the token after a city name of up to four words at token
// k, or 0. A city needs to be known, to follow a postcode (afterZip), or
// to be followed by what follows a city in an address.
func (s *entScanner) cityAt(k int, afterZip bool) int {
	n := len(s.toks)
	if e := s.placePhraseAt(k, n); e > k {
		return e // "New York", "San Diego"
	}
	if k < n && s.toks[k].kind == etWord && s.flagsIn(k)&(gzPhrase|gzStop) == gzPhrase {
		// "Frankfurt am Main": a known place of several words (one that
		// starts with a stop word placePhraseAt has looked for).
		if e := s.placeEnd(k, k+1, min(k+4, n)-1, gzPlace); e > 0 {
			return e
		}
	}
	m, words := k, 0
	article := false // the city starts with a short stop word
	for m < n && words < 4 {
		t := &s.toks[m]
		if m > k && t.f&efNL != 0 || t.f&efUsed != 0 {
			break
		}
		// A city in capitals ("ARENDAL", "SOUTH NEWDEGATE"), not a
		// region code.
		caps := t.kind == etWord && t.f&(efAllCap|efDigit) == efAllCap && t.e-t.s >= 4
		if t.kind == etWord && (t.f&(efCap|efDigit) == efCap || caps) {
			fl := s.flagsIn(m)
			// "West Brook", "North Haven": a compass word starts a city;
			// so do the words of England's villages ("Upper Beeding",
			// "Little Snoring", "Great Missenden").
			compass := words == 0 && s.nameLike(m+1) && s.toks[m+1].f&efNL == 0 && townLeadWord(s.fold(m))
			// "Des Moines", "El Paso", "La Crosse": an article.
			if words == 0 && fl&(gzStop|gzUnit|gzCue) == gzStop && t.e-t.s <= 3 && s.nameLike(m+1) && s.toks[m+1].f&efNL == 0 && s.flags(m+1)&gzStop == 0 {
				article = true
				words++
				m++
				continue
			}
			// "København Ø": the letter of a district after the city.
			district := words > 0 && s.oneLetter(m) && s.tailEndAt(m+1) // not "Berlin I guess"
			// "Jersey City", "Quezon City": "City" ends a town's name.
			city := words > 0 && t.e-t.s == 4 && s.is(m, "city")
			// "Ringwood East VIC 3135": a compass word ends a suburb's
			// name before its state or a postcode ("Palmerston North
			// 4410").
			if words > 0 && t.e-t.s >= 4 && t.e-t.s <= 5 && fl&gzStop != 0 && compassWord(s.fold(m)) && m+1 < n && s.toks[m+1].f&efNL == 0 &&
				(s.stateAt(m+1, false) || s.toks[m+1].kind == etNum && s.postcodeAt(m+1) > 0 || s.punct(m+1, ',')) {
				words++
				m++
				break // ... or a comma: "45 Vilakazi Street, Orlando West, Soweto, 1804"
			}
			// ... or before a code of capitals the state's list lacks,
			// which the town's words take as "Glenelg SA 5045" takes it.
			compassCode := words > 0 && t.e-t.s >= 4 && t.e-t.s <= 5 && fl&gzStop != 0 && compassWord(s.fold(m)) && m+2 < n && s.toks[m+1].f&(efAllCap|efDigit|efNL) == efAllCap &&
				s.toks[m+1].e-s.toks[m+1].s <= 3 && s.toks[m+2].kind == etNum && s.postcodeAt(m+2) > 0
			// "Lekki Phase 1", "DHA Phase 6": a district's phase and its
			// number after its name (session 78).
			if words > 0 && m+1 < n && t.e-t.s == 5 && s.is(m, "phase") && s.toks[m+1].kind == etNum && s.toks[m+1].e-s.toks[m+1].s <= 2 && s.toks[m+1].f&efNL == 0 {
				m += 2
				continue
			}
			if fl&(gzStop|gzUnit|gzCue) != 0 && (fl&gzPlace == 0 || s.fieldWordAt(m)) && !compass && !compassCode && !district && !city {
				break // a stop word, or a town's name that labels a field ("Mobile: 737 ...", "\nMobile +34 ...")
			}
			if words > 0 && s.countryAt(m) > 0 {
				break // "Coalville South Africa"
			}
			words++
			m++
			if city {
				break
			}
			continue
		}
		// "St. Louis"; not a province's code in capitals before the next
		// sentence ("Verona VR. Distinti saluti").
		if t.kind == etPunct && t.c == '.' && words > 0 && s.glued(m) && s.toks[m-1].e-s.toks[m-1].s <= 3 && s.nameLike(m+1) &&
			!(s.toks[m-1].e-s.toks[m-1].s >= 2 && s.toks[m-1].f&efAllCap != 0 && s.toks[m+1].f&efAllCap == 0) {
			m++
			continue
		}
		// "Ostrov nad Ohří", "Soto del Barco": a short lower-case word
		// between two capitalised ones.
		if t.kind == etWord && words > 0 && s.is(m, "upon") && m+1 < n && s.toks[m+1].kind == etWord && s.toks[m+1].f&(efCap|efDigit|efNL) == efCap {
			m++ // "Newcastle upon Tyne", "Kingston upon Thames"
			continue
		}
		// German towns' "a." and "i." (am, im): "Prien a. Chiemsee",
		// "Freiburg i. Br.", "Frankfurt a. M.".
		if t.kind == etWord && words > 0 && t.e-t.s == 1 && (s.text[t.s] == 'a' || s.text[t.s] == 'i') && m+2 < n && s.punct(m+1, '.') && s.glued(m+1) &&
			s.toks[m+2].kind == etWord && s.toks[m+2].f&(efCap|efDigit|efNL) == efCap {
			m += 2
			continue
		}
		// Two short words between the town's capitalised ones, a
		// preposition and an article: "Neustadt an der Weinstraße",
		// "Rothenburg ob der Tauber", "Las Palmas de Gran Canaria",
		// "Alphen aan den Rijn" (session 78; the lists know some).
		if t.kind == etWord && words > 0 && m+2 < n && s.townLinkAt(m) {
			m += 2
			continue
		}
		// A conjunction joins two places or an address and the next
		// one, no town's words: "... D-51010 Köln und Zum Sportplatz 6",
		// "CH-6900 Lugano ma Via Nassa 27". (Both are words: the kind,
		// tested first, spares the gazetteer the punctuation and the
		// number after most towns.)
		if t.kind == etWord && words > 0 && m+1 < n &&
			(t.f&(efCap|efDigit|efAllCap) == 0 && t.e-t.s <= 3 && s.toks[m+1].kind == etWord && s.toks[m+1].f&(efCap|efDigit|efNL) == efCap && s.flags(m)&(gzStop|gzCommon) == 0 ||
				s.toks[m+1].f&(efCap|efNL) == efCap && s.flags(m)&gzParticle != 0) &&
			!s.joinsClause(m) {
			m++
			continue
		}
		break
	}
	if words > 0 && m < n && s.arrondissement(m) {
		m++ // "Paris 13e", "Marseille 1er"
	}
	if words > 0 && m < n && s.toks[m].f&efNL == 0 && s.is(m, "cedex") {
		m++ // "Nîmes cedex": a firm's sorting office
	}
	if words > 0 && m < n && s.toks[m].kind == etNum && s.toks[m].e-s.toks[m].s <= 2 && s.toks[m].f&efNL == 0 && s.is(m-1, "cedex") {
		m++ // "Paris CEDEX 08"
	}
	if words == 0 && afterZip {
		return s.lowerTownAt(k) // "79098 freiburg"
	}
	// A word before a colon labels what follows ("10115 Tel: 030 ...",
	// "75002 Remarque : ..."), but not a town after a postcode that the
	// lists know ("59260 Lille: questo è il nuovo indirizzo").
	if words == 0 || s.punct(m, ':') && !(afterZip && s.phraseFlags(k, m-1)&gzPlace != 0) {
		return 0
	}
	if afterZip || s.phraseFlags(k, m-1)&gzPlace != 0 {
		return m
	}
	q := m
	if s.punct(q, ',') {
		q++
	}
	if s.stateAt(q, false) || s.postcodeAt(q) > 0 || s.countryAt(q) > 0 {
		return m
	}
	// Unknown words after an article need a state or a postcode: "The
	// Best." is none.
	if article {
		return 0
	}
	if q >= n || s.toks[q].f&efNL != 0 {
		return m
	}
	// A town the gazetteer does not know before a region it knows:
	// "Little Whinging, Surrey", "Great Snoring, Norfolk NR21 0HP", or a
	// district before a town and its postcode: "Chelsea, London SW3
	// 4RP" (tailEndAt).
	if q > m && s.toks[q].f&efCap != 0 {
		if e := s.knownPlaceAt(q); e > 0 && s.tailEndAt(e) {
			return m
		}
	}
	if m < n && s.toks[m].kind == etPunct {
		switch s.toks[m].c {
		case '.', '?', '!', ')', ';', ',':
			return m
		}
	}
	// Brazil's state after the town, a dash or a slash: "Manaus - AM",
	// "Manaus/AM".
	if (s.spacedDash(m) || s.punct(m, '/')) && s.brazilStateAt(m+1) {
		return m
	}
	// A region it knows in brackets and a postcode after the town, as
	// Canada Post writes Québec's: "Chicoutimi (Québec) G7H 1S1",
	// "Chicoutimi (QC) G7H 1S1".
	if e := s.regionInBrackets(m); e > 0 && s.postcodeAt(e) > 0 || s.stateInBrackets(m) > 0 {
		return m
	}
	return 0
}

// stateInBrackets returns the token after a state's or a province's code
// in brackets at token k, on its line, before a postcode ("(QC) H2J
// 2L6"), or 0.
func (s *entScanner) stateInBrackets(k int) int {
	if k+3 >= len(s.toks) || !s.punct(k, '(') || s.toks[k].f&efNL != 0 || !s.glued(k+1) || !s.punct(k+2, ')') || !s.glued(k+2) {
		return 0
	}
	if s.stateAt(k+1, false) && s.postcodeAt(k+3) > 0 {
		return k + 3
	}
	return 0
}

// cepAfterState reports whether a Brazilian postcode, maybe with its
// label and a comma before, starts at token k after a state's code:
// "GO, cep 74265-120", "BA 41820-770".
func (s *entScanner) cepAfterState(k int) bool {
	if s.punct(k, ',') {
		k++
	}
	if k >= len(s.toks) || s.toks[k].f&efNL != 0 {
		return false
	}
	return s.cepEnd(k) > 0 || s.toks[k].kind == etNum && s.toks[k].e-s.toks[k].s == 5 && s.punct(k+1, '-') && s.postcodeAt(k) > 0
}

// townStateGluedEnd returns the token after a Brazilian town whose last
// word has the state's code glued with a hyphen, when a comma or the CEP
// follows: "Belo Horizonte-MG, CEP 30130-009", "Brasília-DF,
// 70747-030"; or 0. The town's words, up to four on the line, are
// capitalised or a name's particle ("Rio de Janeiro-RJ"). The reader
// runs only inside an address's chain, after its street and a comma.
func (s *entScanner) townStateGluedEnd(k int) int {
	n := len(s.toks)
	for e := k; e < n && e < k+4; e++ {
		t := &s.toks[e]
		if t.kind != etWord || e > k && t.f&efNL != 0 {
			return 0
		}
		if t.f&efCap == 0 && (e == k || !s.particleWord(e)) {
			return 0
		}
		if t.f&efHyphen == 0 {
			continue
		}
		w := s.text[t.s:t.e]
		if len(w) < 6 || w[len(w)-3] != '-' || !isUpperByte(w[len(w)-2]) || !isUpperByte(w[len(w)-1]) || !brazilStateCode(w[len(w)-2:]) {
			return 0
		}
		if !s.cepAfterState(e+1) && !s.punct(e+1, ',') {
			return 0
		}
		return e + 1
	}
	return 0
}

// particleWord reports whether token k is one of the short lower-case
// words that join a Portuguese town's name: "Rio de Janeiro", "Vitória
// da Conquista", "Campos dos Goytacazes".
func (s *entScanner) particleWord(k int) bool {
	switch string(s.fold(k)) {
	case "de", "da", "do", "das", "dos", "del":
		return true
	}
	return false
}

// brazilStateCode reports whether w, in capitals, is the code of a
// Brazilian state.
func brazilStateCode(w string) bool {
	switch w {
	case "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO":
		return true
	}
	return false
}

// brazilStateAt reports whether token k is the code of a Brazilian state
// in capitals, or in lower case after a glued slash ("fortaleza/ce"), on
// its line.
func (s *entScanner) brazilStateAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].e-s.toks[k].s != 2 || s.toks[k].f&efNL != 0 {
		return false
	}
	if s.toks[k].f&efAllCap == 0 && !(s.toks[k].f&efCap == 0 && s.punct(k-1, '/') && s.glued(k) && s.glued(k-1)) {
		return false
	}
	switch string(s.fold(k)) {
	case "ac", "al", "ap", "am", "ba", "ce", "df", "es", "go", "ma", "mt", "ms", "mg", "pa", "pb", "pr", "pe", "pi", "rj", "rn", "rs", "ro", "rr", "sc", "sp", "se", "to":
	default:
		return false
	}
	// The state ends the town's part: the text, the line, a comma or a
	// dash, the postcode or its label follows ("Leeds/SP is my team"
	// goes on).
	e := k + 1
	return e >= len(s.toks) || s.toks[e].f&efNL != 0 || s.punct(e, ',') || s.punct(e, '.') || s.spacedDash(e) || s.postcodeAt(e) > 0 || s.cepEnd(e) > 0
}

// letterLayout reports whether the address [a, e) is laid out as the
// lines of a letter head whose parts are meant apart: a blank line, quoted
// lines ("> Suite 5") or lines indented by three spaces or more. An
// address written on one line keeps one finding.
func (s *entScanner) letterLayout(a, e int) bool {
	if s.numberedStreet(a, e) {
		return true
	}
	for k := a + 1; k < e; k++ {
		t := &s.toks[k]
		if t.f&efNL == 0 {
			continue
		}
		if t.f&efBlank != 0 || s.quoteMark(k) {
			return true
		}
		if p := int(t.s); p >= 3 && s.text[p-3:p] == "   " {
			return true
		}
	}
	return false
}

// emitParts reports the parts of a letter-head address [a, e) apart, one
// finding each, as such addresses are labelled: the building number, the
// street, the unit, and per line the city, region, country and postcode.
func (s *entScanner) emitParts(a, e int, score float64) {
	first := true
	for from := a; from < e; {
		for from < e && s.quoteMark(from) {
			from++
		}
		to := from + 1
		for to < e && s.toks[to].f&efNL == 0 {
			to++
		}
		s.emitLine(from, to, first, score)
		first = false
		from = to
	}
}

// emitLine reports the parts of one line [a, e) of a letter-head address.
func (s *entScanner) emitLine(a, e int, first bool, score float64) {
	part := func(x, y int) {
		if last := s.lastWordBefore(x, y); last >= x {
			s.emit(stAddress, x, last, score)
		}
	}
	// A building number before a street with its own number.
	if first && a+1 < e && s.toks[a].kind == etNum && s.toks[a+1].kind != etPunct {
		for k := a + 1; k < e && s.unitAt(k) == 0; k++ {
			if s.toks[k].kind == etNum {
				part(a, a+1)
				a++
				break
			}
		}
	}
	from := a
	for k := a; k < e; k++ {
		switch {
		case s.punct(k, ','):
			part(from, k)
			from = k + 1
		case s.toks[k].kind == etWord && s.unitAt(k) > 0:
			u := min(s.unitAt(k), e)
			part(from, k)
			part(k, u)
			from, k = u, u-1
		case !first && k == e-1 && k > from && s.toks[k].kind == etNum && s.toks[k-1].kind == etWord:
			part(from, k) // "Finland 80896": country, then postcode
			from = k
		}
	}
	part(from, e)
}

// placeBefore reports whether a place the gazetteer knows, of up to three
// words after token a, ends at token e: "Washington", "New York".
func (s *entScanner) placeBefore(a, e int) bool {
	for k := e - 1; k >= max(a, e-3); k-- {
		if s.knownPlaceAt(k) == e {
			return true
		}
	}
	return false
}

// numberedStreet reports whether the address [a, e) starts with a
// building number before a street that has a number of its own ("28030
// Edeby 55", "17151 2450 Crown St"), the parts of generated records,
// either on one line with at most a city after a comma or over indented
// lines that end in a postcode.
func (s *entScanner) numberedStreet(a, e int) bool {
	if e-a < 3 || s.toks[a].kind != etNum {
		return false
	}
	j, words := a+1, 0
	lead := s.toks[j].kind == etNum
	if lead {
		j++
	}
	if !lead {
		// Without a lead number the words must end at the street's own
		// number; they end before one sooner at a unit word, which the
		// loop below asks unitAt of each word for. Most addresses have
		// no second number ("123 Main Street, Springfield"): look past
		// the words for it first.
		k := j
		for k < e && s.toks[k].kind == etWord && s.toks[k].f&(efDigit|efNL) == 0 {
			k++
			if s.punct(k, '.') && s.glued(k) {
				k++
			}
		}
		if k >= e || s.toks[k].kind != etNum || s.toks[k].f&efNL != 0 {
			return false
		}
	}
	for j < e && s.toks[j].kind == etWord && s.toks[j].f&(efDigit|efNL) == 0 && s.unitAt(j) == 0 {
		words++
		j++
		if s.punct(j, '.') && s.glued(j) {
			j++
		}
	}
	if words == 0 {
		return false
	}
	if !lead {
		if j >= e || s.toks[j].kind != etNum || s.toks[j].f&efNL != 0 {
			return false
		}
		if s.stateAt(j-1, false) || s.stateAt(j-1, true) || s.toks[j].e-s.toks[j].s >= 5 && s.placeBefore(a+1, j) {
			return false // "1600 Pennsylvania Ave Washington DC 20500": a ZIP code
		}
		for k := a + 2; k < j-1; k++ {
			if s.toks[k].kind == etWord && s.flags(k)&gzStreetType != 0 {
				// "12 Beach Rd Mentone 3194": a town and its postcode
				// after the street's designator (session 63); not one
				// that opens the name ("6138 Via Roma 131").
				return false
			}
		}
		j++
		if s.punct(j, '.') && s.glued(j) {
			j++
		}
	}
	if j >= e {
		return true
	}
	if s.toks[j].f&efNL != 0 {
		// Lines indented by one space, the last ending in a postcode.
		if s.toks[e-1].kind != etNum {
			return false
		}
		for k := j; k < e; k++ {
			if s.toks[k].f&efNL != 0 && s.toks[k].f&efSpace == 0 {
				return false
			}
		}
		return true
	}
	if !s.punct(j, ',') {
		return false
	}
	for k := j + 1; k < e; k++ {
		if s.toks[k].f&(efNL|efDigit) != 0 || s.toks[k].kind != etWord {
			return false
		}
	}
	return true
}

// townLeadWord reports whether the folded word w starts a town's name
// of several words: a compass word ("West Brook", "North Haven") or one
// of England's villages' first words ("Upper Beeding", "Lower
// Slaughter", "Great Missenden", "Little Snoring", "Nether Wallop",
// "Long Melford", "Much Wenlock", "Kings Langley").
func townLeadWord(w []byte) bool {
	switch string(w) {
	case "upper", "lower", "great", "little", "nether", "long", "much", "kings", "bishops", "castle", "market", "chipping", "old":
		return true
	}
	return compassWord(w)
}

// monthStartsStreet reports whether the month's name at word token j,
// the first of a street's name (words), starts a name of two words
// before a street's designator, as a person's given name does: "17 Jan
// Smuts Avenue", "4 May Morris Road". "12 August 1990", "5 May street
// party" and "3 June Road" (a date, then a road) stay dates.
func (s *entScanner) monthStartsStreet(j, words int) bool {
	n := len(s.toks)
	if words != 0 || j+2 >= n {
		return false
	}
	k := j + 1
	if s.toks[k].kind != etWord || s.toks[k].f&(efCap|efDigit|efNL|efAllCap) != efCap || s.flags(k)&(gzMonthDay|gzStop|gzStreetType) != 0 {
		return false
	}
	d := k + 1
	return s.toks[d].kind == etWord && s.toks[d].f&(efCap|efNL) == efCap && s.flags(d)&gzStreetType != 0
}

// cardinalWords are the points of the compass, folded, that follow a
// street's name in the chat languages but English, whose streets put
// them first ("Av. Insurgentes Sur 1602", "Via Emilia Est 211",
// "Weinstraße Süd 27"). (Québec's "4521 boul. René-Lévesque Ouest, app.
// 803" is not read with or without it: see Known limits.)
var cardinalWords = map[string]bool{
	"sur": true, "norte": true, "este": true, "oeste": true, "nord": true, "sud": true, "est": true,
	"ouest": true, "ovest": true, "ost": true, "west": true, "oost": true, "noord": true, "zuid": true,
}

// cardinalAt reports whether word token j is a capitalised point of the
// compass (cardinalWords).
func (s *entScanner) cardinalAt(j int) bool {
	return s.toks[j].kind == etWord && s.toks[j].f&efCap != 0 && cardinalWords[string(s.fold(j))]
}

// seaDistrictAt returns the end of an administrative part of an
// Indonesian or Philippine address at token k: its word ("Kel.",
// "Kelurahan", "Kec.", "Kecamatan", "Kab.", "Kabupaten", "Desa",
// "Kota", "Brgy.", "Barangay", "Purok"), maybe with its period, and one
// to three capitalised words or a number ("Kel. Kebon Jeruk", "Kec.
// Cibeunying Kaler", "Brgy. San Isidro", "Purok 4", "Brgy. Molino
// III"), on the line; else 0.
func (s *entScanner) seaDistrictAt(k int) int {
	n := len(s.toks)
	if k+1 >= n || s.toks[k].kind != etWord || s.toks[k].f&efCap == 0 || s.toks[k].e-s.toks[k].s > 9 {
		return 0
	}
	// (The first letter rules out most words before the fold.)
	switch s.text[s.toks[k].s] {
	case 'K', 'D', 'B', 'P':
	default:
		return 0
	}
	switch string(s.fold(k)) {
	case "kel", "kelurahan", "kec", "kecamatan", "kab", "kabupaten", "desa", "kota", "brgy", "barangay", "purok":
	default:
		return 0
	}
	j := k + 1
	if s.punct(j, '.') && s.glued(j) {
		j++
	}
	e := j
	for w := 0; w < 3 && e < n && s.toks[e].f&efNL == 0; w++ {
		t := &s.toks[e]
		if t.kind == etNum && w == 0 && t.e-t.s <= 3 {
			e++
			break
		}
		if t.kind != etWord || t.f&efCap == 0 || s.flags(e)&(gzStop|gzCue) != 0 && !s.romanNumeral(e, true) {
			break
		}
		e++
	}
	if e == j {
		return 0
	}
	return e
}

// idPlacesAt returns the token after the places of an Indonesian
// address that commas part up to its postcode of five digits, at token
// k after a comma: a village, a district, a city, a province, written
// with their words or without, one to three capitalised words each
// ("Renon, Denpasar Selatan, Kota Denpasar, Bali 80226", "Pluit,
// Penjaringan, Jakarta Utara 14450", "Jawa Timur 60226"); else 0. The
// address before k must be Indonesian (idAddressBefore): places and a
// number of five digits end many lists of other lands' words.
func (s *entScanner) idPlacesAt(k int) int {
	n := len(s.toks)
	for parts := 0; parts < 5 && k < n && s.toks[k].f&efNL == 0; parts++ {
		e := s.seaDistrictAt(k)
		if e == 0 {
			for e = k; e < n && e < k+3 && s.toks[e].kind == etWord && s.toks[e].f&(efCap|efNL|efDigit) == efCap && s.flags(e)&(gzStop|gzCue) == 0; e++ {
			}
		}
		if e == k || e >= n {
			return 0
		}
		// The postcode ends the clause, or the sentence goes on in lower
		// case ("... Jakarta Barat 11610 ya kak").
		if t := &s.toks[e]; t.kind == etNum && t.e-t.s == 5 && t.f&efNL == 0 && s.text[t.s] != '0' && (s.tailEndsAt(e+1) || s.toks[e+1].kind == etWord && s.toks[e+1].f&(efCap|efDigit) == 0) {
			if s.idAddressBefore(k) {
				return e + 1
			}
			return 0
		}
		if !s.punct(e, ',') {
			return 0
		}
		k = e + 1
	}
	return 0
}

// idAddressBefore reports whether the line before token k holds a word
// that only Indonesia's addresses write: a street's or an estate's
// ("Jl.", "Gg.", "Perum"), the neighbourhood's units ("RT", "RW") or
// the administrative parts ("Kel.", "Kec.", "Kab.", "Desa").
func (s *entScanner) idAddressBefore(k int) bool {
	for j := k - 1; j >= 0 && k-j < 40; j-- {
		t := &s.toks[j]
		// An ASCII word folds to its own bytes in lower case: one of
		// another shape than the words needs no fold.
		if t.kind == etWord && t.e-t.s <= 10 && (t.f&efASCII == 0 || idAddrWords.may(s.text[t.s:t.e])) && idAddrWords.of(string(s.fold(j))) != 0 {
			return true
		}
		if t.f&efNL != 0 {
			break
		}
	}
	return false
}

// idAddrWords are the words of an Indonesian address idAddressBefore
// looks for: a street's ("jl", "gang"), an estate's, a neighbourhood's
// and the districts'.
var idAddrWords = func() (s wordSet) {
	s.add(1, "jl", "jln", "jalan", "gg", "gang", "perum", "perumahan", "komplek", "kompleks", "rt", "rw", "kel", "kelurahan",
		"kec", "kecamatan", "kab", "kabupaten", "desa")
	return s
}()

// offRoadAt returns the end of "off" and a road's name at token k, one
// to three capitalised words of which the last is a street's type
// ("off Ikwerre Road", "off Thika Rd", "Off MG Road"), on the line;
// else 0.
func (s *entScanner) offRoadAt(k int) int {
	n := len(s.toks)
	if k+2 >= n || s.toks[k].kind != etWord || s.toks[k].e-s.toks[k].s != 3 || !s.is(k, "off") {
		return 0
	}
	for e := k + 1; e < n && e <= k+3; e++ {
		t := &s.toks[e]
		if t.kind != etWord || t.f&(efCap|efNL) != efCap {
			return 0
		}
		if e > k+1 && s.flags(e)&gzStreetType != 0 {
			if s.punct(e+1, '.') && s.glued(e+1) {
				return e + 2 // "Rd."
			}
			return e + 1
		}
	}
	return 0
}

// roCountyAt returns the token after a Romanian county's word and name
// at token k ("jud. Cluj", "județul Satu Mare", "judet Iasi"), or 0:
// one capitalised word, and a second when punctuation, a number or the
// text's end follows it.
func (s *entScanner) roCountyAt(k int) int {
	n := len(s.toks)
	w := 0
	switch {
	case s.is(k, "jud") && k+2 < n && s.punct(k+1, '.') && s.glued(k+1):
		w = k + 2
	case s.is(k, "judet") || s.is(k, "judetul"):
		w = k + 1
	default:
		return 0
	}
	if w >= n || s.toks[w].kind != etWord || s.toks[w].f&(efCap|efNL) != efCap {
		return 0
	}
	e := w + 1
	if e < n && s.toks[e].kind == etWord && s.toks[e].f&(efCap|efNL) == efCap && (e+1 >= n || s.toks[e+1].kind != etWord) {
		e++
	}
	return e
}
