/**
 * What may follow a Hangul company name inside the same word (Korean writes particles and
 * endings onto the noun, so "the rest of the word" is how Korean tells a mention from a
 * different word that merely begins with the name: 반마 네트워크 vs 반마일, 반마리).
 *
 * The rest of the word must read as zero or more compound heads (알리바바그룹, 샤오미폰; an
 * alias of the same company also counts, checked by the caller), then zero or more particles
 * and endings from the closed list below, in any combination (에서+는, 과+의, 으로+부터+의).
 * Anything else is a different word. The lists are closed on purpose: an open rule ("any
 * syllables") is exactly what marked every 반마… word. Documented in docs/matching.md.
 */

/** Nouns a company name compounds with in news writing: the word is still about the company. */
export const KOREAN_HEADS: readonly string[] = [
  // the company itself, its parts and people
  '그룹', '측', '사', '코리아', '재팬', '차이나', '본사', '계열', '계열사', '자회사', '산하', '지주', '지주사',
  '회장', '대표', '창업자', '창업주', '임원', '직원', '관계자', '대변인', '연구소', '연구원',
  // its shares and money
  '주', '주가', '주식', '지분', '시총', '매출', '실적', '산',
  // its products and places
  '폰', '앱', '차', '표', '식', '제', '발', '판', '제품', '브랜드', '플랫폼', '생태계', '스토어', '매장', '몰', '페이', '클라우드', '월렛', '지도', '맵', '모바일', '뮤직', '게임즈', '비디오',
];

/** Particles and endings (the closed list; combinations are formed by the parser). */
export const KOREAN_PARTICLES: readonly string[] = [
  // case and topic particles, after a vowel / after a consonant
  '가', '이', '는', '은', '를', '을', '의', '에', '에서', '에게', '에게서', '께', '께서', '한테', '한테서',
  '와', '과', '랑', '이랑', '하고', '로', '으로', '로서', '으로서', '로써', '으로써', '부터', '까지',
  '도', '만', '뿐', '보다', '처럼', '같이', '마저', '조차', '밖에', '대로', '마다', '나', '이나', '나마', '이나마', '든지', '이든지',
  '야', '이야', '요', '이요',
  // the copula and its common endings (샤오미다, 알리바바였다, 메이퇀이며, 반마라는 …)
  '다', '이다', '였다', '이었다', '며', '이며', '고', '이고', '였고', '이었고', '였으며', '이었으며', '이자',
  '라는', '이라는', '란', '이란', '라고', '이라고', '라며', '이라며', '라면', '이라면', '다면', '였다면', '이었다면',
  '지만', '이지만', '였지만', '이었지만', '입니다', '이죠', '죠', '예요', '이에요', '인데', '인지', '이기', '이므로',
];

const MAX_TOKEN = 4;
const heads = new Set(KOREAN_HEADS);
const particles = new Set(KOREAN_PARTICLES);

/** A precomposed Hangul syllable: the characters a Korean word is made of. */
export const isHangulSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/**
 * Whether `rest` (the Hangul syllables after a name, up to the end of the word) reads as
 * heads then particles. `aliasAt(i)` lists the lengths of aliases of the same company that
 * start at rest[i] (알리바바 + 그룹 is also covered by 알리바바그룹 being an alias).
 */
export function restIsParticles(rest: string, aliasAt: (i: number) => readonly number[]): boolean {
  const n = rest.length;
  if (n === 0) return true;
  // reach[i]: 1 = heads may still follow, 2 = only particles (bit set).
  const reach = new Uint8Array(n + 1);
  reach[0] = 3;
  for (let i = 0; i < n; i++) {
    const r = reach[i]!;
    if (r === 0) continue;
    for (let len = 1; len <= MAX_TOKEN && i + len <= n; len++) {
      const word = rest.slice(i, i + len);
      if (r & 1 && heads.has(word)) reach[i + len] = 3;
      else if (particles.has(word)) reach[i + len] = reach[i + len]! | 2;
    }
    if (r & 1) for (const len of aliasAt(i)) if (i + len <= n) reach[i + len] = 3;
  }
  return reach[n] !== 0;
}
