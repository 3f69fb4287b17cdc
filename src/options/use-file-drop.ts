/**
 * Dropping a file anywhere on the page imports it. `dragging` lets the page show where it
 * will go; a drag of text or a link (no files) is left to the browser.
 */
import { useEffect, useState } from 'preact/hooks';

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

export function useFileDrop(target: Document, onFile: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const ac = new AbortController();
    const opts = { signal: ac.signal };
    // dragenter/dragleave fire for every child crossed; count them to know when the drag left the page.
    let depth = 0;
    target.addEventListener('dragenter', (e) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    }, opts);
    target.addEventListener('dragleave', (e) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    }, opts);
    target.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    }, opts);
    target.addEventListener('drop', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    }, opts);
    return () => ac.abort();
  }, [target, onFile]);
  return dragging;
}
