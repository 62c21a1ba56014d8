package minimize_test

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/confide-dev/confide/minimize"
)

type Address struct {
	Street string `json:"street" minimize:"billing=keep"`
	City   string `json:"city" minimize:"billing,support=keep"`
	ZIP    string `json:"zip" minimize:"billing=keep; support=generalize(zip3)"`
}

// Audit is embedded untagged: its own tags decide for its fields.
type Audit struct {
	CreatedBy string `json:"created_by" minimize:"*=keep"`
	Internal  string `json:"internal"`
}

type Order struct {
	ID    string `json:"id" minimize:"*=keep"`
	Total int    `json:"total" minimize:"support=keep"`
	Card  string `json:"card"`
}

type Customer struct {
	Audit
	ID        string            `json:"id" minimize:"*=keep"`
	FirstName string            `json:"first_name" minimize:"support=keep; analytics=drop; marketing=generalize(truncate:1)"`
	LastName  string            `json:"last_name" minimize:"billing=keep"`
	Email     string            `json:"email" minimize:"support=redact(email); analytics=generalize(email_domain)"`
	Age       int               `json:"age" minimize:"analytics=generalize(age_band); billing=keep"`
	Birthday  time.Time         `json:"birthday" minimize:"analytics=generalize(birth_year); essential=generalize(date_shift)"`
	Plan      string            `json:"plan" minimize:"*=keep"`
	Home      Address           `json:"home" minimize:"support,billing=keep"`
	Work      *Address          `json:"work" minimize:"billing=keep"`
	Tags      []string          `json:"tags" minimize:"support=keep; analytics=generalize(truncate:3)"`
	Prefs     map[string]string `json:"prefs" minimize:"support=keep"`
	Orders    []Order           `json:"orders" minimize:"support,billing=keep"`
	Score     float64           `json:"score" minimize:"analytics=generalize(bucket:10)"`
	Lat       float64           `json:"lat" minimize:"analytics=generalize(grid:0.1)"`
	Nickname  *string           `json:"nickname" minimize:"support=keep"`
	Notes     string            `json:"notes"` // untagged: never shown
	Legacy    string            `json:"legacy" minimize:"-"`
	secret    string            // unexported: never shown
}

var (
	birthday = time.Date(1961, 7, 4, 0, 0, 0, 0, time.UTC)
	now      = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
)

func testCustomer() Customer {
	nick := "Annie"
	return Customer{
		Audit:     Audit{CreatedBy: "agent-7", Internal: "flagged-by-fraud"},
		ID:        "cust-1",
		FirstName: "Ana",
		LastName:  "Lovelace",
		Email:     "ana@Example.com",
		Age:       63,
		Birthday:  birthday,
		Plan:      "pro",
		Home:      Address{Street: "221B Baker Street", City: "Boston", ZIP: "02139-4307"},
		Work:      &Address{Street: "1 Main St", City: "Cambridge", ZIP: "02142"},
		Tags:      []string{"priority", "beta"},
		Prefs:     map[string]string{"lang": "en"},
		Orders:    []Order{{ID: "A-1", Total: 120, Card: "4111111111111111"}},
		Score:     37.5,
		Lat:       42.3601,
		Nickname:  &nick,
		Notes:     "called about divorce",
		Legacy:    "old-crm-id",
		secret:    "s3cret",
	}
}

func testMinimizer(t testing.TB) *minimize.Minimizer {
	t.Helper()
	key, err := minimize.HMACPRF([]byte("0123456789abcdef0123456789abcdef"))
	require.NoError(t, err)
	shifter, err := minimize.NewDateShifter(key, 30)
	require.NoError(t, err)
	m, err := minimize.New(minimize.WithDateShift(shifter), minimize.WithClock(func() time.Time { return now }))
	require.NoError(t, err)
	return m
}

