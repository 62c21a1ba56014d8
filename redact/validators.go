package redact

import "slices"

// validators are the checks a Rule written as data (a policy file, say)
// can name for its Validate. Each receives the match as written,
// separators included.
var validators = map[string]func(string) bool{
	"luhn":             func(s string) bool { d := digitsOf(s, 0); return len(d) >= 2 && luhn(d) },
	"verhoeff":         func(s string) bool { d := digitsOf(s, 0); return len(d) >= 2 && verhoeff(d) },
	"iso7064_mod11_10": func(s string) bool { return iso7064Mod1110(digitsOf(s, 0)) },
	"iban":             validIBANText,
	"aba_routing":      validABARouting,
	"us_npi":           validUSNPI,
	"uk_nhs":           validUKNHS,
	"uk_nino":          validUKNINO,
	"nl_bsn":           validNLBSN,
	"fr_nir":           validFRNIR,
	"in_aadhaar":       validINAadhaar,
	"br_cpf":           validBRCPF,
	"br_cnpj":          validBRCNPJ,
	"es_nif":           validESNIF,
	"pl_pesel":         validPLPESEL,
}

// Validator returns the named validator, for the Validate field of a
// [Rule] built from data: "luhn", "verhoeff", "iso7064_mod11_10", "iban"
// (country length and mod 97) and national identifier checks such as
// "uk_nino" or "nl_bsn" (see [ValidatorNames]). Each takes the match as
// written, separators included.
func Validator(name string) (func(match string) bool, bool) {
	v, ok := validators[name]
	return v, ok
}

// ValidatorNames returns the names [Validator] knows, sorted.
func ValidatorNames() []string {
	names := make([]string, 0, len(validators))
	for n := range validators {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// validIBANText checks an IBAN as written: its country's length and the
// mod 97 checksum.
func validIBANText(s string) bool {
	c := compact(s)
	if len(c) < 5 || !allLetters(c[:2]) || !allDigits(c[2:4]) {
		return false
	}
	f, ok := ibanFormats[c[:2]]
	if !ok || len(c) != 4+len(f) {
		return false
	}
	return mod97([]byte(c))
}
