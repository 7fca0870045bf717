#pragma once

// The vector (SSE2) parts of ink's filler (inkfill.cpp), where the build has SSE2: every x86-64
// build. Private to inkfill.cpp.

#include <QRgb>

#include <algorithm>

#if defined(__SSE2__) || defined(_M_X64)
#define SCHOOLSUITE_INK_SSE2 1
#include <emmintrin.h>
#if defined(_MSC_VER) && !defined(__clang__)
#include <immintrin.h>
#include <intrin.h>
#endif
#else
#define SCHOOLSUITE_INK_SSE2 0
#endif

namespace SchoolSuite::InkSimd {

#if SCHOOLSUITE_INK_SSE2

// a shifted up one lane, lane 0 from lane 3 of before.
inline __m128 shiftedIn(__m128 a, __m128 before)
{
    return _mm_castsi128_ps(_mm_or_si128(_mm_slli_si128(_mm_castps_si128(a), 4),
                                         _mm_srli_si128(_mm_castps_si128(before), 12)));
}

// inkfill.cpp's addEdgeRow four columns at a time, without a branch on the edge's slope: the same cells, and
// up to three zero cells more.
inline int addEdgeRow4(float *row, float x0, float x1, float d)
{
    const int first = int(x0);
    const __m128 vx0 = _mm_set1_ps(x0);
    const __m128 vx1 = _mm_set1_ps(x1);
    const __m128 half = _mm_set1_ps(0.5f / std::max(x1 - x0, 1e-6f));
    const __m128 vd = _mm_set1_ps(d);
    const __m128 zero = _mm_setzero_ps();
    __m128 right = _mm_add_ps(_mm_set1_ps(float(first)), _mm_setr_ps(1, 2, 3, 4));
    __m128 hBefore = zero;
    __m128 coverageBefore = zero;
    for (int c = first;; c += 4) {
        const __m128 u = _mm_sub_ps(_mm_min_ps(_mm_max_ps(right, vx0), vx1), vx0);
        const __m128 h = _mm_add_ps(_mm_mul_ps(_mm_mul_ps(u, u), half),
                                    _mm_max_ps(_mm_sub_ps(right, vx1), zero));
        const __m128 coverage = _mm_sub_ps(h, shiftedIn(h, hBefore));
        const __m128 delta = _mm_sub_ps(coverage, shiftedIn(coverage, coverageBefore));
        _mm_storeu_ps(row + c, _mm_add_ps(_mm_loadu_ps(row + c), _mm_mul_ps(vd, delta)));
        if (x1 <= float(c + 3))
            return c + 4;
        hBefore = h;
        coverageBefore = coverage;
        right = _mm_add_ps(right, _mm_set1_ps(4.0f));
    }
}

// x * a / 255 in each 16-bit lane (x, a in 0..255), rounded.
inline __m128i mul255(__m128i x, __m128i a)
{
    const __m128i t = _mm_add_epi16(_mm_mullo_epi16(x, a), _mm_set1_epi16(128));
    return _mm_srli_epi16(_mm_add_epi16(t, _mm_srli_epi16(t, 8)), 8);
}

// Four pixels: the premultiplied colour (unpacked to 16 bits, as two pixels) at the coverage in
// each 32-bit lane of alpha (0..255), source-over dst.
inline __m128i blend4(__m128i dst, __m128i alpha, __m128i color16)
{
    const __m128i zero = _mm_setzero_si128();
    const __m128i a16 = _mm_packs_epi32(alpha, alpha);
    const __m128i aa = _mm_unpacklo_epi16(a16, a16);
    const __m128i srcLo = mul255(color16, _mm_unpacklo_epi32(aa, aa));
    const __m128i srcHi = mul255(color16, _mm_unpackhi_epi32(aa, aa));
    const __m128i c255 = _mm_set1_epi16(255);
    const __m128i invLo
        = _mm_sub_epi16(c255, _mm_shufflehi_epi16(_mm_shufflelo_epi16(srcLo, 0xff), 0xff));
    const __m128i invHi
        = _mm_sub_epi16(c255, _mm_shufflehi_epi16(_mm_shufflelo_epi16(srcHi, 0xff), 0xff));
    const __m128i lo = _mm_add_epi16(srcLo, mul255(_mm_unpacklo_epi8(dst, zero), invLo));
    const __m128i hi = _mm_add_epi16(srcHi, mul255(_mm_unpackhi_epi8(dst, zero), invHi));
    return _mm_packus_epi16(lo, hi);
}

// blendRow four pixels at a time; reads (and clears) the cells up to to + 3.
inline void blendRow4(float *row, QRgb *line, int from, int to, int width, QRgb premultiplied)
{
    const __m128 zero = _mm_setzero_ps();
    const __m128 absMask = _mm_castsi128_ps(_mm_set1_epi32(0x7fffffff));
    const __m128i izero = _mm_setzero_si128();
    const __m128i color16 = _mm_unpacklo_epi8(_mm_set1_epi32(int(premultiplied)), izero);
    __m128 carry = zero;
    for (int x = from; x < to; x += 4) {
        __m128 v = _mm_loadu_ps(row + x);
        _mm_storeu_ps(row + x, zero);
        // The running sum: within the four, then what came before.
        v = _mm_add_ps(v, _mm_castsi128_ps(_mm_slli_si128(_mm_castps_si128(v), 4)));
        v = _mm_add_ps(v, _mm_castsi128_ps(_mm_slli_si128(_mm_castps_si128(v), 8)));
        v = _mm_add_ps(v, carry);
        carry = _mm_shuffle_ps(v, v, _MM_SHUFFLE(3, 3, 3, 3));
        const __m128 coverage = _mm_min_ps(
            _mm_add_ps(_mm_mul_ps(_mm_and_ps(v, absMask), _mm_set1_ps(255.0f)), _mm_set1_ps(0.5f)),
            _mm_set1_ps(255.0f));
        const __m128i alpha = _mm_cvttps_epi32(coverage);
        if (_mm_movemask_epi8(_mm_cmpeq_epi32(alpha, izero)) == 0xffff)
            continue;
        if (x + 4 <= width) {
            auto *p = reinterpret_cast<__m128i *>(line + x);
            _mm_storeu_si128(p, blend4(_mm_loadu_si128(p), alpha, color16));
        } else if (x < width) {
            // The last pixels of the box: nothing right of it is read or written.
            alignas(16) QRgb four[4] = {};
            const int n = width - x;
            std::copy_n(line + x, n, four);
            auto *p = reinterpret_cast<__m128i *>(four);
            _mm_store_si128(p, blend4(_mm_load_si128(p), alpha, color16));
            std::copy_n(four, n, line + x);
        }
    }
}

// Legacy SSE code right after AVX code that left the upper halves of the vector registers in
// use runs at a fraction of its speed on many x86 processors (the C library's memcpy and
// Qt's own fills use AVX). Clearing them (VZEROUPPER) first makes the filler about twice as
// fast there; done only where the processor has AVX, as the instruction needs it. A build for
// AVX (VEX-encoded SSE) has no such penalty, and its compiler clears them itself.
#if defined(__AVX__)

inline void clearUpperVectorState() {}

#elif defined(__GNUC__) || defined(__clang__)

inline void clearUpperVectorState()
{
    static const bool avx = __builtin_cpu_supports("avx"); // also checks the OS saves the state
    if (avx)
        asm volatile("vzeroupper");
}

#elif defined(_MSC_VER)

inline void clearUpperVectorState()
{
    static const bool avx = [] {
        int info[4] = {};
        __cpuid(info, 1);
        const bool osSavesState = (info[2] & (1 << 27)) != 0; // OSXSAVE
        const bool hasAvx = (info[2] & (1 << 28)) != 0;
        return osSavesState && hasAvx && (_xgetbv(0) & 0x6) == 0x6;
    }();
    if (avx)
        _mm256_zeroupper();
}

#else

inline void clearUpperVectorState() {}

#endif

#else

inline void clearUpperVectorState() {}

#endif

} // namespace SchoolSuite::InkSimd
