package minimize_test

import (
	"testing"
	"time"

	"github.com/confide-dev/confide/minimize"
)

// Wide has 20 fields of the usual kinds and policies.
type Wide struct {
	ID        string    `minimize:"*=keep"`
	FirstName string    `minimize:"support=keep"`
	LastName  string    `minimize:"billing=keep"`
	Email     string    `minimize:"support=redact(email)"`
	Phone     string    `minimize:"billing=keep"`
	Plan      string    `minimize:"*=keep"`
	Status    string    `minimize:"*=keep"`
	Locale    string    `minimize:"support=keep"`
	ZIP       string    `minimize:"support=generalize(zip3)"`
	City      string    `minimize:"support=keep"`
	Country   string    `minimize:"*=keep"`
	Street    string    `minimize:"billing=keep"`
	Age       int       `minimize:"support=keep"`
	Orders    int       `minimize:"support=keep"`
	Balance   float64   `minimize:"billing=keep"`
	Lat       float64   `minimize:"support=generalize(grid:0.1)"`
	Created   time.Time `minimize:"support=keep"`
	Birthday  time.Time
	Tags      []string `minimize:"support=keep"`
	Notes     string
}

var wide = Wide{
	ID: "cust-1", FirstName: "Ana", LastName: "Lovelace", Email: "ana@example.com",
	Phone: "+1 617 555 0100", Plan: "pro", Status: "active", Locale: "en-US", ZIP: "02139",
	City: "Boston", Country: "US", Street: "12 Elm Street", Age: 36, Orders: 12,
	Balance: 12.5, Lat: 42.3601, Created: now, Birthday: birthday, Tags: []string{"a", "b"},
	Notes: "none",
}

func BenchmarkApply20Fields(b *testing.B) {
	if _, err := minimize.Apply(wide, "support"); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := minimize.Apply(wide, "support"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkView20Fields(b *testing.B) {
	if _, err := minimize.View(&wide, "support"); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := minimize.View(&wide, "support"); err != nil {
			b.Fatal(err)
		}
	}
}
