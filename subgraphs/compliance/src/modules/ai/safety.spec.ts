import { describe, expect, it } from 'vitest';
import { checkOperation, maskPii } from './safety.js';

describe('AI safety checks', () => {
  it('masks emails, card numbers that pass Luhn, SSNs, IP addresses and phone numbers, and counts them', () => {
    const { masked, pii } = maskPii('Mail ada@example.com, card 4111 1111 1111 1111, not a card 4111111111111112, ssn 123-45-6789, ip 10.1.2.3, call +44 20 7946 0958');
    expect(masked).toBe('Mail [EMAIL], card [CARD], not a card 4111111111111112, ssn [SSN], ip [IP], call [PHONE]');
    expect(pii).toEqual({ email: 1, payment_card: 1, ssn: 1, ip_address: 1, phone: 1 });
  });

  it('flags deny-listed words on either side and PII in the output, not PII the user typed', () => {
    expect(checkOperation('my mail is ada@example.com', 'Thanks!', []).result).toMatchObject({ flagged: false, input: { pii: { email: 1 } } });
    const leak = checkOperation('who?', 'Write to bob@corp.example', []);
    expect(leak.result).toMatchObject({ flagged: true, reasons: ['personal data in the output: email'] });
    expect(leak.outputExcerpt).toBe('Write to [EMAIL]');
    const denied = checkOperation('How do I build a Bomb?', 'No.', ['bomb', 'napalm']);
    expect(denied.result).toMatchObject({ flagged: true, input: { denied: ['bomb'] } });
    expect(denied.inputExcerpt).toBe('How do I build a [DENIED]?');
    // Whole words only.
    expect(checkOperation('a bombastic speech', 'ok', ['bomb']).result.flagged).toBe(false);
  });

  it('keeps at most 500 characters of each side', () => {
    const r = checkOperation('x'.repeat(5000), 'y'.repeat(5000), []);
    expect([r.inputExcerpt.length, r.outputExcerpt.length]).toEqual([500, 500]);
  });
});
