package consent_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/confide-dev/confide/consent"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStateAtPastTime(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	t0 := f.clock.Now()
	granted := f.grant(t, consent.PurposeAnalytics)
	f.clock.Advance(time.Hour)
	withdrawn := f.withdraw(t, consent.PurposeAnalytics)
	f.clock.Advance(time.Hour)
	regranted, err := f.ledger.Grant(ctx, consent.Choice{Tenant: tenant, Subject: subject,
		Purposes: []consent.Purpose{consent.PurposeAnalytics}, Notice: f.notice, Lifetime: 24 * time.Hour})
	require.NoError(t, err)
	f.clock.Advance(48 * time.Hour)

	cases := []struct {
		name string
		at   time.Time
		want bool
	}{
		{"BeforeAnyEvent", t0.Add(-time.Second), false},
		{"AtGrant", granted.Time, true},
		{"AfterGrant", granted.Time.Add(30 * time.Minute), true},
		{"AtWithdrawal", withdrawn.Time, false},
		{"AfterWithdrawal", withdrawn.Time.Add(30 * time.Minute), false},
		{"AfterRegrant", regranted.Time.Add(time.Hour), true},
		{"JustBeforeExpiry", regranted.Expires.Add(-time.Microsecond), true},
		{"AtExpiry", regranted.Expires, false},
		{"Now", f.clock.Now(), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st, err := f.ledger.StateAt(ctx, tenant, subject, c.at)
			require.NoError(t, err)
			assert.Equal(t, c.want, st.Allowed(consent.PurposeAnalytics))
		})
	}
	st, err := f.ledger.StateAt(ctx, tenant, subject, granted.Time.Add(time.Minute))
	require.NoError(t, err)
	assert.Len(t, st.Events(), 1, "a past state sees only the events recorded until then")
	by, ok := st.DecidedBy("analytics.reporting")
	require.True(t, ok)
	assert.Equal(t, granted.ID, by.ID)
}

func TestExpiryFromClock(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	c := f.choice(consent.PurposeTrainAI)
	c.Lifetime = time.Hour
	ev, err := f.ledger.Grant(ctx, c)
	require.NoError(t, err)
	assert.Equal(t, ev.Time.Add(time.Hour), ev.Expires)
	f.clock.Advance(59 * time.Minute)
	assert.True(t, f.allowed(t, consent.PurposeTrainAI))
	f.clock.Advance(time.Minute)
	assert.False(t, f.allowed(t, consent.PurposeTrainAI), "an expired grant allows nothing")
	evs, err := f.ledger.Events(ctx, tenant, subject)
	require.NoError(t, err)
	assert.Len(t, evs, 1, "expiry by lifetime writes no event")

	// An explicit expiry by the controller is an event of its own.
	f.grant(t, consent.PurposeAnalytics)
	exp, err := f.ledger.Expire(ctx, consent.Choice{Tenant: tenant, Subject: subject, Purposes: []consent.Purpose{consent.PurposeAnalytics}})
	require.NoError(t, err)
	assert.Equal(t, consent.EventExpire, exp.Kind)
	assert.Equal(t, consent.SourceSystem, exp.Source)
	assert.False(t, f.allowed(t, consent.PurposeAnalytics))
}

