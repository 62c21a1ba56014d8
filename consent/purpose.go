package consent

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Purpose is a hierarchical purpose key, segments joined by dots, in the
// style of the fideslang data-use taxonomy: "marketing.communications.email"
// is a child of "marketing.communications", itself a child of "marketing".
// A grant on a purpose covers all its descendants.
//
// A key is at most [MaxPurposeLength] bytes of segments of lowercase ASCII
// letters, digits and underscores.
type Purpose string

// MaxPurposeLength bounds the length of a [Purpose] key.
const MaxPurposeLength = 128

// Purposes of the default taxonomy that Confide's own layers use. The rest
// of the fideslang data uses are in [DefaultPurposes].
const (
	// PurposeService is answering the customer: the service they asked
	// for, under contract.
	PurposeService Purpose = "essential.service"
	// PurposeSupport is customer support, a child of PurposeService.
	PurposeSupport Purpose = "essential.service.operations.support"
	// PurposeStoreTranscript is keeping the transcript of a conversation
	// after the turn is answered. It is under "collect" (fideslang:
	// collecting or storing data for use not yet expressly defined), not
	// under "essential": a support bot can answer without keeping what was
	// said, so keeping it is not necessary for the contract and needs
	// consent. A grant on "collect" covers it. Later uses of a kept
	// transcript (analytics, training) are purposes of their own.
	PurposeStoreTranscript Purpose = "collect.store_transcript"
	// PurposeAnalytics is analytics on conversations.
	PurposeAnalytics Purpose = "analytics"
	// PurposePersonalize is personalizing the service.
	PurposePersonalize Purpose = "personalize"
	// PurposeMarketing is marketing, advertising and promotion. Sale and
	// sharing: a Global Privacy Control signal opts out of it.
	PurposeMarketing Purpose = "marketing"
	// PurposeThirdPartySharing is transferring data to third parties. Sale
	// and sharing: a Global Privacy Control signal opts out of it.
	PurposeThirdPartySharing Purpose = "third_party_sharing"
	// PurposeTrainAI is training an AI system or model on the data.
	PurposeTrainAI Purpose = "train_ai_system"
)

// Validate reports whether p is a well-formed key.
func (p Purpose) Validate() error {
	if p == "" {
		return fmt.Errorf("%w: empty purpose", ErrInvalid)
	}
	if len(p) > MaxPurposeLength {
		return fmt.Errorf("%w: purpose is %d bytes, more than %d", ErrInvalid, len(p), MaxPurposeLength)
	}
	for _, seg := range strings.Split(string(p), ".") {
		if seg == "" {
			return fmt.Errorf("%w: purpose key has an empty segment", ErrInvalid)
		}
		for i := 0; i < len(seg); i++ {
			c := seg[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
				return fmt.Errorf("%w: purpose keys are lowercase letters, digits, _ and dots", ErrInvalid)
			}
		}
	}
	return nil
}

// Parent returns the key p is a child of, or "" for a top-level key.
func (p Purpose) Parent() Purpose {
	i := strings.LastIndexByte(string(p), '.')
	if i < 0 {
		return ""
	}
	return p[:i]
}

// Covers reports whether a grant or withdrawal of p applies to q: q is p or
// one of its descendants.
func (p Purpose) Covers(q Purpose) bool {
	return p == q || strings.HasPrefix(string(q), string(p)) && q[len(p)] == '.'
}

// LawfulBasis is the legal ground for processing for a purpose, after GDPR
// Article 6(1). Only [BasisConsent] purposes need a grant.
type LawfulBasis string

// The lawful bases of GDPR Article 6(1), (a) to (f).
const (
	BasisConsent             LawfulBasis = "consent"
	BasisContract            LawfulBasis = "contract"
	BasisLegalObligation     LawfulBasis = "legal_obligation"
	BasisVitalInterests      LawfulBasis = "vital_interests"
	BasisPublicTask          LawfulBasis = "public_task"
	BasisLegitimateInterests LawfulBasis = "legitimate_interests"
)

// Valid reports whether b is one of the six bases.
func (b LawfulBasis) Valid() bool {
	switch b {
	case BasisConsent, BasisContract, BasisLegalObligation, BasisVitalInterests, BasisPublicTask, BasisLegitimateInterests:
		return true
	}
	return false
}

// PurposeInfo describes a purpose of a [Taxonomy].
type PurposeInfo struct {
	// Key is the purpose's key; its parent must be defined first.
	Key Purpose
	// Name and Description are for people, and appear in receipts.
	Name        string
	Description string
	// Basis is the lawful basis. Empty means the parent's; a top-level
	// purpose must set it.
	Basis LawfulBasis
	// OptOut marks a sale or sharing purpose, which an opt-out (a Global
	// Privacy Control signal, see [Ledger.OptOut]) withdraws. It is
	// inherited: the children of an OptOut purpose are OptOut purposes.
	OptOut bool
}