func TestViewPerPurpose(t *testing.T) {
	m := testMinimizer(t)
	c := testCustomer()
	base := map[string]any{"created_by": "agent-7", "id": "cust-1", "plan": "pro"}
	with := func(extra map[string]any) map[string]any {
		out := map[string]any{}
		for k, v := range base {
			out[k] = v
		}
		for k, v := range extra {
			out[k] = v
		}
		return out
	}
	nick := "Annie"
	support := with(map[string]any{
		"first_name": "Ana",
		"email":      "[EMAIL]",
		"home":       map[string]any{"city": "Boston", "zip": "021"},
		"tags":       []any{"priority", "beta"},
		"prefs":      map[string]any{"lang": "en"},
		"orders":     []any{map[string]any{"id": "A-1", "total": 120}},
		"nickname":   nick,
	})
	tests := []struct {
		purpose string
		want    map[string]any
	}{
		{"support", support},
		{"support.chat", support}, // a child purpose inherits its parent's rules
		{"analytics", with(map[string]any{
			"email":    "example.com",
			"age":      "55-64",
			"birthday": "1961",
			"tags":     []any{"pri", "bet"},
			"score":    "30-40",
			"lat":      42.4,
		})},
		{"billing", with(map[string]any{
			"last_name": "Lovelace",
			"age":       63,
			"home":      map[string]any{"street": "221B Baker Street", "city": "Boston", "zip": "02139-4307"},
			"work":      map[string]any{"street": "1 Main St", "city": "Cambridge", "zip": "02142"},
			"orders":    []any{map[string]any{"id": "A-1"}},
		})},
		{"marketing", with(map[string]any{"first_name": "A"})},
		{"legal", base}, // no rules of its own: only the "*" fields
	}
	for _, tt := range tests {
		t.Run(tt.purpose, func(t *testing.T) {
			got, err := m.View(c, tt.purpose)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			// A pointer gives the same view.
			got, err = m.View(&c, tt.purpose)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestUntaggedNeverShown(t *testing.T) {
	m := testMinimizer(t)
	c := testCustomer()
	for _, p := range []string{"support", "analytics", "billing", "marketing", "legal", "essential"} {
		v, err := m.View(c, p, minimize.ForSubject("cust-1"))
		require.NoError(t, err)
		s := fmt.Sprint(v)
		for _, secret := range []string{"divorce", "flagged-by-fraud", "old-crm-id", "s3cret", "4111111111111111"} {
			assert.NotContains(t, s, secret, p)
		}
		cp, err := minimize.ApplyWith(m, c, p, minimize.ForSubject("cust-1"))
		if p == "analytics" {
			require.ErrorIs(t, err, minimize.ErrGeneralize) // age_band yields a string
			continue
		}
		require.NoError(t, err)
		assert.Empty(t, cp.Notes)
		assert.Empty(t, cp.Internal)
		assert.Empty(t, cp.Legacy)
		for _, o := range cp.Orders {
			assert.Empty(t, o.Card)
		}
	}
}

func TestApplyCopy(t *testing.T) {
	m := testMinimizer(t)
	c := testCustomer()
	got, err := minimize.ApplyWith(m, c, "support")
	require.NoError(t, err)
	nick := "Annie"
	want := Customer{
		Audit:     Audit{CreatedBy: "agent-7"},
		ID:        "cust-1",
		FirstName: "Ana",
		Email:     "[EMAIL]",
		Plan:      "pro",
		Home:      Address{City: "Boston", ZIP: "021"},
		Tags:      []string{"priority", "beta"},
		Prefs:     map[string]string{"lang": "en"},
		Orders:    []Order{{ID: "A-1", Total: 120}},
		Nickname:  &nick,
	}
	assert.Equal(t, want, got)

	// The copy is deep: changing it leaves the original alone.
	got.Tags[0] = "changed"
	got.Prefs["lang"] = "fr"
	*got.Nickname = "changed"
	got.Orders[0].ID = "changed"
	assert.Equal(t, testCustomer(), c)

	// Pointers and slices of structs work too.
	p, err := minimize.ApplyWith(m, &c, "marketing")
	require.NoError(t, err)
	assert.Equal(t, "A", p.FirstName)
	assert.Empty(t, p.LastName)
	list, err := minimize.ApplyWith(m, []Customer{c, c}, "billing")
	require.NoError(t, err)
	require.Len(t, list, 2)
	assert.Equal(t, "221B Baker Street", list[1].Home.Street)
	assert.Equal(t, "02142", list[1].Work.ZIP)
	assert.Empty(t, list[1].FirstName)

	var nilp *Customer
	np, err := minimize.ApplyWith(m, nilp, "support")
	require.NoError(t, err)
	assert.Nil(t, np)
}

func TestApplyDefault(t *testing.T) {
	type Profile struct {
		Name  string `minimize:"support=keep"`
		ZIP   string `minimize:"support=generalize(zip3)"`
		Score int    `minimize:"support=generalize(bucket:10)"` // a string: not into an int
		Notes string
	}
	p, err := minimize.Apply(Profile{Name: "Ana", ZIP: "05901", Notes: "x"}, "support.chat")
	require.ErrorIs(t, err, minimize.ErrGeneralize)
	assert.ErrorContains(t, err, "Profile.Score")
	assert.Zero(t, p)

	type Small struct {
		Name string `minimize:"support=keep"`
		ZIP  string `minimize:"support=generalize(zip3)"`
		Year int    `minimize:"support=generalize(year)"`
		When time.Time
	}
	s, err := minimize.Apply(Small{Name: "Ana", ZIP: "05901", Year: 0, When: now}, "support")
	require.Error(t, err, "year works on time.Time, not int")
	require.ErrorIs(t, err, minimize.ErrPolicy)
	assert.Zero(t, s)
}

func TestDateShiftInView(t *testing.T) {
	m := testMinimizer(t)
	c := testCustomer()
	v, err := m.View(c, "essential.service", minimize.ForSubject("cust-1"))
	require.NoError(t, err)
	shifted, ok := v["birthday"].(time.Time)
	require.True(t, ok)
	days := int(shifted.Sub(birthday).Hours() / 24)
	assert.NotZero(t, days)
	assert.LessOrEqual(t, max(days, -days), 30)

	// The same subject gets the same shift; the copy holds it too.
	cp, err := minimize.ApplyWith(m, c, "essential", minimize.ForSubject("cust-1"))
	require.NoError(t, err)
	assert.Equal(t, shifted, cp.Birthday)

	// Without a subject, shifting fails closed.
	_, err = m.View(c, "essential")
	require.ErrorIs(t, err, minimize.ErrNoSubject)
	require.ErrorIs(t, err, minimize.ErrGeneralize)
	assert.NotContains(t, err.Error(), "1961")
}

func TestPolicyErrors(t *testing.T) {
	type NoEquals struct {
		A string `minimize:"support keep"`
	}
	type BadAction struct {
		A string `minimize:"support=show"`
	}
	type UnknownGen struct {
		A string `minimize:"support=generalize(zip5)"`
	}
	type BadPurpose struct {
		A string `minimize:"Support=keep"`
	}
	type DupPurpose struct {
		A string `minimize:"support=keep;support=drop"`
	}
	type RedactInt struct {
		A int `minimize:"support=redact(number)"`
	}
	type GenStruct struct {
		A Address `minimize:"support=generalize(zip3)"`
	}
	type TruncNoArg struct {
		A string `minimize:"support=generalize(truncate)"`
	}
	type AgeString struct {
		A string `minimize:"support=generalize(age_band)"`
	}
	type Unexported struct {
		//lint:ignore U1000 the tag on an unexported field is what is tested
		a string `minimize:"support=keep"`
	}
	type Empty struct {
		A string `minimize:""`
	}
	type BadNested struct {
		Inner struct {
			B int `minimize:"support=generalize(nope)"`
		} `minimize:"support=keep"`
	}
	type NoKey struct {
		When time.Time `minimize:"support=generalize(date_shift)"`
	}
	type KeepFunc struct {
		F func() `minimize:"support=keep"`
	}
	tests := []struct {
		v    any
		want []string
	}{
		{NoEquals{}, []string{"NoEquals.A", "no '='"}},
		{BadAction{}, []string{"BadAction.A", `unknown action "show"`}},
		{UnknownGen{}, []string{"UnknownGen.A", `unknown generalizer "zip5"`, "zip3"}},
		{BadPurpose{}, []string{"BadPurpose.A", "Support"}},
		{DupPurpose{}, []string{"DupPurpose.A", "two rules"}},
		{RedactInt{}, []string{"RedactInt.A", "redact works on strings"}},
		{GenStruct{}, []string{"GenStruct.A", "tag the fields"}},
		{TruncNoArg{}, []string{"TruncNoArg.A", "truncate:8"}},
		{AgeString{}, []string{"AgeString.A", "integer ages"}},
		{Unexported{}, []string{"Unexported.a", "unexported"}},
		{Empty{}, []string{"Empty.A", "empty tag"}},
		{BadNested{}, []string{".B", `unknown generalizer "nope"`}},
		{NoKey{}, []string{"NoKey.When", "WithDateShift"}},
		{KeepFunc{}, []string{"KeepFunc.F", "func"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%T", tt.v), func(t *testing.T) {
			_, err := minimize.View(tt.v, "support")
			require.ErrorIs(t, err, minimize.ErrPolicy)
			for _, w := range tt.want {
				assert.ErrorContains(t, err, w)
			}
			// Cached: the same error again, and Check finds it without a call.
			require.ErrorIs(t, minimize.Default().Check(tt.v), minimize.ErrPolicy)
			_, err = minimize.Default().Copy(tt.v, "support")
			require.ErrorIs(t, err, minimize.ErrPolicy)
		})
	}
}

func TestPurposeErrors(t *testing.T) {
	for _, p := range []string{"", "*", "Support", "support.", ".support", "sup port", strings.Repeat("a", 129)} {
		_, err := minimize.View(Order{}, p)
		require.ErrorIs(t, err, minimize.ErrPurpose, "%q", p)
	}
	_, err := minimize.View("a string", "support")
	require.ErrorIs(t, err, minimize.ErrPolicy)
	_, err = minimize.Default().Copy(42, "support")
	require.ErrorIs(t, err, minimize.ErrPolicy)
}

func TestValueErrorsHoldNoValues(t *testing.T) {
	type Contact struct {
		ZIP   string `minimize:"support=generalize(zip3)"`
		Email string `minimize:"analytics=generalize(email_domain)"`
		Age   int    `minimize:"support=generalize(age_band)"`
	}
	_, err := minimize.View(Contact{ZIP: "SW1A 1AA", Age: 30}, "support")
	require.ErrorIs(t, err, minimize.ErrGeneralize)
	require.ErrorIs(t, err, minimize.ErrNotZIP)
	assert.ErrorContains(t, err, "Contact.ZIP")
	assert.NotContains(t, err.Error(), "SW1A")

	_, err = minimize.View(Contact{ZIP: "02139", Email: "no-at-sign.example"}, "analytics")
	require.ErrorIs(t, err, minimize.ErrNotEmail)
	assert.NotContains(t, err.Error(), "no-at-sign")

	_, err = minimize.View(Contact{ZIP: "02139", Age: -4}, "support")
	require.ErrorIs(t, err, minimize.ErrNegativeAge)

	// A redactor error fails the call and the value stays out of it.
	m, err := minimize.New(minimize.WithRedactor(func(typ, value string) (string, error) {
		return "", errors.New("vault closed")
	}))
	require.NoError(t, err)
	type Mail struct {
		Email string `minimize:"support=redact(email)"`
	}
	_, err = m.View(Mail{Email: "ana@example.com"}, "support")
	require.ErrorIs(t, err, minimize.ErrGeneralize)
	assert.ErrorContains(t, err, "vault closed")
	assert.NotContains(t, err.Error(), "ana@")
}

func TestCustomGeneralizers(t *testing.T) {
	regions := minimize.Lookup(map[string]string{"Boston": "New England", "Cambridge": "New England", "Austin": "Texas"}, "elsewhere")
	initial := minimize.Func(func(s string) (string, error) { return minimize.Truncate(s, 1) + ".", nil })
	m, err := minimize.New(
		minimize.WithGeneralizer("region", regions),
		minimize.WithGeneralizer("initial", initial),
		minimize.WithRedactor(func(typ, value string) (string, error) { return "<" + typ + ">", nil }),
	)
	require.NoError(t, err)
	type City string
	type Person struct {
		First string `json:"first" minimize:"support=generalize(initial)"`
		City  City   `json:"city" minimize:"support=generalize(region)"`
		Phone string `json:"phone" minimize:"support=redact(phone)"`
	}
	v, err := m.View(Person{First: "Ana", City: " boston ", Phone: "+1 617 555 0100"}, "support")
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"first": "A.", "city": "New England", "phone": "<phone>"}, v)
	v, err = m.View(Person{City: "Paris"}, "support")
	require.NoError(t, err)
	assert.Equal(t, "elsewhere", v["city"])

	p, err := minimize.ApplyWith(m, Person{First: "Ana", City: "Austin"}, "support")
	require.NoError(t, err)
	assert.Equal(t, Person{First: "A.", City: "Texas", Phone: "<phone>"}, p)

	_, err = minimize.New(minimize.WithGeneralizer("Bad Name", initial))
	require.Error(t, err)
	_, err = minimize.New(minimize.WithGeneralizer("ok", nil))
	require.Error(t, err)
}

type Node struct {
	Name string `minimize:"*=keep"`
	Next *Node  `minimize:"*=keep"`
}

func TestRecursiveTypes(t *testing.T) {
	list := &Node{Name: "a", Next: &Node{Name: "b"}}
	v, err := minimize.View(list, "support")
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"Name": "a", "Next": map[string]any{"Name": "b", "Next": nil}}, v)

	// A cycle in the data fails instead of running forever.
	cycle := &Node{Name: "loop"}
	cycle.Next = cycle
	_, err = minimize.View(cycle, "support")
	require.ErrorIs(t, err, minimize.ErrGeneralize)
	_, err = minimize.Apply(cycle, "support")
	require.ErrorIs(t, err, minimize.ErrGeneralize)
}

