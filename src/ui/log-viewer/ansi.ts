// CSI sequences (colours, cursor moves) and OSC sequences (titles, hyperlinks) that containers
// print for terminals; in a browser they are noise that also breaks search.
const ANSI_PATTERN = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

/** Removes ANSI escape sequences; returns the same string when there are none (no copy). */
export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI_PATTERN, '') : text;
}
