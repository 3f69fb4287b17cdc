/** One section of the page: a landmark named by its heading, reachable from the page's menu. */
import type { ComponentChildren } from 'preact';

export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="opt-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p class="muted">{intro}</p> : null}
      {children}
    </section>
  );
}
