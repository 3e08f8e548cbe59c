import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '../src/server/index.js';

describe('safeRedirectPath', () => {
  it('keeps paths within the app, as the URL parser writes them', () => {
    expect(safeRedirectPath('/family/1?tab=a')).toBe('/family/1?tab=a');
    expect(safeRedirectPath('/card?kinds=lab&kinds=bp#latest')).toBe('/card?kinds=lab&kinds=bp#latest');
    expect(safeRedirectPath('/patients?q=a%2Fb')).toBe('/patients?q=a%2Fb');
    // Non-ASCII is percent-encoded, so the answer is always a valid Location header.
    expect(safeRedirectPath('/profile?name=Анна')).toBe('/profile?name=%D0%90%D0%BD%D0%BD%D0%B0');
    // Dot segments are resolved within the app.
    expect(safeRedirectPath('/a/../../today')).toBe('/today');
  });

  // Each of these, written into a Location header, leads a browser somewhere other than a page of the app.
  const hostile = [
    '//evil.example',
    '//evil.example/path',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/\t/evil.example',
    '/%09/evil.example',
    '\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/%0d%0a/evil.example',
    '/%0D%0ASet-Cookie:%20x=1',
    '/\r\nSet-Cookie: x=1',
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    '/%5Cevil.example',
    '/%5C%5Cevil.example',
    '/\u0000/evil.example',
    '/%00',
    '/\u0085/evil.example',
    '/\u007f/evil.example',
    'https://evil.example',
    'https:evil.example',
    'http://127.0.0.1:5173@evil.example',
    '//127.0.0.1:5173@evil.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'evil.example',
    ' /today',
    // Malformed percent-encoding and a lone surrogate cannot be decoded: refused, not a crash.
    '/%E0%A4%A',
    '/%ED%A0%80',
    '/'.padEnd(3000, 'a'),
  ];

  it.each(hostile)('refuses %j', (target) => {
    expect(safeRedirectPath(target)).toBe('/');
    expect(safeRedirectPath(target, '/today')).toBe('/today');
  });

  it('falls back without a target', () => {
    expect(safeRedirectPath(null, '/today')).toBe('/today');
    expect(safeRedirectPath(undefined)).toBe('/');
    expect(safeRedirectPath('')).toBe('/');
  });
});
