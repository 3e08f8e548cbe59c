import type { Condition } from '../types.js';
import { ACUTE, ADULTS, CHRONIC, HOURS, OLDER_ADULTS, SUBACUTE, lk } from './presets.js';

/** Eyelids, the surface of the eye and sight-threatening eye emergencies. */
export const eyeConditions: Condition[] = [
  {
    id: 'stye',
    name: { ru: 'Ячмень (гордеолум)', en: 'Stye (hordeolum)' },
    icd10: 'H00.0',
    system: 'eye',
    urgency: 'self_care',
    // Spreading lid redness or swelling suggests preseptal cellulitis; pain on eye movement or a bulging eye,
    // orbital cellulitis: NICE CKS Styes (hordeolum) 2021, RCOphth orbital cellulitis guidance 2019.
    urgencyIf: [
      { finding: 'spreading_redness', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'blurred_vision', urgency: 'within_24h' },
      { finding: 'pain_moving_eye', urgency: 'emergency_department' },
      { finding: 'bulging_eye', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru:
          'Тёплый компресс (чистая ткань, смоченная тёплой водой) на 5–10 минут 3–4 раза в день, затем лёгкий массаж века. ' +
          'Не выдавливайте и не прокалывайте ячмень, не пользуйтесь косметикой и контактными линзами до заживления. ' +
          'Обычно проходит сам за 1–2 недели.',
        en:
          'Warm compress (a clean cloth soaked in warm water) for 5–10 minutes 3–4 times a day, then gently massage the lid. ' +
          'Do not squeeze or prick the stye; avoid eye make-up and contact lenses until it heals. ' +
          'It usually clears on its own within 1–2 weeks.',
      },
      seekCareIf: {
        ru:
          'Покраснение или отёк распространяются на всё веко или щёку, поднялась температура, ухудшилось зрение, ' +
          'больно двигать глазом, глаз выпячивается, или ячмень не проходит за 2 недели.',
        en:
          'Redness or swelling spreads over the whole lid or cheek, you develop a fever, your vision gets worse, ' +
          'moving the eye hurts, the eye bulges, or the stye has not gone after 2 weeks.',
      },
      source: 'NICE CKS Styes (hordeolum) 2021',
    },
    specialist: 'ophthalmologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { infant_0_3m: 0.1, infant_3_12m: 0.3 },
    likelihoods: {
      ...ACUTE,
      ...lk`eyelid_lump .9 eyelid_swelling .6 eye_pain .5 red_eye .3 crusty_eyelids .25 eye_discharge .2
        itchy_eyes .15 spreading_redness .03 fever .02 blurred_vision .03`,
    },
  },
  {
    id: 'chalazion',
    name: { ru: 'Халязион', en: 'Chalazion (meibomian cyst)' },
    icd10: 'H00.1',
    system: 'eye',
    urgency: 'self_care',
    // An infected chalazion behaves like a stye; a lid lump that keeps recurring needs review: NICE CKS Chalazion 2021.
    urgencyIf: [
      { finding: 'spreading_redness', urgency: 'within_24h' },
      { finding: 'blurred_vision', urgency: 'planned' },
      { finding: 'lasting_3_weeks', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Тёплый компресс на 5–10 минут 2–4 раза в день и мягкий массаж века по направлению к ресницам. ' +
          'Не выдавливайте. Безболезненный халязион часто рассасывается сам за несколько недель.',
        en:
          'Warm compress for 5–10 minutes 2–4 times a day and gentle massage of the lid towards the lashes. ' +
          'Do not squeeze it. A painless chalazion often settles on its own within a few weeks.',
      },
      seekCareIf: {
        ru:
          'Веко покраснело и отекло целиком, ухудшилось зрение, уплотнение не уменьшается за 3–4 недели, ' +
          'мешает или появляется снова на том же месте.',
        en:
          'The whole lid becomes red and swollen, your vision gets worse, the lump is no smaller after 3–4 weeks, ' +
          'it bothers you, or it keeps coming back in the same place.',
      },
      source: 'NICE CKS Chalazion 2021',
    },
    specialist: 'ophthalmologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.3 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`eyelid_lump .95 eyelid_swelling .3 eye_pain .1 red_eye .1 blurred_vision .05 crusty_eyelids .3`,
    },
  },
  {
    id: 'blepharitis',
    name: { ru: 'Блефарит', en: 'Blepharitis (inflamed eyelid margins)' },
    icd10: 'H01.0',
    system: 'eye',
    urgency: 'self_care',
    // Pain, light sensitivity or reduced vision suggest corneal involvement: NICE CKS Blepharitis 2021.
    urgencyIf: [
      { finding: 'blurred_vision', urgency: 'within_24h' },
      { finding: 'light_sensitivity', urgency: 'within_24h' },
      { finding: 'eye_pain', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Гигиена век дважды в день: тёплый компресс 5–10 минут, затем очистите край века у ресниц ватной палочкой ' +
          'с кипячёной водой и каплей детского шампуня или специальными салфетками. Увлажняющие капли («искусственная слеза») ' +
          'уменьшат жжение. Блефарит хронический: гигиену нужно продолжать и после улучшения.',
        en:
          'Lid hygiene twice a day: a warm compress for 5–10 minutes, then clean the lid margin at the lashes with a cotton ' +
          'bud and cooled boiled water with a drop of baby shampoo, or lid wipes. Lubricating drops ("artificial tears") ' +
          'ease the burning. Blepharitis is long-term: keep up the lid hygiene after it improves.',
      },
      seekCareIf: {
        ru: 'Появились боль в глазу, светобоязнь или ухудшение зрения, или нет улучшения через 2–4 недели регулярной гигиены.',
        en: 'You develop eye pain, light sensitivity or reduced vision, or there is no improvement after 2–4 weeks of regular lid hygiene.',
      },
      source: 'NICE CKS Blepharitis 2021',
    },
    specialist: 'ophthalmologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.2, elderly_65y: 1.5 },
    likelihoods: {
      ...CHRONIC,
      ...lk`crusty_eyelids .9 itchy_eyes .6 gritty_eye .6 red_eye .5 eye_discharge .2 eyelid_swelling .3
        eye_pain .1 blurred_vision .05 greasy_scales .25 facial_redness .15`,
    },
  },
  {
    id: 'corneal_abrasion',
    name: { ru: 'Эрозия (царапина) роговицы', en: 'Scratched cornea (corneal abrasion)' },
    icd10: 'S05.0',
    system: 'eye',
    // Needs fluorescein examination the same day: NICE CKS Corneal superficial injury 2022.
    urgency: 'within_24h',
    urgencyIf: [{ finding: 'vision_loss_sudden', urgency: 'emergency_department' }],
    specialist: 'ophthalmologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    likelihoods: {
      ...HOURS,
      ...lk`eye_trauma .8 eye_foreign_body .3 eye_pain .9 gritty_eye .85 red_eye .7 light_sensitivity .5
        itchy_eyes .4 blurred_vision .3 contact_lens_wearer .2 sudden_onset .7`,
    },
  },
  {
    id: 'eye_foreign_body',
    name: { ru: 'Инородное тело глаза', en: 'Something in the eye (foreign body)' },
    icd10: 'T15.9',
    system: 'eye',
    // Embedded or high-velocity foreign bodies need slit-lamp removal; reduced vision suggests penetration:
    // NICE CKS Corneal superficial injury 2022, RCOphth eye casualty guidance 2017.
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'blurred_vision', urgency: 'emergency_department' },
      { finding: 'vision_loss_sudden', urgency: 'emergency_department' },
    ],
    specialist: 'ophthalmologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.3 },
    likelihoods: {
      ...HOURS,
      ...lk`eye_foreign_body .95 gritty_eye .9 eye_pain .7 red_eye .6 itchy_eyes .4 light_sensitivity .3
        blurred_vision .1 eye_trauma .2 sudden_onset .8`,
    },
  },
  {
    id: 'chemical_eye_injury',
    name: { ru: 'Химический ожог глаза', en: 'Chemical eye injury' },
    icd10: 'T26.9',
    system: 'eye',
    // Irrigate for at least 20 minutes at once, then go to the emergency department: RCOphth 2017, NICE CKS 2022.
    urgency: 'emergency_department',
    specialist: 'ophthalmologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...HOURS,
      ...lk`chemical_in_eye .97 eye_pain .9 red_eye .8 blurred_vision .5 light_sensitivity .4 itchy_eyes .4
        sudden_onset .85 eyelid_swelling .3`,
    },
  },
  {
    id: 'retinal_detachment',
    name: { ru: 'Отслойка сетчатки', en: 'Retinal detachment' },
    icd10: 'H33.0',
    system: 'eye',
    // A curtain over the vision with flashes/floaters needs same-day ophthalmology: NICE CKS Retinal detachment 2022.
    urgency: 'emergency_department',
    specialist: 'ophthalmologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...OLDER_ADULTS, adult_18_39y: 0.4 },
    likelihoods: {
      ...ACUTE,
      ...lk`curtain_over_vision .75 flashes_of_light .6 new_floaters .7 blurred_vision .75 vision_loss_sudden .3
        eye_pain .03 red_eye .03 sudden_onset .5 eye_trauma .1`,
    },
  },
  {
    id: 'posterior_vitreous_detachment',
    name: { ru: 'Задняя отслойка стекловидного тела', en: 'Posterior vitreous detachment (new floaters)' },
    icd10: 'H43.8',
    system: 'eye',
    // New flashes or floaters: ophthalmology within 24 hours to exclude a retinal tear; with a field defect,
    // same day: NICE CKS Retinal detachment 2022, RCOphth 2017.
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'curtain_over_vision', urgency: 'emergency_department' },
      { finding: 'vision_loss_sudden', urgency: 'emergency_department' },
    ],
    specialist: 'ophthalmologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: OLDER_ADULTS,
    likelihoods: {
      ...ACUTE,
      ...lk`new_floaters .9 flashes_of_light .6 blurred_vision .2 curtain_over_vision .03 eye_pain .02 red_eye .02`,
    },
  },
  {
    id: 'anterior_uveitis',
    name: { ru: 'Передний увеит (ирит)', en: 'Anterior uveitis (iritis)' },
    icd10: 'H20.0',
    system: 'eye',
    // Painful red eye with photophobia: same-day ophthalmology referral: NICE CKS Uveitis 2023.
    urgency: 'within_24h',
    specialist: 'ophthalmologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: ADULTS,
    likelihoods: {
      ...ACUTE,
      ...lk`eye_pain .9 red_eye .9 light_sensitivity .85 blurred_vision .6 eye_discharge .05 itchy_eyes .05
        gritty_eye .2 back_pain .2 joint_pain .15`,
    },
  },
  {
    id: 'subconjunctival_haemorrhage',
    name: {
      ru: 'Кровоизлияние под конъюнктиву',
      en: 'Burst blood vessel in the eye (subconjunctival haemorrhage)',
    },
    icd10: 'H11.3',
    system: 'eye',
    urgency: 'self_care',
    // After trauma, with pain or reduced vision, or recurrent/with bleeding elsewhere it needs assessment:
    // NICE CKS Subconjunctival haemorrhage 2021.
    urgencyIf: [
      { finding: 'eye_trauma', urgency: 'within_24h' },
      { finding: 'head_injury', urgency: 'within_24h' },
      { finding: 'eye_pain', urgency: 'within_24h' },
      { finding: 'blurred_vision', urgency: 'within_24h' },
      { finding: 'bp_very_high', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru:
          'Пятно безопасно и проходит само за 1–3 недели, меняя цвет как синяк. Лечение не нужно; при лёгком ' +
          'дискомфорте можно использовать увлажняющие капли. Если принимаете препараты, разжижающие кровь, не отменяйте их сами. ' +
          'Если есть тонометр, измерьте давление.',
        en:
          'The patch is harmless and fades on its own within 1–3 weeks, changing colour like a bruise. No treatment is ' +
          'needed; lubricating drops help mild discomfort. Do not stop blood thinners on your own. ' +
          'If you have a blood pressure monitor, check your blood pressure.',
      },
      seekCareIf: {
        ru:
          'Была травма глаза или головы, глаз болит, ухудшилось зрение, давление 180/120 и выше, кровоизлияния ' +
          'повторяются или есть синяки и кровотечения в других местах, или пятно не проходит за 3 недели.',
        en:
          'There was an injury to the eye or head, the eye hurts, your vision is worse, blood pressure is 180/120 or higher, ' +
          'it keeps happening or you have bruising or bleeding elsewhere, or it has not gone after 3 weeks.',
      },
      source: 'NICE CKS Subconjunctival haemorrhage 2021',
    },
    specialist: 'ophthalmologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: { infant_0_3m: 0.3, infant_3_12m: 0.3, elderly_65y: 1.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`red_patch_white_of_eye .95 red_eye .8 gritty_eye .15 eye_pain .04 blurred_vision .02 eye_discharge .02
        itchy_eyes .05 sudden_onset .6 hypertension_history .3`,
    },
  },
  {
    id: 'dry_eye',
    name: { ru: 'Синдром сухого глаза', en: 'Dry eye' },
    icd10: 'H04.1',
    system: 'eye',
    urgency: 'self_care',
    // Photophobia, pain or loss of vision suggest keratitis: NICE CKS Dry eye syndrome 2022.
    urgencyIf: [
      { finding: 'light_sensitivity', urgency: 'within_24h' },
      { finding: 'eye_pain', urgency: 'planned' },
      { finding: 'blurred_vision', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Увлажняющие капли без консервантов («искусственная слеза») 4–6 раз в день. При работе за экраном делайте перерывы ' +
          'и чаще моргайте, проветривайте и увлажняйте воздух, избегайте дыма и прямого потока воздуха от кондиционера. ' +
          'При корочках на веках помогает тёплый компресс и гигиена век.',
        en:
          'Preservative-free lubricating drops ("artificial tears") 4–6 times a day. Take screen breaks and blink ' +
          'more often, keep rooms aired and humid, avoid smoke and air-conditioning blowing at your face. ' +
          'A warm compress and lid hygiene help if the lids are crusty.',
      },
      seekCareIf: {
        ru: 'Появились светобоязнь, боль в глазу, ухудшение зрения, сильное покраснение, или нет улучшения через 4 недели.',
        en: 'You develop light sensitivity, eye pain, reduced vision or marked redness, or there is no improvement after 4 weeks.',
      },
      source: 'NICE CKS Dry eye syndrome 2022',
    },
    specialist: 'ophthalmologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { ...ADULTS, teen_12_17y: 0.3, adult_40_64y: 1.5, elderly_65y: 2 },
    sex: { female: 1.5 },
    likelihoods: {
      ...CHRONIC,
      ...lk`gritty_eye .85 red_eye .4 itchy_eyes .4 blurred_vision .25 eye_pain .15 crusty_eyelids .2
        contact_lens_wearer .2 light_sensitivity .05`,
    },
  },
  {
    id: 'periorbital_cellulitis',
    name: { ru: 'Периорбитальный (пресептальный) целлюлит', en: 'Eyelid infection (periorbital cellulitis)' },
    icd10: 'L03.2',
    system: 'eye',
    // Same-day assessment; signs of orbital spread need hospital now: RCOphth orbital cellulitis 2019, NICE CKS 2021.
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'pain_moving_eye', urgency: 'emergency_department' },
      { finding: 'bulging_eye', urgency: 'emergency_department' },
      { finding: 'blurred_vision', urgency: 'emergency_department' },
      { finding: 'vision_loss_sudden', urgency: 'emergency_department' },
    ],
    specialist: 'ophthalmologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { infant_0_3m: 0.3, toddler_1_4y: 2, child_5_11y: 1.5, elderly_65y: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`eyelid_swelling .95 spreading_redness .4 red_hot_swollen_skin .6 fever .5 high_fever .15 eye_pain .5
        red_eye .3 eye_discharge .15 eyelid_lump .2 wound_or_bite .2 insect_bite .1 pain_moving_eye .05
        bulging_eye .02 blurred_vision .03 runny_nose .3`,
    },
  },
  {
    id: 'orbital_cellulitis',
    name: { ru: 'Флегмона орбиты (орбитальный целлюлит)', en: 'Orbital cellulitis' },
    icd10: 'H05.0',
    system: 'eye',
    // Sight- and life-threatening: emergency hospital assessment: RCOphth orbital cellulitis 2019.
    urgency: 'emergency_department',
    specialist: 'ophthalmologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { infant_0_3m: 0.2, toddler_1_4y: 2, child_5_11y: 1.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`eyelid_swelling .95 pain_moving_eye .8 bulging_eye .6 eye_pain .85 fever .8 high_fever .4
        blurred_vision .5 red_eye .5 feeling_very_unwell .45 headache .4 blocked_nose .4 thick_nasal_discharge .3
        spreading_redness .4`,
    },
  },
  {
    id: 'allergic_conjunctivitis',
    name: { ru: 'Аллергический конъюнктивит', en: 'Allergic conjunctivitis' },
    icd10: 'H10.1',
    system: 'eye',
    urgency: 'self_care',
    // Pain, photophobia or reduced vision are not allergic conjunctivitis: NICE CKS Conjunctivitis - allergic 2022.
    urgencyIf: [
      { finding: 'eye_pain', urgency: 'within_24h' },
      { finding: 'light_sensitivity', urgency: 'within_24h' },
      { finding: 'blurred_vision', urgency: 'within_24h' },
      { finding: 'lip_tongue_swelling', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru:
          'Избегайте аллергена (пыльца, шерсть животных, пыль): в сезон цветения закрывайте окна, носите очки, ' +
          'умывайтесь и промывайте глаза после улицы. Помогают холодный компресс, увлажняющие капли, антигистаминные ' +
          'глазные капли (например, с кромоглициевой кислотой) или таблетки, отпускаемые без рецепта. Не трите глаза.',
        en:
          'Avoid the allergen (pollen, pets, dust): keep windows closed in the pollen season, wear glasses, wash your face ' +
          'and rinse your eyes after being outdoors. Cold compresses, lubricating drops, over-the-counter antiallergic eye ' +
          'drops (e.g. sodium cromoglicate) or antihistamine tablets help. Do not rub your eyes.',
      },
      seekCareIf: {
        ru:
          'Появились боль в глазу, светобоязнь, ухудшение зрения, гнойные выделения, отёк губ или лица, ' +
          'или нет улучшения через 2 недели лечения.',
        en:
          'You develop eye pain, light sensitivity, reduced vision, pus-like discharge or swelling of the lips or face, ' +
          'or there is no improvement after 2 weeks of treatment.',
      },
      source: 'NICE CKS Conjunctivitis - allergic 2022',
    },
    specialist: 'allergist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { infant_0_3m: 0.02, infant_3_12m: 0.1, toddler_1_4y: 0.5, elderly_65y: 0.5 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`itchy_eyes .95 red_eye .8 eyelid_swelling .3 eye_discharge .15 sneezing .6 runny_nose .5 blocked_nose .4
        allergy_history .65 gritty_eye .2 eye_pain .03 light_sensitivity .03 blurred_vision .02`,
    },
  },
  {
    id: 'contact_lens_keratitis',
    name: {
      ru: 'Кератит (язва роговицы) у носящих линзы',
      en: 'Corneal infection (keratitis) in a lens wearer',
    },
    icd10: 'H16.0',
    system: 'eye',
    // A contact-lens wearer with a painful red eye needs same-day ophthalmology: NICE CKS Red eye 2022.
    urgency: 'within_24h',
    urgencyIf: [{ finding: 'vision_loss_sudden', urgency: 'emergency_department' }],
    specialist: 'ophthalmologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...ADULTS, teen_12_17y: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`contact_lens_wearer .9 eye_pain .9 red_eye .9 light_sensitivity .7 blurred_vision .6 gritty_eye .5
        eye_discharge .4 itchy_eyes .2`,
    },
  },
  {
    id: 'retinal_artery_occlusion',
    name: { ru: 'Окклюзия центральной артерии сетчатки', en: 'Blocked artery of the retina (eye stroke)' },
    icd10: 'H34.1',
    system: 'eye',
    // Sudden painless monocular vision loss is a stroke equivalent: AHA scientific statement on CRAO 2021.
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...OLDER_ADULTS, adult_18_39y: 0.05, elderly_65y: 3 },
    likelihoods: {
      ...HOURS,
      ...lk`vision_loss_sudden .9 blurred_vision .85 sudden_onset .9 curtain_over_vision .3 eye_pain .05 red_eye .02
        hypertension_history .6 heart_disease_history .35 diabetes .3 smoker .3`,
    },
  },
  {
    id: 'episcleritis',
    name: { ru: 'Эписклерит', en: 'Episcleritis' },
    icd10: 'H15.1',
    system: 'eye',
    // Typical episcleritis is self-limiting, but a red painful eye needs examination to exclude scleritis:
    // NICE CKS Scleritis and episcleritis 2021.
    urgency: 'planned',
    urgencyIf: [
      { finding: 'blurred_vision', urgency: 'within_24h' },
      { finding: 'light_sensitivity', urgency: 'within_24h' },
    ],
    specialist: 'ophthalmologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    age: ADULTS,
    likelihoods: {
      ...ACUTE,
      ...lk`red_eye .95 eye_pain .35 gritty_eye .35 itchy_eyes .1 eye_discharge .03 light_sensitivity .05
        blurred_vision .02 joint_pain .1`,
    },
  },
];
