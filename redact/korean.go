package redact

import (
	"strings"
)

// Names in Korean text (session 70). Korean glues its particles and
// endings to the words before them ("김도윤입니다", "신예린이에요"), so
// the keyword table sees few of its labels, and Hangul has no capitals.
// A word of three Hangul syllables whose first is a Korean surname (four
// for the surnames of two syllables, "남궁현수", "선우지호") is a name
// when it says so:
//
//   - glued to "is" or a polite ending ("입니다", "이에요", "예요",
//     "이구요", "이라고", "라고"), or to "씨" or "님";
//   - before a word that follows names: "고객님" (customer), "님", "씨",
//     "입니다", "드림" (a sign-off), a rank ("대리", "팀장", "과장"),
//     "사장님", "선생님", "어머님";
//   - after a word that names the person next: "저" and "저는" (I),
//     "성함" and "이름" (name), "예약자명", "수신자", "명의자",
//     "주문자", "받는분", "보내는분", "수익자", "고객", a kin's noun
//     ("딸", "아들", "엄마", "남편", "배우자"), maybe with its colon.
//
// Common words of three syllables that start as a surname does
// ("사용자", "신청자", "이용자", "부모님") are passed over.

// koreanSurnames are the surnames of one syllable; koreanSurnames2 those
// of two.
var koreanSurnames = setOf("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "전",
	"홍", "유", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "류", "나", "진",
	"지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표",
	"명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용", "예", "경", "봉", "사", "부", "태")

var koreanSurnames2 = setOf("남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방")

// koreanNameEnds are the endings glued to a name that say it is one.
var koreanNameEnds = []string{"입니다", "이에요", "이구요", "이고요", "이라고", "라고", "예요", "씨", "님"}

// koreanAfterName are the words after a name and a space that follow
// names; koreanBeforeName the words before one.
var koreanAfterName = setOf("고객님", "고객", "님", "씨", "입니다", "이에요", "예요", "드림", "올림", "대리", "대리입니다", "팀장", "팀장님",
	"과장", "과장님", "사장님", "선생님", "어머님", "아버님", "라고", "이라고", "학생", "환자")

var koreanBeforeName = setOf("저", "저는", "제", "성함", "성함은", "이름", "이름은", "예약자명", "예약자", "수신자", "명의자", "주문자",
	"받는분", "보내는분", "수익자", "고객", "딸", "아들", "엄마", "아빠", "남편", "아내", "배우자", "보호자", "세대주", "세대주는", "본인")

// koreanNotName are common words of three syllables that start as a
// surname does.
var koreanNotName = setOf("사용자", "이용자", "신청자", "주문자", "예약자", "명의자", "문의자", "구매자", "부모님", "어머니", "정회원",
	"고객님", "회원님", "선생님", "사장님", "기사님", "배송지", "주소지", "연락처", "이메일", "안녕하", "정상적", "정확히", "이번에",
	"이거는", "이것은", "이제는", "정말로", "조금만", "오늘은", "지금은", "전부다", "고객센", "상담원", "하나은", "우리은", "국민은",
	"신한은", "기업은", "농협은", "카카오", "배달의", "이번주", "이번달", "지난번", "지난주", "전화번", "주민번", "남편이", "아내가",
	"임대인", "임차인", "배우자", "이름은", "성함은", "보호자", "수익자")

// hasHangul reports whether t may hold Hangul syllables (most of them
// start with the bytes EB or EC).
func hasHangul(t string) bool {
	return strings.IndexByte(t, 0xeb) >= 0 || strings.IndexByte(t, 0xec) >= 0
}

// hangulRunEnd returns the end of the run of Hangul syllables at t[i]
// (cjkRun's, of any length a word may have).
func hangulRunEnd(t string, i int) int {
	e, _, _ := cjkRun(t, i, len(t))
	return e
}

// koreanWordBefore returns the Hangul word that ends at p, past one
// space and a colon.
func koreanWordBefore(t string, p int) string {
	if p > 0 && t[p-1] == ' ' {
		p--
	}
	if p > 0 && t[p-1] == ':' {
		p--
	}
	a := p
	for a >= 3 {
		if sc, _ := cjkScriptAt(t, a-3); sc != cjkHangul {
			break
		}
		a -= 3
	}
	return t[a:p]
}

// koreanNames reads the names of a Korean text (see the file's comment).
func (s *state) koreanNames() {
	t := s.text
	for i := 0; i < len(t); {
		if sc, _ := cjkScriptAt(t, i); sc != cjkHangul {
			i++
			continue
		}
		e := hangulRunEnd(t, i)
		s.koreanNameIn(i, e)
		i = e
	}
}

// koreanNameIn reads the Hangul word [a, e) for a name (see the file's
// comment).
func (s *state) koreanNameIn(a, e int) {
	t := s.text
	if a > 0 && t[a-1] >= 0x80 {
		return // glued to another script's character
	}
	core, glued := e, false
	for _, end := range koreanNameEnds {
		if strings.HasSuffix(t[a:e], end) && e-len(end)-a >= 9 {
			core, glued = e-len(end), true
			break
		}
	}
	n := (core - a) / 3
	switch {
	case n == 3 && koreanSurnames[t[a:a+3]], n == 4 && koreanSurnames2[t[a:a+6]]:
	default:
		return
	}
	name := t[a:core]
	if koreanNotName[name] || n == 4 && koreanNotName[t[a:a+9]] || strings.HasSuffix(name, "하") {
		return // a common word, or a verb's stem ("변경하")
	}
	ok := glued
	if !ok && core == e && e+1 < len(t) && t[e] == ' ' {
		f := hangulRunEnd(t, e+1)
		ok = koreanAfterName[t[e+1:f]]
	}
	if !ok {
		ok = koreanBeforeName[koreanWordBefore(t, a)]
	}
	if ok {
		s.add(cand{start: a, end: core, typ: TypePerson, rec: "korean_name", score: 0.8})
	}
}
