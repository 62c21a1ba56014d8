package redact

import (
	"context"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strconv"
	"strings"
)

// Surrogate replaces a value with a realistic fake of the same type and
// shape: a fake email at a reserved example domain, a Luhn-valid card number
// of the same length and grouping, an IBAN with valid check digits, a
// plausible name, an address from the documentation ranges. Models answer
// better with natural text than with tags. The same value gets the same
// surrogate throughout the conversation, and surrogates are restored in
// replies like placeholders, even with their case changed.
//
// Surrogates are drawn from the conversation's scope and a counter, never
// from the value, so they reveal nothing about it.
func Surrogate() Operator {
	return OperatorFunc(func(_ context.Context, v *Vault, typ, value string) (string, error) {
		return v.Surrogate(typ, value)
	})
}

// Surrogate returns the surrogate of value, making one when the value is
// new. A value that already has a placeholder keeps it.
func (v *Vault) Surrogate(typ, value string) (string, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if i, ok := v.byValue[value]; ok {
		return v.entries[i].Placeholder, nil
	}
	if len(v.entries) >= v.limit {
		return "", fmt.Errorf("%w: %d values", ErrVaultFull, v.limit)
	}
	label := v.format.label(typ)
	for attempt := 0; attempt < 64; attempt++ {
		rng := rand.New(rand.NewPCG(surrogateSeed(v, typ, len(v.entries), attempt)))
		fake := fakeFor(typ, value, rng)
		key := strings.ToLower(fake)
		if fake == "" || fake == value {
			continue
		}
		if _, taken := v.bySurrogate[key]; taken {
			continue
		}
		if _, taken := v.byValue[fake]; taken {
			continue
		}
		v.add(VaultEntry{Type: typ, Label: label, Placeholder: fake, Value: value, Surrogate: true})
		return fake, nil
	}
	return "", fmt.Errorf("redact: no free surrogate for type %s", typ)
}

func surrogateSeed(v *Vault, typ string, n, attempt int) (uint64, uint64) {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s", v.scope.Tenant, v.scope.Subject, v.scope.Conversation, typ)
	return h.Sum64(), uint64(n)<<8 | uint64(attempt)
}

var (
	fakeFirst = []string{"Alex", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Robin", "Avery", "Quinn", "Drew", "Sasha", "Noa", "Elliot", "Rowan", "Kai"}
	fakeLast  = []string{"Lindqvist", "Okafor", "Marchetti", "Haldane", "Novak", "Castell", "Brandt", "Moreau", "Ferreira", "Kowal", "Sato", "Adeyemi", "Varga", "Ellison", "Duarte", "Whitlock"}
	fakeTLD   = []string{"example.com", "example.net", "example.org"}
)

// fakeFor makes a fake of typ shaped like value.
func fakeFor(typ, value string, rng *rand.Rand) string {
	switch typ {
	case "EMAIL_ADDRESS":
		return strings.ToLower(pick(rng, fakeFirst)+"."+pick(rng, fakeLast)) + strconv.Itoa(rng.IntN(90)+10) + "@" + pick(rng, fakeTLD)
	case "PERSON":
		words := len(strings.Fields(value))
		switch {
		case words <= 1:
			return pick(rng, fakeFirst)
		default:
			return pick(rng, fakeFirst) + " " + pick(rng, fakeLast)
		}
	case "CREDIT_CARD":
		return fakeCard(value, rng)
	case "IBAN_CODE":
		return fakeIBAN(value, rng)
	case "IP_ADDRESS":
		if strings.Contains(value, ":") {
			return fmt.Sprintf("2001:db8::%x", rng.IntN(0xfffe)+1)
		}
		return fmt.Sprintf("203.0.113.%d", rng.IntN(254)+1)
	case "US_SSN":
		return shapeLike(value, rng, "9")
	case "PHONE_NUMBER":
		keep := ""
		if strings.HasPrefix(value, "+") {
			keep = digitsPrefix(value, 1) // the country code's first digit
		}
		return shapeLike(value, rng, keep)
	}
	return shapeLike(value, rng, "")
}

func pick(rng *rand.Rand, list []string) string { return list[rng.IntN(len(list))] }

func digitsPrefix(s string, n int) string {
	var b strings.Builder
	for i := 0; i < len(s) && b.Len() < n; i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// shapeLike replaces each ASCII letter and digit of value with a random one
// of the same kind and case, except that the value's first letters and
// digits become the characters of prefix.
func shapeLike(value string, rng *rand.Rand, prefix string) string {
	out := []byte(value)
	p := 0
	for i, c := range out {
		if p < len(prefix) && isASCIIAlnum(c) {
			out[i] = prefix[p]
			p++
			continue
		}
		switch {
		case c >= '0' && c <= '9':
			out[i] = byte('0' + rng.IntN(10))
		case c >= 'a' && c <= 'z':
			out[i] = byte('a' + rng.IntN(26))
		case c >= 'A' && c <= 'Z':
			out[i] = byte('A' + rng.IntN(26))
		}
	}
	return string(out)
}

// fakeCard keeps the grouping and the first digit (the card network's
// family) and makes the check digit valid.
func fakeCard(value string, rng *rand.Rand) string {
	out := []byte(shapeLike(value, rng, digitsPrefix(value, 1)))
	var pos []int
	for i, c := range out {
		if c >= '0' && c <= '9' {
			pos = append(pos, i)
		}
	}
	if len(pos) < 2 {
		return string(out)
	}
	sum := 0
	for k := len(pos) - 2; k >= 0; k-- {
		d := int(out[pos[k]] - '0')
		if (len(pos)-2-k)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	out[pos[len(pos)-1]] = byte('0' + (10-sum%10)%10)
	return string(out)
}

// fakeIBAN keeps the country code and the grouping, randomises the account
// part (digits for digits, letters for letters) and computes valid check
// digits (ISO 13616: mod 97 of the rearranged number equals 1).
func fakeIBAN(value string, rng *rand.Rand) string {
	out := []byte(value)
	var pos []int
	for i, c := range out {
		if isASCIIAlnum(c) {
			pos = append(pos, i)
		}
	}
	if len(pos) < 5 {
		return shapeLike(value, rng, "")
	}
	for _, i := range pos[4:] {
		switch c := out[i]; {
		case c >= '0' && c <= '9':
			out[i] = byte('0' + rng.IntN(10))
		case c >= 'a' && c <= 'z':
			out[i] = byte('a' + rng.IntN(26))
		default:
			out[i] = byte('A' + rng.IntN(26))
		}
	}
	var compact []byte
	for _, i := range pos[4:] {
		compact = append(compact, out[i])
	}
	compact = append(compact, upper(out[pos[0]]), upper(out[pos[1]]), '0', '0')
	check := 98 - mod97Remainder(compact)
	out[pos[2]] = byte('0' + check/10)
	out[pos[3]] = byte('0' + check%10)
	return string(out)
}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

// mod97Remainder computes the ISO 7064 mod 97-10 remainder of an alphanumeric
// string, letters counting as 10 to 35.
func mod97Remainder(s []byte) int {
	r := 0
	for _, c := range s {
		c = upper(c)
		switch {
		case c >= '0' && c <= '9':
			r = (r*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			r = (r*100 + int(c-'A'+10)) % 97
		}
	}
	return r
}
