/** Whose account is it: another company's own account named, with nothing tying the message to ours. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KnowledgeError } from '../../../knowledge/kb/errors';
import {
  elsewhereAccounts,
  loadElsewhereAccounts,
  type ElsewhereAccountsData,
} from '../../../knowledge/nlu/elsewhereAccounts';
import { normalise } from '../../../knowledge/understand/normalise';

const DATA: ElsewhereAccountsData = {
  names: ['revolut', 'whatsapp', 'bank of america'],
  owners: ['my', 'her'],
  account_words: ['account', 'card', 'parcel'],
  speaking_words: ['says'],
  ours: ['kingston', 'on here', 'my account', 'refund', 'you'],
  named_here: ['kingston', 'on here'],
  disowned: ['not from you', 'not on kingston', 'not your department'],
};
const matcher = elsewhereAccounts(DATA, ['steam', 'h m']);
const find = (text: string) => matcher.read(normalise(text)).elsewhere;

describe('another company’s account', () => {
  it.each([
    ['my Revolut was emptied overnight', 'my revolut'],
    ['somebody took over her WhatsApp and is asking her friends for money', 'her whatsapp'],
    ['the Steam account shows games nobody here bought', 'steam account'],
    ['Bank of America says there was a login from abroad', 'bank of america says'],
    ['the H&M parcel never turned up', 'h m parcel'],
  ])('when "%s", then it is elsewhere ("%s")', (text, words) => expect(find(text)).toBe(words));

  it.each([
    ['someone logged into my account and paid with my Revolut', 'our account too'],
    ['my Steam account and my account on here were both taken over', '"on here"'],
    ['the refund went to my Revolut card, when will I see it', 'money that moves through us'],
    ['someone on WhatsApp got my verification code', 'the app is where a scammer wrote, not whose account'],
    ['my account was taken over', 'no other company named'],
    ['can you help, my revolut card was used', 'the person asks us'],
  ])('when "%s", then it is not elsewhere (%s)', (text) => expect(find(text)).toBeNull());

  it("when a message is written to another company's handle, then it is addressed there, unless a handle names us", () => {
    const addressed = (text: string) => matcher.read(normalise(text), text).addressed;
    expect(addressed('@Revolut_App my transfer is stuck, refund me')).toBe('@Revolut_App');
    expect(addressed('@SteamSupport my refund for the game?')).toBe('@SteamSupport');
    expect(addressed('@KingstonHelp my @Revolut card was charged twice')).toBeNull();
    expect(addressed('my refund went to my revolut')).toBeNull();
    // Read from the words alone, as before, there is no handle to find.
    expect(matcher.read(normalise('@RevolutApp my transfer is stuck')).addressed).toBeNull();
  });

  it('when a message names the marketplace outright, then it names us; "you" alone does not', () => {
    expect(matcher.read(normalise('my gmail was taken and they ordered on Kingston')).namesUs).toBe(true);
    expect(matcher.read(normalise('can you help, my gmail was taken')).namesUs).toBe(false);
  });

  it('when the person says outright the matter is not ours, then the disowning words are read, and "not on kingston" does not name us', () => {
    const read = (text: string) => matcher.read(normalise(text));
    expect(read("the tracking has been stuck for a week, it's not from you though").disowned).toBe(
      'not from you',
    );
    expect(read('I bought it elsewhere, not on Kingston, how do I get a refund')).toMatchObject({
      disowned: 'not on kingston',
      namesUs: false,
    });
    expect(read('I know this is not your department but my energy bill is wrong').disowned).toBe(
      'not your department',
    );
    expect(read('the tracking from your warehouse is stuck').disowned).toBeNull();
    expect(read('the seller posted it, not from your warehouse').disowned).toBeNull();
  });

  it('when the file names a company that spelling repair would read as a word, then loading fails naming it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-elsewhere-'));
    const file = path.join(dir, 'elsewhere-accounts.yml');
    fs.writeFileSync(
      file,
      'names: [revolut, refunda]\nowners: [my]\naccount_words: [card]\nspeaking_words: [says]\nours: [kingston]\nnamed_here: [kingston]\ndisowned: [not from you]\n',
    );
    try {
      expect(() => loadElsewhereAccounts(file)).toThrow(KnowledgeError);
      try {
        loadElsewhereAccounts(file);
      } catch (err) {
        const issues = (err as KnowledgeError).issues;
        expect(issues.map((i) => i.field)).toEqual(['names.1']);
        expect(issues[0].message).toContain('reads as "refunds"');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the real file loads, and a plain delivered parcel is nobody else’s', () => {
    const real = loadElsewhereAccounts();
    expect(real.read(normalise('my paypal got drained and they changed the phone number')).elsewhere).toBe(
      'my paypal',
    );
    expect(
      real.read(normalise('tracking says my parcel was delivered but it is not at the door')).elsewhere,
    ).toBeNull();
  });

  it('in the real file, asking the bot ("can you help me") ties nothing to us, an account word goes with the name, and "by you" is ours', () => {
    const real = loadElsewhereAccounts();
    const read = (text: string) => real.read(normalise(text)).elsewhere;
    expect(read('my Tesco account got hacked last night, can you help me sort it out?')).toBe(
      'my tesco account',
    );
    expect(read('my etsy seller account has a dispute on it')).toBe('my etsy seller account');
    expect(read('my paypal was charged twice by you for one order')).toBeNull();
  });
});
