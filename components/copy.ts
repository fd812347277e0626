/**
 * Puts text on the clipboard. The async Clipboard API needs a secure context;
 * on plain-http pages the older copy command, run on a textarea inside our own
 * UI (never the page's DOM), does the job.
 */
export async function copyText(text: string, scratchParent: Node): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the copy command.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  scratchParent.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}
