/**
 * Chinese and Japanese function characters: conjunctions, prepositions, particles and the
 * copula, which news writing puts right next to a company name (小米和美团, 为阿里巴巴,
 * 华为的, アリババは). ICU's dictionary glues some of them into unrelated words (和美
 * "harmonious", 为了 "in order to"), so an edge next to one of these is never vetoed by the
 * word segmenter: there the reader sees the name, not the dictionary word. The verbs 上去用找搜
 * ("go on", "use", "search") are here for the same reason: 上百度 is "go on Baidu", which
 * Firefox's dictionary reads as 上百 "hundreds" + 度.
 */
const FUNCTION_CHARS = '和与與跟同及或在是对對向被把让讓从從为為給给由将將说說称稱据據等的了也都就又还還而并並即之于於以到着著过過令使请請叫比像如若当當自' + '上去用找搜' + 'はがをにでともへやのか';
const functionChars = new Set([...FUNCTION_CHARS].map((c) => c.charCodeAt(0)));

export function isFunctionChar(c: number): boolean {
  return functionChars.has(c);
}
