/** The hostname of a tab's URL, or '' where it has none (about:blank, data:, a bad URL). */
export function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Same document, different fragment: in-page navigation that keeps the page's marks. */
export function isFragmentChange(from: string | undefined, to: string | undefined): boolean {
  if (!from || !to || from === to) return false;
  return from.split('#')[0] === to.split('#')[0];
}
