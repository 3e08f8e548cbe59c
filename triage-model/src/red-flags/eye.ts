import { anyYes, type RedFlagRule } from './types.js';

export const eyeRules: RedFlagRule[] = [
  {
    // Chemical eye injury: irrigate at once for at least 20 minutes, then emergency eye assessment (alkali burns blind):
    // Royal College of Ophthalmologists, Ophthalmic services guidance: Emergency eye care 2020; NICE CKS Red eye (2022).
    id: 'chemical_eye_injury',
    urgency: 'emergency_department',
    name: { ru: 'Химическое вещество попало в глаз', en: 'Chemical in the eye' },
    advice: {
      ru: 'Немедленно промывайте глаз проточной водой не меньше 20 минут, затем сразу в приёмное отделение или глазной травмпункт.',
      en: 'Rinse the eye under running water for at least 20 minutes right now, then go straight to the emergency department or eye casualty.',
    },
    specialist: 'ophthalmologist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('chemical_in_eye'),
  },
  {
    // A sharp or high-velocity object into the eye = possible penetrating injury: do not press on the eye; same-day
    // ophthalmology: NICE CKS Eye - trauma / Corneal superficial injury (2022); RCOphth Emergency eye care 2020.
    id: 'penetrating_eye_injury',
    urgency: 'emergency_department',
    name: { ru: 'Проникающая травма глаза', en: 'Penetrating eye injury' },
    advice: {
      ru: 'Не трите и не давите на глаз, не вынимайте застрявший предмет; прикройте глаз и сразу обратитесь в приёмное отделение.',
      en: 'Do not rub or press on the eye or remove anything stuck in it; cover it and go straight to the emergency department.',
    },
    specialist: 'ophthalmologist',
    relevant: (ctx) => anyYes(ctx, ['eye_trauma', 'eye_foreign_body']),
    questions: () => ['eye_penetrating_injury', 'blurred_vision'],
    fires: (ctx) => ctx.yes('eye_penetrating_injury') || (ctx.yes('eye_trauma') && ctx.yes('blurred_vision')),
  },
  {
    // A blow to the eye with double vision (an orbital floor fracture) or lost vision needs eye casualty the same
    // day: NICE CKS Eye - trauma (2022); RCOphth Emergency eye care (2020).
    id: 'blunt_eye_injury',
    urgency: 'emergency_department',
    name: {
      ru: 'Удар в глаз с двоением или потерей зрения',
      en: 'A blow to the eye with double vision or lost vision',
    },
    advice: {
      ru: 'Не давите на глаз, приложите холод через ткань и сразу обратитесь в приёмное отделение или к офтальмологу.',
      en: 'Do not press on the eye; hold something cold on it through a cloth and go to the emergency department or eye casualty now.',
    },
    specialist: 'ophthalmologist',
    relevant: (ctx) => ctx.yes('eye_trauma'),
    questions: () => ['double_vision', 'vision_loss_sudden'],
    fires: (ctx) => ctx.yes('eye_trauma') && anyYes(ctx, ['double_vision', 'vision_loss_sudden']),
  },
  {
    // Painful red eye with reduced vision, halos or vomiting = possible acute angle-closure glaucoma:
    // NICE CKS Glaucoma (2022) and Red eye (2022) — immediate ophthalmology.
    id: 'acute_red_eye',
    urgency: 'emergency_department',
    name: {
      ru: 'Боль в красном глазу со снижением зрения, радужными кругами или рвотой',
      en: 'Painful red eye with reduced vision, halos or vomiting',
    },
    advice: {
      ru: 'Сейчас же обратитесь в неотложную глазную помощь или приёмное отделение.',
      en: 'Go to an eye emergency service or the emergency department now.',
    },
    specialist: 'ophthalmologist',
    relevant: (ctx) => ctx.yes('red_eye'),
    questions: (ctx) => [
      'eye_pain',
      ...(ctx.yes('eye_pain') ? ['blurred_vision', 'halos_around_lights'] : []),
    ],
    fires: (ctx) =>
      ctx.yes('red_eye') &&
      ctx.yes('eye_pain') &&
      anyYes(ctx, ['blurred_vision', 'halos_around_lights', 'vomiting']),
  },
  {
    // A red eye with pain, reduced vision or light sensitivity (keratitis, uveitis, scleritis) needs same-day
    // ophthalmology: NICE CKS Red eye (2022).
    id: 'painful_red_eye',
    urgency: 'within_24h',
    name: {
      ru: 'Красный глаз с болью, снижением зрения или светобоязнью',
      en: 'Red eye with pain, reduced vision or light sensitivity',
    },
    advice: {
      ru: 'Сегодня же покажитесь офтальмологу.',
      en: 'See an eye doctor today.',
    },
    specialist: 'ophthalmologist',
    relevant: (ctx) => ctx.yes('red_eye'),
    questions: () => ['eye_pain', 'blurred_vision', 'light_sensitivity'],
    fires: (ctx) => ctx.yes('red_eye') && anyYes(ctx, ['eye_pain', 'blurred_vision', 'light_sensitivity']),
  },
  {
    // A contact-lens wearer with a painful red eye may have microbial keratitis: same-day ophthalmology:
    // NICE CKS Red eye (2022); College of Optometrists Clinical Management Guidelines, Microbial keratitis 2021.
    id: 'contact_lens_red_eye',
    urgency: 'within_24h',
    name: {
      ru: 'Боль и покраснение глаза у человека, носящего контактные линзы',
      en: 'Painful red eye in a contact-lens wearer',
    },
    advice: {
      ru: 'Снимите линзы и сегодня же покажитесь офтальмологу; возьмите линзы и контейнер с собой.',
      en: 'Take the lenses out and see an eye doctor today; bring the lenses and case.',
    },
    specialist: 'ophthalmologist',
    relevant: (ctx) => ctx.yes('red_eye') && ctx.ageMonths >= 96,
    questions: () => ['contact_lens_wearer', 'eye_pain'],
    fires: (ctx) => ctx.yes('red_eye') && ctx.yes('eye_pain') && ctx.yes('contact_lens_wearer'),
  },
  {
    // New flashes, a shower of floaters or a curtain over the vision = retinal tear/detachment: same-day
    // ophthalmology: NICE CKS Retinal detachment (2020); RCOphth guidance 2020.
    id: 'retinal_detachment_signs',
    urgency: 'emergency_department',
    name: {
      ru: 'Вспышки, новые «мушки» или «занавеска» перед глазом',
      en: 'Flashes, new floaters or a curtain over the vision',
    },
    advice: {
      ru: 'Сегодня же, как можно скорее, обратитесь к офтальмологу (неотложная глазная помощь).',
      en: 'See an eye emergency service today, as soon as possible.',
    },
    specialist: 'ophthalmologist',
    relevant: (ctx) => anyYes(ctx, ['blurred_vision', 'flashes_of_light', 'new_floaters']),
    questions: () => ['flashes_of_light', 'new_floaters', 'curtain_over_vision'],
    fires: (ctx) => anyYes(ctx, ['flashes_of_light', 'new_floaters', 'curtain_over_vision']),
  },
  {
    // Swollen red eyelid with pain on moving the eye, a bulging eye or reduced vision = orbital cellulitis:
    // NICE CKS Cellulitis – acute (2023, periorbital); RCOphth 2020 — emergency admission.
    id: 'orbital_cellulitis',
    urgency: 'emergency_department',
    name: {
      ru: 'Отёк века с болью при движении глаза, выпячиванием глаза или снижением зрения',
      en: 'Swollen eyelid with pain on moving the eye, a bulging eye or reduced vision',
    },
    advice: { ru: 'Обратитесь в приёмное отделение сейчас.', en: 'Go to the emergency department now.' },
    specialist: 'ophthalmologist',
    relevant: (ctx) => ctx.yes('eyelid_swelling'),
    questions: () => ['pain_moving_eye', 'bulging_eye', 'blurred_vision', 'fever'],
    fires: (ctx) =>
      ctx.yes('eyelid_swelling') && anyYes(ctx, ['pain_moving_eye', 'bulging_eye', 'blurred_vision']),
  },
];
