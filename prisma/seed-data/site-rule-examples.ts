// Recorded examples for each catalogue rule: a handle the site has (claimed) and one it does not (unclaimed),
// with the page the site answers for each. `npm run -s checker -- selftest` serves them on the loopback fixture
// server and runs each rule through the real checker; at check time a rule whose examples are missing or
// failing never says "gone" from its absence marker (lib/checker/rule-trust.ts).
//
// No reference file records a real page (usernames are removed from /work/shared/reference/cam-site-rules.json),
// so every body here is synthesised from the rule's own markers and marked `synthesised: true`; the handles are
// made up. The one exception to "the rule's own markers" is CamSoda's unclaimed page, built from the historical
// WhatsMyName entry in the same reference file (m_code 404, m_string "Error, page not found"). A rule whose
// site gives no absent page at all (MyFreeCams, ManyVids: presence markers only) gets a page without its
// presence markers: it must come back "not visible", or the rule would mark every handle present.

export type RuleExampleSeed = {
  handle: string;
  status: number;
  contentType?: string;
  body: string;
  synthesised: boolean;
  note?: string;
};

export type RuleExamplesSeed = { claimed: RuleExampleSeed; unclaimed: RuleExampleSeed };

const CLAIMED = "taikai_claimed_example";
const UNCLAIMED = "taikai_unclaimed_example";
const JSON_TYPE = "application/json";
const FROM_MARKERS = "Synthesised from the rule's own markers; not recorded from the site.";

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

function claimedHtml(title: string, marker = ""): RuleExampleSeed {
  return { handle: CLAIMED, status: 200, body: page(title, `${marker}<p>${CLAIMED}</p>`), synthesised: true, note: FROM_MARKERS };
}

function unclaimed(status: number, body: string, contentType?: string, note = FROM_MARKERS): RuleExampleSeed {
  return { handle: UNCLAIMED, status, body, synthesised: true, note, ...(contentType ? { contentType } : {}) };
}

export const ruleExamples: Record<string, RuleExamplesSeed> = {
  livejasmin: {
    claimed: { handle: CLAIMED, status: 200, contentType: JSON_TYPE, body: '{"success":true}', synthesised: true, note: FROM_MARKERS },
    unclaimed: unclaimed(200, '{"success":false}', JSON_TYPE),
  },
  "showup-tv": {
    claimed: claimedHtml(CLAIMED, "<h2>O mnie</h2>"),
    unclaimed: unclaimed(404, page("Darmowe", "")),
  },
  stripchat: {
    claimed: {
      handle: CLAIMED,
      status: 400,
      contentType: JSON_TYPE,
      body: '{"error":"This username already exists"}',
      synthesised: true,
      note: FROM_MARKERS,
    },
    unclaimed: unclaimed(200, "[]", JSON_TYPE),
  },
  bongacams: {
    claimed: claimedHtml("Informação e página"),
    unclaimed: unclaimed(200, page("- BongaCams", "")),
  },
  chaturbate: {
    claimed: claimedHtml(CLAIMED),
    unclaimed: unclaimed(404, page("404", "")),
  },
  pocketstars: {
    claimed: claimedHtml(CLAIMED),
    unclaimed: unclaimed(200, page("PocketStars", "<h1>Join Your Favorite Adult Stars</h1>")),
  },
  royalcams: {
    claimed: claimedHtml("Informação e página"),
    unclaimed: unclaimed(200, page("- RoyalCams", "")),
  },
  "amateur-tv": {
    claimed: claimedHtml(CLAIMED),
    unclaimed: unclaimed(404, page("404", "")),
  },
  camsoda: {
    claimed: claimedHtml(CLAIMED, "<h2>Public Chat Channel</h2>"),
    unclaimed: unclaimed(
      404,
      page("CamSoda", "<h1>Error, page not found</h1>"),
      undefined,
      'Synthesised from the historical WhatsMyName entry (m_code 404, m_string "Error, page not found"), removed in 2023.',
    ),
  },
  myfreecams: {
    claimed: claimedHtml(CLAIMED, '<div class="user-header"></div>'),
    unclaimed: unclaimed(200, page("MyFreeCams", ""), undefined, "No reference gives an absent page: a page without the presence markers."),
  },
  manyvids: {
    claimed: claimedHtml(CLAIMED, '<div class="profile-page"></div>'),
    unclaimed: unclaimed(200, page("ManyVids", ""), undefined, "No reference gives an absent page: a page without the presence markers."),
  },
  "chaturbator-su": {
    claimed: claimedHtml(CLAIMED, '<p class="h5 text-uppercase"></p>'),
    unclaimed: unclaimed(200, page("chaturbator.su", '<div class="error-details"></div>')),
  },
};
