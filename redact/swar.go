package redact

import "math/bits"

// Word scanning eight bytes at a time.
//
// A loop that tests one byte after another leaves the loop at the end of
// each word, where the processor, unable to learn the lengths of words,
// mispredicts its branch: about one miss per word, the largest single
// cost of tokenizing chat text. Classifying eight bytes at once with
// integer arithmetic leaves the loop after the first block in most words,
// a branch that is predicted.

// asciiIn returns the high bit of each byte of x that is an ASCII byte in
// [lo, hi]. For a byte v < 0x80, (0x80+hi)-v keeps its high bit when
// v <= hi and v+(0x80-lo) sets it when v >= lo; neither borrows from or
// carries into the next byte.
func asciiIn(x uint64, lo, hi byte) uint64 {
	v := x &^ highs64
	return ((0x80+uint64(hi))*ones64 - v) & (v + (0x80-uint64(lo))*ones64) &^ x & highs64
}

// letterRunEnd returns the end of the run of ASCII letters and bytes of
// 0x80 or more that starts at t[i].
func letterRunEnd(t string, i int) int {
	for ; i+8 <= len(t); i += 8 {
		x := load64(t, i)
		letters := asciiIn(x|0x2020202020202020, 'a', 'z') // case folded
		if stop := ^(letters | x) & highs64; stop != 0 {
			return i + bits.TrailingZeros64(stop)>>3
		}
	}
	for i < len(t) && byteClass[t[i]]&(clLower|clUpper|clHigh) != 0 {
		i++
	}
	return i
}

// alnumRunEnd returns the end of the run of ASCII letters and digits that
// starts at t[i], and the wordBits of its bytes.
func alnumRunEnd(t string, i int) (int, uint8) {
	var acc uint8
	for ; i+8 <= len(t); i += 8 {
		x := load64(t, i)
		letters := asciiIn(x|0x2020202020202020, 'a', 'z') // case folded
		digits := asciiIn(x, '0', '9')
		stop := ^(letters | digits) & highs64
		keep := stop&-stop - 1 // the bytes before the first that stops; all when none does
		lower := x << 2        // bit 5 of each byte, set in lower case, at bit 7
		acc |= nonZero(letters&keep&^lower)*wbUpper | nonZero(letters&keep&lower)*wbLower | nonZero(digits&keep)*wbDigit
		if stop != 0 {
			return i + bits.TrailingZeros64(stop)>>3, acc
		}
	}
	for i < len(t) && wordBits[t[i]] != 0 {
		acc |= wordBits[t[i]]
		i++
	}
	return i, acc
}

// nonZero is 1 when x is not 0, else 0, without a branch.
func nonZero(x uint64) uint8 { return uint8((x | -x) >> 63) }