func TestInterfacesAndEmbeddedPointers(t *testing.T) {
	type Meta struct {
		Source string `json:"source" minimize:"*=keep"`
		Raw    string `json:"raw"`
	}
	type Event struct {
		*Meta
		Data  any    `json:"data" minimize:"support=keep"`
		Bytes []byte `json:"bytes" minimize:"support=keep"`
	}
	e := Event{Meta: &Meta{Source: "web", Raw: "ip=10.0.0.1"}, Data: Order{ID: "A-2", Total: 5, Card: "4111"}, Bytes: []byte("hi")}
	v, err := minimize.View(e, "support")
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"source": "web", "data": map[string]any{"id": "A-2", "total": 5}, "bytes": []byte("hi")}, v)

	cp, err := minimize.Apply(e, "support")
	require.NoError(t, err)
	assert.Equal(t, "web", cp.Source)
	assert.Empty(t, cp.Raw)
	assert.Equal(t, Order{ID: "A-2", Total: 5}, cp.Data)
	cp.Bytes[0] = 'X'
	assert.Equal(t, "hi", string(e.Bytes))

	v, err = minimize.View(Event{}, "support")
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"data": nil, "bytes": []byte(nil)}, v)
}

func TestConcurrentUse(t *testing.T) {
	m := testMinimizer(t)
	c := testCustomer()
	purposes := []string{"support", "analytics", "billing", "marketing", "legal", "essential.x"}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 50 {
				p := purposes[(i+j)%len(purposes)]
				_, err := m.View(c, p, minimize.ForSubject("cust-1"))
				assert.NoError(t, err)
				if p != "analytics" {
					_, err = minimize.ApplyWith(m, &c, p, minimize.ForSubject("cust-1"))
					assert.NoError(t, err)
				}
			}
		}()
	}
	wg.Wait()
}