// Taxonomy is the set of purposes a [Ledger] knows. It is safe for
// concurrent use; purposes can be added, never removed or changed, so that
// old ledger entries keep their meaning.
type Taxonomy struct {
	mu sync.RWMutex
	m  map[Purpose]PurposeInfo
}

// NewTaxonomy returns a taxonomy of infos. Order does not matter as long as
// every parent is among them.
func NewTaxonomy(infos ...PurposeInfo) (*Taxonomy, error) {
	sorted := slices.Clone(infos)
	slices.SortStableFunc(sorted, func(a, b PurposeInfo) int {
		return cmp.Compare(strings.Count(string(a.Key), "."), strings.Count(string(b.Key), "."))
	})
	t := &Taxonomy{}
	for _, info := range sorted {
		if err := t.Add(info); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// DefaultTaxonomy returns a new taxonomy of [DefaultPurposes], to which a
// program can [Taxonomy.Add] its own.
func DefaultTaxonomy() *Taxonomy {
	t, err := NewTaxonomy(DefaultPurposes()...)
	if err != nil {
		panic("consent: default taxonomy: " + err.Error())
	}
	return t
}

// Add defines a purpose. Its parent must exist, and its key must not.
func (t *Taxonomy) Add(info PurposeInfo) error {
	if err := info.Key.Validate(); err != nil {
		return fmt.Errorf("consent: add purpose: %w", err)
	}
	if info.Basis != "" && !info.Basis.Valid() {
		return fmt.Errorf("consent: add purpose %s: %w: unknown lawful basis", info.Key, ErrInvalid)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.m[info.Key]; ok {
		return fmt.Errorf("consent: add purpose %s: %w: already defined", info.Key, ErrInvalid)
	}
	if parent := info.Key.Parent(); parent != "" {
		p, ok := t.m[parent]
		if !ok {
			return fmt.Errorf("consent: add purpose %s: %w: parent %s is not defined", info.Key, ErrUnknownPurpose, parent)
		}
		if info.Basis == "" {
			info.Basis = p.Basis
		}
		info.OptOut = info.OptOut || p.OptOut
	} else if info.Basis == "" {
		return fmt.Errorf("consent: add purpose %s: %w: a top-level purpose needs a lawful basis", info.Key, ErrInvalid)
	}
	if t.m == nil {
		t.m = make(map[Purpose]PurposeInfo)
	}
	t.m[info.Key] = info
	return nil
}

// Lookup returns the purpose p, with its basis and OptOut flag resolved.
func (t *Taxonomy) Lookup(p Purpose) (PurposeInfo, bool) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	info, ok := t.m[p]
	return info, ok
}

// Purposes returns every purpose, sorted by key.
func (t *Taxonomy) Purposes() []PurposeInfo {
	t.mu.RLock()
	defer t.mu.RUnlock()
	out := make([]PurposeInfo, 0, len(t.m))
	for _, info := range t.m {
		out = append(out, info)
	}
	slices.SortFunc(out, func(a, b PurposeInfo) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

// OptOutPurposes returns the topmost purposes marked OptOut that need
// consent: the purposes an opt-out withdraws (their children with them).
func (t *Taxonomy) OptOutPurposes() []Purpose {
	var out []Purpose
	for _, info := range t.Purposes() {
		if !info.OptOut || info.Basis != BasisConsent {
			continue
		}
		if len(out) > 0 && out[len(out)-1].Covers(info.Key) {
			continue // Sorted keys put a parent right before its subtree.
		}
		out = append(out, info.Key)
	}
	return out
}

// lookup returns the purpose or an error wrapping [ErrUnknownPurpose].
func (t *Taxonomy) lookup(p Purpose) (PurposeInfo, error) {
	if err := p.Validate(); err != nil {
		return PurposeInfo{}, err
	}
	info, ok := t.Lookup(p)
	if !ok {
		return PurposeInfo{}, fmt.Errorf("%w: %s", ErrUnknownPurpose, p)
	}
	return info, nil
}

// DefaultPurposes returns the data uses of the fideslang taxonomy (the keys
// of its default data_uses, plus "functional.service", which fideslang
// names as a parent without defining) and [PurposeStoreTranscript], each
// with a lawful basis fit for a customer-support bot:
//
//   - essential and its children: contract; essential.fraud_detection:
//     legitimate interests; essential.legal_obligation: legal obligation.
//   - analytics, collect, personalize, marketing, sales,
//     third_party_sharing, train_ai_system, functional.storage: consent.
//     marketing and third_party_sharing are OptOut (sale and sharing);
//     third_party_sharing.legal_obligation is a legal obligation.
//   - functional, operations: legitimate interests; employment: contract;
//     finance: legal obligation.
//
// The bases are defaults, not legal advice: a controller reviews them and
// builds its own list with [NewTaxonomy] where they differ. The slice is
// new on every call.
func DefaultPurposes() []PurposeInfo {
	c, ct, lo, li := BasisConsent, BasisContract, BasisLegalObligation, BasisLegitimateInterests
	return []PurposeInfo{
		{Key: "analytics", Name: "Analytics", Basis: c, Description: "Analytics for reporting, insights and fraud detection."},
		{Key: "analytics.reporting", Name: "Analytics for Reporting"},
		{Key: "analytics.reporting.ad_performance", Name: "Analytics for Advertising Performance"},
		{Key: "analytics.reporting.content_performance", Name: "Analytics for Content Performance"},
		{Key: "analytics.reporting.campaign_insights", Name: "Analytics for Insights"},
		{Key: "analytics.reporting.system", Name: "Analytics for System Activity"},
		{Key: "analytics.reporting.system.performance", Name: "Analytics for System Performance"},
		{Key: "collect", Name: "Collect", Basis: c, Description: "Collecting or storing data for a use not yet expressly defined."},
		{Key: PurposeStoreTranscript, Name: "Store Transcript", Description: "Keeping the transcript of a conversation after it is answered."},
		{Key: "employment", Name: "Employment", Basis: ct},
		{Key: "employment.recruitment", Name: "Employment Recruitment"},
		{Key: "essential", Name: "Essential", Basis: ct, Description: "Operating the service the customer asked for."},
		{Key: "essential.fraud_detection", Name: "Essential Fraud Detection", Basis: li},
		{Key: "essential.legal_obligation", Name: "Essential Legal Obligation", Basis: lo},
		{Key: PurposeService, Name: "Essential for Service"},
		{Key: "essential.service.authentication", Name: "Essential Service Authentication"},
		{Key: "essential.service.notifications", Name: "Essential Service Notifications"},
		{Key: "essential.service.notifications.email", Name: "Essential Email Service Notifications"},
		{Key: "essential.service.notifications.sms", Name: "Essential SMS Service Notifications"},
		{Key: "essential.service.operations", Name: "Essential for Operations"},
		{Key: PurposeSupport, Name: "Essential for Operations Support"},
		{Key: "essential.service.operations.improve", Name: "Essential for Support Improvement"},
		{Key: "essential.service.payment_processing", Name: "Essential for Payment Processing"},
		{Key: "essential.service.security", Name: "Essential for Security"},
		{Key: "essential.service.upgrades", Name: "Essential for Service Upgrades"},
		{Key: "finance", Name: "Finance", Basis: lo},
		{Key: "functional", Name: "Functional", Basis: li},
		{Key: "functional.storage", Name: "Local Data Storage", Basis: c},
		{Key: "functional.service", Name: "Functional Service"},
		{Key: "functional.service.improve", Name: "Improve Service"},
		{Key: "marketing", Name: "Marketing", Basis: c, OptOut: true, Description: "Marketing, promotion, advertising and sales."},
		{Key: "marketing.advertising", Name: "Advertising, Marketing or Promotion"},
		{Key: "marketing.advertising.first_party", Name: "First Party Advertising"},
		{Key: "marketing.advertising.first_party.contextual", Name: "First Party Contextual Advertising"},
		{Key: "marketing.advertising.first_party.targeted", Name: "First Party Personalized Advertising"},
		{Key: "marketing.advertising.frequency_capping", Name: "Frequency Capping"},
		{Key: "marketing.advertising.negative_targeting", Name: "Negative Targeting"},
		{Key: "marketing.advertising.profiling", Name: "Profiling for Advertising"},
		{Key: "marketing.advertising.serving", Name: "Essential for Serving Ads"},
		{Key: "marketing.advertising.third_party", Name: "Third Party Advertising"},
		{Key: "marketing.advertising.third_party.targeted", Name: "Third Party Targeted Advertising"},
		{Key: "marketing.communications", Name: "Marketing Communications"},
		{Key: "marketing.communications.email", Name: "Marketing Email Communications"},
		{Key: "marketing.communications.sms", Name: "Marketing SMS Communications"},
		{Key: "operations", Name: "Operations", Basis: li},
		{Key: "personalize", Name: "Personalize", Basis: c},
		{Key: "personalize.content", Name: "Content Personalization"},
		{Key: "personalize.profiling", Name: "Personalized Profiling"},
		{Key: "personalize.system", Name: "System Personalization"},
		{Key: "sales", Name: "Sales", Basis: c},
		{Key: "third_party_sharing", Name: "Third Party Sharing", Basis: c, OptOut: true, Description: "Transferring data to third parties."},
		{Key: "third_party_sharing.legal_obligation", Name: "Sharing for Legal Obligation", Basis: lo},
		{Key: PurposeTrainAI, Name: "Train AI System", Basis: c, Description: "Training an AI system or model on the data."},
	}
}
