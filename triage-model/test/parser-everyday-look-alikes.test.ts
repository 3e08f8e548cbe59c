import { describe, expect, it } from 'vitest';
import { parsed, says, notYes } from './parser-helpers.js';

/**
 * Everyday words that look like a finding but are something else (a side of the eyelid, a baby pushing out a poo,
 * hot weather, scratching an itch, the beach), and the findings they must not hide.
 */

describe('look-alikes of findings in everyday speech', () => {
  it('a side of the eyelid or mouth is not the lower left belly', () => {
    notYes('left_lower_pain', [
      'my bottom left eyelid keeps twitching',
      'upper right tooth hurts when I bite',
    ]);
    notYes('abdominal_pain', ['нижнее левое веко дергается уже неделю']);
    says('left_lower_pain', ['pain in my lower left belly since yesterday', 'bottom left of my tummy hurts']);
  });

  it('a baby grunting and straining before a poo is pushing, not grunting to breathe', () => {
    notYes('grunting', [
      'my 6 week old goes bright red, grunts and cries for like 10 minutes before every poo',
      'he grunts and goes red when he tries to poo',
      'малыш кряхтит и тужится перед тем как покакать',
    ]);
    says('grunting', ['baby is grunting with every breath and breathing fast', 'малыш кряхтит при дыхании']);
  });

  it('hot weather is no fever', () => {
    notYes('fever', ['Под грудью покраснение, мокнет. Жара, потею', 'такая жара на улице, голова болит']);
    says('fever', ['жара 39 второй день', 'у ребенка жар']);
    expect(parsed('нет жара, но кашель')).toHaveProperty('fever', 'no');
  });

  it('scratching an itch is no wound, raised lines are weals', () => {
    notYes('wound_or_bite', ['whenever I scratch my skin it comes up in raised red lines']);
    notYes('red_streak', ['whenever I scratch my skin it comes up in raised red lines']);
    says('wound_or_bite', ['cat scratched my arm, bleeding a bit']);
    says('red_streak', ['red line going up my arm from the cut']);
  });

  it('the bottom of something is a place, not the bum', () => {
    notYes('bloody_stool', ['a red level of blood at the bottom of the coloured part of my eye']);
    says('bloody_stool', ['blood from my bottom when I wipe']);
  });

  it('the beach and the shallows are not bleach or swallowing', () => {
    notYes('ingested_chemical', ['stood on something in the shallows at the beach, my foot is burning']);
    says('ingested_chemical', ['my toddler swallowed bleach']);
  });

  it('a tooth that shoots with cold is tooth pain, not lumbago', () => {
    notYes('back_pain', ['Зубы стали реагировать на холодное, на мороженое аж простреливает']);
    says('tooth_pain_hot_cold', ['Зубы стали реагировать на холодное, на мороженое аж простреливает']);
    says('back_pain', ['прострел в пояснице', 'простреливает в спине']);
  });

  it('the shin along its inner edge after running, a lump a few words before the eyelid', () => {
    says('shin_pain_exercise', ['Начала бегать месяц назад, теперь ноют голени по внутреннему краю']);
    says('eyelid_lump', ['little lump on my daughters upper eyelid, pea sized']);
  });

  it('a child named with its age is not ill for years', () => {
    notYes('duration_days', ['Сын 5 лет проглотил косточку от вишни']);
    expect(parsed('Сын 5 лет проглотил косточку от вишни').duration_days).toBeUndefined();
  });
});