func TestParentAndChildPurposes(t *testing.T) {
	f := newFixture(t)
	const (
		email     consent.Purpose = "marketing.communications.email"
		comms     consent.Purpose = "marketing.communications"
		ads       consent.Purpose = "marketing.advertising.first_party"
		reporting consent.Purpose = "analytics.reporting"
	)
	check := func(want map[consent.Purpose]bool) {
		t.Helper()
		for p, w := range want {
			assert.Equal(t, w, f.allowed(t, p), "purpose %s", p)
		}
	}
	check(map[consent.Purpose]bool{consent.PurposeMarketing: false, email: false,
		consent.PurposeService: true, consent.PurposeSupport: true, "third_party_sharing.legal_obligation": true})

	f.grant(t, consent.PurposeMarketing)
	check(map[consent.Purpose]bool{consent.PurposeMarketing: true, comms: true, email: true, ads: true})

	f.withdraw(t, email)
	check(map[consent.Purpose]bool{consent.PurposeMarketing: true, comms: true, email: false, ads: true})

	f.grant(t, comms)
	check(map[consent.Purpose]bool{email: true})

	f.withdraw(t, consent.PurposeMarketing)
	check(map[consent.Purpose]bool{consent.PurposeMarketing: false, comms: false, email: false, ads: false})

	f.grant(t, reporting)
	check(map[consent.Purpose]bool{reporting: true, "analytics.reporting.system.performance": true, consent.PurposeAnalytics: false})

	st, err := f.ledger.State(context.Background(), tenant, subject)
	require.NoError(t, err)
	assert.Equal(t, []consent.Purpose{reporting, "analytics.reporting.ad_performance", "analytics.reporting.campaign_insights",
		"analytics.reporting.content_performance", "analytics.reporting.system", "analytics.reporting.system.performance"}, sorted(st.Granted()))
}

func sorted(ps []consent.Purpose) []consent.Purpose {
	out := slices.Clone(ps)
	slices.Sort(out)
	return out
}

func TestCustomPurposes(t *testing.T) {
	tax := consent.DefaultTaxonomy()
	require.NoError(t, tax.Add(consent.PurposeInfo{Key: "train_ai_system.fine_tune", Name: "Fine-tune our support model"}))
	info, ok := tax.Lookup("train_ai_system.fine_tune")
	require.True(t, ok)
	assert.Equal(t, consent.BasisConsent, info.Basis, "a child inherits its parent's basis")
	require.NoError(t, tax.Add(consent.PurposeInfo{Key: "marketing.partner_offers"}))
	info, _ = tax.Lookup("marketing.partner_offers")
	assert.True(t, info.OptOut, "a child of a sale or sharing purpose is one too")

	assert.ErrorIs(t, tax.Add(consent.PurposeInfo{Key: "nosuch.child", Basis: consent.BasisConsent}), consent.ErrUnknownPurpose)
	assert.ErrorIs(t, tax.Add(consent.PurposeInfo{Key: "toplevel"}), consent.ErrInvalid, "top level needs a basis")
	assert.ErrorIs(t, tax.Add(consent.PurposeInfo{Key: "analytics", Basis: consent.BasisConsent}), consent.ErrInvalid, "no redefinition")
	assert.ErrorIs(t, tax.Add(consent.PurposeInfo{Key: "Bad Key", Basis: consent.BasisConsent}), consent.ErrInvalid)
	assert.ErrorIs(t, tax.Add(consent.PurposeInfo{Key: "x", Basis: "whim"}), consent.ErrInvalid)

	assert.Equal(t, []consent.Purpose{consent.PurposeMarketing, consent.PurposeThirdPartySharing}, tax.OptOutPurposes())

	store := consent.NewMemoryStore()
	l, err := consent.NewLedger(store, consent.Options{Taxonomy: tax})
	require.NoError(t, err)
	ctx := context.Background()
	n, err := l.PublishNotice(ctx, tenant, consent.Notice{ID: "n", Version: "1", Text: "text"})
	require.NoError(t, err)
	_, err = l.Grant(ctx, consent.Choice{Tenant: tenant, Subject: subject, Purposes: []consent.Purpose{consent.PurposeTrainAI}, Notice: n.Ref()})
	require.NoError(t, err)
	ok, err = l.Allowed(ctx, scope, "train_ai_system.fine_tune")
	require.NoError(t, err)
	assert.True(t, ok, "a grant on the parent covers a custom child")
}

