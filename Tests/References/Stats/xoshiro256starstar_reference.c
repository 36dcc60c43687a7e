/* Reference xoshiro256** 1.0 (Blackman & Vigna, prng.di.unimi.it) + splitmix64 seeding. */
#include <stdint.h>
#include <stdio.h>
static inline uint64_t rotl(const uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
static uint64_t s[4];
uint64_t next(void) {
	const uint64_t result = rotl(s[1] * 5, 7) * 9;
	const uint64_t t = s[1] << 17;
	s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45);
	return result;
}
void jump(void) {
	static const uint64_t JUMP[] = { 0x180ec6d33cfd0aba, 0xd5a61266f0c9392c, 0xa9582618e03fc9aa, 0x39abdc4529b1661c };
	uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
	for(int i = 0; i < 4; i++)
		for(int b = 0; b < 64; b++) {
			if (JUMP[i] & UINT64_C(1) << b) { s0 ^= s[0]; s1 ^= s[1]; s2 ^= s[2]; s3 ^= s[3]; }
			next();
		}
	s[0] = s0; s[1] = s1; s[2] = s2; s[3] = s3;
}
static uint64_t x;
uint64_t sm(void) { uint64_t z = (x += 0x9e3779b97f4a7c15); z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9; z = (z ^ (z >> 27)) * 0x94d049bb133111eb; return z ^ (z >> 31); }
int main(void) {
	x = 42; for (int i=0;i<4;i++) s[i]=sm();
	printf("seed42:"); for (int i=0;i<5;i++) printf(" 0x%016llx", (unsigned long long)next()); printf("\n");
	x = 42; for (int i=0;i<4;i++) s[i]=sm(); jump(); jump();
	printf("seed42 after 2 jumps:"); for (int i=0;i<3;i++) printf(" 0x%016llx", (unsigned long long)next()); printf("\n");
}
