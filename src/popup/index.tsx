/** PLACEHOLDER popup (replaced by the popup work). */
import { render } from 'preact';

function App() {
  return (
    <main>
      <h1>Company Context</h1>
      <input type="search" autoFocus aria-label="Search companies and articles" />
    </main>
  );
}

render(<App />, document.getElementById('app')!);