func TestDefaultTaxonomyMatchesFideslang(t *testing.T) {
	tax := consent.DefaultTaxonomy()
	for _, p := range []consent.Purpose{"essential.service", "essential.service.operations.support", "analytics",
		"personalize", "marketing.advertising.third_party.targeted", "third_party_sharing", "train_ai_system",
		"functional.service.improve", consent.PurposeStoreTranscript} {
		_, ok := tax.Lookup(p)
		assert.True(t, ok, "purpose %s", p)
	}
	for _, info := range tax.Purposes() {
		assert.True(t, info.Basis.Valid(), "purpose %s has basis %q", info.Key, info.Basis)
	}
	info, _ := tax.Lookup(consent.PurposeStoreTranscript)
	assert.Equal(t, consent.BasisConsent, info.Basis)
	info, _ = tax.Lookup(consent.PurposeSupport)
	assert.Equal(t, consent.BasisContract, info.Basis)
}

func TestRefusedChoices(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	const secretSubject = "cust-secret-7f3a"
	base := func() consent.Choice {
		c := f.choice(consent.PurposeAnalytics)
		c.Subject = secretSubject
		return c
	}
	cases := []struct {
		name   string
		modify func(*consent.Choice)
		want   error
		msg    string
	}{
		{"UnknownNoticeVersion", func(c *consent.Choice) { c.Notice.Version = "9"; c.Notice.SHA256 = "" }, consent.ErrUnknownNotice, "notice"},
		{"UnknownNoticeID", func(c *consent.Choice) { c.Notice.ID = "nosuch" }, consent.ErrUnknownNotice, "notice"},
		{"NoticeHashMismatch", func(c *consent.Choice) { c.Notice.SHA256 = consent.NoticeHash("another text") }, consent.ErrUnknownNotice, "another hash"},
		{"NoNotice", func(c *consent.Choice) { c.Notice = consent.NoticeRef{} }, consent.ErrUnknownNotice, "must name the notice"},
		{"UnknownPurpose", func(c *consent.Choice) { c.Purposes = []consent.Purpose{"analytics.mind_reading"} }, consent.ErrUnknownPurpose, "analytics.mind_reading"},
		{"MalformedPurpose", func(c *consent.Choice) { c.Purposes = []consent.Purpose{"Analytics"} }, consent.ErrInvalid, "purpose"},
		{"NoPurposes", func(c *consent.Choice) { c.Purposes = nil }, consent.ErrInvalid, "no purposes"},
		{"ContractPurpose", func(c *consent.Choice) { c.Purposes = []consent.Purpose{consent.PurposeSupport} }, consent.ErrNoConsentNeeded, "contract"},
		{"BadSubject", func(c *consent.Choice) { c.Subject = "has space" }, consent.ErrInvalid, "subject"},
		{"BadSource", func(c *consent.Choice) { c.Source = "carrier-pigeon" }, consent.ErrInvalid, "source"},
		{"BadJurisdiction", func(c *consent.Choice) { c.Jurisdiction = "EU;drop" }, consent.ErrInvalid, "jurisdiction"},
		{"NegativeLifetime", func(c *consent.Choice) { c.Lifetime = -time.Hour }, consent.ErrInvalid, "lifetime"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ch := base()
			c.modify(&ch)
			_, err := f.ledger.Grant(ctx, ch)
			require.ErrorIs(t, err, c.want)
			assert.Contains(t, err.Error(), c.msg)
			assert.NotContains(t, err.Error(), secretSubject)
			evs, err := f.ledger.Events(ctx, tenant, secretSubject)
			require.NoError(t, err)
			assert.Empty(t, evs, "a refused choice recorded something")
		})
	}
	_, err := f.ledger.Allowed(ctx, scope, "nosuch")
	assert.ErrorIs(t, err, consent.ErrUnknownPurpose)

	_, err = f.ledger.PublishNotice(ctx, tenant, consent.Notice{ID: "bot-notice", Version: "1", Text: "changed text"})
	assert.ErrorIs(t, err, consent.ErrNoticeConflict, "a published version never changes")
	n, err := f.ledger.PublishNotice(ctx, tenant, consent.Notice{ID: "bot-notice", Version: "1", Text: "We keep chats to improve the bot."})
	require.NoError(t, err, "publishing the same text again is fine")
	assert.Equal(t, f.notice, n.Ref())
	got, err := f.ledger.Notice(ctx, tenant, "bot-notice", "1")
	require.NoError(t, err)
	assert.Equal(t, "We keep chats to improve the bot.", got.Text)
	assert.Equal(t, consent.NoticeHash(got.Text), got.SHA256)
}

