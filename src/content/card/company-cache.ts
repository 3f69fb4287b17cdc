/**
 * The card's company answers, one per id for the page's lifetime (the dataset does not
 * change under a page). `peek` answers synchronously, so a card for a company that was
 * prefetched during the hover-intent delay renders complete in its first frame.
 */
import type { DetailData } from '../../shared/ui/CompanyDetail';

export class CompanyCache {
  private readonly pending = new Map<string, Promise<DetailData>>();
  private readonly done = new Map<string, DetailData>();

  constructor(private readonly fetch: (id: string) => Promise<DetailData>) {}

  get(id: string): Promise<DetailData> {
    let p = this.pending.get(id);
    if (!p) {
      p = this.fetch(id);
      this.pending.set(id, p);
      p.then(
        (data) => this.done.set(id, data),
        () => this.pending.delete(id), // a failure may succeed on retry
      );
    }
    return p;
  }

  peek(id: string): DetailData | undefined {
    return this.done.get(id);
  }

  /** Loads a company and then its related companies (for the chips' names), ignoring failures. */
  prefetch(id: string): void {
    this.get(id).then(
      (data) => {
        for (const r of data.company.relations ?? []) this.get(r.company).catch(() => undefined);
      },
      () => undefined,
    );
  }
}
