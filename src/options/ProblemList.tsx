/**
 * Every problem an import or a restore found, each with where it is (a JSON path, or a CSV
 * line and column), so the reader can fix the file in one go. Text only: a problem quotes
 * the file, and the file is not trusted.
 */
import type { Problem } from '../shared/messages';

export function ProblemList({ problems, id }: { problems: readonly Problem[]; id?: string }) {
  return (
    <ol class="problems" id={id}>
      {problems.map((p, i) => (
        <li key={i}>
          {p.where ? <code class="problem-where">{p.where}</code> : null}
          {p.where ? ' ' : null}
          <span class="problem-message">{p.message}</span>
        </li>
      ))}
    </ol>
  );
}
