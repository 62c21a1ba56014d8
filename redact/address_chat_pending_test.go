package redact

// addressChatPending holds the probes the detector does not pass yet.
var addressChatPending = map[string]bool{
	"Customer: House No. 45, MG Road, Bengaluru 560001":              true,
	"Customer: Flat 3B, Sector 21, Noida":                            true,
	"Customer: Plot 88, Sector 44, Gurugram 122003":                  true,
	"Customer: Flat 402, Sai Residency, Andheri West, Mumbai 400053": true,
	"Customer: Door No 7, Anna Salai, Chennai 600002":                true,
	"Customer: H.No. 12-5-34, Begumpet, Hyderabad 500016":            true,
	"Customer: address - House No 221, Sector 15, Chandigarh":        true,
	"Customer: it's on queen street west, near the park":             true,
	"user> pick up from 14 bloor st w":                               true,
	"Customer: Flat 12, Block C, Sector 62, Noida 201301":            true,
	"Customer: B-204, Sector 18, Rohini, Delhi 110085":               true,
	"Customer: 22, Residency Road, Bengaluru 560025":                 true,
	"Customer: No. 9, 2nd Main Road, Jayanagar, Bengaluru":           true,
	"Customer: my address is 4 high street, bath":                    true,
}
