import { describe, it } from 'vitest';
import { says, notYes } from './parser-helpers.js';

/**
 * Everyday phrasings of the benign complaints that now have a finding and a self-care condition of their own
 * (knowledge/conditions/everyday-self-care.ts), in Russian and English, with look-alikes that must not be read as them.
 */

describe('everyday self-care complaints', () => {
  it('hiccups, bad breath, a clicking jaw, cracked mouth corners', () => {
    says('hiccups', ['got hiccups after a big curry, been going for 2 hours', 'Икаю уже час, не проходит']);
    says('bad_breath', ['my girlfriend says I have bad breath', 'Неприятный запах изо рта, девушка говорит']);
    says('jaw_clicking_aching', [
      'jaw clicks when i open my mouth and aches by the end of the day',
      'щёлкает челюсть когда открываю рот',
    ]);
    notYes('jaw_clicking_aching', ['crushing chest pain going into my jaw']);
    says('cracked_mouth_corners', [
      'sore cracked corners of her mouth for two weeks',
      'заеды в уголках рта неделю',
    ]);
  });

  it('a rubbed blister, a corn, pale patches that do not tan, goosebump skin, skin writing', () => {
    says('friction_blister', [
      'big blister on the back of my heel after a hike in new boots',
      'натерла ногу новыми туфлями, пузырь на пятке',
    ]);
    says('corn_callus', ['painful corn on my little toe', 'на подошве под пальцем твёрдый натоптыш']);
    notYes('corn_callus', ['I ate corn for dinner and now my stomach hurts']);
    says('pale_patches_skin', [
      'pale patches on my chest and back that dont tan',
      'на спине светлые пятна, не загорают',
    ]);
    says('goosebump_bumps', [
      'rough little bumps on my upper arms like chicken skin',
      'на плечах мелкие пупырышки как гусиная кожа',
    ]);
    says('skin_writing', [
      'when I scratch it comes up in lines, like I can write on myself',
      'у меня дермографизм',
    ]);
  });

  it('hair shedding, a weepy new mother, engorged breasts, a missed pill', () => {
    says('hair_shedding', [
      'my hair is falling out in handfuls since the baby',
      'волосы лезут клочьями при мытье',
    ]);
    says('weepy_after_birth', [
      'had my baby 4 days ago and I keep crying for no reason',
      'Родила неделю назад, постоянно плачу, сама не знаю почему',
    ]);
    notYes('weepy_after_birth', ['I keep crying for no reason, nothing makes me happy']);
    says('breasts_engorged', [
      'my milk has come in and my boobs are rock hard',
      'на 3 день после родов пришло молоко, грудь каменная',
    ]);
    says('missed_pill', [
      'forgot my pill yesterday (combined)',
      'забыла выпить противозачаточную таблетку вчера',
    ]);
  });

  it('growing pains, night terrors, a usual IBS flare', () => {
    says('night_leg_pains_child', [
      'my 6 year old keeps waking at night crying about his legs hurting',
      'Сын 7 лет по ночам просыпается и плачет, что болят ноги',
    ]);
    says('night_terrors', [
      '4yo wakes up about an hour after going to sleep SCREAMING, cannot comfort her',
      'ночью просыпается с криком, утром не помнит',
    ]);
    says('usual_ibs_flare', [
      'my IBS is flaring up again, bloated and cramps',
      'У меня СРК, сейчас опять обострение на фоне стресса',
    ]);
    notYes('usual_ibs_flare', ['bloated with cramps and diarrhoea for a week']);
  });
});
