/**
 * A tap that opened a card is followed by a click at the same spot, which must not follow a
 * link under the mention. `arm` at the tap's pointerup; `onClick` (a capturing click
 * listener) stops that one click and nothing else: the next click clears it either way.
 */
export function createTapClickGuard() {
  let tap: { x: number; y: number } | undefined;
  return {
    arm(x: number, y: number): void {
      tap = { x, y };
    },
    disarm(): void {
      tap = undefined;
    },
    onClick(e: MouseEvent): void {
      const t = tap;
      tap = undefined;
      // The click follows its pointerup at the same spot; anything else is not ours to stop.
      if (!t || Math.abs(e.clientX - t.x) > 16 || Math.abs(e.clientY - t.y) > 16) return;
      e.preventDefault();
      e.stopPropagation();
    },
  };
}
