package redact

// Members' numbers at an insurer or a health plan, after their word.
//
// A health plan's member id names its holder at the plan and, with it,
// a health record: "member ID W284619035", "subscriber ID 1047785520",
// "Bupa membership number 58823041-01", "Medibank member no 7301 8842".
// Its shape is the plan's own (letters before digits, a suffix for the
// person on the plan), so memberAfter reads it only right after its word
// (gMember).

// TypeMemberID is a member's number at an insurer or a health plan.
const TypeMemberID = "MEMBER_ID"

// memberAfter reads a member's number after its word, which ends at p:
// at most four capitals, then 6 to 16 digits in at most three groups
// ("58823041-01", "17449028 01", "7301 8842"), ending its word.
func (s *state) memberAfter(p int) {
	t := s.text
	n := len(t)
	q := p
	for steps := 0; q < n && steps < 3; steps++ {
		q += spaceAt(t, q)
		if q >= n {
			return
		}
		if c := t[q]; c == ':' || c == '#' || c == '=' || c == '(' || c == '.' && q > p {
			q++
			continue
		}
		if isDigit(t[q]) || isUpperByte(t[q]) && (q+1 < n && (isDigit(t[q+1]) || isUpperByte(t[q+1]))) {
			break
		}
		w := q
		for w < n && isLetter(t[w]) && w-q < 8 {
			w++
		}
		if w == q || w < n && isAlnum(t[w]) || !accountLabelWord(t[q:w]) {
			return
		}
		q = w
	}
	if q >= n || q == p || !isAlnum(t[q]) {
		return
	}
	a := q
	for q < n && q-a < 4 && isUpperByte(t[q]) {
		q++
	}
	if q >= n || !isDigit(t[q]) || q > a && t[q-1] == ' ' {
		return
	}
	groups, e := digitGroups(t, q)
	if e == 0 || len(groups) > 3 || dateGroups(groups) {
		return
	}
	d := 0
	for _, g := range groups {
		d += g
	}
	if d < 6 || d > 16 || groups[0] < 4 {
		return
	}
	s.add(cand{start: a, end: e, typ: TypeMemberID, rec: "member_id", score: 0.6})
}
