/**
 * Chinese and Japanese numerals: 百度 after one of these is "a hundred degrees" (三百度,
 * 几百度, 数百度, 5百度), not Baidu. Text is folded first, so full-width digits are ASCII here.
 */
const NUMERAL_CHARS = '〇零一二三四五六七八九十百千万萬亿億兩两几幾数數廿卅壹贰貳叁參肆伍陆陸柒捌玖拾佰仟';
const numerals = new Set([...NUMERAL_CHARS].map((c) => c.charCodeAt(0)));

/** A digit or a CJK numeral character (a counted quantity, or part of one). */
export function isNumeral(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || numerals.has(c);
}
