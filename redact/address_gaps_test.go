package redact

import "testing"

// TestCityCodeBeforeState checks a city written as a code of two or
// three letters, often a state's own ("NY, NY"), before the state and a
// ZIP code, in capitals or typed in lower case without commas.
func TestCityCodeBeforeState(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"77 w 45th st ny ny 10036", []string{"STREET_ADDRESS=77 w 45th st ny ny 10036"}},
		{"77 W 45th St, NY, NY 10036", []string{"STREET_ADDRESS=77 W 45th St, NY, NY 10036"}},
		{"send it to 77 w 45th st ny ny 10036 thanks", []string{"STREET_ADDRESS=77 w 45th st ny ny 10036"}},
		{"12 Main St, LA, CA 90012", []string{"STREET_ADDRESS=12 Main St, LA, CA 90012"}},
		{"12 main st la ca 90012", []string{"STREET_ADDRESS=12 main st la ca 90012"}},
		{"ship to 500 n 3rd ave sf ca 94103", []string{"STREET_ADDRESS=500 n 3rd ave sf ca 94103"}},
		{"12 main st nyc ny 10001", []string{"STREET_ADDRESS=12 main st nyc ny 10001"}},
		// A state and its ZIP code must follow the code.
		{"I live at 77 w 45th st ny", []string{"STREET_ADDRESS=77 w 45th st"}},
		{"77 W 45th St, NY", []string{"STREET_ADDRESS=77 W 45th St, NY"}},
		{"we walked 3 blocks ny ny 10036", nil},
		{"my 2 cats ny ny", nil},
	})
}
