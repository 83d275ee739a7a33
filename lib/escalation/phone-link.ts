// Which phone numbers become tap-to-call links, and how: shared by the escalation results and the danger notice.

/** `#` must be written %23 in a tel: address, or the browser reads the rest as a fragment and dials nothing. */
export const dangerNumbers = { police: "tel:110", consultation: "tel:%239110" } as const;

/** Phone numbers that can be dialled as they are (110, #9110, 0120-...); others are shown, not linked. */
export function telHref(phone: string): string | null {
  const first = phone.split(/[\s/（(、,]/)[0];
  return /^[#0-9][0-9-]{2,}$/.test(first) ? `tel:${first.replaceAll("-", "").replace("#", "%23")}` : null;
}