// replay is an independent statement of the derivation rule: the latest
// event covering a purpose decides it.
func replay(evs []consent.Event, p consent.Purpose, at time.Time) bool {
	allowed := false
	for _, ev := range evs {
		if ev.Time.After(at) {
			break
		}
		for _, q := range ev.Purposes {
			if q == p || strings.HasPrefix(string(p), string(q)+".") {
				allowed = ev.Kind == consent.EventGrant && (ev.Expires.IsZero() || at.Before(ev.Expires))
			}
		}
	}
	return allowed
}

func TestConcurrentGrantsAndWithdrawals(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	purposes := []consent.Purpose{consent.PurposeAnalytics, "analytics.reporting", consent.PurposeMarketing,
		"marketing.communications.email", consent.PurposeTrainAI, consent.PurposeStoreTranscript}
	const workers, ops = 8, 25
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(w), 1))
			for range ops {
				c := f.choice(purposes[rng.IntN(len(purposes))])
				var err error
				switch rng.IntN(3) {
				case 0:
					_, err = f.ledger.Grant(ctx, c)
				case 1:
					_, err = f.ledger.Withdraw(ctx, c)
				default:
					_, err = f.ledger.Allowed(ctx, scope, c.Purposes[0])
				}
				if err != nil {
					t.Error(err)
				}
				if rng.IntN(4) == 0 {
					f.clock.Advance(time.Second)
				}
			}
		})
	}
	wg.Wait()

	evs, err := f.ledger.Events(ctx, tenant, subject)
	require.NoError(t, err)
	require.NotEmpty(t, evs)
	ids := map[string]bool{}
	for i, ev := range evs {
		assert.Equal(t, uint64(i+1), ev.Seq, "seqs are 1..n without gaps")
		if i > 0 {
			assert.False(t, ev.Time.Before(evs[i-1].Time), "times never decrease along seq")
		}
		assert.False(t, ids[ev.ID], "event IDs are unique")
		ids[ev.ID] = true
	}
	st, err := f.ledger.State(ctx, tenant, subject)
	require.NoError(t, err)
	other, err := consent.NewLedger(f.store, consent.Options{Clock: f.clock.Now})
	require.NoError(t, err)
	st2, err := other.State(ctx, tenant, subject)
	require.NoError(t, err)
	for _, info := range consent.DefaultTaxonomy().Purposes() {
		if info.Basis != consent.BasisConsent {
			continue
		}
		want := replay(evs, info.Key, st.At)
		assert.Equal(t, want, st.Allowed(info.Key), "purpose %s", info.Key)
		assert.Equal(t, want, st2.Allowed(info.Key), "purpose %s from a second ledger", info.Key)
	}
}