func TestFieldConversions(t *testing.T) {
	thousand := func(reflect.Type, string) (minimize.GeneralizeFunc, error) {
		return func(any, string) (any, error) { return 1000, nil }, nil
	}
	m, err := minimize.New(minimize.WithGeneralizer("thousand", thousand))
	require.NoError(t, err)
	type Nums struct {
		I64 int64   `minimize:"x=generalize(thousand)"`
		F64 float64 `minimize:"x=generalize(thousand)"`
		U16 uint16  `minimize:"x=generalize(thousand)"`
		I8  int8    `minimize:"y=generalize(thousand)"`
		S   string  `minimize:"z=generalize(thousand)"`
	}
	n, err := minimize.ApplyWith(m, Nums{}, "x")
	require.NoError(t, err)
	assert.Equal(t, Nums{I64: 1000, F64: 1000, U16: 1000}, n)
	_, err = minimize.ApplyWith(m, Nums{}, "y")
	require.ErrorIs(t, err, minimize.ErrGeneralize, "1000 overflows an int8")
	_, err = minimize.ApplyWith(m, Nums{}, "z")
	require.ErrorIs(t, err, minimize.ErrGeneralize, "an int does not become a string")
	assert.ErrorContains(t, err, "Nums.S")

	type Code string
	type Rec struct {
		Zip     Code              `json:"zip" minimize:"x=generalize(zip3)"`
		Pair    [2]string         `json:"pair" minimize:"x=generalize(truncate:2)"`
		ByID    map[int]Order     `json:"by_id" minimize:"x=keep"`
		Zips    map[string]string `json:"zips" minimize:"x=generalize(zip3)"`
		Started time.Time         `json:"started" minimize:"x=generalize(year)"`
		Unset   time.Time         `json:"unset" minimize:"x=generalize(year)"`
	}
	r := Rec{Zip: "02139", Pair: [2]string{"alpha", "beta"}, ByID: map[int]Order{7: {ID: "A-7", Card: "4111"}}, Zips: map[string]string{"home": "94103"}, Started: now}
	v, err := minimize.View(r, "x")
	require.NoError(t, err)
	assert.Equal(t, map[string]any{
		"zip": "021", "pair": []any{"al", "be"}, "by_id": map[string]any{"7": map[string]any{"id": "A-7"}},
		"zips": map[string]any{"home": "941"}, "started": 2025, "unset": 0,
	}, v)

	_, err = minimize.Apply(r, "x")
	require.ErrorIs(t, err, minimize.ErrGeneralize, "an int year cannot go into a time.Time")
	type Codes struct {
		Zip  Code          `minimize:"x=generalize(zip3)"`
		Pair [2]string     `minimize:"x=generalize(truncate:2)"`
		ByID map[int]Order `minimize:"x=keep"`
	}
	c, err := minimize.Apply(Codes{Zip: r.Zip, Pair: r.Pair, ByID: r.ByID}, "x")
	require.NoError(t, err)
	assert.Equal(t, Codes{Zip: "021", Pair: [2]string{"al", "be"}, ByID: map[int]Order{7: {ID: "A-7"}}}, c)
}

func TestCheck(t *testing.T) {
	m := minimize.Default()
	require.NoError(t, m.Check(Customer{}.Home))
	require.NoError(t, m.Check([]*Order{}))
	require.NoError(t, m.Check(map[string][]Order{}))
	require.ErrorIs(t, m.Check(Customer{}), minimize.ErrPolicy, "date_shift is not configured on Default")
	require.ErrorIs(t, m.Check(nil), minimize.ErrPolicy)
	require.NoError(t, testMinimizer(t).Check(&Customer{}))
}
