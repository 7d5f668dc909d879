// A comma- or newline-separated list typed into one box (a board's columns or rows), trimmed,
// without empty entries.
export function splitList(text: string): string[] {
  return text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
}
