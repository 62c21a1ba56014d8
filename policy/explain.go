package policy

import (
	"time"

	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/transparency"
)

// Pipeline describes the policy for package transparency, which writes
// the privacy notice (NoticeMarkdown, NoticeHTML) and the GDPR Art. 30
// record (Record) from it: the same generator for the document customers
// read and the file that builds the running pipeline.
func (p *Policy) Pipeline() transparency.Pipeline {
	pl := transparency.Pipeline{
		Controller: transparency.Controller{Name: p.Controller.Name, Contact: p.Controller.Contact, DPO: p.Controller.DPO},
		Service:    p.Service,
		Provider:   transparency.Provider{Name: p.Provider.Name, Model: p.Provider.Model, Location: p.Provider.Location},
		Transfers:  append([]string(nil), p.Provider.Transfers...),
		Security:   transparency.Security{AtRest: "AES-256-GCM (Tink)", Keys: p.keysText(), Erasure: true},
	}
	if t, err := time.Parse(time.DateOnly, p.Updated); err == nil {
		pl.Updated = t
	}
	for _, typ := range p.detected() {
		op, _ := p.OperatorOf(typ)
		kind, _, _ := parseOperator(op)
		pl.Redaction = append(pl.Redaction, transparency.Redaction{Type: typ, Operator: kind})
	}
	if tax, err := p.taxonomy(); err == nil {
		for _, key := range p.usedPurposes() {
			info, _ := tax.Lookup(key)
			pu := transparency.Purpose{Key: string(key), Name: info.Name, Description: info.Description, Basis: string(info.Basis)}
			if pu.Name == "" {
				pu.Name = string(key)
			}
			if n := p.notice(key); n != nil {
				pu.Notice = n.Version
			}
			pl.Purposes = append(pl.Purposes, pu)
		}
	}
	for _, r := range p.Retention {
		pl.Retention = append(pl.Retention, transparency.Retention{Kind: r.Kind, Purpose: r.Purpose, Keep: time.Duration(r.Keep)})
	}
	return pl
}

// keysText says where the key-encryption key lives, for people.
func (p *Policy) keysText() string {
	switch k := p.Keyring; {
	case k == nil:
		return "a temporary key held in memory"
	case k.KMS != "":
		return kmsName(k.KMS)
	}
	return "a local keyring encrypted under a master key"
}

func kmsName(uri string) string {
	switch {
	case hasScheme(uri, "aws-kms"):
		return "AWS KMS"
	case hasScheme(uri, "gcp-kms"):
		return "Google Cloud KMS"
	case hasScheme(uri, "hcvault"):
		return "HashiCorp Vault"
	}
	return "a key management service"
}

func hasScheme(uri, scheme string) bool {
	return len(uri) > len(scheme)+3 && uri[:len(scheme)+3] == scheme+"://"
}

// usedPurposes returns the purposes the policy uses, in the order of the
// file's purposes, then those only referred to (conversation, profile,
// retention) in the order they appear.
func (p *Policy) usedPurposes() []consent.Purpose {
	var out []consent.Purpose
	seen := map[consent.Purpose]bool{}
	add := func(k string) {
		if k != "" && !seen[consent.Purpose(k)] {
			seen[consent.Purpose(k)] = true
			out = append(out, consent.Purpose(k))
		}
	}
	for _, pu := range p.Purposes {
		add(pu.Key)
	}
	for _, k := range p.Conversation.Required {
		add(k)
	}
	for _, k := range p.Conversation.Optional {
		add(k)
	}
	add(p.Conversation.TranscriptPurpose)
	if p.Profile != nil {
		add(p.Profile.Purpose)
	}
	for _, r := range p.Retention {
		add(r.Purpose)
	}
	return out
}

// notice returns the notice of a purpose of the file, or nil.
func (p *Policy) notice(key consent.Purpose) *Notice {
	for _, pu := range p.Purposes {
		if pu.Key == string(key) {
			return pu.Notice
		}
	}
	return nil
}

// basis returns the lawful basis of a purpose under the policy.
func (p *Policy) basis(key string) consent.LawfulBasis {
	info, ok := lookupIn(p.tax, consent.Purpose(key))
	if !ok {
		return ""
	}
	return info.Basis
}
