package syntax

// Features are 64-bit hashes: a template number mixed with the hashes of the values it joins.

const hashSeed = 0x9e3779b97f4a7c15

// mix64 is the finalizer of SplitMix64: a bijective scramble of x.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// hstr hashes a string (FNV-1a, then scrambled).
func hstr(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix64(h)
}

// f1, f2, f3 and f4 hash a template number with one to four values.
func f1(t, a uint64) uint64       { return mix64(t*hashSeed ^ a) }
func f2(t, a, b uint64) uint64    { return mix64(f1(t, a) + b) }
func f3(t, a, b, c uint64) uint64 { return mix64(f2(t, a, b) + c) }
func f4(t, a, b, c, d uint64) uint64 {
	return mix64(f3(t, a, b, c) + d)
}
