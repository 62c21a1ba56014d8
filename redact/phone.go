package redact

import (
	"sync"

	"github.com/nyaruka/phonenumbers"
	"google.golang.org/protobuf/proto"
)

// Phone numbers. libphonenumber's metadata (through
// github.com/nyaruka/phonenumbers) gives, for every country calling code
// and region, the possible lengths of a national number and the national
// prefix; the scanner checks candidates against tables built from it once,
// so the common path costs no parsing. WithStrictPhones adds the full
// validity check of the numbering plan.

type phoneRegion struct {
	code   string
	cc     int
	prefix string // national (trunk) prefix, e.g. "0"
	lens   uint32 // bit n set: a national number of n digits is possible
}

var defaultPhoneRegions = []string{"US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "PT", "IE", "AU", "IN", "BR", "JP", "IL"}

var phoneMeta struct {
	once    sync.Once
	byCC    [1000]uint32 // possible lengths per calling code
	regions map[string]*phoneRegion
}

func loadPhoneMeta() {
	phoneMeta.once.Do(func() {
		phoneMeta.regions = map[string]*phoneRegion{}
		coll, err := phonenumbers.MetadataCollection()
		if err != nil {
			return
		}
		for _, m := range coll.GetMetadata() {
			cc := int(m.GetCountryCode())
			if cc <= 0 || cc >= 1000 {
				continue
			}
			var lens uint32
			descs := []*phonenumbers.PhoneNumberDesc{m.GetGeneralDesc(), m.GetFixedLine(), m.GetMobile(), m.GetTollFree(), m.GetVoip(), m.GetPersonalNumber(), m.GetUan()}
			for _, d := range descs {
				for _, l := range d.GetPossibleLength() {
					if l > 0 && l < 32 {
						lens |= 1 << uint(l)
					}
				}
			}
			phoneMeta.byCC[cc] |= lens
			id := m.GetId()
			if len(id) == 2 {
				phoneMeta.regions[id] = &phoneRegion{code: id, cc: cc, prefix: m.GetNationalPrefix(), lens: lens}
			}
		}
		if gb := phoneMeta.regions["GB"]; gb != nil {
			phoneMeta.regions["UK"] = gb
		}
	})
}

func lookupPhoneRegion(code string) *phoneRegion {
	loadPhoneMeta()
	return phoneMeta.regions[code]
}

// phone checks a digit run as an international number (+ or 00), a North
// American number, or a national number of one of the engine's regions.
func (s *state) phone(x *numInfo) {
	if x.nd < 7 || x.nd > 15 || !s.e.phoneOn {
		return
	}
	d := x.dig()
	// A number that needs a phone word takes it from before the number
	// ("my phone is ..."), so "SSN is 061376511 and my phone is" stays an
	// SSN.
	add := func(score float64, need bool) {
		s.add(cand{start: x.start, end: x.end, typ: TypePhoneNumber, rec: "phone_number", score: score, boost: gPhone, neg: gNeg, need: need, before: need})
	}
	off := -1
	switch {
	case x.plus:
		off = 0
	case x.nd >= 10 && d[0] == '0' && d[1] == '0' && x.ng >= 2:
		off = 2
	case x.nd >= 11 && string(d[:3]) == "011" && x.ng >= 2:
		off = 3
	}
	if off >= 0 {
		if cc, nsn, ok := s.intlPhone(x, d, off); ok {
			if s.e.strict && !strictPhone(cc, nsn) {
				return
			}
			add(0.75, false)
		}
		return
	}
	if x.sep == '/' {
		return
	}
	// Groups of one digit are rare in phone numbers and common in lists.
	for k := 0; k < x.ng; k++ {
		if x.glens[k] < 2 && !(k == 0 && x.glens[0] == 1 && d[0] == '1') {
			if x.ng > 1 {
				return
			}
		}
	}
	grouped := x.ng >= 2 && (!x.mixed || x.paren)
	if x.sep == '.' && x.ng < 3 {
		grouped = false
	}
	for _, r := range s.e.regions {
		if r.cc == 1 {
			// North America: [1] NPA NXX XXXX, NPA and NXX starting 2-9.
			k := 0
			if x.nd == 11 && d[0] == '1' {
				k = 1
			}
			if x.nd-k != 10 || d[k] < '2' || d[k+3] < '2' {
				continue
			}
			gl := x.glens[:x.ng]
			if k == 1 && x.ng > 1 {
				gl = gl[1:]
			}
			switch {
			case len(gl) == 3 && gl[0] == 3 && gl[1] == 3 && gl[2] == 4:
				if s.e.strict && !strictPhone(1, d[k:]) {
					return
				}
				add(0.6, false)
			case len(gl) == 2 && x.paren && gl[0] == 3:
				add(0.6, false)
			case x.ng == 1:
				add(0.3, true)
			default:
				continue
			}
			return
		}
		if r.prefix == "" || d[0] != r.prefix[0] || len(r.prefix) != 1 || d[1] == '0' {
			continue
		}
		if r.lens&(1<<uint(x.nd-1)) == 0 {
			continue
		}
		if s.e.strict && !strictPhone(r.cc, d[1:]) {
			continue
		}
		if grouped && x.sep != '.' || x.sep == '.' && x.ng >= 4 {
			add(0.5, false)
		} else {
			add(0.3, true)
		}
		return
	}
	// Anything else of phone length needs a phone word nearby; a run
	// shaped like a date is a date.
	dateLike := x.ng == 3 && (x.glens[0] == 4 || x.glens[2] == 4 || x.glens[2] == 2 && x.glens[0] <= 2)
	if x.nd >= 8 && x.nd <= 12 && (x.ng == 1 || grouped && !dateLike) {
		add(0.3, true)
	}
}

// intlPhone splits the digits after an international prefix into a
// calling code (codes are prefix-free) and a national number of a
// possible length. A trunk "(0)" after the code is dropped.
func (s *state) intlPhone(x *numInfo, d []byte, off int) (int, []byte, bool) {
	loadPhoneMeta()
	for l := 1; l <= 3 && off+l < len(d); l++ {
		cc := digitsVal(d[off : off+l])
		m := phoneMeta.byCC[cc]
		if m == 0 {
			continue
		}
		nsn := d[off+l:]
		if len(nsn) > 1 && nsn[0] == '0' && m&(1<<uint(len(nsn))) == 0 {
			nsn = nsn[1:]
		}
		return cc, nsn, m&(1<<uint(len(nsn))) != 0
	}
	return 0, nil, false
}

// strictPhone runs libphonenumber's full validity check.
func strictPhone(cc int, nsn []byte) bool {
	var v uint64
	for _, c := range nsn {
		v = v*10 + uint64(c-'0')
	}
	n := &phonenumbers.PhoneNumber{CountryCode: proto.Int32(int32(cc)), NationalNumber: proto.Uint64(v)}
	if len(nsn) > 1 && nsn[0] == '0' {
		n.ItalianLeadingZero = proto.Bool(true)
	}
	return phonenumbers.IsValidNumber(n)
}
