import { describe, it, expect } from 'vitest';
import { findRefresh } from './refresh';

const PAGE = 'https://s.example/profile/aki';
const meta = (content: string, extra = '') => `<html><head><meta http-equiv="Refresh" content="${content}"${extra}></head><body></body></html>`;

describe('findRefresh', () => {
  it.each([
    [meta('0;url=/'), { kind: 'to', url: 'https://s.example/' }],
    [meta("0; URL='/top?x=1&amp;y=2'"), { kind: 'to', url: 'https://s.example/top?x=1&y=2' }],
    [meta('5, https://other.example/a'), { kind: 'to', url: 'https://other.example/a' }],
    [meta('0;url=/profile/aki#top'), { kind: 'self' }],
    [meta('0'), { kind: 'self' }],
    [meta('390'), null], // a periodic refresh (Cloudflare's challenge page), not a redirect
    [meta('0;url=javascript:alert(1)'), null],
    ['<meta content="0;url=/bye" http-equiv=refresh>', { kind: 'to', url: 'https://s.example/bye' }],
    ['<p>no refresh here</p>', null],
  ])('%s', (html, expected) => {
    expect(findRefresh(html, 0, PAGE)).toEqual(expected);
  });

  it('reads the Refresh response header', () => {
    expect(findRefresh('<p>x</p>', 0, PAGE, '0; url=/')).toEqual({ kind: 'to', url: 'https://s.example/' });
  });

  it('follows a script redirect only on a near-empty page', () => {
    const script = '<script>window.location.href = "/";</script>';
    expect(findRefresh(`<body>${script}</body>`, 0, PAGE)).toEqual({ kind: 'to', url: 'https://s.example/' });
    expect(findRefresh("<script>location.replace('/bye')</script>", 0, PAGE)).toEqual({ kind: 'to', url: 'https://s.example/bye' });
    // A normal page whose click handler assigns location is not a redirect.
    expect(findRefresh(`<body>${script}</body>`, 500, PAGE)).toBeNull();
  });
});