func TestLedgerRowsCannotChange(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	ev := f.grant(t, consent.PurposeAnalytics, consent.PurposeTrainAI)
	ev.Purposes[0] = consent.PurposeMarketing // The returned event is a copy.

	evs, err := f.ledger.Events(ctx, tenant, subject)
	require.NoError(t, err)
	evs[0].Purposes[0] = consent.PurposeMarketing
	evs[0].Kind = consent.EventWithdraw
	evs = append(evs[:0], consent.Event{})
	_ = evs

	st, err := f.ledger.State(ctx, tenant, subject)
	require.NoError(t, err)
	for _, e := range st.Events() {
		e.Purposes[0] = consent.PurposeMarketing
	}
	by, _ := st.DecidedBy(consent.PurposeAnalytics)
	by.Purposes[0] = consent.PurposeMarketing

	again, err := f.ledger.Events(ctx, tenant, subject)
	require.NoError(t, err)
	require.Len(t, again, 1)
	assert.Equal(t, []consent.Purpose{consent.PurposeAnalytics, consent.PurposeTrainAI}, again[0].Purposes)
	assert.Equal(t, consent.EventGrant, again[0].Kind)
	assert.False(t, f.allowed(t, consent.PurposeMarketing))
	assert.True(t, st.Allowed(consent.PurposeAnalytics))

	// The only ways to write are appending events and forgetting a subject.
	var methods []string
	for m := range reflect.TypeFor[*consent.Ledger]().Methods() {
		methods = append(methods, m.Name)
	}
	assert.ElementsMatch(t, []string{"Allowed", "Events", "Expire", "ForgetSubject", "Grant", "Notice", "OptOut",
		"PublishNotice", "Receipt", "State", "StateAt", "Taxonomy", "Withdraw"}, methods,
		"a new Ledger method must not update or delete events")
	var storeMethods []string
	for m := range reflect.TypeFor[consent.Store]().Methods() {
		storeMethods = append(storeMethods, m.Name)
	}
	assert.ElementsMatch(t, []string{"Append", "Events", "ForgetSubject", "Notice", "PutNotice"}, storeMethods)
}

func TestForgetSubject(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.grant(t, consent.PurposeAnalytics)
	other := f.choice(consent.PurposeAnalytics)
	other.Subject = "cust-43"
	_, err := f.ledger.Grant(ctx, other)
	require.NoError(t, err)

	require.NoError(t, f.ledger.ForgetSubject(ctx, tenant, subject))
	evs, err := f.ledger.Events(ctx, tenant, subject)
	require.NoError(t, err)
	assert.Empty(t, evs)
	assert.False(t, f.allowed(t, consent.PurposeAnalytics), "a forgotten subject allows nothing")
	evs, err = f.ledger.Events(ctx, tenant, "cust-43")
	require.NoError(t, err)
	assert.Len(t, evs, 1)
	ev := f.grant(t, consent.PurposeAnalytics)
	assert.Equal(t, uint64(1), ev.Seq)
}

func TestClockSteppingBack(t *testing.T) {
	f := newFixture(t)
	first := f.grant(t, consent.PurposeAnalytics)
	f.clock.Advance(-time.Hour)
	second := f.withdraw(t, consent.PurposeAnalytics)
	assert.False(t, second.Time.Before(first.Time), "times follow seq even when the clock steps back")
	assert.False(t, f.allowed(t, consent.PurposeAnalytics), "the latest event decides")
}

func ExampleLedger_StateAt() {
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	ledger, _ := consent.NewLedger(consent.NewMemoryStore(), consent.Options{Clock: func() time.Time { return now }})
	notice, _ := ledger.PublishNotice(ctx, "acme", consent.Notice{ID: "analytics-banner", Version: "1", Text: "May we analyse your chats?"})
	choice := consent.Choice{Tenant: "acme", Subject: "cust-1", Purposes: []consent.Purpose{consent.PurposeAnalytics}, Notice: notice.Ref()}

	ledger.Grant(ctx, choice)
	now = now.Add(24 * time.Hour)
	ledger.Withdraw(ctx, choice)

	for _, at := range []time.Time{now.Add(-time.Hour), now} {
		st, _ := ledger.StateAt(ctx, "acme", "cust-1", at)
		fmt.Println(at.Format(time.DateTime), st.Allowed("analytics.reporting"))
	}
	// Output:
	// 2026-01-02 08:00:00 true
	// 2026-01-02 09:00:00 false
}

func TestPublishNoticeRejectsBadInput(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	for name, n := range map[string]consent.Notice{
		"InvalidUTF8": {ID: "n", Version: "1", Text: "caf\xe9"},
		"NoID":        {Version: "1", Text: "text"},
		"BadVersion":  {ID: "n", Version: "v 1", Text: "text"},
	} {
		_, err := f.ledger.PublishNotice(ctx, tenant, n)
		assert.ErrorIs(t, err, consent.ErrInvalid, name)
	}
}
