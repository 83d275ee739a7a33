/** Bytes as people read them: "820 KB", "12.5 MB", "1 GB" (1024-based, as phones show file sizes). The space is a
 *  no-break space, so a narrow screen never puts the number and its unit on different lines. */
export function formatSize(bytes: number): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 || value >= 100 || Number.isInteger(value) ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded}\u00a0${units[unit]}`;
}
